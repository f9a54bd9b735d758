//! `/initiatives` and `/initiatives/{slug}`: the directory, registration and the profile.
use super::{Tag, etag, from_json};
use crate::auth::Caller;
use crate::domain::Slug;
use crate::domain::profile::ProfileInput;
use crate::domain::{InitiativeKind, InitiativeStatus, UnRegion};
use crate::http::body::RenderedJson;
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::initiatives::{self, Directory, Registration};
use crate::service::members;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::initiative;
use poem_openapi::param::{Header, Path, Query};
use poem_openapi::payload::{Json, PlainText};
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::Deserialize;
use std::collections::BTreeMap;

pub use crate::service::initiatives::{InitiativePatch, member_initiative_ids};

pub struct Api(pub AppState);

/// `GET /initiatives.csv`: the directory as a spreadsheet.
pub struct CsvApi(pub AppState);

/// An initiative's public profile.
#[derive(Debug, Clone, Object, serde::Serialize)]
pub struct InitiativeOut {
    pub slug: String,
    pub name: String,
    #[oai(nullable)]
    pub acronym: Option<String>,
    pub kind: InitiativeKind,
    /// ISO 3166-1 alpha-2, for national (and national youth) initiatives.
    #[oai(nullable)]
    pub country: Option<String>,
    /// Countries a regional or sub-regional initiative covers.
    pub coverage: Vec<String>,
    pub un_region: UnRegion,
    /// The initiative a youth initiative is a track of.
    #[oai(nullable)]
    pub parent: Option<String>,
    #[oai(nullable)]
    pub established_year: Option<i32>,
    /// Language-keyed text, e.g. `{"en": "…", "ro": "…"}`.
    pub description: BTreeMap<String, String>,
    pub working_languages: Vec<String>,
    #[oai(nullable)]
    pub website: Option<String>,
    #[oai(nullable)]
    pub public_email: Option<String>,
    pub social_links: BTreeMap<String, String>,
    pub status: InitiativeStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Registration of a new initiative.
#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct NewInitiative {
    /// `[a-z0-9-]{2,64}`, e.g. `liberia-igf`.
    pub slug: String,
    pub name: String,
    #[oai(nullable)]
    pub acronym: Option<String>,
    pub kind: InitiativeKind,
    #[oai(nullable)]
    pub country: Option<String>,
    #[serde(default)]
    #[oai(default)]
    pub coverage: Vec<String>,
    /// Derived from `country` for national initiatives; declared for the others.
    #[oai(nullable)]
    pub un_region: Option<UnRegion>,
    /// Slug of the initiative a youth initiative is a track of.
    #[oai(nullable)]
    pub parent: Option<String>,
    #[oai(nullable)]
    pub established_year: Option<i32>,
    #[serde(default)]
    #[oai(default)]
    pub description: BTreeMap<String, String>,
    #[serde(default)]
    #[oai(default)]
    pub working_languages: Vec<String>,
    #[oai(nullable)]
    pub website: Option<String>,
    #[oai(nullable)]
    pub public_email: Option<String>,
    #[serde(default)]
    #[oai(default)]
    pub social_links: BTreeMap<String, String>,
}

#[derive(Object)]
pub struct InitiativePage {
    pub items: Vec<InitiativeOut>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[derive(ApiResponse)]
pub enum InitiativeResponse {
    #[oai(status = 200)]
    Ok(Json<InitiativeOut>, #[oai(header = "ETag")] String),
}

#[derive(ApiResponse)]
pub enum InitiativesCsv {
    /// One row per initiative: `slug,name,acronym,kind,country,coverage,un_region,parent,website,public_email,established_year,working_languages,status`.
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Csv(
        PlainText<String>,
        #[oai(header = "Content-Disposition")] String,
    ),
}

#[derive(ApiResponse)]
pub enum CreatedInitiative {
    #[oai(status = 201)]
    Created(
        Json<InitiativeOut>,
        #[oai(header = "Location")] String,
        #[oai(header = "ETag")] String,
    ),
}

/// The profile as the API shows it; `parent` is resolved by the caller.
pub fn to_out(i: &initiative::Model, parent: Option<String>) -> Result<InitiativeOut, ApiError> {
    Ok(InitiativeOut {
        slug: i.slug.clone(),
        name: i.name.clone(),
        acronym: i.acronym.clone(),
        kind: crate::stored::parse::<InitiativeKind>(&i.kind)?,
        country: i.country.clone(),
        coverage: from_json(&i.coverage)?,
        un_region: crate::stored::parse::<UnRegion>(&i.un_region)?,
        parent,
        established_year: i.established_year,
        description: from_json(&i.description)?,
        working_languages: from_json(&i.working_languages)?,
        website: i.website.clone(),
        public_email: i.public_email.clone(),
        social_links: from_json(&i.social_links)?,
        status: crate::stored::initiative_status(i)?,
        created_at: i.created_at,
        updated_at: i.updated_at,
    })
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        ApiError::Internal(e.into())
    }
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Initiatives")]
impl Api {
    /// The directory of initiatives
    ///
    /// The public sees recognised (and lapsed) initiatives; members also see
    /// their own, and the IGF Secretariat sees all. Ordered by slug.
    #[oai(path = "/", method = "get", operation_id = "list_initiatives")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        caller: Caller,
        kind: Query<Option<InitiativeKind>>,
        un_region: Query<Option<UnRegion>>,
        country: Query<Option<String>>,
        status: Query<Option<InitiativeStatus>>,
        /// Search in name, acronym and slug (case-insensitive).
        q: Query<Option<String>>,
        /// Only the youth tracks of the initiative with this slug.
        parent: Query<Option<String>>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<RenderedJson<InitiativePage>, ApiError> {
        // The anonymous directory is the same for every caller: each page is
        // rendered once per state of the initiatives table, which every
        // write changes, and revalidated with that one small query on each
        // request.
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let reader = self.0.reader(&caller);
        let cached = match caller.principal.user() {
            Some(_) => None,
            None => {
                let state = initiatives::directory_state(&reader).await?;
                let key = format!(
                    "{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}",
                    kind.0, un_region.0, country.0, status.0, q.0, parent.0, limit.0, cursor.0
                );
                if let Some(body) = self.0.caches.directory_page(&key, &state) {
                    return Ok(RenderedJson::new(body));
                }
                Some((key, state))
            }
        };
        let filter = Directory {
            kind: kind.0,
            un_region: un_region.0,
            country: country.0,
            status: status.0,
            q: q.0,
            parent: parent.0,
        };
        let (rows, next_cursor) = initiatives::list(&reader, filter, page).await?;
        let items = rows
            .into_iter()
            .map(|(r, parent)| to_out(&r, parent))
            .collect::<Result<_, _>>()?;
        let rendered = RenderedJson::render(&InitiativePage { items, next_cursor });
        if let Some((key, state)) = cached {
            self.0
                .caches
                .remember_directory_page(key, state, rendered.body());
        }
        Ok(rendered)
    }

    /// Register an initiative
    ///
    /// It starts as `applicant`; the caller becomes its focal point.
    #[oai(path = "/", method = "post", operation_id = "create_initiative")]
    async fn create(
        &self,
        caller: Caller,
        body: JsonBody<NewInitiative>,
    ) -> Result<CreatedInitiative, ApiError> {
        let b = body.0;
        let registration = Registration {
            slug: b.slug,
            parent: b.parent,
            profile: ProfileInput {
                name: b.name,
                acronym: b.acronym,
                kind: Some(b.kind),
                country: b.country,
                coverage: b.coverage,
                un_region: b.un_region,
                established_year: b.established_year,
                description: b.description,
                working_languages: b.working_languages,
                website: b.website,
                public_email: b.public_email,
                social_links: b.social_links,
            },
        };
        let mut uow = self.0.unit(&caller).await?;
        let (ini, parent) = initiatives::register(&mut uow, registration).await?;
        members::commit_and_reload_policy(uow).await?;
        Ok(CreatedInitiative::Created(
            Json(to_out(&ini, parent)?),
            format!("/api/v1/initiatives/{}", ini.slug),
            etag(ini.version),
        ))
    }

    /// An initiative's profile
    #[oai(path = "/:slug", method = "get", operation_id = "get_initiative")]
    async fn get(&self, caller: Caller, slug: Path<Slug>) -> Result<InitiativeResponse, ApiError> {
        let (ini, parent) = initiatives::get(&self.0.reader(&caller), slug.0.as_str()).await?;
        Ok(InitiativeResponse::Ok(
            Json(to_out(&ini, parent)?),
            etag(ini.version),
        ))
    }

    /// Update the profile (JSON merge patch; `If-Match` required)
    #[oai(path = "/:slug", method = "patch", operation_id = "patch_initiative")]
    async fn patch(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<InitiativePatch>,
    ) -> Result<InitiativeResponse, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let (ini, parent) =
            initiatives::update(&mut uow, slug.0.as_str(), if_match.0.as_deref(), body.0).await?;
        uow.commit().await?;
        Ok(InitiativeResponse::Ok(
            Json(to_out(&ini, parent)?),
            etag(ini.version),
        ))
    }
}

#[OpenApi(tag = "Tag::Initiatives")]
impl CsvApi {
    /// The directory as CSV
    ///
    /// The same initiatives, filters and access rules as `GET /initiatives`
    /// (unpaginated), one row per initiative, spreadsheet-safe (UTF-8 with a
    /// byte-order mark, formula-like cells neutralised); lists are
    /// space-separated.
    #[oai(
        path = "/initiatives.csv",
        method = "get",
        operation_id = "list_initiatives_csv"
    )]
    #[allow(clippy::too_many_arguments)]
    async fn csv(
        &self,
        caller: Caller,
        kind: Query<Option<InitiativeKind>>,
        un_region: Query<Option<UnRegion>>,
        country: Query<Option<String>>,
        status: Query<Option<InitiativeStatus>>,
        /// Search in name, acronym and slug (case-insensitive).
        q: Query<Option<String>>,
        /// Only the youth tracks of the initiative with this slug.
        parent: Query<Option<String>>,
    ) -> Result<InitiativesCsv, ApiError> {
        let filter = Directory {
            kind: kind.0,
            un_region: un_region.0,
            country: country.0,
            status: status.0,
            q: q.0,
            parent: parent.0,
        };
        let rows = initiatives::list_all(&self.0.reader(&caller), filter).await?;
        Ok(InitiativesCsv::Csv(
            PlainText(crate::export::initiatives_csv(&rows)?),
            "attachment; filename=\"initiatives.csv\"".to_owned(),
        ))
    }
}
