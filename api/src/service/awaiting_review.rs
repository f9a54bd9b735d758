//! Which reports of a year are awaiting review (submitted, not yet accepted
//! or returned), as far as the caller may know: what a dashboard says
//! instead of "not reported".
//!
//! SPEC's access table makes a report's status (submitted or not) private:
//! the initiative's members, the members of a forum it contributes to and
//! the IGF Secretariat see it; the public does not. So the answer is per
//! caller, each initiative checked with `Action::ReadReportStatus`: an
//! anonymous caller gets an empty list. It never tells a report's content,
//! a reviewer's comment, a draft or a returned report (a returned report
//! reads as not reported, as it did before it was submitted).
use super::Reader;
use crate::authz::Action;
use crate::domain::{ReportStatus, parse_year};
use crate::problem::ApiError;
use entity::{annual_report, initiative};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait};

/// The slugs of the initiatives whose report for `year` is submitted and
/// awaiting review and whose report status the caller may read, sorted.
#[tracing::instrument(skip(r))]
pub async fn list(r: &Reader<'_>, year: i32) -> Result<Vec<String>, ApiError> {
    let year = parse_year(year).map_err(|m| ApiError::field("year", m))?;
    if r.caller.principal.user().is_none() {
        return Ok(Vec::new());
    }
    let submitted = annual_report::Entity::find()
        .select_only()
        .column(annual_report::Column::InitiativeId)
        .filter(annual_report::Column::Year.eq(year))
        .filter(annual_report::Column::Status.eq(ReportStatus::Submitted.as_str()))
        .into_query();
    let candidates = initiative::Entity::find()
        .filter(initiative::Column::Id.in_subquery(submitted))
        .order_by_asc(initiative::Column::Slug)
        .all(r.db)
        .await?;
    let mut visible = Vec::new();
    for ini in candidates {
        if r.authorize(&ini, Action::ReadReportStatus).await.is_ok() {
            visible.push(ini.slug);
        }
    }
    Ok(visible)
}
