//! `JsonBody<T>`: a request body parsed by serde so that every error names the
//! field as a JSON pointer (unknown fields are refused by
//! `#[serde(deny_unknown_fields)]` on the type), while the OpenAPI document
//! still gets `T`'s schema from its `poem_openapi::Object` derive.
use crate::boundary;
use crate::domain::FieldError;
use crate::problem::ApiError;
use poem::{FromRequest, Request, RequestBody};
use poem_openapi::registry::{MetaMediaType, MetaRequest, Registry};
use poem_openapi::types::Type;
use poem_openapi::{ApiExtractor, ApiExtractorType, ExtractParamOptions};
use serde::de::DeserializeOwned;
use serde_json::Value;

pub struct JsonBody<T>(pub T);

/// Parses JSON into `T`, naming the failing field: the whole body must be
/// one JSON value (trailing text is refused), every string in it must pass
/// the boundary's checks against `T`'s schema (`boundary::check_body`), and
/// then it must deserialise into `T`.
pub fn parse_json<T: Type + DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::field("", "a JSON request body is required"));
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|err| {
        let message = err.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message);
        ApiError::field("", format!("the body is not one JSON value: {message}"))
    })?;
    let mut registry = Registry::new();
    T::register(&mut registry);
    let errors = boundary::check_body(&value, &T::schema_ref(), &registry);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    // From the bytes again, not from `value`: a `Value` keeps the last of
    // duplicate keys silently, where deserialising `T` refuses them.
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let message = inner.to_string();
        let mut pointer = to_pointer(&path);
        // serde reports a missing or duplicate field at its parent's path (an
        // unknown one at its own).
        for prefix in ["unknown field `", "missing field `", "duplicate field `"] {
            if let Some(name) = message
                .strip_prefix(prefix)
                .and_then(|r| r.split('`').next())
                && !pointer.ends_with(&format!("/{name}"))
            {
                pointer = format!("{}/{}", pointer.trim_end_matches('/'), name);
            }
        }
        let message = message
            .split(", expected one of")
            .next()
            .unwrap_or(&message)
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_owned();
        ApiError::Validation(vec![FieldError::new(pointer, message)])
    })
}

/// `a.b[0].c` (serde_path_to_error) → `/a/b/0/c` (RFC 6901).
fn to_pointer(path: &str) -> String {
    if path == "." || path.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    for seg in path.split('.') {
        let mut rest = seg;
        if let Some(i) = rest.find('[') {
            out.push('/');
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            for idx in rest.split('[').filter(|s| !s.is_empty()) {
                out.push('/');
                out.push_str(idx.trim_end_matches(']'));
            }
        } else {
            out.push('/');
            out.push_str(rest);
        }
    }
    out.replace("//", "/")
}

impl<'a, T: Type + DeserializeOwned + Send> ApiExtractor<'a> for JsonBody<T> {
    const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::RequestObject];
    type ParamType = ();
    type ParamRawType = ();

    fn register(registry: &mut Registry) {
        T::register(registry);
    }

    fn request_meta() -> Option<MetaRequest> {
        Some(MetaRequest {
            description: None,
            content: vec![MetaMediaType {
                content_type: "application/json",
                schema: <T as Type>::schema_ref(),
            }],
            required: true,
        })
    }

    async fn from_request(
        request: &'a Request,
        body: &mut RequestBody,
        _param_opts: ExtractParamOptions<Self::ParamType>,
    ) -> poem::Result<Self> {
        let json_type = request.content_type().is_some_and(|ct| {
            let ct = ct.split(';').next().unwrap_or_default().trim();
            ct == "application/json" || ct.ends_with("+json")
        });
        if !json_type {
            return Err(
                ApiError::UnsupportedMediaType("send the body as application/json".into()).into(),
            );
        }
        let bytes = <Vec<u8> as FromRequest>::from_request(request, body).await?;
        Ok(Self(parse_json(&bytes)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::report::ReportContent;
    use crate::routes::reports::ReviewIn;

    #[derive(Debug, serde::Deserialize, poem_openapi::Object)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        n: u32,
    }

    #[derive(Debug, serde::Deserialize, poem_openapi::Object)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        items: Vec<Inner>,
    }

    fn errors_of<T: Type + DeserializeOwned + std::fmt::Debug>(body: &str) -> Vec<FieldError> {
        match parse_json::<T>(body.as_bytes()) {
            Err(ApiError::Validation(errs)) => errs,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    fn field_of(body: &str) -> String {
        errors_of::<Outer>(body)[0].field.clone()
    }

    #[test]
    fn errors_name_the_field_as_a_json_pointer() {
        assert_eq!(
            field_of(r#"{"name":"x","items":[{"n":1},{"n":"two"}]}"#),
            "/items/1/n"
        );
        assert_eq!(field_of(r#"{"name":"x","items":[],"extra":1}"#), "/extra");
        assert_eq!(field_of(r#"{"items":[]}"#), "/name");
        assert_eq!(
            field_of(r#"{"name":"x","items":[{"n":1,"m":2}]}"#),
            "/items/0/m"
        );
        assert_eq!(field_of(""), "");
    }

    #[test]
    fn trailing_text_after_the_body_is_refused() {
        assert_eq!(field_of(r#"{"name":"x","items":[]} xyz"#), "");
        assert_eq!(field_of(r#"{"name":"x","items":[]}{}"#), "");
        assert!(parse_json::<Outer>(b"{\"name\":\"x\",\"items\":[]}\n").is_ok());
    }

    #[test]
    fn duplicate_members_are_refused() {
        assert_eq!(field_of(r#"{"name":"x","name":"y","items":[]}"#), "/name");
    }

    #[test]
    fn control_characters_are_refused_in_any_string_and_key() {
        assert_eq!(field_of("{\"name\":\"a\\u0000b\",\"items\":[]}"), "/name");
        assert_eq!(field_of("{\"name\":\"a\\nb\",\"items\":[]}"), "/name");
        assert_eq!(
            field_of("{\"name\":\"x\",\"items\":[],\"\\u0007\":1}"),
            "/\u{7}"
        );
        // Nested, in a field the schema does not declare as a long text.
        let errs = errors_of::<ReportContent>(
            r#"{"city":"Mon\u001brovia","sessions":[{"title":{"en":"a\tb"},"type":"panel"}]}"#,
        );
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["/city", "/sessions/0/title/en"]);
    }

    #[test]
    fn long_texts_may_break_lines_but_hold_no_other_control_character() {
        let ok = r#"{"key_messages":[{"text":{"en":"one\r\ntwo\n\tthree"},"theme":"cybersecurity_and_trust"}]}"#;
        assert!(parse_json::<ReportContent>(ok.as_bytes()).is_ok());
        let review = r#"{"decision":"return","comment":"fix:\n\t- the dates"}"#;
        assert!(parse_json::<ReviewIn>(review.as_bytes()).is_ok());
        let bad = r#"{"decision":"return","comment":"fix\u0000"}"#;
        assert_eq!(errors_of::<ReviewIn>(bad)[0].field, "/comment");
    }

    #[test]
    fn dates_outside_the_registry_range_are_refused_by_schema() {
        for (body, field) in [
            (r#"{"end_date":"+262142-12-31"}"#, "/end_date"),
            (r#"{"start_date":"-262143-01-01"}"#, "/start_date"),
            (
                r#"{"preparation":{"open_call_date":"1989-12-31"}}"#,
                "/preparation/open_call_date",
            ),
        ] {
            assert_eq!(errors_of::<ReportContent>(body)[0].field, field, "{body}");
        }
        assert!(parse_json::<ReportContent>(br#"{"end_date":"2100-12-31"}"#).is_ok());
    }
}
