//! Reading what the worker stored for the public: the regional and global
//! aggregates and the feeds of accepted reports. Never computed here (that
//! is the worker's job) and never cached here (the response caches live in
//! `AppState.caches`, revalidated by the routes).
//!
//! These reads are public and the same for every caller, so they take the
//! connection alone rather than a [`super::Reader`]: a caller would change
//! nothing, and asking for one would make the operations ask for a token.
use crate::problem::ApiError;
use entity::{aggregate, feed};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect,
};
use worker::aggregate::{Summary, SummaryParticipation};
use worker::encoding::Coding;

/// The stored ETag of the aggregate of scope `key.0` and year `key.1`, if
/// there is one (reading only that column, to revalidate a cached copy).
#[tracing::instrument(skip(db))]
pub async fn aggregate_etag(
    db: &DatabaseConnection,
    key: (String, i32),
) -> Result<Option<String>, ApiError> {
    Ok(aggregate::Entity::find_by_id(key)
        .select_only()
        .column(aggregate::Column::Etag)
        .into_tuple()
        .one(db)
        .await?)
}

/// The stored aggregate of scope `key.0` and year `key.1`, if there is one.
#[tracing::instrument(skip(db))]
pub async fn aggregate(
    db: &DatabaseConnection,
    key: (String, i32),
) -> Result<Option<aggregate::Model>, ApiError> {
    Ok(aggregate::Entity::find_by_id(key).one(db).await?)
}

/// One year of a scope's stored aggregates as its history shows it.
#[derive(Debug)]
pub struct StoredYear {
    pub year: i32,
    /// The stored aggregate's ETag.
    pub etag: String,
    pub summary: Summary,
}

/// The summary columns of a stored aggregate.
#[derive(Debug, FromQueryResult)]
struct SummaryRow {
    year: i32,
    etag: String,
    summary_etag: Option<String>,
    reporting: Option<i64>,
    recognised: Option<i64>,
    participation_total: Option<i64>,
    participation_online: Option<i64>,
    participation_youth: Option<i64>,
}

impl SummaryRow {
    /// Its summary, when it has one of the body stored now (`None`: stored
    /// before summaries were kept, or by a worker that did not keep it); a
    /// negative count is an error.
    fn summary(&self) -> Result<Option<Summary>, ApiError> {
        if self.summary_etag.as_deref() != Some(self.etag.as_str()) {
            return Ok(None);
        }
        let (Some(reporting), Some(recognised), Some(total), Some(online), Some(youth)) = (
            self.reporting,
            self.recognised,
            self.participation_total,
            self.participation_online,
            self.participation_youth,
        ) else {
            return Ok(None);
        };
        let count = |n: i64| {
            u64::try_from(n).map_err(|_| {
                ApiError::Internal(anyhow::anyhow!(
                    "the stored summary of {} holds the negative count {n}",
                    self.year
                ))
            })
        };
        Ok(Some(Summary {
            reporting: count(reporting)?,
            recognised: count(recognised)?,
            participation: SummaryParticipation {
                total: count(total)?,
                online: count(online)?,
                youth: count(youth)?,
            },
        }))
    }
}

/// The years of `scope`'s stored aggregates from `from` to `to` (each
/// bound optional), oldest first, by their counts: one query of the
/// summaries stored beside the bodies, and a body read only for a year
/// stored without its summary. `None` when the scope has no stored
/// aggregate in any year.
#[tracing::instrument(skip(db))]
pub async fn years(
    db: &DatabaseConnection,
    scope: String,
    from: Option<i32>,
    to: Option<i32>,
) -> Result<Option<Vec<StoredYear>>, ApiError> {
    use aggregate::Column as C;
    let rows = aggregate::Entity::find()
        .select_only()
        .columns([
            C::Year,
            C::Etag,
            C::SummaryEtag,
            C::Reporting,
            C::Recognised,
            C::ParticipationTotal,
            C::ParticipationOnline,
            C::ParticipationYouth,
        ])
        .filter(C::Scope.eq(scope.as_str()))
        .order_by_asc(C::Year)
        .into_model::<SummaryRow>()
        .all(db)
        .await?;
    if rows.is_empty() {
        return Ok(None);
    }
    let within = |y: i32| from.is_none_or(|f| y >= f) && to.is_none_or(|t| y <= t);
    let mut years = Vec::with_capacity(rows.len());
    for row in rows.into_iter().filter(|r| within(r.year)) {
        let summary = match row.summary()? {
            Some(summary) => summary,
            None => summary_of_body(db, &scope, row.year).await?,
        };
        years.push(StoredYear {
            year: row.year,
            etag: row.etag,
            summary,
        });
    }
    Ok(Some(years))
}

/// The summary of a stored aggregate read from its body (one stored
/// without its summary); a body that does not read is an error.
async fn summary_of_body(
    db: &DatabaseConnection,
    scope: &str,
    year: i32,
) -> Result<Summary, ApiError> {
    tracing::info!(
        scope,
        year,
        "a stored aggregate without its summary: reading its body"
    );
    let body: Option<String> = aggregate::Entity::find_by_id((scope.to_owned(), year))
        .select_only()
        .column(aggregate::Column::Body)
        .into_tuple()
        .one(db)
        .await?;
    let body = body.ok_or_else(|| {
        ApiError::Internal(anyhow::anyhow!(
            "the aggregate of `{scope}` in {year} went away while it was read"
        ))
    })?;
    serde_json::from_str(&body).map_err(|e| {
        ApiError::Internal(anyhow::anyhow!(
            "the stored aggregate of `{scope}` in {year} does not read: {e}"
        ))
    })
}

/// One of a scope's two feeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedFormat {
    Atom,
    Json,
}

impl FeedFormat {
    /// Its columns: the ETag, the rendered text, its Brotli and gzip forms.
    fn columns(self) -> [feed::Column; 4] {
        use feed::Column as C;
        match self {
            Self::Atom => [C::AtomEtag, C::Atom, C::AtomBr, C::AtomGz],
            Self::Json => [C::JsonEtag, C::Json, C::JsonBr, C::JsonGz],
        }
    }
}

/// The stored ETag of `format`'s feed of scope `scope` (e.g.
/// `un-region/africa`), if anything in it was accepted: reading only that
/// column, so that a 304 costs one small read.
#[tracing::instrument(skip(db))]
pub async fn feed_etag(
    db: &DatabaseConnection,
    scope: String,
    format: FeedFormat,
) -> Result<Option<String>, ApiError> {
    let [etag, ..] = format.columns();
    Ok(feed::Entity::find_by_id(scope)
        .select_only()
        .column(etag)
        .into_tuple()
        .one(db)
        .await?)
}

/// A feed as stored: its ETag, and its bytes in `coding` (or as rendered).
pub struct StoredFeed {
    pub etag: String,
    pub bytes: Vec<u8>,
    pub coding: Option<Coding>,
}

/// `format`'s feed of scope `scope` as stored: its ETag and bytes, in
/// `coding` when the worker stored that form (the coding sent is returned),
/// else as rendered.
#[tracing::instrument(skip(db))]
pub async fn feed(
    db: &DatabaseConnection,
    scope: String,
    format: FeedFormat,
    coding: Option<Coding>,
) -> Result<Option<StoredFeed>, ApiError> {
    let [etag, plain, br, gz] = format.columns();
    if let Some(c) = coding {
        let column = match c {
            Coding::Brotli => br,
            Coding::Gzip => gz,
        };
        let stored: Option<(String, Option<Vec<u8>>)> = feed::Entity::find_by_id(scope.clone())
            .select_only()
            .columns([etag, column])
            .into_tuple()
            .one(db)
            .await?;
        match stored {
            None => return Ok(None),
            Some((etag, Some(bytes))) => {
                return Ok(Some(StoredFeed {
                    etag,
                    bytes,
                    coding: Some(c),
                }));
            }
            // Rendered before the worker kept encoded forms: sent as rendered.
            Some((_, None)) => {}
        }
    }
    let stored: Option<(String, String)> = feed::Entity::find_by_id(scope)
        .select_only()
        .columns([etag, plain])
        .into_tuple()
        .one(db)
        .await?;
    Ok(stored.map(|(etag, text)| StoredFeed {
        etag,
        bytes: text.into_bytes(),
        coding: None,
    }))
}

/// `format`'s stored ETag of scope `scope`'s feed and the model its feeds
/// were rendered from (absent on rows rendered before models were kept):
/// what a feed in another language than English is rendered from.
#[tracing::instrument(skip(db))]
pub async fn feed_model(
    db: &DatabaseConnection,
    scope: String,
    format: FeedFormat,
) -> Result<Option<(String, Option<String>)>, ApiError> {
    let [etag, ..] = format.columns();
    Ok(feed::Entity::find_by_id(scope)
        .select_only()
        .columns([etag, feed::Column::Model])
        .into_tuple()
        .one(db)
        .await?)
}
