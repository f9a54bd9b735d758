//! `/healthz`, `/readyz` and `/metrics`, at the root.
use crate::db_watch::DbWatch;
use crate::problem::ApiError;
use crate::state::AppState;
use migration::MigratorTrait;
use poem::web::Data;
use poem::{IntoResponse, Response, handler};
use prometheus::proto::MetricFamily;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use worker::metrics::WorkerMetrics;

/// Liveness: the process answers.
#[handler]
pub fn healthz() -> Response {
    poem::web::Json(serde_json::json!({ "status": "ok" })).into_response()
}

/// How long `/readyz` waits for the database before saying not ready.
pub const READY_WITHIN: std::time::Duration = std::time::Duration::from_secs(2);

/// Readiness: the database answers (now, and to the watchdog) and every
/// migration is applied; 503 within `READY_WITHIN` otherwise.
#[handler]
pub async fn readyz(state: Data<&AppState>) -> Response {
    ready(&state.db_watch, &state.db.read).await
}

/// The readiness answer of a process using `db` (the API's and `nri worker`'s).
pub async fn ready(db_watch: &DbWatch, db: &DatabaseConnection) -> Response {
    if !db_watch.is_up() {
        return ApiError::Unavailable("the database is not answering".into()).into_response();
    }
    match tokio::time::timeout(READY_WITHIN, readiness(db)).await {
        Ok(Ok(())) => poem::web::Json(serde_json::json!({ "status": "ready" })).into_response(),
        Ok(Err(e)) => e.into_response(),
        Err(_) => {
            tracing::warn!("the database did not answer the readiness check in time");
            ApiError::Unavailable("the database is not answering".into()).into_response()
        }
    }
}

async fn readiness(db: &sea_orm::DatabaseConnection) -> Result<(), ApiError> {
    if let Err(e) = db.execute_unprepared("SELECT 1").await {
        tracing::warn!(error = %e, "database not reachable");
        return Err(ApiError::Unavailable(
            "the database is not reachable".into(),
        ));
    }
    match migration::Migrator::get_pending_migrations(db).await {
        Ok(p) if p.is_empty() => Ok(()),
        Ok(p) => Err(ApiError::Unavailable(format!(
            "{} migrations are not applied",
            p.len()
        ))),
        Err(e) => {
            tracing::warn!(error = %e, "migrations not readable");
            Err(ApiError::Unavailable(
                "the migration state is not readable".into(),
            ))
        }
    }
}

/// Prometheus text exposition: the HTTP layer's metrics, the in-process
/// worker's, and the queue as the database holds it now.
#[handler]
pub async fn metrics(state: Data<&AppState>) -> Response {
    let mut families = state.metrics.families();
    families.extend(scrape(&state.db_watch, &state.db.read, &state.background).await);
    exposition(families)
}

/// What every process's `/metrics` shows of background work: what `background`
/// counted, and the queue read from `db` within `READY_WITHIN` (left out, with
/// a warning, when the database does not answer: a scrape never hangs).
pub async fn scrape(
    db_watch: &DbWatch,
    db: &DatabaseConnection,
    background: &WorkerMetrics,
) -> Vec<MetricFamily> {
    let mut families = background.families();
    if !db_watch.is_up() {
        tracing::warn!("metrics: the queue is left out while the database is not answering");
        return families;
    }
    match tokio::time::timeout(READY_WITHIN, background.scrape(db)).await {
        Ok(Ok(queue)) => families.extend(queue),
        Ok(Err(e)) => tracing::warn!(error = %e, "metrics: reading the queue failed"),
        Err(_) => tracing::warn!("metrics: the database did not answer in time"),
    }
    families
}

/// The text exposition of `families`.
pub fn exposition(families: Vec<MetricFamily>) -> Response {
    Response::builder()
        .content_type("text/plain; version=0.0.4")
        .body(worker::metrics::render(families))
}
