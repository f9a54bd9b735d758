//! `/initiatives/{slug}/reports[/{year}[/submit|/review|/reopen|/versions[/{n}]]]`
//! and the IGF Secretariat's review queue `/reports`: one file per group of
//! operations, each its own API type (`api` joins them), over
//! `service::reports`, which holds the workflow and the access rules.
//!
//! Who sees what: members and the IGF Secretariat see every report with its
//! reviewer comments; members of a forum the initiative feeds into see only
//! whether each report was submitted and whether it is overdue; the public
//! sees accepted reports. Here live only the shapes of requests and answers
//! and how each view renders a report.
mod draft;
mod queue;
mod read;
mod review;
mod submit;
mod versions;

pub use queue::{QueueFilter, QueueItem, QueuePage};
pub use read::ReportPage;
pub use review::{ReopenIn, ReviewDecision, ReviewIn};
pub use versions::{VersionList, VersionOut, VersionSummary};

use super::{etag, from_json};
use crate::domain::ReportStatus;
use crate::domain::report::ReportContent;
use crate::problem::ApiError;
use crate::service::reports::{View, Written};
use crate::state::AppState;
use chrono::{DateTime, NaiveDate, Utc};
use entity::{annual_report, report_review};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Enum, Object};
use serde::Serialize;

/// Reading reports (list and get) and writing drafts (`PUT`, which shares
/// its path with the `GET`, so its type).
pub struct ReadApi(pub AppState);
/// Submitting for review.
pub struct SubmitApi(pub AppState);
/// Accepting, returning and reopening (IGF Secretariat).
pub struct ReviewApi(pub AppState);
/// The submitted versions.
pub struct VersionsApi(pub AppState);
/// The IGF Secretariat's review queue.
pub struct QueueApi(pub AppState);

/// Every report operation, in the order of the OpenAPI document.
pub fn api(state: &AppState) -> impl poem_openapi::OpenApi {
    let s = || state.clone();
    (
        ReadApi(s()),
        SubmitApi(s()),
        ReviewApi(s()),
        VersionsApi(s()),
        QueueApi(s()),
    )
}

/// How much of a report the caller sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, Serialize)]
#[oai(rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum ReportView {
    /// Members and the IGF Secretariat: everything.
    Full,
    /// The public: an accepted report without reviewer comments.
    Public,
    /// Members of a forum the initiative feeds into: submitted or not, overdue.
    Status,
}

impl From<View> for ReportView {
    fn from(v: View) -> Self {
        match v {
            View::Full => Self::Full,
            View::Public => Self::Public,
            View::Status => Self::Status,
        }
    }
}

#[derive(Debug, Clone, Object, Serialize)]
pub struct ReviewOut {
    /// `accept`, `return` or `reopen`.
    pub decision: String,
    #[oai(nullable)]
    pub comment: Option<String>,
    pub version_number: i32,
    pub at: DateTime<Utc>,
}

/// An annual report as the caller may see it.
#[derive(Debug, Clone, Object, Serialize)]
pub struct ReportOut {
    pub initiative: String,
    pub year: i32,
    pub view: ReportView,
    /// Absent in the status-only view.
    #[oai(skip_serializing_if_is_none)]
    pub status: Option<ReportStatus>,
    /// Submitted (or accepted), as opposed to a draft or a returned report.
    pub submitted: bool,
    /// Past its due date and not submitted.
    pub overdue: bool,
    /// Event end + 90 days.
    #[oai(nullable)]
    pub due_date: Option<NaiveDate>,
    #[oai(skip_serializing_if_is_none)]
    pub content: Option<ReportContent>,
    /// How many times it was submitted (the latest version's number).
    #[oai(skip_serializing_if_is_none)]
    pub submissions: Option<i32>,
    #[oai(skip_serializing_if_is_none)]
    pub first_submitted_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    pub submitted_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    pub accepted_at: Option<DateTime<Utc>>,
    /// The latest reviewer comment or reopening reason.
    #[oai(skip_serializing_if_is_none)]
    pub reviewer_comment: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub reviews: Option<Vec<ReviewOut>>,
    #[oai(skip_serializing_if_is_none)]
    pub updated_at: Option<DateTime<Utc>>,
}

#[derive(ApiResponse)]
pub enum ReportResponse {
    #[oai(status = 200)]
    Ok(Json<ReportOut>, #[oai(header = "ETag")] String),
    #[oai(status = 201)]
    Created(
        Json<ReportOut>,
        #[oai(header = "Location")] String,
        #[oai(header = "ETag")] String,
    ),
}

impl ReportResponse {
    /// A report as a change left it, with its ETag.
    fn written(w: &Written) -> Result<Self, ApiError> {
        Ok(Self::Ok(written_out(w)?, etag(w.report.version)))
    }
}

/// A report as a change left it, in full.
fn written_out(w: &Written) -> Result<Json<ReportOut>, ApiError> {
    Ok(Json(to_out(
        &w.ini.slug,
        &w.report,
        ReportView::Full,
        Some(&w.reviews),
    )?))
}

/// Past due and not (re)submitted.
pub fn is_overdue(r: &annual_report::Model, today: NaiveDate) -> Result<bool, ApiError> {
    Ok(matches!(
        crate::stored::report_status(r)?,
        ReportStatus::Draft | ReportStatus::Returned
    ) && r.due_date.is_some_and(|d| d < today))
}

/// Renders a report for `view`; `reviews` only for the full view.
pub fn to_out(
    slug: &str,
    r: &annual_report::Model,
    view: ReportView,
    reviews: Option<&[report_review::Model]>,
) -> Result<ReportOut, ApiError> {
    let status = crate::stored::report_status(r)?;
    let full = view == ReportView::Full;
    let content = match view {
        ReportView::Status => None,
        _ => Some(from_json::<ReportContent>(&r.content)?),
    };
    Ok(ReportOut {
        initiative: slug.to_owned(),
        year: r.year,
        view,
        status: (view != ReportView::Status).then_some(status),
        submitted: matches!(status, ReportStatus::Submitted | ReportStatus::Accepted),
        overdue: is_overdue(r, Utc::now().date_naive())?,
        due_date: r.due_date,
        content,
        submissions: full.then_some(r.submissions),
        first_submitted_at: if full { r.first_submitted_at } else { None },
        submitted_at: if view == ReportView::Status {
            None
        } else {
            r.submitted_at
        },
        accepted_at: if view == ReportView::Status {
            None
        } else {
            r.accepted_at
        },
        reviewer_comment: if full {
            r.reviewer_comment.clone()
        } else {
            None
        },
        reviews: match reviews {
            Some(reviews) if full => Some(reviews.iter().map(review_out).collect()),
            _ => None,
        },
        updated_at: full.then_some(r.updated_at),
    })
}

fn review_out(r: &report_review::Model) -> ReviewOut {
    ReviewOut {
        decision: r.decision.clone(),
        comment: r.comment.clone(),
        version_number: r.version_number,
        at: r.at,
    }
}
