//! Gives every request an id (the client's `x-request-id` when it is sane),
//! a tracing span carrying it, and the id back in the response.
use crate::auth::{ClientIp, RequestId};
use crate::state::AppState;
use poem::{Endpoint, IntoResponse, Request, Response, Result};
use std::time::Instant;
use tracing::Instrument;

pub const HEADER: &str = "x-request-id";

/// The path as it may be logged: an invitation link's token (a secret in
/// the path, `/invitations/{token}`) is replaced by `…`.
fn loggable(path: &str) -> String {
    match path.split_once("/invitations/") {
        Some((before, after)) => {
            let (token, rest) = after.split_once('/').unwrap_or((after, ""));
            if token.len() > 20 {
                let rest = if rest.is_empty() {
                    String::new()
                } else {
                    format!("/{rest}")
                };
                format!("{before}/invitations/…{rest}")
            } else {
                path.to_owned()
            }
        }
        None => path.to_owned(),
    }
}

pub async fn around<E: Endpoint>(next: E, mut req: Request) -> Result<Response> {
    let id = req
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    req.extensions_mut().insert(RequestId(id.clone()));
    let client = ClientIp::of(&req);
    req.extensions_mut().insert(client);
    let method = req.method().to_string();
    let path = loggable(req.uri().path());
    let metrics = req.data::<AppState>().map(|s| s.metrics.clone());
    let span = tracing::info_span!("request", %method, %path, request_id = %id);
    let started = Instant::now();
    let (result, statements) = crate::db::counting(next.call(req).instrument(span.clone())).await;
    let mut resp = match result {
        Ok(r) => r.into_response(),
        Err(err) => crate::problem::render(err).await,
    };
    let status = resp.status();
    let elapsed = started.elapsed();
    span.in_scope(|| {
        tracing::info!(
            status = status.as_u16(),
            elapsed_ms = elapsed.as_secs_f64() * 1000.0,
            "finished"
        );
    });
    if let Some(m) = metrics {
        let route = resp
            .extensions()
            .get::<poem_openapi::OperationId>()
            .map(|o| o.0)
            .unwrap_or("other");
        m.observe(&method, route, status.as_u16(), elapsed, statements);
    }
    if let Ok(v) = id.parse() {
        resp.headers_mut().insert(HEADER, v);
    }
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::loggable;

    #[test]
    fn invitation_tokens_never_reach_the_logs() {
        let token = "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg";
        assert_eq!(loggable(&format!("/invitations/{token}")), "/invitations/…");
        assert_eq!(
            loggable(&format!("/api/v1/invitations/{token}/accept")),
            "/api/v1/invitations/…/accept"
        );
        assert_eq!(
            loggable("/api/v1/initiatives/x/invitations/12"),
            "/api/v1/initiatives/x/invitations/12"
        );
        assert_eq!(loggable("/healthz"), "/healthz");
    }
}
