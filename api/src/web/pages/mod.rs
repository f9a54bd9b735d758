//! Page handlers, one module per area of the site: the public pages, accounts,
//! the secretariat's workspace (with the report form on its own), the IGF
//! Secretariat's review pages and the regional dashboards.
pub mod account;
pub mod dashboard;
pub mod invitations;
pub mod members;
pub mod notifications;
pub mod passwords;
pub mod public;
pub mod report_form;
pub mod review;
pub mod verification;
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
