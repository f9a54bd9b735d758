//! `/feeds/{scope}.atom` and `/feeds/{scope}.json`: Atom 1.0 and JSON Feed
//! 1.1 of a scope's accepted reports and their key messages, newest first,
//! served as the worker rendered them (in the Brotli or gzip form it stored
//! beside each, when the client accepts one), with strong ETags and 304: a
//! revalidation reads the stored ETag alone before anything else.
use super::Tag;
use crate::http::body::StoredText;
use crate::http::encoding::{Coding, Negotiated};
use crate::http::responses::OneResponsePerStatus;
use crate::problem::ApiError;
use crate::service::aggregates::{self, FeedFormat};
use crate::state::AppState;
use poem::Request;
use poem_openapi::param::{Header, Path};
use poem_openapi::{ApiResponse, OpenApi};
use worker::aggregate::Scope;

pub struct Api(pub AppState);

const CACHE_CONTROL: &str = "public, max-age=60, must-revalidate";

#[derive(ApiResponse)]
pub enum FeedResponse {
    #[oai(status = 200, content_type = "application/atom+xml; charset=utf-8")]
    Atom(
        StoredText,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    #[oai(status = 200, content_type = "application/feed+json; charset=utf-8")]
    Json(
        StoredText,
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
        coding: Option<Coding>,
    ) -> Result<FeedResponse, ApiError> {
        let (name, format) = match file.rsplit_once('.') {
            Some((n, "atom")) => (n, FeedFormat::Atom),
            Some((n, "json")) => (n, FeedFormat::Json),
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
        let missing = || {
            ApiError::not_found(format!(
                "no feed for `{}`: no such forum, or the worker has not computed it yet",
                scope.key()
            ))
        };
        let cache = CACHE_CONTROL.to_owned();
        let matches = |etag: &str| {
            if_none_match
                .is_some_and(|sent| sent.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
        };
        // A revalidation reads the ETag alone first: a 304 reads no feed.
        if if_none_match.is_some() {
            let etag = aggregates::feed_etag(&self.0.db.read, scope.key(), format)
                .await?
                .ok_or_else(missing)?;
            if matches(&etag) {
                return Ok(FeedResponse::NotModified(etag, cache));
            }
        }
        let stored = aggregates::feed(&self.0.db.read, scope.key(), format, coding)
            .await?
            .ok_or_else(missing)?;
        let (etag, body) = (stored.etag, StoredText(stored.bytes.into(), stored.coding));
        Ok(match format {
            FeedFormat::Atom => FeedResponse::Atom(body, etag, cache),
            FeedFormat::Json => FeedResponse::Json(body, etag, cache),
        })
    }
}

#[OpenApi(prefix_path = "/feeds", tag = "Tag::Aggregates")]
impl Api {
    /// The global feed: `/feeds/global.atom` or `/feeds/global.json`
    #[oai(path = "/:file", method = "get", operation_id = "get_global_feed")]
    async fn global(
        &self,
        req: &Request,
        file: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<OneResponsePerStatus<FeedResponse>, ApiError> {
        self.serve(
            None,
            &file.0,
            if_none_match.0.as_deref(),
            Negotiated::of(req),
        )
        .await
        .map(OneResponsePerStatus)
    }

    /// A scope's feed: `/feeds/un-region/africa.atom`, `/feeds/initiative/west-africa-igf.json`, …
    #[oai(path = "/:kind/:file", method = "get", operation_id = "get_feed")]
    async fn scoped(
        &self,
        req: &Request,
        kind: Path<String>,
        file: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<OneResponsePerStatus<FeedResponse>, ApiError> {
        self.serve(
            Some(&kind.0),
            &file.0,
            if_none_match.0.as_deref(),
            Negotiated::of(req),
        )
        .await
        .map(OneResponsePerStatus)
    }
}
