//! The audit log: one record per mutation, written in the mutation's own
//! transaction so that both commit or neither does. A service describes its
//! change with [`Change`] on its unit of work (`service::Unit::audit`), which
//! writes the records when it commits.
use crate::auth::Caller;
use chrono::Utc;
use entity::{audit_log, initiative};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
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

/// Writes the record on `txn` (the mutation's transaction), for the code
/// not yet on a `service::Unit`; it goes once the last caller is converted.
pub async fn record(
    txn: &impl ConnectionTrait,
    caller: &Caller,
    change: Change<'_>,
) -> Result<(), DbErr> {
    let actor = caller.principal.user();
    audit_log::ActiveModel {
        at: Set(Utc::now()),
        actor_id: Set(actor.map(|u| u.id)),
        actor_email: Set(actor.map(|u| u.email.clone())),
        initiative_id: Set(change.initiative.map(|i| i.id)),
        initiative_slug: Set(change.initiative.map(|i| i.slug.clone())),
        action: Set(change.action.to_owned()),
        target: Set(change.target),
        before: Set(change.before.map(|v| v.to_string())),
        after: Set(change.after.map(|v| v.to_string())),
        request_id: Set(caller.request_id.clone()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// A value as JSON for `before` / `after` (our output types always serialise).
pub fn json<T: serde::Serialize>(v: T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}
