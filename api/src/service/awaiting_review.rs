//! Which reports of a year are awaiting review: submitted, not yet accepted
//! or returned. What a dashboard says instead of "not reported".
//!
//! This is a public read, the same for every caller, so it takes the
//! connection alone (as `aggregates` does). It tells the status only, and only
//! of initiatives whose profile is public (recognised or lapsed): never a
//! report's content, a reviewer's comment, a draft or a returned report (a
//! returned report reads as not reported, as it did before it was submitted).
use crate::domain::{InitiativeStatus, ReportStatus, parse_year};
use crate::problem::ApiError;
use entity::{annual_report, initiative};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};

/// The slugs of the public initiatives whose report for `year` is submitted
/// and awaiting review, sorted.
#[tracing::instrument(skip(db))]
pub async fn list(db: &DatabaseConnection, year: i32) -> Result<Vec<String>, ApiError> {
    let year = parse_year(year).map_err(|m| ApiError::field("year", m))?;
    let public: Vec<&str> = InitiativeStatus::ALL
        .iter()
        .filter(|s| s.is_public())
        .map(|s| s.as_str())
        .collect();
    let submitted = annual_report::Entity::find()
        .select_only()
        .column(annual_report::Column::InitiativeId)
        .filter(annual_report::Column::Year.eq(year))
        .filter(annual_report::Column::Status.eq(ReportStatus::Submitted.as_str()))
        .into_query();
    Ok(initiative::Entity::find()
        .select_only()
        .column(initiative::Column::Slug)
        .filter(initiative::Column::Status.is_in(public))
        .filter(initiative::Column::Id.in_subquery(submitted))
        .order_by_asc(initiative::Column::Slug)
        .into_tuple()
        .all(db)
        .await?)
}
