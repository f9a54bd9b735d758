//! `Idempotency-Key` on POST: the first request with a key acts and its
//! response is stored; a retry with the same key and the same request gets
//! that response again (with `idempotent-replayed: true`) instead of acting
//! twice. The same key with a different request is refused (422); a retry
//! while the first is still running gets 409. Keys belong to the credential
//! that sent them, so two callers cannot collide.
use crate::problem::{ApiError, problem_response, problem_type};
use crate::service::idempotency::{self, Claim, StoredResponse};
use crate::state::AppState;
use chrono::{Duration, Utc};
use poem::http::{HeaderValue, Method, StatusCode};
use poem::{Endpoint, IntoResponse, Request, Response, Result};
use serde_json::json;
use sha2::{Digest, Sha256};

pub const HEADER: &str = "idempotency-key";
/// A first request that never finished (the process died) stops blocking its key after this.
const STALE_AFTER_SECS: i64 = 300;
/// Response headers worth replaying.
const KEPT_HEADERS: &[&str] = &["content-type", "etag", "location"];

pub async fn around<E: Endpoint>(next: E, mut req: Request) -> Result<Response> {
    let key = match req.headers().get(HEADER) {
        Some(v) if req.method() == Method::POST => v.to_str().unwrap_or_default().to_owned(),
        _ => return Ok(next.call(req).await?.into_response()),
    };
    if key.is_empty() || key.len() > 255 {
        return Ok(ApiError::field(HEADER, "must be 1 to 255 characters").into_response());
    }
    let Some(state) = req.data::<AppState>().cloned() else {
        return Ok(next.call(req).await?.into_response());
    };
    let scope = req
        .headers()
        .get(poem::http::header::AUTHORIZATION)
        .map(|v| hex::encode(Sha256::digest(v.as_bytes())))
        .unwrap_or_else(|| "anonymous".to_owned());
    let body = req.take_body().into_bytes().await?;
    let mut hasher = Sha256::new();
    hasher.update(req.method().as_str());
    hasher.update(b" ");
    hasher.update(req.uri().to_string());
    hasher.update(b"\n");
    hasher.update(&body);
    let request_hash = hex::encode(hasher.finalize());
    req.set_body(body);

    let row = match idempotency::claim(&state.db.write, &scope, &key, &request_hash).await? {
        Claim::Won(row) => row,
        Claim::Taken(existing) => {
            if existing.request_hash != request_hash {
                return Ok(problem(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "idempotency-key-reused",
                    "this Idempotency-Key was used for a different request",
                ));
            }
            match idempotency::stored_response(&existing)? {
                Some(stored) => return replay(stored),
                None if Utc::now() - existing.created_at < Duration::seconds(STALE_AFTER_SECS) => {
                    return Ok(problem(
                        StatusCode::CONFLICT,
                        "idempotency-key-in-use",
                        "a request with this Idempotency-Key is still being processed; retry later",
                    ));
                }
                // The first attempt died; this retry takes its place.
                None => idempotency::take_over(&state.db.write, existing).await?,
            }
        }
    };

    // Render errors here so that what is stored is exactly what the client saw.
    let resp = match next.call(req).await {
        Ok(r) => r.into_response(),
        Err(e) => crate::problem::render(e).await,
    };
    let status = resp.status();
    if status.is_server_error()
        || status == StatusCode::UNAUTHORIZED
        || status == StatusCode::TOO_MANY_REQUESTS
    {
        // Nothing was done (or we cannot tell): let a retry act.
        idempotency::release(&state.db.write, row.id).await?;
        return Ok(resp);
    }
    let (parts, body) = resp.into_parts();
    let bytes = body.into_bytes().await?;
    let headers = KEPT_HEADERS
        .iter()
        .filter_map(|h| {
            parts
                .headers
                .get(*h)
                .and_then(|v| v.to_str().ok())
                .map(|v| (h.to_string(), v.to_owned()))
        })
        .collect();
    let stored = StoredResponse {
        status: status.as_u16(),
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    };
    idempotency::keep(&state.db.write, row, stored).await?;
    Ok(Response::from_parts(parts, bytes.into()))
}

fn replay(stored: StoredResponse) -> Result<Response> {
    let status = StatusCode::from_u16(stored.status).map_err(|e| ApiError::Internal(e.into()))?;
    let mut resp = Response::builder()
        .status(status)
        .header("idempotent-replayed", "true")
        .body(stored.body);
    for (name, value) in stored.headers {
        if let (Ok(name), Ok(value)) = (
            name.parse::<poem::http::HeaderName>(),
            HeaderValue::from_str(&value),
        ) {
            resp.headers_mut().insert(name, value);
        }
    }
    Ok(resp)
}

fn problem(status: StatusCode, kind: &str, detail: &str) -> Response {
    problem_response(
        status,
        &json!({
            "type": problem_type(kind),
            "title": status.canonical_reason().unwrap_or("Error"),
            "status": status.as_u16(),
            "detail": detail,
        }),
    )
}
