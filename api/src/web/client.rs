//! The pages' way to the data: each page calls the very API that clients use,
//! in-process, as the signed-in user. Authorisation, validation, the audit
//! log, ETags and the workflow rules therefore have one implementation, and a
//! page can never do what the same user could not do over HTTP.
use super::Visitor;
use crate::auth::{ClientIp, RequestId};
use poem::http::{Method, StatusCode, header};
use poem::{Endpoint, IntoResponse, Request, endpoint::BoxEndpoint};
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The `/api/v1` endpoint, shared by the server's route table and the pages.
#[derive(Clone)]
pub struct ApiClient(pub Arc<BoxEndpoint<'static>>);

/// What the API answered.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: StatusCode,
    pub etag: Option<String>,
    /// `Retry-After` of a 429 or 503, to pass on to the browser.
    pub retry_after: Option<String>,
    pub body: Value,
}

impl Reply {
    pub fn ok(&self) -> bool {
        self.status.is_success()
    }

    /// Whether the API refused to say or do anything for this visitor (sign
    /// in, not allowed, not found): the page shows that instead of the form.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self.status,
            StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
        )
    }

    /// The problem's field errors, keyed by JSON pointer (`/key_messages/0/text`).
    pub fn field_errors(&self) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for e in self.body["errors"].as_array().into_iter().flatten() {
            let field = e["field"].as_str().unwrap_or_default().to_owned();
            let message = e["message"].as_str().unwrap_or_default().to_owned();
            out.entry(field).or_default().push(message);
        }
        out
    }

    /// The problem's human-readable explanation.
    /// The problem's type without its `/problems/` prefix (`not-found`,
    /// `invalid-transition`, …), when the body is a problem document.
    pub fn problem_kind(&self) -> Option<&str> {
        self.body["type"].as_str()?.strip_prefix("/problems/")
    }

    pub fn detail(&self) -> String {
        self.body["detail"]
            .as_str()
            .or_else(|| self.body["title"].as_str())
            .unwrap_or("the request failed")
            .to_owned()
    }
}

impl ApiClient {
    /// Calls `method path` (a path below `/api/v1`, with its query) as the visitor.
    pub async fn call(
        &self,
        visitor: &Visitor,
        method: Method,
        path: &str,
        body: Option<&Value>,
        if_match: Option<&str>,
    ) -> Reply {
        // A page may build the path from what a browser sent: refuse what is
        // not a URI as the API would refuse its parts, without a panic.
        let Ok(uri) = path.parse::<poem::http::Uri>() else {
            let refusal = crate::problem::ApiError::field("path", "is not a valid address");
            return Reply {
                status: refusal.status(),
                etag: None,
                retry_after: None,
                body: refusal.problem(),
            };
        };
        let mut builder = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::ACCEPT, "application/json")
            .extension(RequestId(visitor.request_id.clone()))
            .extension(ClientIp(visitor.client_ip.clone()));
        if let Some(session) = &visitor.session {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {}", session.secret));
        }
        if let Some(tag) = if_match {
            builder = builder.header(header::IF_MATCH, tag);
        }
        let req = match body {
            Some(b) => builder
                .content_type("application/json")
                .body(serde_json::to_vec(b).unwrap_or_default()),
            None => builder.finish(),
        };
        let resp = match self.0.call(req).await {
            Ok(r) => r.into_response(),
            Err(e) => crate::problem::render(e).await,
        };
        let status = resp.status();
        let header_of = |name| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let etag = header_of(header::ETAG);
        let retry_after = header_of(header::RETRY_AFTER);
        let bytes = resp.into_body().into_bytes().await.unwrap_or_default();
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or(Value::Null)
        };
        Reply {
            status,
            etag,
            retry_after,
            body,
        }
    }

    pub async fn get(&self, visitor: &Visitor, path: &str) -> Reply {
        self.call(visitor, Method::GET, path, None, None).await
    }
}
