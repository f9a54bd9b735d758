//! `/initiatives/{slug}/recognition/decisions`: the IGF Secretariat's status
//! decisions, each with a reason, kept as an immutable record.
use super::{Tag, compare_and_set, load_initiative};
use crate::audit::{self, Change};
use crate::auth::Caller;
use crate::authz::Action;
use crate::domain::{InitiativeStatus, parse_text};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::{initiative, recognition_decision as decision};
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};
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

/// Moves `ini` to `to` with `reason` and records the decision; the caller owns
/// the transaction. Also used by `nri demo`.
pub async fn decide_status(
    txn: &impl sea_orm::ConnectionTrait,
    caller: &Caller,
    ini: &initiative::Model,
    to: InitiativeStatus,
    reason: &str,
) -> Result<decision::Model, ApiError> {
    let user = caller.principal.require_user()?;
    let from = crate::stored::initiative_status(ini)?;
    from.transition(to)?;
    let reason = parse_text(reason, 5000).map_err(|m| ApiError::field("/reason", m))?;
    let now = Utc::now();
    let won = compare_and_set(
        txn,
        initiative::ActiveModel {
            status: Set(to.as_str().to_owned()),
            version: Set(ini.version + 1),
            updated_at: Set(now),
            ..Default::default()
        },
        initiative::Column::Id,
        ini.id,
        initiative::Column::Version,
        ini.version,
    )
    .await?;
    if !won {
        // A concurrent decision or edit came first: judge this one against what it left.
        let now = load_initiative(txn, &ini.slug).await?;
        crate::stored::initiative_status(&now)?.transition(to)?;
        return Err(ApiError::changed_concurrently(format!("`{}`", ini.slug)));
    }
    let row = decision::ActiveModel {
        initiative_id: Set(ini.id),
        from_status: Set(from.as_str().to_owned()),
        to_status: Set(to.as_str().to_owned()),
        reason: Set(reason),
        decided_by: Set(user.id),
        decided_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    crate::outbox::emit(
        txn,
        crate::outbox::Event::StatusChanged,
        ini,
        None,
        serde_json::json!({ "from": from, "to": to }),
    )
    .await?;
    audit::record(
        txn,
        caller,
        Change {
            initiative: Some(ini),
            action: "initiative.status",
            target: format!("initiative/{}/recognition/decisions/{}", ini.slug, row.id),
            before: Some(serde_json::json!({ "status": from })),
            after: Some(crate::audit::json(to_out(&row)?)),
        },
    )
    .await?;
    Ok(row)
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
        slug: Path<String>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<DecisionPage>, ApiError> {
        let db = &self.0.db;
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let ini = load_initiative(db, &slug.0).await?;
        // Decisions carry reasons (e.g. for a suspension): members and the IGF Secretariat only.
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadMembers)
            .await?;
        let query = decision::Entity::find().filter(decision::Column::InitiativeId.eq(ini.id));
        let (rows, next_cursor) = page
            .by_id(
                query,
                decision::Column::Id,
                sea_orm::Order::Asc,
                |d| d.id,
                db,
            )
            .await?;
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
        slug: Path<String>,
        body: JsonBody<DecisionIn>,
    ) -> Result<Created, ApiError> {
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteStatus)
            .await?;
        let row = decide_status(&txn, &caller, &ini, body.0.status, &body.0.reason).await?;
        txn.commit().await?;
        worker::wake(); // its outbox event is committed
        Ok(Created::Created(
            Json(to_out(&row)?),
            format!(
                "/api/v1/initiatives/{}/recognition/decisions/{}",
                ini.slug, row.id
            ),
        ))
    }
}
