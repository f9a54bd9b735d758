//! Cross-cutting HTTP concerns, each an `around` function over the routes.
pub mod body_limit;
pub mod catch_panic;
pub mod compression;
pub mod idempotency;
pub mod metrics;
pub mod outage;
pub mod rate_limit;
pub mod request_id;
pub mod security_headers;
