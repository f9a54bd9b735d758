//! Which countries have initiatives: the world map's data. For each country,
//! the initiatives of it (a national or youth initiative's `country`) and
//! those covering it (a regional or sub-regional forum's `coverage`), among
//! the initiatives the caller may see in the directory (`initiatives`'s
//! rules, filters and all). One query of three columns, however large the
//! registry.
use super::Reader;
use super::initiatives::{Directory, directory_query};
use super::store::from_json;
use crate::problem::ApiError;
use entity::initiative;
use sea_orm::QuerySelect;
use std::collections::BTreeMap;

/// A country's initiatives, by slug (each list sorted).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CountryInitiatives {
    pub of: Vec<String>,
    pub covering: Vec<String>,
}

/// Every country with an initiative `r.caller` may see that matches
/// `filter`, by ISO 3166-1 alpha-2 code.
#[tracing::instrument(skip(r))]
pub async fn list(
    r: &Reader<'_>,
    filter: Directory,
) -> Result<BTreeMap<String, CountryInitiatives>, ApiError> {
    let rows: Vec<(String, Option<String>, String)> = directory_query(r, filter)
        .await?
        .select_only()
        .columns([
            initiative::Column::Slug,
            initiative::Column::Country,
            initiative::Column::Coverage,
        ])
        .into_tuple()
        .all(r.db)
        .await?;
    let mut countries: BTreeMap<String, CountryInitiatives> = BTreeMap::new();
    // Rows come by slug, so each list is sorted as it is built.
    for (slug, country, coverage) in rows {
        if let Some(c) = country {
            countries.entry(c).or_default().of.push(slug.clone());
        }
        for c in from_json::<Vec<String>>(&coverage)? {
            countries.entry(c).or_default().covering.push(slug.clone());
        }
    }
    Ok(countries)
}
