//! HTTP plumbing shared by the resources: bodies sent as shared bytes, and
//! the response caches the application state holds.
pub mod body;
pub mod cache;
pub mod conditional;
pub mod encoding;
pub mod responses;
