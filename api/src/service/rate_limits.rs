//! The stored side of the rate limits (`middleware::rate_limit`): one row
//! per limiter and key in `rate_limits`, taken atomically.
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement, Value};

/// Takes one token, or answers whether the bucket is empty ($1 key, $2 the
/// new `tat` of a full bucket, $3 now, $4 refill, $5 the latest `tat` that
/// lets a request through; all in milliseconds). Every expression in `SET`
/// reads the row as it was, so `allowed` and `tat` agree.
const TAKE: &str = "INSERT INTO rate_limits (\"key\", tat, allowed) VALUES ($1, $2, $2 <= $5) \
     ON CONFLICT (\"key\") DO UPDATE SET \
     allowed = (CASE WHEN rate_limits.tat > $3 THEN rate_limits.tat ELSE $3 END) + $4 <= $5, \
     tat = CASE WHEN (CASE WHEN rate_limits.tat > $3 THEN rate_limits.tat ELSE $3 END) + $4 <= $5 \
     THEN (CASE WHEN rate_limits.tat > $3 THEN rate_limits.tat ELSE $3 END) + $4 \
     ELSE rate_limits.tat END \
     RETURNING tat, allowed";

/// Takes one token from the bucket `key` at `now` (milliseconds since the
/// epoch), where tokens come back every `refill_ms` and `latest` is the last
/// theoretical arrival time that still lets a request through. Returns the
/// bucket's theoretical arrival time after the call and whether the request
/// was let through.
#[tracing::instrument(skip(db, key))]
pub async fn take(
    db: &DatabaseConnection,
    key: &str,
    now: i64,
    refill_ms: i64,
    latest: i64,
) -> Result<(i64, bool), DbErr> {
    let values: [Value; 5] = [
        key.into(),
        (now + refill_ms).into(),
        now.into(),
        refill_ms.into(),
        latest.into(),
    ];
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_sql_and_values(backend, TAKE, values))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the rate-limit upsert returned no row".into()))?;
    Ok((row.try_get("", "tat")?, row.try_get("", "allowed")?))
}

/// Deletes the rows of buckets that are full at `now` (ms since the epoch).
#[tracing::instrument(skip(db))]
pub async fn purge(db: &DatabaseConnection, now: i64) -> Result<u64, sea_orm::DbErr> {
    let backend = db.get_database_backend();
    let done = db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            "DELETE FROM rate_limits WHERE tat < $1",
            [now.into()],
        ))
        .await?;
    Ok(done.rows_affected())
}
