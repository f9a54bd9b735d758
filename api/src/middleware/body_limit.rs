//! Refuses request bodies over 1 MiB with 413, whether or not they declare their length.
use crate::problem::ApiError;
use poem::{Endpoint, IntoResponse, Request, Response, Result};

pub const MAX_BODY: usize = 1024 * 1024;

pub async fn around<E: Endpoint>(next: E, mut req: Request) -> Result<Response> {
    let declared = req
        .headers()
        .get(poem::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY) {
        return Ok(ApiError::PayloadTooLarge(MAX_BODY).into_response());
    }
    let body = req.take_body();
    match body.into_bytes_limit(MAX_BODY).await {
        Ok(bytes) => req.set_body(bytes),
        Err(poem::error::ReadBodyError::PayloadTooLarge) => {
            return Ok(ApiError::PayloadTooLarge(MAX_BODY).into_response());
        }
        Err(e) => return Err(e.into()),
    }
    Ok(next.call(req).await?.into_response())
}
