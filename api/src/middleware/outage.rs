//! A database outage answers 503 with `Retry-After`, promptly: while the
//! watchdog (`db_watch`) hears nothing from the database, API requests are
//! refused at once, and a request already waiting on it is answered as soon
//! as the outage is seen, instead of hanging until TCP gives up.
use crate::problem::{ApiError, DB_UNAVAILABLE};
use crate::state::AppState;
use poem::{Endpoint, IntoResponse, Request, Response, Result};

pub async fn around<E: Endpoint>(next: E, req: Request) -> Result<Response> {
    let Some(watch) = req.data::<AppState>().map(|s| s.db_watch.clone()) else {
        return Ok(next.call(req).await?.into_response());
    };
    if !watch.is_up() {
        return Ok(ApiError::Unavailable(DB_UNAVAILABLE.into()).into_response());
    }
    tokio::select! {
        answered = next.call(req) => Ok(answered?.into_response()),
        () = watch.down() => {
            tracing::warn!("request abandoned: the database stopped answering");
            Ok(ApiError::Unavailable(DB_UNAVAILABLE.into()).into_response())
        }
    }
}
