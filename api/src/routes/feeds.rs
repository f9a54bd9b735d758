//! `/feeds/{scope}.atom` and `/feeds/{scope}.json`: Atom 1.0 and JSON Feed
//! 1.1 of a scope's accepted reports and their key messages, newest first,
//! served as the worker rendered them, with strong ETags and 304.
use super::Tag;
use crate::problem::ApiError;
use crate::service::aggregates;
use crate::state::AppState;
use poem_openapi::param::{Header, Path};
use poem_openapi::payload::PlainText;
use poem_openapi::{ApiResponse, OpenApi};
use worker::aggregate::Scope;

pub struct Api(pub AppState);

const CACHE_CONTROL: &str = "public, max-age=60, must-revalidate";

#[derive(ApiResponse)]
pub enum FeedResponse {
    #[oai(status = 200, content_type = "application/atom+xml; charset=utf-8")]
    Atom(
        PlainText<String>,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    #[oai(status = 200, content_type = "application/feed+json; charset=utf-8")]
    Json(
        PlainText<String>,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    #[oai(status = 304)]
    NotModified(
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

impl Api {
    async fn serve(
        &self,
        prefix: Option<&str>,
        file: &str,
        if_none_match: Option<&str>,
    ) -> Result<FeedResponse, ApiError> {
        let (name, atom) = match file.rsplit_once('.') {
            Some((n, "atom")) => (n, true),
            Some((n, "json")) => (n, false),
            _ => {
                return Err(ApiError::field(
                    "scope",
                    "ask for <scope>.atom or <scope>.json",
                ));
            }
        };
        let key = match prefix {
            Some(p) => format!("{p}/{name}"),
            None => name.to_owned(),
        };
        let scope = Scope::parse(&key).ok_or_else(|| {
            ApiError::field(
                "scope",
                format!("`{key}` is not a scope: use global, un-region/<region>, kind/youth or initiative/<slug>"),
            )
        })?;
        let row = aggregates::feed(&self.0.db, scope.key())
            .await?
            .ok_or_else(|| {
                ApiError::not_found(format!(
                    "no feed for `{}`: no such forum, or the worker has not computed it yet",
                    scope.key()
                ))
            })?;
        let etag = if atom { row.atom_etag } else { row.json_etag };
        let cache = CACHE_CONTROL.to_owned();
        if if_none_match
            .is_some_and(|sent| sent.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
        {
            return Ok(FeedResponse::NotModified(etag, cache));
        }
        Ok(if atom {
            FeedResponse::Atom(PlainText(row.atom), etag, cache)
        } else {
            FeedResponse::Json(PlainText(row.json), etag, cache)
        })
    }
}

#[OpenApi(prefix_path = "/feeds", tag = "Tag::Aggregates")]
impl Api {
    /// The global feed: `/feeds/global.atom` or `/feeds/global.json`
    #[oai(path = "/:file", method = "get", operation_id = "get_global_feed")]
    async fn global(
        &self,
        file: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<FeedResponse, ApiError> {
        self.serve(None, &file.0, if_none_match.0.as_deref()).await
    }

    /// A scope's feed: `/feeds/un-region/africa.atom`, `/feeds/initiative/west-africa-igf.json`, …
    #[oai(path = "/:kind/:file", method = "get", operation_id = "get_feed")]
    async fn scoped(
        &self,
        kind: Path<String>,
        file: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<FeedResponse, ApiError> {
        self.serve(Some(&kind.0), &file.0, if_none_match.0.as_deref())
            .await
    }
}
