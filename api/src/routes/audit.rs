//! `/audit`: the audit log, newest first. The IGF Secretariat reads all of it;
//! members read their own initiatives' records.
use super::{Tag, load_initiative};
use crate::auth::Caller;
use crate::authz::{Action, PlatformRight};
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::audit_log;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

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

fn to_out(r: audit_log::Model) -> AuditRecord {
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    AuditRecord {
        id: r.id,
        at: r.at,
        actor_id: r.actor_id,
        actor_email: r.actor_email,
        initiative: r.initiative_slug,
        action: r.action,
        target: r.target,
        before: parse(r.before),
        after: parse(r.after),
        request_id: r.request_id,
    }
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
        let db = &self.0.db;
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        caller.principal.require_user()?;
        let mut query = audit_log::Entity::find();
        if let Some(slug) = initiative.0.as_deref() {
            let ini = load_initiative(db, slug).await?;
            self.0
                .authz
                .decide(&caller.principal, &ini, Action::ReadAudit)
                .await?;
            query = query.filter(audit_log::Column::InitiativeId.eq(ini.id));
        } else if !self
            .0
            .authz
            .allowed_platform(&caller.principal, PlatformRight::ReadAllAudit)
            .await
        {
            // Without a filter, a member sees the records of the initiatives they belong to.
            let mine = super::initiatives::member_initiative_ids(db, &caller.principal).await?;
            query = query.filter(audit_log::Column::InitiativeId.is_in(mine));
        }
        if let Some(a) = actor.0.as_deref() {
            query = match a.parse::<i64>() {
                Ok(id) => query.filter(audit_log::Column::ActorId.eq(id)),
                Err(_) => query.filter(audit_log::Column::ActorEmail.eq(a.to_lowercase())),
            };
        }
        if let Some(t) = since.0 {
            query = query.filter(audit_log::Column::At.gte(t));
        }
        let (rows, next_cursor) = page
            .by_id(
                query,
                audit_log::Column::Id,
                sea_orm::Order::Desc,
                |r| r.id,
                db,
            )
            .await?;
        Ok(Json(AuditPage {
            items: rows.into_iter().map(to_out).collect(),
            next_cursor,
        }))
    }
}
