//! Values read back from the database into their domain types. What is
//! stored was checked on its way in, so a value that does not parse is
//! corrupt data: an error (its cause logged once, where it becomes a 500
//! problem without detail), never a default that hides it.
use crate::domain::{InitiativeStatus, ReportStatus};
use crate::problem::ApiError;
use entity::{annual_report, initiative};
use serde::de::DeserializeOwned;
use std::str::FromStr;

/// A stored vocabulary word (a status, kind, region, role…).
pub fn parse<T: FromStr<Err = String>>(raw: &str) -> Result<T, ApiError> {
    raw.parse().map_err(|why| corrupt::<T>(raw, why))
}

/// A stored JSON column.
pub fn json<T: DeserializeOwned>(raw: &str) -> Result<T, ApiError> {
    serde_json::from_str(raw).map_err(|why| corrupt::<T>(raw, why.to_string()))
}

fn corrupt<T>(raw: &str, why: String) -> ApiError {
    let shown: String = raw.chars().take(80).collect();
    ApiError::Internal(anyhow::anyhow!(
        "corrupt stored value: `{shown}` is not a valid {}: {why}",
        std::any::type_name::<T>()
    ))
}

/// An initiative's recognition status.
pub fn initiative_status(i: &initiative::Model) -> Result<InitiativeStatus, ApiError> {
    parse(&i.status)
}

/// A report's workflow status.
pub fn report_status(r: &annual_report::Model) -> Result<ReportStatus, ApiError> {
    parse(&r.status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::UnRegion;

    #[test]
    fn a_corrupt_value_is_an_error_not_a_default() {
        assert_eq!(parse::<UnRegion>("weog").unwrap(), UnRegion::Weog);
        for bad in ["", "WEOG", "western_europe"] {
            let err = parse::<UnRegion>(bad).unwrap_err();
            assert_eq!(err.status(), 500, "{bad:?}");
            // The cause is for the log; the problem document says nothing of it.
            assert!(format!("{err:#}").contains("UnRegion"), "{err:#}");
            assert!(!err.problem().to_string().contains("UnRegion"));
        }
        assert!(json::<Vec<String>>("[\"en\"]").is_ok());
        assert!(json::<Vec<String>>("{").is_err());
    }
}
