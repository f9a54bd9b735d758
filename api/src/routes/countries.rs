//! `GET /countries`: the countries with initiatives, for maps. Each country
//! lists the initiatives of it and those covering it, among the initiatives
//! the caller may see in the directory (the same rules and filters).
use super::Tag;
use crate::auth::Caller;
use crate::domain::{InitiativeKind, InitiativeStatus, UnRegion};
use crate::problem::ApiError;
use crate::service::countries;
use crate::service::initiatives::Directory;
use crate::state::AppState;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};

pub struct Api(pub AppState);

/// A country and its initiatives.
#[derive(Debug, Object)]
pub struct CountryOut {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// Slugs of the national and youth initiatives of the country.
    pub initiatives: Vec<String>,
    /// Slugs of the regional and sub-regional initiatives covering it.
    pub covered_by: Vec<String>,
}

#[derive(Debug, Object)]
pub struct CountriesOut {
    /// Every country with at least one initiative, by code.
    pub items: Vec<CountryOut>,
}

#[OpenApi(tag = "Tag::Initiatives")]
impl Api {
    /// The countries with initiatives
    ///
    /// Unpaginated (one entry per country). The public sees recognised (and
    /// lapsed) initiatives; members also see their own, and the IGF
    /// Secretariat sees all, as in `GET /initiatives`.
    #[oai(path = "/countries", method = "get", operation_id = "list_countries")]
    async fn list(
        &self,
        caller: Caller,
        kind: Query<Option<InitiativeKind>>,
        un_region: Query<Option<UnRegion>>,
        status: Query<Option<InitiativeStatus>>,
    ) -> Result<Json<CountriesOut>, ApiError> {
        let filter = Directory {
            kind: kind.0,
            un_region: un_region.0,
            status: status.0,
            ..Directory::default()
        };
        let found = countries::list(&self.0.reader(&caller), filter).await?;
        Ok(Json(CountriesOut {
            items: found
                .into_iter()
                .map(|(code, c)| CountryOut {
                    code,
                    initiatives: c.of,
                    covered_by: c.covering,
                })
                .collect(),
        }))
    }
}
