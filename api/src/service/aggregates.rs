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
use sea_orm::{DatabaseConnection, EntityTrait, QuerySelect};
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
