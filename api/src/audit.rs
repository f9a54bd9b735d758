//! The audit log: one record per mutation, written in the mutation's own
//! transaction so that both commit or neither does. A service describes its
//! change with [`Change`] on its unit of work (`service::Unit::audit`), which
//! writes the records when it commits.
use entity::initiative;
use serde_json::Value;

/// What changed, for the audit record.
pub struct Change<'a> {
    pub initiative: Option<&'a initiative::Model>,
    /// Dotted verb, e.g. `initiative.update`, `member.put`.
    pub action: &'a str,
    /// What was acted on, e.g. `initiative/liberia-igf/committee/3`.
    pub target: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// A value as JSON for `before` / `after` (our output types always serialise).
pub fn json<T: serde::Serialize>(v: T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}
