//! The boundary every value of an API request crosses before a handler sees
//! it, in one place: path and query parameters here (`around`, over
//! all of `/api/v1`, which the pages call too), JSON bodies in
//! `payload::parse_json` through `check_body`. The rules are those of
//! `domain::input`: no control characters in any text (tab and line breaks
//! only in the long texts listed in `LONG_TEXTS`), and every value the
//! OpenAPI document declares as a `date` or `date-time` in the registry's
//! range. A refusal is a 400 naming the field: a JSON pointer for bodies, the
//! parameter's name for parameters.
//!
//! Which values are dates is read from the OpenAPI schemas, so a new field or
//! parameter is covered the day it is declared. Nothing here knows a route.
use crate::domain::FieldError;
use crate::domain::input::{Lines, check_date, check_date_time, check_text};
use crate::problem::ApiError;
use poem::{Endpoint, IntoResponse, Request, Response};
use poem_openapi::registry::{MetaSchema, MetaSchemaRef, Registry};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;

/// The long texts, as (schema, field): the only strings that may hold tab,
/// line feed and carriage return (in every string below them, e.g. each
/// language of a description). Every other string is a single line.
pub const LONG_TEXTS: &[(&str, &str)] = &[
    ("NewInitiative", "description"),
    ("InitiativePatch", "description"),
    ("PrincipleAttestation", "evidence"),
    ("KeyMessage", "text"),
    ("Recommendation", "text"),
    ("ReviewIn", "comment"),
    ("ReopenIn", "reason"),
    ("DecisionIn", "reason"),
];

/// Checks a parsed JSON body against the boundary's rules, walking it along
/// its schema: every string and every object key, at any depth.
pub fn check_body<'r>(
    value: &Value,
    schema: &'r MetaSchemaRef,
    registry: &'r Registry,
) -> Vec<FieldError> {
    let mut walk = Walk {
        registry,
        errors: Vec::new(),
    };
    let schemas = walk.resolve(schema, None);
    walk.value(value, &schemas, Lines::Single, "");
    walk.errors
}

/// A schema with the name it was registered under (the owner of its fields).
type Named<'r> = (&'r MetaSchema, Option<&'r str>);

struct Walk<'r> {
    registry: &'r Registry,
    errors: Vec<FieldError>,
}

impl<'r> Walk<'r> {
    /// The schemas a value must satisfy: references followed, `allOf`,
    /// `anyOf` and `oneOf` flattened.
    fn resolve(&self, schema: &'r MetaSchemaRef, name: Option<&'r str>) -> Vec<Named<'r>> {
        let (schema, name) = match schema {
            MetaSchemaRef::Inline(s) => (&**s, name),
            MetaSchemaRef::Reference(n) => match self.registry.schemas.get(n) {
                Some(s) => (s, Some(n.as_str())),
                None => return Vec::new(),
            },
        };
        let mut out = vec![(schema, name)];
        for part in schema
            .all_of
            .iter()
            .chain(&schema.any_of)
            .chain(&schema.one_of)
        {
            out.extend(self.resolve(part, name));
        }
        out
    }

    fn value(&mut self, v: &Value, schemas: &[Named<'r>], lines: Lines, pointer: &str) {
        match v {
            Value::String(s) => self.string(s, schemas, lines, pointer),
            Value::Array(items) => {
                let item_schemas: Vec<Named<'r>> = schemas
                    .iter()
                    .filter_map(|(s, _)| s.items.as_deref())
                    .flat_map(|i| self.resolve(i, None))
                    .collect();
                for (i, item) in items.iter().enumerate() {
                    self.value(item, &item_schemas, lines, &format!("{pointer}/{i}"));
                }
            }
            Value::Object(members) => {
                for (key, child) in members {
                    let at = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                    if let Err(m) = check_text(key, Lines::Single) {
                        self.errors
                            .push(FieldError::new(&at, format!("the member's name {m}")));
                        continue;
                    }
                    let long = schemas
                        .iter()
                        .any(|(_, owner)| owner.is_some_and(|o| LONG_TEXTS.contains(&(o, key))));
                    let child_schemas = self.member(schemas, key);
                    let lines = if long { Lines::Multi } else { lines };
                    self.value(child, &child_schemas, lines, &at);
                }
            }
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }

    /// The schemas of member `key`: a declared property, else the schema of
    /// additional properties (a map such as a multilingual text).
    fn member(&self, schemas: &[Named<'r>], key: &str) -> Vec<Named<'r>> {
        let mut out = Vec::new();
        for (s, _) in schemas {
            match s.properties.iter().find(|(name, _)| *name == key) {
                Some((_, p)) => out.extend(self.resolve(p, None)),
                None => {
                    if let Some(extra) = s.additional_properties.as_deref() {
                        out.extend(self.resolve(extra, None));
                    }
                }
            }
        }
        out
    }

    fn string(&mut self, s: &str, schemas: &[Named<'r>], lines: Lines, pointer: &str) {
        let checked = check_text(s, lines).and_then(|()| {
            match schemas.iter().find_map(|(schema, _)| schema.format) {
                Some(format) => check_formatted(s, format),
                None => Ok(()),
            }
        });
        if let Err(m) = checked {
            self.errors.push(FieldError::new(pointer, m));
        }
    }
}

/// Range checks for the formats that carry a date, parsed as the handlers'
/// parsers do. A value that does not parse is left to them: they name what
/// they expected.
fn check_formatted(s: &str, format: &str) -> Result<(), String> {
    match format {
        // poem-openapi declares `NaiveDate` as `naive-date`.
        "date" | "naive-date" => s.parse().map_or(Ok(()), |d| check_date(d).map(drop)),
        // chrono's `FromStr`, as poem-openapi and serde parse: it takes
        // years of more than four digits, which RFC 3339 does not.
        "date-time" => s
            .parse::<chrono::DateTime<chrono::FixedOffset>>()
            .map_or(Ok(()), check_date_time),
        _ => Ok(()),
    }
}

/// The API's path templates and each parameter's format, read from the
/// OpenAPI document, so that a refusal names the parameter.
#[derive(Clone, Default)]
pub struct Params(Arc<Vec<Template>>);

struct Template {
    segments: Vec<Segment>,
    formats: HashMap<String, String>,
}

enum Segment {
    Literal(String),
    Param(String),
}

impl Params {
    /// Reads the templates from the OpenAPI document (`OpenApiService::spec`).
    pub fn from_spec(spec: &str) -> Self {
        // The document is this service's own: one that does not parse is a
        // programming error, found at start, never a boundary that checks less.
        let doc: Value = serde_json::from_str(spec).expect("the OpenAPI document is JSON");
        let empty = serde_json::Map::new();
        let paths = doc["paths"].as_object().unwrap_or(&empty);
        let templates = paths
            .iter()
            .map(|(path, ops)| {
                let segments = path
                    .split('/')
                    .map(
                        |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                            Some(name) => Segment::Param(name.to_owned()),
                            None => Segment::Literal(seg.to_owned()),
                        },
                    )
                    .collect();
                let formats = ops
                    .as_object()
                    .into_iter()
                    .flat_map(|o| o.values())
                    .flat_map(|op| op["parameters"].as_array().into_iter().flatten())
                    .filter_map(|p| {
                        let format = p["schema"]["format"].as_str()?;
                        Some((p["name"].as_str()?.to_owned(), format.to_owned()))
                    })
                    .collect();
                Template { segments, formats }
            })
            .collect();
        Self(Arc::new(templates))
    }

    /// The template a request path (below `/api/v1`) matches, the one with
    /// the most literal segments when several do.
    fn template(&self, raw: &[&str]) -> Option<&Template> {
        self.0
            .iter()
            .filter(|t| {
                t.segments.len() == raw.len()
                    && t.segments.iter().zip(raw).all(|(seg, r)| match seg {
                        Segment::Literal(l) => l == r,
                        Segment::Param(_) => true,
                    })
            })
            .max_by_key(|t| {
                t.segments
                    .iter()
                    .filter(|s| matches!(s, Segment::Literal(_)))
                    .count()
            })
    }

    /// Every problem with the request's path and query parameters.
    pub fn check(&self, uri: &poem::http::Uri) -> Vec<FieldError> {
        let raw: Vec<&str> = uri.path().split('/').collect();
        let template = self.template(&raw);
        // (name, value, format) of every parameter, decoded.
        let mut params: Vec<(String, String, Option<&str>)> = Vec::new();
        for (i, segment) in raw.iter().enumerate() {
            let value = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
            let name = match template.map(|t| &t.segments[i]) {
                Some(Segment::Param(name)) => name.as_str(),
                _ => "path",
            };
            let format = template.and_then(|t| t.formats.get(name).map(String::as_str));
            params.push((name.to_owned(), value.into_owned(), format));
        }
        let mut errors = Vec::new();
        // A query that does not decode is refused, not skipped.
        let query: Vec<(String, String)> =
            match serde_urlencoded::from_str(uri.query().unwrap_or_default()) {
                Ok(pairs) => pairs,
                Err(e) => {
                    errors.push(FieldError::new("query", format!("does not decode: {e}")));
                    Vec::new()
                }
            };
        for (key, value) in query {
            params.push(("query".to_owned(), key.clone(), None));
            let format = template.and_then(|t| t.formats.get(&key).map(String::as_str));
            params.push((key, value, format));
        }
        for (name, value, format) in params {
            let checked = check_text(&value, Lines::Single)
                .and_then(|()| format.map_or(Ok(()), |f| check_formatted(&value, f)));
            if let Err(m) = checked {
                errors.push(FieldError::new(name, m));
            }
        }
        errors
    }
}

/// Refuses a request whose parameters break the boundary's rules; the
/// templates come from the request's data (`.data(params)` outside this).
pub async fn around<E: Endpoint>(next: E, req: Request) -> poem::Result<Response> {
    // Without its templates the boundary would check nothing: refuse to serve.
    let Some(params) = req.data::<Params>() else {
        return Err(ApiError::Internal(anyhow::anyhow!(
            "boundary::around runs without its Params (add `.data(params)` outside it)"
        ))
        .into());
    };
    let errors = params.check(req.uri());
    if errors.is_empty() {
        Ok(next.call(req).await?.into_response())
    } else {
        Ok(ApiError::Validation(errors).into_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> Params {
        Params::from_spec(
            &serde_json::json!({ "paths": {
                "/initiatives/{slug}": { "get": { "parameters": [
                    { "name": "slug", "in": "path", "schema": { "type": "string" } }
                ] } },
                "/initiatives/{slug}/reports/{year}": { "get": { "parameters": [
                    { "name": "slug", "in": "path", "schema": { "type": "string" } },
                    { "name": "year", "in": "path", "schema": { "type": "integer", "format": "int32" } }
                ] } },
                "/audit": { "get": { "parameters": [
                    { "name": "actor", "in": "query", "schema": { "type": "string" } },
                    { "name": "since", "in": "query", "schema": { "type": "string", "format": "date-time" } }
                ] } }
            } })
            .to_string(),
        )
    }

    fn fields(uri: &str) -> Vec<String> {
        params()
            .check(&uri.parse().unwrap())
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn parameters_are_named_from_the_document() {
        assert!(fields("/initiatives/liberia-igf/reports/2025").is_empty());
        assert_eq!(fields("/initiatives/liberia%00igf"), ["slug"]);
        assert_eq!(fields("/initiatives/x/reports/2025%0A"), ["year"]);
        assert_eq!(fields("/unknown/%1b"), ["path"]);
        assert_eq!(
            fields("/audit?actor=a%00&since=2025-01-01T00:00:00Z"),
            ["actor"]
        );
        assert_eq!(
            fields("/audit?actor=a+b%C3%A9%E2%80%AE"),
            Vec::<String>::new()
        );
        assert_eq!(fields("/audit?%07=1"), ["query"]);
    }

    #[test]
    fn dates_in_parameters_are_in_range() {
        assert_eq!(fields("/audit?since=0001-01-01T00:00:00Z"), ["since"]);
        assert_eq!(fields("/audit?since=-262143-01-01T00:00:00Z"), ["since"]);
        assert_eq!(fields("/audit?since=%2B262142-12-31T23:59:59Z"), ["since"]);
        assert_eq!(
            fields("/audit?since=2101-01-01T00:00:00%2B00:00"),
            ["since"]
        );
        assert!(fields("/audit?since=2025-01-01T00:00:00Z").is_empty());
        // Not a date at all: left to the parameter's parser.
        assert!(fields("/audit?since=yesterday").is_empty());
    }
}
