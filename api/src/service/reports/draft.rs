//! Creating and editing a report's draft.
use super::super::Unit;
use super::super::store::{
    from_json, insert_unless_exists, load_initiative, to_json, update_versioned,
};
use super::{Written, find_report, require_report, reviews_of};
use crate::audit::Change;
use crate::authz::Action;
use crate::domain::report::{self, ReportContent};
use crate::domain::{ReportAction, ReportStatus};
use crate::http::conditional::check_if_match;
use crate::problem::ApiError;
use chrono::Utc;
use entity::{annual_report, initiative};
use sea_orm::Set;

/// Creates the caller's draft of initiative `slug`'s report for `year`, or
/// edits it (which needs `if_match`). Drafts may be incomplete; only
/// malformed values are refused. Submitted and accepted reports cannot be
/// edited (409).
#[tracing::instrument(skip(uow, if_match, content))]
pub async fn save_draft(
    uow: &mut Unit,
    slug: &str,
    year: i32,
    if_match: Option<&str>,
    content: ReportContent,
) -> Result<Written, ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WriteReport).await?;
    record_draft(uow, ini, year, if_match, content).await
}

/// Creates or edits `ini`'s draft for `year`, for a caller whose right to
/// write it is settled (`save_draft`, the demo).
#[tracing::instrument(skip(uow, ini, if_match, content), fields(initiative = %ini.slug))]
pub async fn record_draft(
    uow: &mut Unit,
    ini: initiative::Model,
    year: i32,
    if_match: Option<&str>,
    content: ReportContent,
) -> Result<Written, ApiError> {
    let content = report::check_draft(content).map_err(|e| ApiError::Validation(e.0))?;
    let now = Utc::now();
    let found = find_report(uow.txn(), &ini, year).await?;
    let inserted = match found {
        Some(_) => None,
        None => {
            let new = annual_report::ActiveModel {
                initiative_id: Set(ini.id),
                year: Set(year),
                status: Set(ReportStatus::Draft.as_str().to_owned()),
                content: Set(to_json(&content)),
                due_date: Set(report::due_date(&content)),
                submissions: Set(0),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            };
            insert_unless_exists(uow.txn(), new).await?
        }
    };
    let (row, before, created) = match (inserted, found) {
        (Some(row), _) => (row, None, true),
        (None, found) => {
            // When a concurrent request created it first, this one edits it.
            let current = match found {
                Some(current) => current,
                None => require_report(uow.txn(), &ini, year).await?,
            };
            crate::stored::report_status(&current)?.apply(ReportAction::Edit)?;
            check_if_match(if_match, current.version)?;
            let row = update_versioned(
                uow.txn(),
                annual_report::ActiveModel {
                    content: Set(to_json(&content)),
                    due_date: Set(report::due_date(&content)),
                    version: Set(current.version + 1),
                    updated_at: Set(now),
                    ..Default::default()
                },
                annual_report::Column::Id,
                current.id,
                annual_report::Column::Version,
                current.version,
            )
            .await?;
            (
                row,
                Some(from_json::<serde_json::Value>(&current.content)?),
                false,
            )
        }
    };
    uow.audit(Change {
        initiative: Some(&ini),
        action: if created {
            "report.create"
        } else {
            "report.update"
        },
        target: format!("initiative/{}/reports/{year}", ini.slug),
        before,
        after: Some(crate::audit::json(&content)),
    });
    let reviews = reviews_of(uow.txn(), &row).await?;
    Ok(Written {
        ini,
        report: row,
        reviews,
        created,
    })
}
