//! `JsonBody<T>`: a request body parsed by serde so that every error names the
//! field as a JSON pointer (unknown fields are refused by
//! `#[serde(deny_unknown_fields)]` on the type), while the OpenAPI document
//! still gets `T`'s schema from its `poem_openapi::Object` derive.
use crate::domain::FieldError;
use crate::problem::ApiError;
use poem::{FromRequest, Request, RequestBody};
use poem_openapi::registry::{MetaMediaType, MetaRequest, Registry};
use poem_openapi::types::Type;
use poem_openapi::{ApiExtractor, ApiExtractorType, ExtractParamOptions};
use serde::de::DeserializeOwned;

pub struct JsonBody<T>(pub T);

/// Parses JSON into `T`, naming the failing field.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::field("", "a JSON request body is required"));
    }
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let message = inner.to_string();
        let mut pointer = to_pointer(&path);
        // serde reports a missing field at its parent's path (an unknown one at its own).
        for prefix in ["unknown field `", "missing field `"] {
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

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        n: u32,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        items: Vec<Inner>,
    }

    fn field_of(body: &str) -> String {
        match parse_json::<Outer>(body.as_bytes()) {
            Err(ApiError::Validation(errs)) => errs[0].field.clone(),
            other => panic!("expected a validation error, got {other:?}"),
        }
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
}
