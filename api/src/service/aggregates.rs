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

/// The stored feeds of scope `scope` (e.g. `un-region/africa`), if anything
/// in it was accepted.
#[tracing::instrument(skip(db))]
pub async fn feed(db: &DatabaseConnection, scope: String) -> Result<Option<feed::Model>, ApiError> {
    Ok(feed::Entity::find_by_id(scope).one(db).await?)
}
