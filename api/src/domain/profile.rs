//! An initiative's profile and its validation, from the shared `domain`
//! crate, with the clock its callers read for the bounds.
pub use ::domain::profile::*;

use chrono::Datelike;

/// The current year, for `established_year` bounds.
pub fn current_year() -> i32 {
    chrono::Utc::now().year()
}
