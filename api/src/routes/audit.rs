//! `/audit`: the audit log, newest first. The IGF Secretariat reads all of it;
//! members read their own initiatives' records.
use super::Tag;
use crate::auth::Caller;
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use crate::service::audit;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::audit_log;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};

pub struct Api(pub AppState);

#[derive(Debug, Object)]
pub struct AuditRecord {
    pub id: i64,
    pub at: DateTime<Utc>,
    #[oai(nullable)]
    pub actor_id: Option<i64>,
    #[oai(nullable)]
    pub actor_email: Option<String>,
    #[oai(nullable)]
    pub initiative: Option<String>,
    pub action: String,
    pub target: String,
    #[oai(nullable)]
    pub before: Option<serde_json::Value>,
    #[oai(nullable)]
    pub after: Option<serde_json::Value>,
    pub request_id: String,
}

#[derive(Object)]
pub struct AuditPage {
    pub items: Vec<AuditRecord>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

fn to_out(r: audit_log::Model) -> Result<AuditRecord, ApiError> {
    let parse = |s: Option<String>| {
        s.as_deref()
            .map(crate::stored::json::<serde_json::Value>)
            .transpose()
    };
    Ok(AuditRecord {
        id: r.id,
        at: r.at,
        actor_id: r.actor_id,
        actor_email: r.actor_email,
        initiative: r.initiative_slug,
        action: r.action,
        target: r.target,
        before: parse(r.before)?,
        after: parse(r.after)?,
        request_id: r.request_id,
    })
}

#[OpenApi(prefix_path = "/audit", tag = "Tag::Audit")]
impl Api {
    /// The audit log, newest first
    #[oai(path = "/", method = "get", operation_id = "list_audit")]
    async fn list(
        &self,
        caller: Caller,
        /// An initiative's slug.
        initiative: Query<Option<String>>,
        /// An actor's user id or e-mail.
        actor: Query<Option<String>>,
        /// Only records at or after this time (RFC 3339).
        since: Query<Option<DateTime<Utc>>>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<AuditPage>, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let filter = audit::Filter {
            initiative: initiative.0.as_deref(),
            actor: actor.0.as_deref(),
            since: since.0,
        };
        let (rows, next_cursor) = audit::list(&self.0.reader(&caller), filter, page).await?;
        Ok(Json(AuditPage {
            items: rows.into_iter().map(to_out).collect::<Result<_, _>>()?,
            next_cursor,
        }))
    }
}
