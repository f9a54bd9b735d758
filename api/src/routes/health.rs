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

/// Readiness: the database answers and every migration is applied.
#[handler]
pub async fn readyz(state: Data<&AppState>) -> Response {
    if let Err(e) = state.db.execute_unprepared("SELECT 1").await {
        tracing::warn!(error = %e, "database not reachable");
        return ApiError::Unavailable("the database is not reachable".into()).into_response();
    }
    match migration::Migrator::get_pending_migrations(&state.db).await {
        Ok(p) if p.is_empty() => {
            poem::web::Json(serde_json::json!({ "status": "ready" })).into_response()
        }
        Ok(p) => {
            ApiError::Unavailable(format!("{} migrations are not applied", p.len())).into_response()
        }
        Err(e) => {
            tracing::warn!(error = %e, "migrations not readable");
            ApiError::Unavailable("the migration state is not readable".into()).into_response()
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
