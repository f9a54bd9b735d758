//! Domain types and rules, from the shared `domain` crate (plain types built
//! by fallible parsing, and pure functions over them), re-exported so that
//! the API names them `crate::domain::X`. Only what reads the clock is
//! added here.

pub use ::domain::{
    countries, graph, input, names, principles, recognition, report, report_diff, values,
};
pub mod profile;

/// The vocabularies and status machines.
pub use ::domain::vocabulary::*;
/// The value types parsed once, and field errors.
pub use ::domain::{FieldError, FieldErrors, values::*};
