//! `/aggregates/{scope}/{year}[.json|.csv]`: the regional and global
//! aggregates, read from storage exactly as the worker wrote them (never
//! computed on the request path), with strong ETags: `If-None-Match` gives 304.
//! A scope has one or two segments (`global`, `un-region/africa`,
//! `kind/youth`, `initiative/west-africa-igf`), hence two operations for each
//! file: the aggregate, and its CSV companions `…/{year}/key-messages.csv`
//! and `…/{year}/missing.csv` (see `domain::aggregate_csv`), rendered from
//! the stored aggregate once per stored ETag and kept beside it.
//!
//! `…/{scope}/years` is a scope's history: the counts of every stored year
//! (`reporting`, `recognised`, `participation`) from the summary the worker
//! stores beside each aggregate, in one small read, so that a chart across
//! the years reads no aggregate body.
//!
//! The stored bytes are served as they are (never parsed and re-serialised),
//! the JSON in the Brotli or gzip form the worker stored beside it when the
//! client accepts one, from a small in-process cache that is revalidated against the stored ETag:
//! at once after this process's worker stores an aggregate, and otherwise at
//! most `REVALIDATE_AFTER` after the last check (the bound on how stale an
//! aggregate written by another process can be served; clients themselves
//! may keep one for `max-age=60`).
use super::Tag;
use crate::domain::Year;
use crate::http::body::{Encoded, SharedBody, StoredCsv, StoredJson, shared};
use crate::http::cache::{AggregateKey, CachedAggregate};
use crate::http::encoding::{Coding, Negotiated};
use crate::http::responses::OneResponsePerStatus;
use crate::problem::ApiError;
use crate::service::aggregates;
use crate::state::AppState;
use domain::aggregate_csv::Companion;
use poem::Request;
use poem_openapi::param::{Header, Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sha2::{Digest, Sha256};
use std::time::{Duration, Instant};
use worker::aggregate::Scope;
use worker::encoding::MIN_BYTES;

pub struct Api(pub AppState);

/// Aggregates change when the worker recomputes them; caches revalidate with the ETag.
const CACHE_CONTROL: &str = "public, max-age=60, must-revalidate";

/// How long a cached aggregate is served without asking the database whether
/// its ETag changed (when this process's worker stored nothing meanwhile).
const REVALIDATE_AFTER: Duration = Duration::from_millis(250);

#[derive(ApiResponse)]
pub enum AggregateResponse {
    /// The aggregate (see the worker's `Aggregate`), with `generated_at` and `change_seq`.
    #[oai(status = 200)]
    Json(
        StoredJson,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    /// One row per contributing initiative.
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Csv(
        StoredCsv,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
        #[oai(header = "Content-Disposition")] String,
    ),
    /// Unchanged since the ETag sent in `If-None-Match`.
    #[oai(status = 304)]
    NotModified(
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

/// A CSV companion of an aggregate: spreadsheet-safe (a byte-order mark,
/// RFC 4180, formula-like cells neutralised), links absolute.
#[derive(ApiResponse)]
pub enum CompanionResponse {
    /// The CSV (see the operation for its columns).
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Csv(
        StoredCsv,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
        #[oai(header = "Content-Disposition")] String,
    ),
    /// Unchanged since the ETag sent in `If-None-Match`.
    #[oai(status = 304)]
    NotModified(
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

/// A scope's stored aggregates across the years.
#[derive(Debug, Object)]
pub struct AggregateYears {
    /// The scope: `global`, `un-region/africa`, `kind/youth`, `initiative/{slug}`.
    pub scope: String,
    /// Each year with a stored aggregate (within `from` and `to`), oldest first.
    pub years: Vec<AggregateYear>,
}

/// One year of a scope's history: the counts of its stored aggregate.
#[derive(Debug, Object)]
pub struct AggregateYear {
    pub year: i32,
    /// The aggregate's `reporting`: initiatives with a public accepted report.
    pub reporting: u64,
    /// The aggregate's `recognised`: recognised initiatives in scope.
    pub recognised: u64,
    /// The aggregate's participation totals.
    pub participation: YearParticipation,
    /// The aggregate itself.
    pub aggregate_url: String,
}

/// Participants summed over a year's contributing reports (missing figures count as 0).
#[derive(Debug, Object)]
pub struct YearParticipation {
    pub total: u64,
    pub online: u64,
    pub youth: u64,
}

#[derive(ApiResponse)]
pub enum YearsResponse {
    /// The counts of each stored year.
    #[oai(status = 200)]
    Ok(
        Json<AggregateYears>,
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
    /// A scope's history: its stored years within `from` and `to`, each by
    /// its counts. The ETag follows the stored aggregates' own (and the
    /// range asked for); 404 when the scope has no stored aggregate at all.
    async fn serve_years(
        &self,
        key: &str,
        from: Option<Year>,
        to: Option<Year>,
        if_none_match: Option<&str>,
    ) -> Result<YearsResponse, ApiError> {
        let scope = parse_scope(key)?;
        if let (Some(f), Some(t)) = (from, to)
            && f > t
        {
            return Err(ApiError::field(
                "from",
                format!("{} is after `to` ({})", f.get(), t.get()),
            ));
        }
        let key = scope.key();
        let (first, last) = (from.map(Year::get), to.map(Year::get));
        let stored = aggregates::years(&self.0.db.read, key.clone(), first, last)
            .await?
            .ok_or_else(|| ApiError::not_found(format!("no aggregate for `{key}` yet")))?;
        let mut tag = Sha256::new();
        tag.update(format!("{key}\n{first:?}\n{last:?}"));
        for s in &stored {
            tag.update(format!("\n{} {}", s.year, s.etag));
        }
        let etag = format!("\"years-{}\"", &hex::encode(tag.finalize())[..32]);
        let cache = CACHE_CONTROL.to_owned();
        if matches(if_none_match, &etag) {
            return Ok(YearsResponse::NotModified(etag, cache));
        }
        let years = stored
            .into_iter()
            .map(|s| AggregateYear {
                year: s.year,
                reporting: s.summary.reporting,
                recognised: s.summary.recognised,
                participation: YearParticipation {
                    total: s.summary.participation.total,
                    online: s.summary.participation.online,
                    youth: s.summary.participation.youth,
                },
                aggregate_url: format!("/api/v1/aggregates/{key}/{}.json", s.year),
            })
            .collect();
        Ok(YearsResponse::Ok(
            Json(AggregateYears { scope: key, years }),
            etag,
            cache,
        ))
    }

    async fn serve(
        &self,
        key: &str,
        year: &str,
        if_none_match: Option<&str>,
        coding: Option<Coding>,
    ) -> Result<AggregateResponse, ApiError> {
        let scope = parse_scope(key)?;
        let (year, csv) = match year.rsplit_once('.') {
            Some((y, "json")) => (y, false),
            Some((y, "csv")) => (y, true),
            Some(_) => return Err(ApiError::field("year", "ask for .json or .csv")),
            None => (year, false),
        };
        let year = parse_year(year)?;
        let (stored_etag, json_body, csv_body) = self.stored(&scope, year).await?;
        // The CSV is a different representation, so a different ETag.
        let etag = if csv {
            variant_etag(&stored_etag, "csv")
        } else {
            stored_etag
        };
        let cache = CACHE_CONTROL.to_owned();
        if matches(if_none_match, &etag) {
            return Ok(AggregateResponse::NotModified(etag, cache));
        }
        Ok(if csv {
            let disposition = attachment(&scope, year, None);
            AggregateResponse::Csv(StoredCsv(csv_body), etag, cache, disposition)
        } else {
            // The worker stored the JSON's encoded forms: sent as stored.
            let (body, coded) = json_body.select(coding);
            AggregateResponse::Json(StoredJson::coded(body, coded), etag, cache)
        })
    }

    /// A CSV companion of the aggregate (key messages, who is missing),
    /// rendered from the stored aggregate with absolute links on
    /// `NRI_PUBLIC_URL`; its ETag follows the aggregate's, and the rendered
    /// file is kept while that ETag is current.
    async fn serve_companion(
        &self,
        key: &str,
        year: &str,
        companion: Companion,
        if_none_match: Option<&str>,
    ) -> Result<CompanionResponse, ApiError> {
        let scope = parse_scope(key)?;
        let year = parse_year(year)?;
        let (stored_etag, json_body, _) = self.stored(&scope, year).await?;
        let etag = variant_etag(&stored_etag, companion.name());
        let cache = CACHE_CONTROL.to_owned();
        if matches(if_none_match, &etag) {
            return Ok(CompanionResponse::NotModified(etag, cache));
        }
        let key = (scope.key(), year);
        let caches = &self.0.caches;
        let body = match caches.companion(&key, companion.name(), &etag) {
            Some(body) => body,
            None => {
                let stored = (json_body.plain)()
                    .into_bytes()
                    .await
                    .map_err(|e| anyhow::anyhow!("reading the stored aggregate: {e}"))?;
                let csv = companion
                    .render(
                        &stored,
                        &self.0.settings.public_url(),
                        &worker::feed::english_name,
                    )
                    .map_err(|e| {
                        anyhow::anyhow!(
                            "the stored aggregate of `{}` in {year} does not read: {e}",
                            key.0
                        )
                    })?;
                let (len, body) = (csv.len(), shared(csv));
                caches.remember_companion(key, companion.name(), etag.clone(), body.clone(), len);
                body
            }
        };
        let disposition = attachment(&scope, year, Some(companion));
        Ok(CompanionResponse::Csv(
            StoredCsv(body),
            etag,
            cache,
            disposition,
        ))
    }

    /// The stored aggregate of `scope` in `year` (its ETag, JSON and CSV), or 404.
    async fn stored(
        &self,
        scope: &Scope,
        year: i32,
    ) -> Result<(String, Encoded, SharedBody), ApiError> {
        self.current((scope.key(), year)).await?.ok_or_else(|| {
            ApiError::not_found(format!("no aggregate for `{}` in {year} yet", scope.key()))
        })
    }

    /// The stored aggregate's ETag and bodies: from the cache while it is
    /// known to be current, otherwise after comparing (only) the stored ETag,
    /// and reading the row only when it changed.
    async fn current(
        &self,
        key: AggregateKey,
    ) -> Result<Option<(String, Encoded, SharedBody)>, ApiError> {
        let caches = &self.0.caches;
        let generation = worker::aggregation::stored_generation();
        let now = Instant::now();
        let known = {
            let mut c = caches.aggregates();
            c.get_mut(&key).map(|e| {
                e.used = now;
                let fresh = e.generation == generation && e.checked.elapsed() < REVALIDATE_AFTER;
                (
                    fresh,
                    e.etag.clone(),
                    e.json.clone(),
                    e.csv.clone(),
                    e.coded,
                )
            })
        };
        if let Some((true, etag, json, csv, _)) = known {
            return Ok(Some((etag, json, csv)));
        }
        let db = &self.0.db.read;
        let pk = key.clone();
        // Read without its coded forms: read again for them.
        if let Some((_, cached_etag, json, csv, true)) = known {
            let stored = aggregates::aggregate_etag(db, pk.clone()).await?;
            match stored {
                None => {
                    caches.aggregates().remove(&key);
                    return Ok(None);
                }
                Some(stored) if stored == cached_etag => {
                    if let Some(e) = caches.aggregates().get_mut(&key) {
                        e.checked = now;
                        e.generation = generation;
                    }
                    return Ok(Some((cached_etag, json, csv)));
                }
                Some(_) => {}
            }
        }
        let Some(row) = aggregates::aggregate(db, pk).await? else {
            return Ok(None);
        };
        let len = row.body.len()
            + row.csv.len()
            + row.body_br.as_ref().map_or(0, Vec::len)
            + row.body_gz.as_ref().map_or(0, Vec::len);
        let coded = row.body.len() < MIN_BYTES || (row.body_br.is_some() && row.body_gz.is_some());
        let json = Encoded {
            plain: shared(row.body),
            br: row.body_br.map(shared),
            gz: row.body_gz.map(shared),
        };
        let csv = shared(row.csv);
        caches.remember_aggregate(
            key,
            CachedAggregate {
                etag: row.etag.clone(),
                json: json.clone(),
                csv: csv.clone(),
                len,
                checked: now,
                generation,
                used: now,
                coded,
            },
        );
        Ok(Some((row.etag, json, csv)))
    }
}

/// A scope as the path gives it, or a 400 naming `scope`.
fn parse_scope(key: &str) -> Result<Scope, ApiError> {
    Scope::parse(key).ok_or_else(|| {
        ApiError::field(
            "scope",
            format!("`{key}` is not a scope: use global, un-region/<region>, kind/youth or initiative/<slug>"),
        )
    })
}

/// A year as the path gives it, or a 400 naming `year`.
fn parse_year(year: &str) -> Result<i32, ApiError> {
    year.parse()
        .ok()
        .and_then(|y| crate::domain::parse_year(y).ok())
        .ok_or_else(|| {
            ApiError::field(
                "year",
                format!("`{year}` is not a year between 1990 and 2100"),
            )
        })
}

/// The ETag of another representation of the stored aggregate tagged `stored`.
fn variant_etag(stored: &str, variant: &str) -> String {
    format!("\"{}-{variant}\"", stored.trim_matches('"'))
}

/// Whether `If-None-Match` names `etag` (or `*`).
fn matches(if_none_match: Option<&str>, etag: &str) -> bool {
    if_none_match.is_some_and(|sent| sent.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

/// `Content-Disposition` of a CSV download: `un-region/africa` in 2025
/// downloads as `un-region-africa-2025.csv`, its key messages as
/// `un-region-africa-2025-key-messages.csv`.
fn attachment(scope: &Scope, year: i32, companion: Option<Companion>) -> String {
    let stem = format!("{}-{year}", scope.key().replace('/', "-"));
    let file = match companion {
        Some(c) => format!("{stem}-{}.csv", c.name()),
        None => format!("{stem}.csv"),
    };
    format!("attachment; filename=\"{file}\"")
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
        req: &Request,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<OneResponsePerStatus<AggregateResponse>, ApiError> {
        self.serve(
            "global",
            &year.0,
            if_none_match.0.as_deref(),
            Negotiated::of(req),
        )
        .await
        .map(OneResponsePerStatus)
    }

    /// The global aggregate's counts in every stored year
    ///
    /// Oldest first, within `from` and `to` when given: each year's
    /// `reporting`, `recognised` and `participation` totals, equal to the
    /// stored aggregate's own, without reading it; a year without an
    /// aggregate is absent. 404 when no aggregate is stored yet.
    #[oai(
        path = "/global/years",
        method = "get",
        operation_id = "get_global_aggregate_years"
    )]
    async fn global_years(
        &self,
        /// The first year to give.
        from: Query<Option<Year>>,
        /// The last year to give.
        to: Query<Option<Year>>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<YearsResponse, ApiError> {
        self.serve_years("global", from.0, to.0, if_none_match.0.as_deref())
            .await
    }

    /// A scope's aggregate counts in every stored year
    ///
    /// As for the global aggregate, for `un-region/{region}`, `kind/youth`
    /// or `initiative/{slug}`; 404 when the scope has no stored aggregate
    /// (an unknown forum, or none computed yet).
    #[oai(
        path = "/:kind/:name/years",
        method = "get",
        operation_id = "get_aggregate_years"
    )]
    async fn scoped_years(
        &self,
        kind: Path<String>,
        name: Path<String>,
        /// The first year to give.
        from: Query<Option<Year>>,
        /// The last year to give.
        to: Query<Option<Year>>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<YearsResponse, ApiError> {
        self.serve_years(
            &format!("{}/{}", kind.0, name.0),
            from.0,
            to.0,
            if_none_match.0.as_deref(),
        )
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
        req: &Request,
        kind: Path<String>,
        name: Path<String>,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<OneResponsePerStatus<AggregateResponse>, ApiError> {
        self.serve(
            &format!("{}/{}", kind.0, name.0),
            &year.0,
            if_none_match.0.as_deref(),
            Negotiated::of(req),
        )
        .await
        .map(OneResponsePerStatus)
    }

    /// Key messages of the global aggregate of a year, as CSV
    ///
    /// One row per key message and language, in the aggregate's order (themes
    /// ranked, then initiative): `initiative,initiative_name,theme,language,text,report_url`;
    /// `report_url` is the absolute address of the report's public page.
    #[oai(
        path = "/global/:year/key-messages.csv",
        method = "get",
        operation_id = "get_global_aggregate_key_messages"
    )]
    async fn global_key_messages(
        &self,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<CompanionResponse, ApiError> {
        self.serve_companion(
            "global",
            &year.0,
            Companion::KeyMessages,
            if_none_match.0.as_deref(),
        )
        .await
    }

    /// Who is missing from the global aggregate of a year, as CSV
    ///
    /// One row per recognised initiative without an accepted report for the
    /// year, by slug: `initiative,name,overdue,initiative_url`; `overdue` is
    /// `true` or `false`, `initiative_url` the absolute address of its public page.
    #[oai(
        path = "/global/:year/missing.csv",
        method = "get",
        operation_id = "get_global_aggregate_missing"
    )]
    async fn global_missing(
        &self,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<CompanionResponse, ApiError> {
        self.serve_companion(
            "global",
            &year.0,
            Companion::Missing,
            if_none_match.0.as_deref(),
        )
        .await
    }

    /// Key messages of a scope's aggregate of a year, as CSV
    ///
    /// As for the global aggregate: one row per key message and language,
    /// `initiative,initiative_name,theme,language,text,report_url`.
    #[oai(
        path = "/:kind/:name/:year/key-messages.csv",
        method = "get",
        operation_id = "get_aggregate_key_messages"
    )]
    async fn scoped_key_messages(
        &self,
        kind: Path<String>,
        name: Path<String>,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<CompanionResponse, ApiError> {
        self.serve_companion(
            &format!("{}/{}", kind.0, name.0),
            &year.0,
            Companion::KeyMessages,
            if_none_match.0.as_deref(),
        )
        .await
    }

    /// Who is missing from a scope's aggregate of a year, as CSV
    ///
    /// As for the global aggregate: `initiative,name,overdue,initiative_url`.
    #[oai(
        path = "/:kind/:name/:year/missing.csv",
        method = "get",
        operation_id = "get_aggregate_missing"
    )]
    async fn scoped_missing(
        &self,
        kind: Path<String>,
        name: Path<String>,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<CompanionResponse, ApiError> {
        self.serve_companion(
            &format!("{}/{}", kind.0, name.0),
            &year.0,
            Companion::Missing,
            if_none_match.0.as_deref(),
        )
        .await
    }
}
