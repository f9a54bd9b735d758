//! Conditional requests: strong ETags from row versions, and `If-Match`.
use crate::problem::ApiError;

/// The strong ETag of a versioned row.
pub fn etag(version: i64) -> String {
    format!("\"{version}\"")
}

/// Checks `If-Match` against the current version: 428 when missing, 412 when stale.
pub fn check_if_match(if_match: Option<&str>, version: i64) -> Result<(), ApiError> {
    let Some(sent) = if_match else {
        return Err(ApiError::PreconditionRequired);
    };
    let current = etag(version);
    let matches = sent
        .split(',')
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == current || t == "*");
    if matches {
        Ok(())
    } else {
        Err(ApiError::PreconditionFailed { current })
    }
}
