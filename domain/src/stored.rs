//! The stored form shared by outbox events and jobs: a `kind` column naming
//! the variant and a JSON payload holding its data.
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The data of `tagged` (a `#[serde(tag = "kind", content = "data")]` enum)
/// as a JSON object.
pub(crate) fn data_of(tagged: &impl Serialize) -> Value {
    let mut tagged = serde_json::to_value(tagged).expect("a tagged enum serialises");
    tagged["data"].take()
}

/// Reads a tagged enum back from its stored `kind` and payload; the error
/// says why it does not read.
pub(crate) fn read<T: DeserializeOwned>(kind: &str, payload: &str) -> Result<T, String> {
    let data: Value = serde_json::from_str(payload).map_err(|e| e.to_string())?;
    serde_json::from_value(serde_json::json!({ "kind": kind, "data": data }))
        .map_err(|e| e.to_string())
}
