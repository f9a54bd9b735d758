//! `/aggregates/{scope}/{year}[.json|.csv]`: the regional and global
//! aggregates, read from storage exactly as the worker wrote them (never
//! computed on the request path), with strong ETags: `If-None-Match` gives 304.
//! A scope has one or two segments (`global`, `un-region/africa`,
//! `kind/youth`, `initiative/west-africa-igf`), hence two operations.
use super::Tag;
use crate::problem::ApiError;
use crate::state::AppState;
use entity::aggregate;
use poem_openapi::param::{Header, Path};
use poem_openapi::payload::{Json, PlainText};
use poem_openapi::{ApiResponse, OpenApi};
use sea_orm::EntityTrait;
use worker::aggregate::Scope;

pub struct Api(pub AppState);

/// Aggregates change when the worker recomputes them; caches revalidate with the ETag.
const CACHE_CONTROL: &str = "public, max-age=60, must-revalidate";

#[derive(ApiResponse)]
pub enum AggregateResponse {
    /// The aggregate (see the worker's `Aggregate`), with `generated_at` and `change_seq`.
    #[oai(status = 200)]
    Json(
        Json<serde_json::Value>,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    /// One row per contributing initiative.
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Csv(
        PlainText<String>,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    /// Unchanged since the ETag sent in `If-None-Match`.
    #[oai(status = 304)]
    NotModified(
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

impl Api {
    async fn serve(
        &self,
        key: &str,
        year: &str,
        if_none_match: Option<&str>,
    ) -> Result<AggregateResponse, ApiError> {
        let scope = Scope::parse(key).ok_or_else(|| {
            ApiError::field(
                "scope",
                format!("`{key}` is not a scope: use global, un-region/<region>, kind/youth or initiative/<slug>"),
            )
        })?;
        let (year, csv) = match year.rsplit_once('.') {
            Some((y, "json")) => (y, false),
            Some((y, "csv")) => (y, true),
            Some(_) => return Err(ApiError::field("year", "ask for .json or .csv")),
            None => (year, false),
        };
        let year: i32 = year
            .parse()
            .ok()
            .and_then(|y| crate::domain::parse_year(y).ok())
            .ok_or_else(|| {
                ApiError::field(
                    "year",
                    format!("`{year}` is not a year between 1990 and 2100"),
                )
            })?;
        let row = aggregate::Entity::find_by_id((scope.key(), year))
            .one(&self.0.db)
            .await?
            .ok_or_else(|| {
                ApiError::not_found(format!("no aggregate for `{}` in {year} yet", scope.key()))
            })?;
        // The CSV is a different representation, so a different ETag.
        let etag = if csv {
            format!("\"{}-csv\"", row.etag.trim_matches('"'))
        } else {
            row.etag.clone()
        };
        let cache = CACHE_CONTROL.to_owned();
        if if_none_match
            .is_some_and(|sent| sent.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
        {
            return Ok(AggregateResponse::NotModified(etag, cache));
        }
        Ok(if csv {
            AggregateResponse::Csv(PlainText(row.csv), etag, cache)
        } else {
            let body = serde_json::from_str(&row.body).map_err(|e| ApiError::Internal(e.into()))?;
            AggregateResponse::Json(Json(body), etag, cache)
        })
    }
}

#[OpenApi(prefix_path = "/aggregates", tag = "Tag::Aggregates")]
impl Api {
    /// The global aggregate of a year (`2025`, `2025.json` or `2025.csv`)
    #[oai(
        path = "/global/:year",
        method = "get",
        operation_id = "get_global_aggregate"
    )]
    async fn global(
        &self,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<AggregateResponse, ApiError> {
        self.serve("global", &year.0, if_none_match.0.as_deref())
            .await
    }

    /// The aggregate of a scope and year: `un-region/{region}`, `kind/youth`, `initiative/{slug}`
    #[oai(
        path = "/:kind/:name/:year",
        method = "get",
        operation_id = "get_aggregate"
    )]
    async fn scoped(
        &self,
        kind: Path<String>,
        name: Path<String>,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<AggregateResponse, ApiError> {
        self.serve(
            &format!("{}/{}", kind.0, name.0),
            &year.0,
            if_none_match.0.as_deref(),
        )
        .await
    }
}
