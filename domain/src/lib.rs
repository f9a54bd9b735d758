//! The NRI Registry's domain as plain types and pure rules, shared by the API
//! and the worker. No database, no HTTP framework, no clock and no I/O belong
//! here: whatever needs those stays in `api` or `worker` and calls into this
//! (a rule that depends on the date takes it as a parameter).
//!
//! It holds the closed vocabularies of the SPEC with the status machines
//! (`vocabulary`); the value types parsed once (`values`, with the country
//! table in `countries`) and what any input text or date may be (`input`);
//! an initiative's profile, its annual report's content (and what changed
//! between two versions of it) and its attestation of the principles, each
//! with its validation; the recognition criteria;
//! the contributes-to graph, which both the API (the cycle check, who may see
//! a forum's contributors) and the worker (which scopes an initiative
//! reaches) walk; the aggregate of accepted reports for a scope and its CSV
//! companions; and the outbox events and the background jobs, stored as a
//! kind and a payload. With the `openapi` feature (the
//! API's), the types the API exchanges also derive their OpenAPI schemas.
pub mod aggregate;
pub mod aggregate_csv;
pub mod countries;
pub mod csv;
pub mod events;
mod field;
pub mod graph;
pub mod import;
pub mod input;
pub mod jobs;
pub mod l10n;
pub mod names;
pub mod notifications;
pub mod password;
pub mod principles;
pub mod profile;
pub mod recognition;
pub mod report;
pub mod report_diff;
mod stored;
pub mod values;
pub mod vocabulary;

pub use field::{FieldError, FieldErrors};
pub use stored::Unreadable;
pub use values::*;
pub use vocabulary::*;
