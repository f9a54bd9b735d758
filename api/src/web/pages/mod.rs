//! Page handlers, one module per area of the site: the public pages, accounts,
//! the secretariat's workspace (with the report form on its own), the IGF
//! Secretariat's review pages with the comparison of a report's versions,
//! and the regional dashboards with their printable compilation.
pub mod account;
pub mod compilation;
pub mod dashboard;
pub mod invitations;
pub mod members;
pub mod notifications;
pub mod passwords;
pub mod public;
pub mod report_form;
pub mod review;
pub mod verification;
pub mod versions;
pub mod workspace;
pub mod world;

use serde_json::{Value, json};

/// Every country as `{code, name}`, for the country selects.
pub fn countries() -> Value {
    Value::Array(
        crate::domain::countries::COUNTRIES
            .iter()
            .map(|c| json!({ "code": c.code, "name": c.name }))
            .collect(),
    )
}

/// The report year a page shows by default: the last full year.
pub fn default_year() -> i32 {
    use chrono::Datelike;
    chrono::Utc::now().year() - 1
}

/// A vocabulary's values (`Theme::ALL`) as the forms offer them:
/// `{value, vocab}`, which templates read as `o.value|label(o.vocab)` (the
/// message `<vocab>-<value>` in the reader's language).
pub fn vocab<T: std::fmt::Display>(name: &str, all: &[T]) -> Value {
    Value::Array(
        all.iter()
            .map(|v| json!({ "value": v.to_string(), "vocab": name }))
            .collect(),
    )
}
