//! Data access shared by the services: loading an initiative, and the
//! compare-and-set writes every state change goes through.
use crate::http::conditional::etag;
use crate::problem::{ApiError, is_unique_violation};
use entity::initiative;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QuerySelect, TransactionTrait,
};

/// Loads an initiative by slug, or 404.
pub async fn load_initiative(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<initiative::Model, ApiError> {
    initiative::Entity::find()
        .filter(initiative::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no initiative `{slug}`")))
}

/// Parses a JSON column written by this service.
pub fn from_json<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, ApiError> {
    crate::stored::json(s)
}

/// Serialises a value for a JSON column.
pub fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

/// Writes `changes` to the row `key_col = key` only if its version is still
/// `version` (compare-and-set), so a concurrent writer is never overwritten
/// silently: the loser gets 412. `changes` must set the version to
/// `version + 1`. Returns the row as written.
pub async fn update_versioned<E, A>(
    db: &impl ConnectionTrait,
    changes: A,
    key_col: E::Column,
    key: i64,
    version_col: E::Column,
    version: i64,
) -> Result<E::Model, ApiError>
where
    E: EntityTrait,
    A: sea_orm::ActiveModelTrait<Entity = E>,
{
    compare_and_set(db, changes, key_col, key, version_col, version)
        .await?
        .ok_or_else(|| ApiError::PreconditionFailed {
            current: etag(version + 1),
        })
}

/// Writes `changes` to the row `key_col = key` only if its version is still
/// `version`, and returns the row as written (`UPDATE … RETURNING`: no read
/// after the write), or `None` when another writer won. Every state
/// transition goes through here (or `update_versioned`): of concurrent
/// requests acting on one state, exactly one wins; the caller answers the
/// others before writing any audit record or outbox event. `changes` must
/// set the version to `version + 1`.
pub async fn compare_and_set<E, A>(
    db: &impl ConnectionTrait,
    changes: A,
    key_col: E::Column,
    key: i64,
    version_col: E::Column,
    version: i64,
) -> Result<Option<E::Model>, ApiError>
where
    E: EntityTrait,
    A: sea_orm::ActiveModelTrait<Entity = E>,
{
    let mut written = E::update_many()
        .set(changes)
        .filter(key_col.eq(key))
        .filter(version_col.eq(version))
        .exec_with_returning(db)
        .await?;
    // `key_col` is unique: one row or none.
    Ok(written.pop())
}

/// Deletes the rows `which` selects, or answers `gone` when there were none:
/// of concurrent deletes of one row exactly one deletes it (and goes on to
/// audit); the others find it gone, as a later request would.
pub async fn delete_existing<E: EntityTrait>(
    db: &impl ConnectionTrait,
    which: Condition,
    gone: impl FnOnce() -> ApiError,
) -> Result<(), ApiError> {
    let done = E::delete_many().filter(which).exec(db).await?;
    if done.rows_affected == 0 {
        Err(gone())
    } else {
        Ok(())
    }
}

/// Inserts `row`, or returns `None` when a row with the same unique key
/// exists (a concurrent request created it first): the caller then treats
/// the request as one on the existing row. The insert runs in a savepoint, so
/// the transaction stays usable on PostgreSQL.
pub async fn insert_unless_exists<A>(
    txn: &DatabaseTransaction,
    row: A,
) -> Result<Option<<A::Entity as EntityTrait>::Model>, ApiError>
where
    A: sea_orm::ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
    <A::Entity as EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
{
    let savepoint = txn.begin().await?;
    match row.insert(&savepoint).await {
        Ok(model) => {
            savepoint.commit().await?;
            Ok(Some(model))
        }
        Err(e) if is_unique_violation(&e) => {
            savepoint.rollback().await?;
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Loads an initiative by slug and holds its row until the transaction ends
/// (`FOR UPDATE` on PostgreSQL; SQLite's single connection already runs one
/// transaction at a time). For rules over several rows of one initiative
/// (it keeps a focal point): concurrent changes are checked one after the other.
pub async fn lock_initiative(
    txn: &DatabaseTransaction,
    slug: &str,
) -> Result<initiative::Model, ApiError> {
    initiative::Entity::find()
        .filter(initiative::Column::Slug.eq(slug))
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no initiative `{slug}`")))
}
