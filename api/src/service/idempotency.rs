//! The stored side of `Idempotency-Key`: who claimed a key for which request,
//! and the response it got, to be replayed to a retry. The HTTP side (hashing
//! the request, deciding, replaying) is `middleware::idempotency`'s.
use crate::problem::ApiError;
use chrono::Utc;
use entity::idempotency_key as key_row;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use std::collections::BTreeMap;

/// What a claim on a key found.
#[derive(Debug)]
pub enum Claim {
    /// The key was free: this request acts, and stores its response on the row.
    Won(key_row::Model),
    /// The key was claimed before (by this request or another one).
    Taken(key_row::Model),
}

/// A response stored for replay.
#[derive(Debug)]
pub struct StoredResponse {
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

/// Claims `key` in `scope` (the credential's) for the request hashed as
/// `request_hash`; of concurrent claims, exactly one wins.
#[tracing::instrument(skip(db, scope, request_hash))]
pub async fn claim(
    db: &DatabaseConnection,
    scope: &str,
    key: &str,
    request_hash: &str,
) -> Result<Claim, ApiError> {
    let claimed = key_row::ActiveModel {
        scope: Set(scope.to_owned()),
        key: Set(key.to_owned()),
        request_hash: Set(request_hash.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match claimed {
        Ok(row) => Ok(Claim::Won(row)),
        Err(err) if crate::problem::is_unique_violation(&err) => {
            let existing = key_row::Entity::find()
                .filter(key_row::Column::Scope.eq(scope))
                .filter(key_row::Column::Key.eq(key))
                .one(db)
                .await?
                .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("idempotency key vanished")))?;
            Ok(Claim::Taken(existing))
        }
        Err(err) => Err(err.into()),
    }
}

/// Takes over the claim of a first attempt that never finished (its process
/// died): the key's clock starts again for this request.
#[tracing::instrument(skip(db, row), fields(id = row.id))]
pub async fn take_over(
    db: &DatabaseConnection,
    row: key_row::Model,
) -> Result<key_row::Model, ApiError> {
    let mut active: key_row::ActiveModel = row.into();
    active.created_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

/// Gives the key up, so that a retry acts (nothing was done, or we cannot tell).
#[tracing::instrument(skip(db))]
pub async fn release(db: &DatabaseConnection, id: i64) -> Result<(), ApiError> {
    key_row::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Stores the response the claiming request got, for its retries.
#[tracing::instrument(skip(db, row, response), fields(id = row.id))]
pub async fn keep(
    db: &DatabaseConnection,
    row: key_row::Model,
    response: StoredResponse,
) -> Result<(), ApiError> {
    let mut active: key_row::ActiveModel = row.into();
    active.status = Set(Some(i32::from(response.status)));
    active.response_headers = Set(Some(crate::service::store::to_json(&response.headers)));
    active.response_body = Set(Some(response.body));
    active.update(db).await?;
    Ok(())
}

/// The response stored on `row`, or `None` while its request is running.
pub fn stored_response(row: &key_row::Model) -> Result<Option<StoredResponse>, ApiError> {
    let Some(status) = row.status else {
        return Ok(None);
    };
    let status = u16::try_from(status)
        .map_err(|_| ApiError::Internal(anyhow::anyhow!("stored status {status} is corrupt")))?;
    let headers = match row.response_headers.as_deref() {
        Some(h) => crate::stored::json(h)?,
        None => BTreeMap::new(),
    };
    let body = row.response_body.clone().ok_or_else(|| {
        ApiError::Internal(anyhow::anyhow!(
            "idempotency key {} has a status but no body",
            row.id
        ))
    })?;
    Ok(Some(StoredResponse {
        status,
        headers,
        body,
    }))
}
