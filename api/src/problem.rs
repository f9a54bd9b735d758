//! The API's error type and its RFC 9457 `application/problem+json` rendering.
//! Every error a client sees goes through here; the cause chain of an internal
//! error is logged once, where it becomes a response.
use crate::domain::{FieldError, TransitionError};
use poem::http::StatusCode;
use poem::{IntoResponse, Response};
use serde_json::{Map, Value, json};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// Input that does not parse or validate: 400 with every field named.
    #[error("the request has invalid fields")]
    Validation(Vec<FieldError>),
    #[error("authentication required: {0}")]
    Unauthorized(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    /// A conflict with the stored state; `extra` adds members to the problem.
    #[error("{detail}")]
    Conflict {
        kind: &'static str,
        title: &'static str,
        detail: String,
        extra: Map<String, Value>,
    },
    #[error("this update needs an If-Match header with the resource's current ETag")]
    PreconditionRequired,
    #[error(
        "the resource changed since it was read (ETag {current}); read it again and reapply the change"
    )]
    PreconditionFailed { current: String },
    #[error("the request body is larger than {0} bytes")]
    PayloadTooLarge(usize),
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// 429, with `Retry-After`.
    #[error("{detail}")]
    TooManyRequests {
        detail: String,
        retry_after_secs: u64,
    },
    #[error("{0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    /// Too many `what` from this client: 429 with `Retry-After: wait`.
    pub fn rate_limited(what: &str, wait_secs: u64) -> Self {
        Self::TooManyRequests {
            detail: format!("too many {what}; retry in {wait_secs} s"),
            retry_after_secs: wait_secs,
        }
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        Self::NotFound(what.into())
    }

    pub fn conflict(kind: &'static str, title: &'static str, detail: impl Into<String>) -> Self {
        Self::Conflict {
            kind,
            title,
            detail: detail.into(),
            extra: Map::new(),
        }
    }

    /// A compare-and-set that lost to a concurrent request on `what`: 409.
    pub fn changed_concurrently(what: impl std::fmt::Display) -> Self {
        Self::conflict(
            "concurrent-change",
            "Changed concurrently",
            format!(
                "{what} was changed by another request at the same time; read it again and retry"
            ),
        )
    }

    /// Adds a member to a conflict problem (ignored on other kinds).
    pub fn with(mut self, key: &str, value: Value) -> Self {
        if let Self::Conflict { extra, .. } = &mut self {
            extra.insert(key.to_owned(), value);
        }
        self
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::Validation(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict { .. } => StatusCode::CONFLICT,
            Self::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            Self::PreconditionFailed { .. } => StatusCode::PRECONDITION_FAILED,
            Self::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The problem document: `type`, `title`, `status`, `detail`, and
    /// `errors` for validation problems.
    pub fn problem(&self) -> Value {
        let (kind, title) = match self {
            Self::Validation(_) => ("validation", "Invalid request"),
            Self::Unauthorized(_) => ("unauthorized", "Authentication required"),
            Self::Forbidden(_) => ("forbidden", "Not allowed"),
            Self::NotFound(_) => ("not-found", "Not found"),
            Self::Conflict { kind, title, .. } => (*kind, *title),
            Self::PreconditionRequired => ("precondition-required", "If-Match required"),
            Self::PreconditionFailed { .. } => ("precondition-failed", "Stale ETag"),
            Self::PayloadTooLarge(_) => ("payload-too-large", "Request body too large"),
            Self::UnsupportedMediaType(_) => ("unsupported-media-type", "Unsupported media type"),
            Self::TooManyRequests { .. } => ("rate-limited", "Too many requests"),
            Self::Unavailable(_) => ("unavailable", "Service unavailable"),
            Self::Internal(_) => ("internal", "Internal error"),
        };
        let detail = match self {
            // Never leak internals: the cause is logged, not sent.
            Self::Internal(_) => {
                "the server failed to handle this request; it has been logged".to_owned()
            }
            other => other.to_string(),
        };
        let mut doc = json!({
            "type": problem_type(kind),
            "title": title,
            "status": self.status().as_u16(),
            "detail": detail,
        });
        match self {
            Self::Validation(errors) => {
                doc["errors"] = json!(errors);
            }
            Self::Conflict { extra, .. } => {
                for (k, v) in extra {
                    doc[k] = v.clone();
                }
            }
            Self::PreconditionFailed { current } => {
                doc["current_etag"] = json!(current);
            }
            _ => {}
        }
        doc
    }
}

/// The `type` URI of a problem kind (a relative reference, per RFC 9457 §3.1.1).
pub fn problem_type(kind: &str) -> String {
    format!("/problems/{kind}")
}

/// Renders a problem document with the right content type.
pub fn problem_response(status: StatusCode, doc: &Value) -> Response {
    Response::builder()
        .status(status)
        .content_type("application/problem+json")
        .body(doc.to_string())
}

impl poem::error::ResponseError for ApiError {
    fn status(&self) -> StatusCode {
        ApiError::status(self)
    }

    fn as_response(&self) -> Response {
        if let Self::Internal(err) = self {
            tracing::error!(error = ?err, "request failed");
        }
        let mut resp = problem_response(self.status(), &self.problem());
        match self {
            Self::TooManyRequests {
                retry_after_secs, ..
            } => {
                resp.headers_mut()
                    .insert(poem::http::header::RETRY_AFTER, (*retry_after_secs).into());
            }
            Self::Unavailable(_) => {
                resp.headers_mut().insert(
                    poem::http::header::RETRY_AFTER,
                    poem::http::HeaderValue::from(RETRY_AFTER_SECS),
                );
            }
            _ => {}
        }
        resp
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        poem::error::ResponseError::as_response(&self)
    }
}

/// Whether the database refused a write for a unique key another row holds.
pub fn is_unique_violation(err: &sea_orm::DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// The one place a database error becomes a response. A constraint that a
/// concurrent request won (a unique key it inserted first, a row it removed
/// that this one refers to) is a conflict with the stored state, 409, never
/// a 500; a database that cannot be reached is 503.
impl From<sea_orm::DbErr> for ApiError {
    fn from(err: sea_orm::DbErr) -> Self {
        use sea_orm::SqlErr;
        match err.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(cause)) => {
                tracing::info!(%cause, "unique key taken by a concurrent request");
                Self::conflict(
                    "already-exists",
                    "Already exists",
                    "another request created the same thing first; read it and retry",
                )
            }
            Some(SqlErr::ForeignKeyConstraintViolation(cause)) => {
                tracing::info!(%cause, "reference changed by a concurrent request");
                Self::changed_concurrently("something this request refers to")
            }
            _ if is_connection_failure(&err) => {
                tracing::warn!(error = %err, "database unavailable");
                Self::Unavailable(DB_UNAVAILABLE.into())
            }
            _ => Self::Internal(anyhow::Error::new(err).context("database")),
        }
    }
}

/// Whether `err` says the database could not be reached, rather than that it
/// refused the statement: no connection within the pool's bound, or one that
/// broke (closed by a restarted server or a network cut). A retry can succeed.
fn is_connection_failure(err: &sea_orm::DbErr) -> bool {
    use sea_orm::{DbErr, RuntimeErr};
    match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => {
            matches!(**e, sea_orm::sqlx::Error::Io(_))
        }
        _ => false,
    }
}

/// The detail of a 503 when the database does not answer.
pub const DB_UNAVAILABLE: &str = "the database is not answering; retry shortly";

/// Seconds a client should wait before retrying a 503.
pub const RETRY_AFTER_SECS: u32 = 2;

/// `Result<_, DbErr>` of a write that may hit a unique key: `taken` says what
/// that means here (e.g. `slug-taken`), instead of the generic conflict.
pub trait OrTaken<T> {
    fn or_taken(self, taken: impl FnOnce() -> ApiError) -> Result<T, ApiError>;
}

impl<T> OrTaken<T> for Result<T, sea_orm::DbErr> {
    fn or_taken(self, taken: impl FnOnce() -> ApiError) -> Result<T, ApiError> {
        match self {
            Err(e) if is_unique_violation(&e) => Err(taken()),
            other => other.map_err(ApiError::from),
        }
    }
}

impl From<sea_orm::TransactionError<ApiError>> for ApiError {
    fn from(err: sea_orm::TransactionError<ApiError>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(e) => e.into(),
            sea_orm::TransactionError::Transaction(e) => e,
        }
    }
}

impl From<TransitionError> for ApiError {
    fn from(err: TransitionError) -> Self {
        ApiError::conflict(
            "invalid-transition",
            "Transition not allowed",
            err.to_string(),
        )
        .with("current", json!(err.from))
        .with("allowed", json!(err.allowed))
    }
}

/// Turns any error poem produced (a route not found, a bad path parameter, a
/// wrong content type, or ours) into a problem response.
pub async fn render(err: poem::Error) -> Response {
    if let Some(api) = err.downcast_ref::<ApiError>() {
        return poem::error::ResponseError::as_response(api);
    }
    let status = err.status();
    if status.is_server_error() {
        tracing::error!(error = %err, "request failed");
    }
    let (kind, detail) = if status == StatusCode::NOT_FOUND {
        ("not-found", "no such resource".to_owned())
    } else if status == StatusCode::METHOD_NOT_ALLOWED {
        (
            "method-not-allowed",
            "this method is not allowed here".to_owned(),
        )
    } else if status.is_server_error() {
        (
            "internal",
            "the server failed to handle this request; it has been logged".to_owned(),
        )
    } else {
        ("bad-request", err.to_string())
    };
    let mut doc = json!({
        "type": problem_type(kind),
        "title": status.canonical_reason().unwrap_or("Error"),
        "status": status.as_u16(),
        "detail": detail,
    });
    // poem-openapi names the parameter in its message; expose it as a field error.
    let message = err.to_string();
    if let Some((param, reason)) = ["failed to parse parameter `", "failed to parse path `"]
        .iter()
        .find_map(|prefix| message.strip_prefix(prefix))
        .and_then(parameter_error)
    {
        doc["type"] = json!(problem_type("validation"));
        doc["detail"] = json!(format!("`{param}`: {reason}"));
        doc["errors"] = json!([{ "field": param, "message": reason }]);
    }
    problem_response(status, &doc)
}

/// The parameter a poem-openapi parse error is about, and what is wrong with
/// it, from the rest of its message (`` name`: reason ``). A path parameter
/// is named by position (`param1`); our path types (`Slug`, `Year`) then
/// start their reason with the real name (`year: …`).
fn parameter_error(rest: &str) -> Option<(&str, &str)> {
    let (name, reason) = rest.split_once("`: ")?;
    // poem-openapi wraps a type's own message as `failed to parse "type": …`.
    let reason = reason
        .strip_prefix("failed to parse \"")
        .and_then(|r| r.split_once("\": "))
        .map_or(reason, |(_, own)| own);
    let positional = name
        .strip_prefix("param")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if positional {
        let (real, own) = reason.split_once(": ")?;
        let is_name = !real.is_empty() && real.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        return is_name.then_some((real, own));
    }
    Some((name, reason))
}

/// The shape of a problem document, for the OpenAPI document.
#[derive(poem_openapi::Object)]
#[oai(rename = "Problem")]
pub struct ProblemDoc {
    /// A URI reference naming the kind of problem, e.g. `/problems/validation`.
    #[oai(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// For validation problems: every invalid field, as a JSON pointer or parameter name.
    #[oai(nullable)]
    pub errors: Option<Vec<FieldErrorDoc>>,
}

#[derive(poem_openapi::Object)]
#[oai(rename = "FieldError")]
pub struct FieldErrorDoc {
    pub field: String,
    pub message: String,
}

impl poem_openapi::ApiResponse for ApiError {
    fn meta() -> poem_openapi::registry::MetaResponses {
        use poem_openapi::registry::{MetaMediaType, MetaResponse, MetaResponses};
        use poem_openapi::types::Type;
        let problem = |description, range: &str| MetaResponse {
            description,
            status: None,
            status_range: Some(range.to_owned()),
            content: vec![MetaMediaType {
                content_type: "application/problem+json",
                schema: ProblemDoc::schema_ref(),
            }],
            headers: vec![],
        };
        MetaResponses {
            responses: vec![
                problem(
                    "A problem (RFC 9457): invalid input (400, naming each field), not signed in (401), \
                     not allowed (403), not found or not visible to you (404), a conflict with the stored \
                     state (409), If-Match missing (428) or stale (412), body too large (413).",
                    "4XX",
                ),
                problem(
                    "The server failed; the cause is logged under the response's x-request-id.",
                    "5XX",
                ),
            ],
        }
    }

    fn register(registry: &mut poem_openapi::registry::Registry) {
        use poem_openapi::types::Type;
        ProblemDoc::register(registry);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use poem::http::StatusCode;
    use sea_orm::{ConnectionTrait, Database, DbErr, RuntimeErr};
    use std::sync::Arc;

    #[tokio::test]
    async fn a_unique_violation_is_a_409_not_a_500() {
        // One connection: every connection to `sqlite::memory:` is a database of its own.
        let mut opts = sea_orm::ConnectOptions::new("sqlite::memory:");
        opts.max_connections(1);
        let db = Database::connect(opts).await.unwrap();
        db.execute_unprepared("CREATE TABLE t (k TEXT UNIQUE); INSERT INTO t VALUES ('a');")
            .await
            .unwrap();
        let err = db
            .execute_unprepared("INSERT INTO t VALUES ('a')")
            .await
            .unwrap_err();
        assert!(is_unique_violation(&err));
        let generic = ApiError::from(err.clone());
        assert_eq!(generic.status(), StatusCode::CONFLICT);
        assert_eq!(generic.problem()["type"], "/problems/already-exists");
        let named =
            Err::<(), _>(err).or_taken(|| ApiError::conflict("slug-taken", "Slug taken", "x"));
        assert_eq!(named.unwrap_err().problem()["type"], "/problems/slug-taken");
    }

    #[test]
    fn a_database_out_of_reach_is_a_503_with_retry_after() {
        let broken = DbErr::Query(RuntimeErr::SqlxError(Arc::new(sea_orm::sqlx::Error::Io(
            std::io::Error::from(std::io::ErrorKind::ConnectionReset),
        ))));
        let timed_out = DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout);
        for err in [broken, timed_out] {
            let api = ApiError::from(err);
            assert_eq!(api.status(), StatusCode::SERVICE_UNAVAILABLE);
            let resp = poem::error::ResponseError::as_response(&api);
            assert_eq!(resp.headers()["retry-after"], "2");
        }
        let refused = DbErr::Custom("a statement the database refused".into());
        assert_eq!(
            ApiError::from(refused).status(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }

    #[test]
    fn a_parameter_error_names_the_parameter_even_when_poem_numbers_it() {
        assert_eq!(
            parameter_error(
                "param1`: failed to parse \"integer_int32\": year: 1066 is not a year between 1990 and 2100"
            ),
            Some(("year", "1066 is not a year between 1990 and 2100"))
        );
        assert_eq!(
            parameter_error("limit`: failed to parse \"integer_uint64\": invalid digit"),
            Some(("limit", "invalid digit"))
        );
        // A positional name with no name of its own in the reason is not guessed.
        assert_eq!(
            parameter_error("param0`: failed to parse \"string\": Bad"),
            None
        );
    }
}
