//! Response bodies rendered or stored once and sent as shared bytes: never
//! parsed or re-serialised per request. Each is documented in the OpenAPI
//! document exactly as the plain payload it stands for.
use bytes::Bytes;
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

/// JSON rendered once and sent as shared bytes, neither parsed nor
/// re-serialised per request. Documented exactly as `Json<T>` is, so the
/// OpenAPI document does not change.
pub struct RenderedJson<T>(SharedBody, PhantomData<fn() -> T>);

impl<T> RenderedJson<T> {
    pub fn new(body: SharedBody) -> Self {
        Self(body, PhantomData)
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
        Response::builder()
            .content_type(Json::<serde_json::Value>::CONTENT_TYPE)
            .body((self.0)())
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
