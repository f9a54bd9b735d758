//! `/jobs`: the worker's queue as the IGF Secretariat sees it, so jobs that
//! exhausted their retries never fail silently: listed with their last error,
//! and retryable.
use super::Tag;
use crate::auth::Caller;
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use crate::service::jobs;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::job;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Enum, Object, OpenApi};

pub struct Api(pub AppState);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename_all = "snake_case")]
pub enum JobStatus {
    Queued,
    Running,
    Done,
    Failed,
}

#[derive(Debug, Object)]
pub struct JobOut {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
    pub status: String,
    pub attempts: i32,
    pub max_attempts: i32,
    pub run_at: DateTime<Utc>,
    #[oai(nullable)]
    pub locked_by: Option<String>,
    #[oai(nullable)]
    pub locked_until: Option<DateTime<Utc>>,
    #[oai(nullable)]
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Object)]
pub struct JobPage {
    pub items: Vec<JobOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[derive(ApiResponse)]
pub enum Retried {
    /// Queued again with fresh attempts.
    #[oai(status = 202)]
    Accepted,
}

fn to_out(j: job::Model) -> Result<JobOut, ApiError> {
    Ok(JobOut {
        id: j.id,
        payload: crate::stored::json(&j.payload)?,
        kind: j.kind,
        status: j.status,
        attempts: j.attempts,
        max_attempts: j.max_attempts,
        run_at: j.run_at,
        locked_by: j.locked_by,
        locked_until: j.locked_until,
        last_error: j.last_error,
        created_at: j.created_at,
        updated_at: j.updated_at,
    })
}

#[OpenApi(prefix_path = "/jobs", tag = "Tag::Worker")]
impl Api {
    /// Background jobs, newest first (IGF Secretariat)
    #[oai(path = "/", method = "get", operation_id = "list_jobs")]
    async fn list(
        &self,
        caller: Caller,
        status: Query<Option<JobStatus>>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<JobPage>, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let status = status.0.map(|s| match s {
            JobStatus::Queued => worker::queue::QUEUED,
            JobStatus::Running => worker::queue::RUNNING,
            JobStatus::Done => worker::queue::DONE,
            JobStatus::Failed => worker::queue::FAILED,
        });
        let (rows, next_cursor) = jobs::list(&self.0.reader(&caller), status, page).await?;
        Ok(Json(JobPage {
            items: rows.into_iter().map(to_out).collect::<Result<_, _>>()?,
            next_cursor,
        }))
    }

    /// Retry a failed job (IGF Secretariat)
    #[oai(path = "/:id/retry", method = "post", operation_id = "retry_job")]
    async fn retry(&self, caller: Caller, id: Path<i64>) -> Result<Retried, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        jobs::retry(&mut uow, id.0).await?;
        uow.commit().await?;
        Ok(Retried::Accepted)
    }
}
