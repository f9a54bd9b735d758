//! A panic while handling a request becomes a 500 problem document
//! (`/problems/internal`, with the request's id) instead of a connection the
//! client sees reset. The panic is logged once, here. It sits inside the
//! request-id layer, so the id it reports is the one in `x-request-id`.
use crate::auth::RequestId;
use crate::problem::{ApiError, problem_response};
use futures::FutureExt;
use poem::{Endpoint, IntoResponse, Request, Response, Result};
use std::any::Any;
use std::panic::AssertUnwindSafe;

pub async fn around<E: Endpoint>(next: E, req: Request) -> Result<Response> {
    let request_id = req.extensions().get::<RequestId>().map(|r| r.0.clone());
    // Unwind safety: a panicking request's state is dropped with it; what
    // outlives it (the pool, the policy, rate limiters) is behind locks that
    // poisoning does not break.
    match AssertUnwindSafe(next.call(req)).catch_unwind().await {
        Ok(result) => result.map(IntoResponse::into_response),
        Err(panic) => Ok(internal(&*panic, request_id)),
    }
}

fn internal(panic: &(dyn Any + Send), request_id: Option<String>) -> Response {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned());
    tracing::error!(panic = %message, "request panicked");
    let err = ApiError::Internal(anyhow::anyhow!("panic: {message}"));
    let mut doc = err.problem();
    if let Some(id) = request_id {
        doc["request_id"] = id.into();
    }
    problem_response(err.status(), &doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::middleware::request_id;
    use poem::EndpointExt;
    use poem::endpoint::make;
    use poem::http::StatusCode;
    use serde_json::Value;

    #[tokio::test]
    async fn a_panicking_endpoint_answers_a_problem_with_the_request_id() {
        let app = make(|_| async {
            let overflow = chrono::NaiveDate::MAX + chrono::Duration::days(90);
            overflow.to_string()
        })
        .around(around)
        .around(request_id::around);
        let req = Request::builder()
            .header(request_id::HEADER, "panic-test-1")
            .finish();
        let resp = app.call(req).await.expect("a response, not an error");
        assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(resp.content_type(), Some("application/problem+json"));
        assert_eq!(
            resp.headers().get(request_id::HEADER).unwrap(),
            "panic-test-1"
        );
        let body: Value = serde_json::from_slice(&resp.into_body().into_vec().await.unwrap())
            .expect("a JSON problem");
        assert_eq!(body["type"], "/problems/internal");
        assert_eq!(body["status"], 500);
        assert_eq!(body["request_id"], "panic-test-1");
        assert!(!body["detail"].as_str().unwrap().contains("overflow"));
    }

    #[tokio::test]
    async fn other_answers_pass_through() {
        let app = make(|_| async { "fine" }).around(around);
        let resp = app.call(Request::default()).await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK);
        assert_eq!(resp.into_body().into_string().await.unwrap(), "fine");
    }
}
