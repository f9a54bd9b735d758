//! The IGF Secretariat's acts on a report: accept or return a submitted one,
//! reopen an accepted one. Each is kept as a review and announced to the
//! worker, since the year's aggregates follow.
use super::super::Unit;
use super::super::store::load_initiative;
use super::{Written, require_report, reviews_of, transition};
use crate::audit::Change;
use crate::authz::Action;
use crate::domain::ReportAction;
use crate::problem::ApiError;
use chrono::Utc;
use domain::events::OutboxEvent;
use entity::{annual_report, initiative, report_review};
use sea_orm::{ActiveModelTrait, Set};
use serde_json::json;

/// A reviewer's act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    Accept,
    /// Back to the initiative with what to correct.
    Return,
    /// An accepted report back to the initiative, with a reason.
    Reopen,
}

impl Review {
    fn action(self) -> ReportAction {
        match self {
            Self::Accept => ReportAction::Accept,
            Self::Return => ReportAction::Return,
            Self::Reopen => ReportAction::Reopen,
        }
    }
}

/// Applies the caller's `act` to initiative `slug`'s report for `year`;
/// `comment` is what to correct (return) or why (reopen).
#[tracing::instrument(skip(uow, comment))]
pub async fn review(
    uow: &mut Unit,
    slug: &str,
    year: i32,
    act: Review,
    comment: Option<String>,
) -> Result<Written, ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    let right = match act {
        Review::Reopen => Action::ReopenReport,
        Review::Accept | Review::Return => Action::ReviewReport,
    };
    uow.authorize(&ini, right).await?;
    record_review(uow, ini, year, act, comment).await
}

/// Applies `act` to `ini`'s report for `year`, for a caller whose right to
/// review it is settled (`review`, the demo).
#[tracing::instrument(skip(uow, ini, comment), fields(initiative = %ini.slug))]
pub async fn record_review(
    uow: &mut Unit,
    ini: initiative::Model,
    year: i32,
    act: Review,
    comment: Option<String>,
) -> Result<Written, ApiError> {
    let action = act.action();
    let current = require_report(uow.txn(), &ini, year).await?;
    let before = crate::stored::report_status(&current)?;
    let next = before.apply(action)?;
    let now = Utc::now();
    let user_id = uow.caller().principal.require_user()?.id;
    let version = current.submissions;
    let mut changes = annual_report::ActiveModel {
        status: Set(next.as_str().to_owned()),
        version: Set(current.version + 1),
        updated_at: Set(now),
        ..Default::default()
    };
    let (event, audited) = match act {
        Review::Accept => {
            changes.accepted_at = Set(Some(now));
            (
                OutboxEvent::ReportAccepted { year, version },
                "report.accept",
            )
        }
        Review::Return => {
            changes.reviewer_comment = Set(comment.clone());
            (
                OutboxEvent::ReportReturned { year, version },
                "report.return",
            )
        }
        Review::Reopen => {
            changes.accepted_at = Set(None);
            changes.reviewer_comment = Set(comment.clone());
            (
                OutboxEvent::ReportReopened { year, version },
                "report.reopen",
            )
        }
    };
    let updated = transition(uow.txn(), &ini, &current, action, changes, false).await?;
    report_review::ActiveModel {
        report_id: Set(current.id),
        version_number: Set(version),
        decision: Set(action.as_str().to_owned()),
        comment: Set(comment.clone()),
        reviewer_id: Set(user_id),
        at: Set(now),
        ..Default::default()
    }
    .insert(uow.txn())
    .await?;
    uow.emit(&ini, event);
    uow.audit(Change {
        initiative: Some(&ini),
        action: audited,
        target: format!("initiative/{}/reports/{year}", ini.slug),
        before: Some(json!({ "status": before })),
        after: Some(json!({ "status": next, "comment": comment })),
    });
    let reviews = reviews_of(uow.txn(), &updated).await?;
    Ok(Written {
        ini,
        report: updated,
        reviews,
        created: false,
    })
}
