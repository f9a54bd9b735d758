//! `GET /reports`: the IGF Secretariat's review queue across all initiatives.
use super::{QueueApi, is_overdue};
use crate::auth::Caller;
use crate::domain::ReportStatus;
use crate::problem::ApiError;
use crate::routes::Tag;
use crate::service::reports::{self, Select};
use chrono::{DateTime, NaiveDate, Utc};
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use poem_openapi::{Enum, Object, OpenApi};
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, Deserialize)]
#[oai(rename_all = "snake_case")]
pub enum QueueFilter {
    Draft,
    Submitted,
    Returned,
    Accepted,
    /// Past due and not submitted.
    Overdue,
}

impl From<QueueFilter> for Select {
    fn from(f: QueueFilter) -> Self {
        match f {
            QueueFilter::Draft => Select::Status(ReportStatus::Draft),
            QueueFilter::Submitted => Select::Status(ReportStatus::Submitted),
            QueueFilter::Returned => Select::Status(ReportStatus::Returned),
            QueueFilter::Accepted => Select::Status(ReportStatus::Accepted),
            QueueFilter::Overdue => Select::Overdue,
        }
    }
}

#[derive(Debug, Object)]
pub struct QueueItem {
    pub initiative: String,
    pub initiative_name: String,
    pub year: i32,
    pub status: ReportStatus,
    pub overdue: bool,
    #[oai(nullable)]
    pub due_date: Option<NaiveDate>,
    #[oai(nullable)]
    pub submitted_at: Option<DateTime<Utc>>,
    pub submissions: i32,
}

#[derive(Object)]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[OpenApi(tag = "Tag::Reports")]
impl QueueApi {
    /// The review queue across all initiatives (IGF Secretariat)
    #[oai(path = "/reports", method = "get", operation_id = "review_queue")]
    async fn queue(
        &self,
        caller: Caller,
        status: Query<Option<QueueFilter>>,
        year: Query<Option<i32>>,
        /// Only reports of initiatives at risk (`true`) or not (`false`).
        at_risk: Query<Option<bool>>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<QueuePage>, ApiError> {
        let queue = reports::queue(
            &self.0.reader(&caller),
            status.0.map(Select::from),
            year.0,
            at_risk.0,
            limit.0,
            cursor.0.as_deref(),
        )
        .await?;
        let today = Utc::now().date_naive();
        let items = queue
            .reports
            .into_iter()
            .map(|(r, ini)| {
                Ok(QueueItem {
                    initiative: ini.slug,
                    initiative_name: ini.name,
                    year: r.year,
                    status: crate::stored::report_status(&r)?,
                    overdue: is_overdue(&r, today)?,
                    due_date: r.due_date,
                    submitted_at: r.submitted_at,
                    submissions: r.submissions,
                })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(Json(QueuePage {
            items,
            next_cursor: queue.next_cursor,
        }))
    }
}
