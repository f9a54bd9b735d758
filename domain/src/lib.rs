//! The NRI Registry's domain as plain types and pure rules, shared by the API
//! and the worker. No database, no HTTP framework, no clock and no I/O belong
//! here: whatever needs those stays in `api` or `worker` and calls into this.
//!
//! It holds the closed vocabularies of the SPEC with the status machines
//! (`vocabulary`), and the contributes-to graph, which both the API (the
//! cycle check, who may see a forum's contributors) and the worker (which
//! scopes an initiative reaches) walk. The value types and report content
//! move here next (issue 12). With the `openapi` feature (the API's), the
//! vocabularies also derive their OpenAPI enums.
pub mod events;
pub mod graph;
pub mod vocabulary;

pub use vocabulary::*;
