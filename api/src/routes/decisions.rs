//! `/initiatives/{slug}/recognition/decisions`: the IGF Secretariat's status
//! decisions, each with a reason, kept as an immutable record.
use super::Tag;
use crate::auth::Caller;
use crate::domain::InitiativeStatus;
use crate::domain::Slug;
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::decisions;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::recognition_decision as decision;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::{Deserialize, Serialize};

pub struct Api(pub AppState);

#[derive(Debug, Clone, Object, Serialize)]
pub struct DecisionOut {
    pub id: i64,
    pub from_status: InitiativeStatus,
    pub to_status: InitiativeStatus,
    pub reason: String,
    pub decided_by: i64,
    pub decided_at: DateTime<Utc>,
}

#[derive(Object)]
pub struct DecisionPage {
    pub items: Vec<DecisionOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct DecisionIn {
    pub status: InitiativeStatus,
    /// Why: required, kept with the decision.
    pub reason: String,
}

#[derive(ApiResponse)]
pub enum Created {
    #[oai(status = 201)]
    Created(Json<DecisionOut>, #[oai(header = "Location")] String),
}

fn to_out(d: &decision::Model) -> Result<DecisionOut, ApiError> {
    Ok(DecisionOut {
        id: d.id,
        from_status: crate::stored::parse::<InitiativeStatus>(&d.from_status)?,
        to_status: crate::stored::parse::<InitiativeStatus>(&d.to_status)?,
        reason: d.reason.clone(),
        decided_by: d.decided_by,
        decided_at: d.decided_at,
    })
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Recognition")]
impl Api {
    /// Status decisions, oldest first
    #[oai(
        path = "/:slug/recognition/decisions",
        method = "get",
        operation_id = "list_decisions"
    )]
    async fn list(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<DecisionPage>, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let (rows, next_cursor) =
            decisions::list(&self.0.reader(&caller), slug.0.as_str(), page).await?;
        Ok(Json(DecisionPage {
            items: rows.iter().map(to_out).collect::<Result<_, _>>()?,
            next_cursor,
        }))
    }

    /// Record a status decision (IGF Secretariat)
    #[oai(
        path = "/:slug/recognition/decisions",
        method = "post",
        operation_id = "create_decision"
    )]
    async fn create(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        body: JsonBody<DecisionIn>,
    ) -> Result<Created, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let (ini, row) =
            decisions::decide(&mut uow, slug.0.as_str(), body.0.status, &body.0.reason).await?;
        uow.commit().await?;
        Ok(Created::Created(
            Json(to_out(&row)?),
            format!(
                "/api/v1/initiatives/{}/recognition/decisions/{}",
                ini.slug, row.id
            ),
        ))
    }
}
