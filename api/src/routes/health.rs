//! `/healthz`, `/readyz` and `/metrics`, at the root.
use crate::problem::ApiError;
use crate::state::AppState;
use migration::MigratorTrait;
use poem::web::Data;
use poem::{IntoResponse, Response, handler};
use sea_orm::ConnectionTrait;

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
    if !state.db_watch.is_up() {
        return ApiError::Unavailable("the database is not answering".into()).into_response();
    }
    match tokio::time::timeout(READY_WITHIN, readiness(&state.db)).await {
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

/// Prometheus text exposition.
#[handler]
pub fn metrics(state: Data<&AppState>) -> Response {
    Response::builder()
        .content_type("text/plain; version=0.0.4")
        .body(state.metrics.render())
}
