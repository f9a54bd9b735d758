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

/// A stored event or job that does not read as one of ours.
#[derive(Debug, thiserror::Error)]
#[error("{what} of kind `{kind}` does not read: {reason}")]
pub struct Unreadable {
    /// "outbox event" or "job".
    pub what: &'static str,
    pub kind: String,
    pub reason: String,
}

/// Reads a tagged enum (a `what`) back from its stored `kind` and payload.
pub(crate) fn read<T: DeserializeOwned>(
    what: &'static str,
    kind: &str,
    payload: &str,
) -> Result<T, Unreadable> {
    let unreadable = |reason: String| Unreadable {
        what,
        kind: kind.to_owned(),
        reason,
    };
    let data: Value = serde_json::from_str(payload).map_err(|e| unreadable(e.to_string()))?;
    serde_json::from_value(serde_json::json!({ "kind": kind, "data": data }))
        .map_err(|e| unreadable(e.to_string()))
}
