//! Response bodies rendered or stored once and sent as shared bytes: never
//! parsed or re-serialised per request. Each is documented in the OpenAPI
//! document exactly as the plain payload it stands for.
use super::encoding::Coding;
use bytes::Bytes;
use poem::http::header;
use poem::{Body, IntoResponse, Response};
use poem_openapi::ApiResponse;
use poem_openapi::payload::{Json, Payload, PlainText};
use poem_openapi::registry::{MetaResponses, MetaSchemaRef, Registry};
use poem_openapi::types::{ToJSON, Type};
use std::marker::PhantomData;
use std::sync::Arc;

/// Stored bytes, shared by every response that sends them (no copy).
pub type SharedBody = Arc<dyn Fn() -> Body + Send + Sync>;

/// Shares `bytes` between responses.
pub fn shared(bytes: impl Into<Bytes>) -> SharedBody {
    // `Bytes` is reference-counted: each response clones the handle, not the bytes.
    let bytes = bytes.into();
    Arc::new(move || Body::from_bytes(bytes.clone()))
}

/// Stored bytes with the stored forms of them in content codings, when
/// there are any (the worker stores an aggregate's Brotli and gzip forms).
#[derive(Clone)]
pub struct Encoded {
    pub plain: SharedBody,
    pub br: Option<SharedBody>,
    pub gz: Option<SharedBody>,
}

impl Encoded {
    /// The form to send a client that negotiated `coding`: the stored one
    /// when there is one (sent in that coding), else the plain bytes (which
    /// `middleware::compression` then compresses).
    pub fn select(&self, coding: Option<Coding>) -> (SharedBody, Option<Coding>) {
        let stored = match coding {
            Some(Coding::Brotli) => self.br.as_ref(),
            Some(Coding::Gzip) => self.gz.as_ref(),
            None => None,
        };
        match stored {
            Some(body) => (body.clone(), coding),
            None => (self.plain.clone(), None),
        }
    }
}

/// Sets the `Content-Encoding` of a body sent in a stored coding.
fn coded(mut resp: Response, coding: Option<Coding>) -> Response {
    if let Some(c) = coding {
        resp.headers_mut().insert(
            header::CONTENT_ENCODING,
            header::HeaderValue::from_static(c.as_str()),
        );
    }
    resp
}

/// JSON rendered once and sent as shared bytes, neither parsed nor
/// re-serialised per request (in a stored content coding, when it has
/// one). Documented exactly as `Json<T>` is, so the OpenAPI document does
/// not change.
pub struct RenderedJson<T>(SharedBody, Option<Coding>, PhantomData<fn() -> T>);

impl<T> RenderedJson<T> {
    pub fn new(body: SharedBody) -> Self {
        Self(body, None, PhantomData)
    }

    /// `body`, already in `coding` when one is given.
    pub fn coded(body: SharedBody, coding: Option<Coding>) -> Self {
        Self(body, coding, PhantomData)
    }
}

impl<T: ToJSON> RenderedJson<T> {
    /// Renders `value` as `Json(value)` would, once.
    pub fn render(value: &T) -> Self {
        // A `serde_json::Value` always serialises (its keys are strings).
        let bytes = serde_json::to_vec(&value.to_json()).expect("a JSON value serialises");
        Self::new(shared(bytes))
    }

    /// The rendered bytes, to keep for later responses.
    pub fn body(&self) -> SharedBody {
        self.0.clone()
    }
}

impl<T: Type> Payload for RenderedJson<T> {
    const CONTENT_TYPE: &'static str = Json::<T>::CONTENT_TYPE;

    fn check_content_type(content_type: &str) -> bool {
        Json::<T>::check_content_type(content_type)
    }

    fn schema_ref() -> MetaSchemaRef {
        <Json<T> as Payload>::schema_ref()
    }

    fn register(registry: &mut Registry) {
        <Json<T> as Payload>::register(registry);
    }
}

impl<T> IntoResponse for RenderedJson<T> {
    fn into_response(self) -> Response {
        let resp = Response::builder()
            .content_type(Json::<serde_json::Value>::CONTENT_TYPE)
            .body((self.0)());
        coded(resp, self.1)
    }
}

impl<T: ToJSON> ApiResponse for RenderedJson<T> {
    fn meta() -> MetaResponses {
        <Json<T> as ApiResponse>::meta()
    }

    fn register(registry: &mut Registry) {
        <Json<T> as ApiResponse>::register(registry);
    }
}

/// A stored aggregate, sent exactly as the worker wrote it.
pub type StoredJson = RenderedJson<serde_json::Value>;

/// The CSV representation, sent exactly as stored.
pub struct StoredCsv(pub SharedBody);

/// Documented as `PlainText<String>` is (the operation sets `text/csv`).
impl Payload for StoredCsv {
    const CONTENT_TYPE: &'static str = PlainText::<String>::CONTENT_TYPE;

    fn check_content_type(content_type: &str) -> bool {
        PlainText::<String>::check_content_type(content_type)
    }

    fn schema_ref() -> MetaSchemaRef {
        PlainText::<String>::schema_ref()
    }
}

impl IntoResponse for StoredCsv {
    fn into_response(self) -> Response {
        Response::builder()
            .content_type(Self::CONTENT_TYPE)
            .body((self.0)())
    }
}

/// Stored text (a feed) sent as stored, in a stored content coding when it
/// has one. Documented as `PlainText<String>` is (the operation sets the
/// content type).
pub struct StoredText(pub Bytes, pub Option<Coding>);

impl Payload for StoredText {
    const CONTENT_TYPE: &'static str = PlainText::<String>::CONTENT_TYPE;

    fn check_content_type(content_type: &str) -> bool {
        PlainText::<String>::check_content_type(content_type)
    }

    fn schema_ref() -> MetaSchemaRef {
        PlainText::<String>::schema_ref()
    }
}

impl IntoResponse for StoredText {
    fn into_response(self) -> Response {
        let resp = Response::builder()
            .content_type(Self::CONTENT_TYPE)
            .body(self.0);
        coded(resp, self.1)
    }
}
