//! Annual reports: their drafts, submissions and reviews, the reads each
//! caller may make of them, and the IGF Secretariat's review queue.
//!
//! The workflow's transitions live in `ReportStatus::apply`; every change
//! here is a compare-and-set on the report's version, audited, and — when the
//! worker must react (an acceptance, a return, a reopening) — announced by an
//! outbox event on the same unit of work. Rendering (what each view shows)
//! belongs to `routes::reports`.
mod draft;
mod read;
mod review;
mod submit;

pub use draft::{record_draft, save_draft};
pub use read::{Listed, Queue, Read, Select, View, get, list, queue, version, versions};
pub use review::{Review, record_review, review};
pub use submit::{record_submission, submit};

use super::store::compare_and_set;
use crate::domain::{ReportAction, ReportTransitionError};
use crate::http::conditional::etag;
use crate::problem::ApiError;
use entity::{annual_report, initiative, report_review};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;

/// A report as a change left it, with its reviews (oldest first).
pub struct Written {
    pub ini: initiative::Model,
    pub report: annual_report::Model,
    pub reviews: Vec<report_review::Model>,
    /// Whether this change created the report (only a first draft does).
    pub created: bool,
}

impl From<ReportTransitionError> for ApiError {
    fn from(e: ReportTransitionError) -> Self {
        ApiError::conflict(
            "invalid-transition",
            "Transition not allowed",
            e.to_string(),
        )
        .with("current", json!(e.current))
        .with("allowed", json!(e.allowed))
    }
}

async fn find_report(
    db: &impl ConnectionTrait,
    ini: &initiative::Model,
    year: i32,
) -> Result<Option<annual_report::Model>, ApiError> {
    Ok(annual_report::Entity::find()
        .filter(annual_report::Column::InitiativeId.eq(ini.id))
        .filter(annual_report::Column::Year.eq(year))
        .one(db)
        .await?)
}

async fn require_report(
    db: &impl ConnectionTrait,
    ini: &initiative::Model,
    year: i32,
) -> Result<annual_report::Model, ApiError> {
    find_report(db, ini, year)
        .await?
        .ok_or_else(|| no_report(ini, year))
}

/// The 404 of a report `ini` does not have.
fn no_report(ini: &initiative::Model, year: i32) -> ApiError {
    ApiError::not_found(format!("`{}` has no report for {year}", ini.slug))
}

/// Initiative `slug`'s report for `year` with the initiative, in one
/// statement (a join); `None` when either is missing, which the caller then
/// tells apart by loading the initiative alone (the error path only).
async fn find_report_with_initiative(
    db: &impl ConnectionTrait,
    slug: &str,
    year: i32,
) -> Result<Option<(annual_report::Model, initiative::Model)>, ApiError> {
    let owner = annual_report::Entity::belongs_to(initiative::Entity)
        .from(annual_report::Column::InitiativeId)
        .to(initiative::Column::Id)
        .into();
    let found = annual_report::Entity::find()
        .join(JoinType::InnerJoin, owner)
        .filter(initiative::Column::Slug.eq(slug))
        .filter(annual_report::Column::Year.eq(year))
        .select_also(initiative::Entity)
        .one(db)
        .await?;
    Ok(found.and_then(|(report, ini)| Some((report, ini?))))
}

/// The reviews of `report`, oldest first. A report never submitted has
/// none (each review is of a submission), so none are read for it: a first
/// draft's edits and its first submission skip the round trip.
async fn reviews_of(
    db: &impl ConnectionTrait,
    report: &annual_report::Model,
) -> Result<Vec<report_review::Model>, ApiError> {
    if report.submissions == 0 {
        return Ok(Vec::new());
    }
    Ok(report_review::Entity::find()
        .filter(report_review::Column::ReportId.eq(report.id))
        .order_by_asc(report_review::Column::Id)
        .all(db)
        .await?)
}

/// Moves `current` by `action`, writing `changes` only if nobody changed the
/// report since it was read (compare-and-set on its version), and returns
/// the report as written. Of concurrent
/// submits, reviews or reopenings exactly one acts. A loser is told what a
/// later request would be told: the action is not allowed in the state the
/// winner left (409 naming it), its `If-Match` is stale (412), or, failing
/// both, that the report changed concurrently (409).
async fn transition(
    txn: &impl ConnectionTrait,
    ini: &initiative::Model,
    current: &annual_report::Model,
    action: ReportAction,
    changes: annual_report::ActiveModel,
    if_match: bool,
) -> Result<annual_report::Model, ApiError> {
    let won = compare_and_set(
        txn,
        changes,
        annual_report::Column::Id,
        current.id,
        annual_report::Column::Version,
        current.version,
    )
    .await?;
    if let Some(written) = won {
        return Ok(written);
    }
    let now = require_report(txn, ini, current.year).await?;
    crate::stored::report_status(&now)?.apply(action)?;
    Err(if if_match {
        ApiError::PreconditionFailed {
            current: etag(now.version),
        }
    } else {
        ApiError::changed_concurrently(format!("the {} report", current.year))
    })
}
