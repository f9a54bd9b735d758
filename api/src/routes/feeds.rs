//! `/feeds/{scope}.atom` and `/feeds/{scope}.json`: Atom 1.0 and JSON Feed
//! 1.1 of a scope's accepted reports and their key messages, newest first,
//! with strong ETags and 304: a revalidation reads the stored ETag alone
//! before anything else.
//!
//! The feeds' own words are in the language asked for (`?lang=`, else the
//! best of `Accept-Language`, else English), which `Content-Language` names.
//! English is served as the worker rendered it (in the Brotli or gzip form
//! it stored beside it, when the client accepts one); another language is
//! rendered here from the model stored with it, under an ETag derived from
//! the stored one, the language and the version of the feeds' words.
use super::Tag;
use crate::domain::PageLocale;
use crate::http::body::StoredText;
use crate::http::encoding::{Coding, Negotiated};
use crate::http::responses::OneResponsePerStatus;
use crate::problem::ApiError;
use crate::service::aggregates::{self, FeedFormat};
use crate::state::AppState;
use crate::web::l10n;
use poem::Request;
use poem_openapi::param::{Header, Path, Query};
use poem_openapi::{ApiResponse, OpenApi};
use sha2::{Digest, Sha256};
use worker::aggregate::Scope;
use worker::feed::{FeedModel, WORDS_VERSION};

pub struct Api(pub AppState);

const CACHE_CONTROL: &str = "public, max-age=60, must-revalidate";

/// The response depends on the language asked for by header.
const VARY: &str = "Accept-Language";

/// The headers every feed response carries: ETag, Cache-Control, the
/// language of its words and what it varies by.
type Headers = (String, String, String, String);

#[derive(ApiResponse)]
pub enum FeedResponse {
    #[oai(status = 200, content_type = "application/atom+xml; charset=utf-8")]
    Atom(
        StoredText,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
        #[oai(header = "Content-Language")] String,
        #[oai(header = "Vary")] String,
    ),
    #[oai(status = 200, content_type = "application/feed+json; charset=utf-8")]
    Json(
        StoredText,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
        #[oai(header = "Content-Language")] String,
        #[oai(header = "Vary")] String,
    ),
    #[oai(status = 304)]
    NotModified(
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
        #[oai(header = "Content-Language")] String,
        #[oai(header = "Vary")] String,
    ),
}

impl FeedResponse {
    fn ok(format: FeedFormat, body: StoredText, (etag, cache, language, vary): Headers) -> Self {
        match format {
            FeedFormat::Atom => Self::Atom(body, etag, cache, language, vary),
            FeedFormat::Json => Self::Json(body, etag, cache, language, vary),
        }
    }
}

/// The language of a feed's words: `lang` when given (a shipped language,
/// by its primary subtag), else the best of `Accept-Language`, else English.
fn language(lang: Option<&str>, accept_language: Option<&str>) -> Result<PageLocale, ApiError> {
    match lang {
        Some(tag) => l10n::from_tag(tag).ok_or_else(|| {
            let shipped: Vec<&str> = PageLocale::ALL.iter().map(|l| l.as_str()).collect();
            ApiError::field(
                "lang",
                format!(
                    "`{tag}` is not a language the feeds are written in: use one of {}",
                    shipped.join(", ")
                ),
            )
        }),
        None => Ok(l10n::negotiate(None, None, accept_language)),
    }
}

/// The ETag of a feed rendered in `locale` from the model stored under the
/// English rendering's `etag`: it changes with the feed, the language and
/// the feeds' words.
fn localised_etag(etag: &str, locale: PageLocale) -> String {
    let mut hash = Sha256::new();
    for part in [etag, locale.as_str(), WORDS_VERSION.as_str()] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    format!("\"{}\"", &hex::encode(hash.finalize())[..32])
}

impl Api {
    async fn serve(
        &self,
        prefix: Option<&str>,
        file: &str,
        asked: Asked<'_>,
        coding: Option<Coding>,
    ) -> Result<FeedResponse, ApiError> {
        let Asked {
            lang,
            accept_language,
            if_none_match,
        } = asked;
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
        let locale = language(lang, accept_language)?;
        let headers = |etag: String, locale: PageLocale| -> Headers {
            (
                etag,
                CACHE_CONTROL.to_owned(),
                locale.as_str().to_owned(),
                VARY.to_owned(),
            )
        };
        let matches = |etag: &str| {
            if_none_match
                .is_some_and(|sent| sent.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
        };
        let db = &self.0.db.read;
        // A revalidation reads the ETag alone first: a 304 reads no feed.
        if if_none_match.is_some() {
            let stored = aggregates::feed_etag(db, scope.key(), format)
                .await?
                .ok_or_else(missing)?;
            let etag = match locale {
                PageLocale::En => stored,
                other => localised_etag(&stored, other),
            };
            if matches(&etag) {
                let (etag, cache, language, vary) = headers(etag, locale);
                return Ok(FeedResponse::NotModified(etag, cache, language, vary));
            }
        }
        if locale != PageLocale::En {
            let (stored, model) = aggregates::feed_model(db, scope.key(), format)
                .await?
                .ok_or_else(missing)?;
            // Rendered before models were kept: the worker renders it again
            // within a minute; until then English, and the header says so.
            if let Some(model) = model {
                let model: FeedModel = serde_json::from_str(&model).map_err(|e| {
                    anyhow::anyhow!(
                        "the stored feed model of `{}` does not read: {e}",
                        scope.key()
                    )
                })?;
                let text = match format {
                    FeedFormat::Atom => model.atom(locale),
                    FeedFormat::Json => model.json(locale),
                };
                let body = StoredText(text.into_bytes().into(), None);
                return Ok(FeedResponse::ok(
                    format,
                    body,
                    headers(localised_etag(&stored, locale), locale),
                ));
            }
        }
        let stored = aggregates::feed(db, scope.key(), format, coding)
            .await?
            .ok_or_else(missing)?;
        let body = StoredText(stored.bytes.into(), stored.coding);
        Ok(FeedResponse::ok(
            format,
            body,
            headers(stored.etag, PageLocale::En),
        ))
    }
}

/// What a request for a feed asks for besides its scope and format.
struct Asked<'a> {
    lang: Option<&'a str>,
    accept_language: Option<&'a str>,
    if_none_match: Option<&'a str>,
}

#[OpenApi(prefix_path = "/feeds", tag = "Tag::Aggregates")]
impl Api {
    /// The global feed: `/feeds/global.atom` or `/feeds/global.json`
    #[oai(path = "/:file", method = "get", operation_id = "get_global_feed")]
    async fn global(
        &self,
        req: &Request,
        file: Path<String>,
        /// The language of the feed's own words (`fr`, `ar`, …); without it,
        /// the best of `Accept-Language`, else English.
        lang: Query<Option<String>>,
        #[oai(name = "Accept-Language")] accept_language: Header<Option<String>>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<OneResponsePerStatus<FeedResponse>, ApiError> {
        let asked = Asked {
            lang: lang.0.as_deref(),
            accept_language: accept_language.0.as_deref(),
            if_none_match: if_none_match.0.as_deref(),
        };
        self.serve(None, &file.0, asked, Negotiated::of(req))
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
        /// The language of the feed's own words (`fr`, `ar`, …); without it,
        /// the best of `Accept-Language`, else English.
        lang: Query<Option<String>>,
        #[oai(name = "Accept-Language")] accept_language: Header<Option<String>>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<OneResponsePerStatus<FeedResponse>, ApiError> {
        let asked = Asked {
            lang: lang.0.as_deref(),
            accept_language: accept_language.0.as_deref(),
            if_none_match: if_none_match.0.as_deref(),
        };
        self.serve(Some(&kind.0), &file.0, asked, Negotiated::of(req))
            .await
            .map(OneResponsePerStatus)
    }
}
