//! Submitting a report for review: each submission is kept as a numbered,
//! immutable version, and announced (the reviewers are told).
use super::super::Unit;
use super::super::store::{from_json, load_initiative};
use super::{Written, require_report, reviews_of, transition};
use crate::audit::Change;
use crate::authz::Action;
use crate::domain::ReportAction;
use crate::domain::report::{self, ReportContent};
use crate::http::conditional::check_if_match;
use crate::problem::ApiError;
use chrono::{DateTime, Utc};
use domain::events::OutboxEvent;
use entity::{annual_report, initiative, report_version};
use sea_orm::{ActiveModelTrait, Set};
use serde_json::json;

/// Submits initiative `slug`'s report for `year` now. Refused with every
/// problem listed by field (400) when the report is incomplete or
/// inconsistent; `if_match` is honoured when sent.
#[tracing::instrument(skip(uow, if_match))]
pub async fn submit(
    uow: &mut Unit,
    slug: &str,
    year: i32,
    if_match: Option<&str>,
) -> Result<Written, ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::SubmitReport).await?;
    record_submission(uow, ini, year, if_match, None).await
}

/// Submits `ini`'s report for `year`, for a caller whose right to submit it
/// is settled (`submit`, the demo). `submitted_at` is when, if not now: the
/// demo's reports were submitted in time, before the demo existed.
#[tracing::instrument(skip(uow, ini, if_match), fields(initiative = %ini.slug))]
pub async fn record_submission(
    uow: &mut Unit,
    ini: initiative::Model,
    year: i32,
    if_match: Option<&str>,
    submitted_at: Option<DateTime<Utc>>,
) -> Result<Written, ApiError> {
    let now = Utc::now();
    let at = submitted_at.unwrap_or(now);
    let current = require_report(uow.txn(), &ini, year).await?;
    let before = crate::stored::report_status(&current)?;
    let next = before.apply(ReportAction::Submit)?;
    if if_match.is_some() {
        check_if_match(if_match, current.version)?;
    }
    let content: ReportContent = from_json(&current.content)?;
    let languages: Vec<String> = from_json(&ini.working_languages)?;
    let problems = report::check_submission(&content, year, &languages);
    if !problems.is_empty() {
        return Err(ApiError::Validation(problems.0));
    }
    let user_id = uow.caller().principal.require_user()?.id;
    let number = current.submissions + 1;
    let row = transition(
        uow.txn(),
        &ini,
        &current,
        ReportAction::Submit,
        annual_report::ActiveModel {
            status: Set(next.as_str().to_owned()),
            submissions: Set(number),
            submitted_at: Set(Some(at)),
            first_submitted_at: Set(Some(current.first_submitted_at.unwrap_or(at))),
            version: Set(current.version + 1),
            updated_at: Set(now),
            ..Default::default()
        },
        if_match.is_some(),
    )
    .await?;
    report_version::ActiveModel {
        report_id: Set(current.id),
        number: Set(number),
        content: Set(current.content.clone()),
        submitted_by: Set(user_id),
        submitted_at: Set(at),
        ..Default::default()
    }
    .insert(uow.txn())
    .await?;
    uow.emit(
        &ini,
        OutboxEvent::ReportSubmitted {
            year,
            version: number,
        },
    );
    uow.audit(Change {
        initiative: Some(&ini),
        action: "report.submit",
        target: format!("initiative/{}/reports/{year}", ini.slug),
        before: Some(json!({ "status": before })),
        after: Some(json!({ "status": next, "version": number })),
    });
    // The reviews are of earlier submissions (none before the first).
    let reviews = reviews_of(uow.txn(), &current).await?;
    Ok(Written {
        ini,
        report: row,
        reviews,
        created: false,
    })
}
