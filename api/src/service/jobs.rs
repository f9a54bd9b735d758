//! The worker's queue as the IGF Secretariat sees it: jobs listed with their
//! last error, and failed ones retried, so none fails silently.
use super::{Reader, Unit};
use crate::audit::Change;
use crate::auth::Principal;
use crate::authz::{Authz, PlatformRight};
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use entity::job;
use sea_orm::{ColumnTrait, EntityTrait, Order, QueryFilter};
use serde_json::json;

/// Refuses unless the caller holds `right` over the queue.
async fn require(
    authz: &Authz,
    principal: &Principal,
    right: PlatformRight,
) -> Result<(), ApiError> {
    principal.require_user()?;
    if authz.allowed_platform(principal, right).await {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "the job queue is the IGF Secretariat's".into(),
        ))
    }
}

/// Jobs, newest first, only those in `status` (one of `worker::queue`'s
/// statuses) when given, with the cursor of the next page.
#[tracing::instrument(skip(r, page))]
pub async fn list(
    r: &Reader<'_>,
    status: Option<&str>,
    page: PageRequest,
) -> Result<(Vec<job::Model>, Option<String>), ApiError> {
    require(r.authz, &r.caller.principal, PlatformRight::ReadJobs).await?;
    let mut query = job::Entity::find();
    if let Some(s) = status {
        query = query.filter(job::Column::Status.eq(s));
    }
    page.by_id(query, job::Column::Id, Order::Desc, |j| j.id, r.db)
        .await
}

/// Queues failed job `id` again with fresh attempts.
#[tracing::instrument(skip(uow))]
pub async fn retry(uow: &mut Unit, id: i64) -> Result<(), ApiError> {
    require(
        uow.authz(),
        &uow.caller().principal,
        PlatformRight::RetryJobs,
    )
    .await?;
    if !worker::queue::retry(uow.txn(), id).await? {
        return Err(ApiError::not_found(format!("no failed job {id}")));
    }
    uow.audit(Change {
        initiative: None,
        action: "job.retry",
        target: format!("job/{id}"),
        before: Some(json!({ "status": "failed" })),
        after: Some(json!({ "status": "queued" })),
    });
    Ok(())
}

/// Queues `jobs` probe jobs (each working `work_ms`), in one transaction:
/// `nri admin queue-probe`, which proves a deployment's workers drain a queue.
#[tracing::instrument(skip(db))]
pub async fn queue_probes(
    db: &sea_orm::DatabaseConnection,
    jobs: u32,
    work_ms: u64,
) -> Result<(), ApiError> {
    let txn = worker::write::begin(db).await?;
    for n in 0..jobs {
        worker::queue::enqueue(&txn, &::domain::jobs::Job::Probe { n, work_ms }).await?;
    }
    txn.commit().await?;
    worker::wake();
    Ok(())
}
