//! Rate limits for open endpoints (sign-up, password sign-in), counted in
//! the database so that they hold across every API process.
//!
//! Each limiter is a token bucket per key, `burst` requests at once and one
//! more every `refill`, kept as one number per key (GCRA: the key's
//! theoretical arrival time, `tat`): a request at `now` is let through when
//! `max(tat, now) + refill <= now + burst × refill`, which then becomes the
//! new `tat`; a refused request leaves it as it was. One atomic upsert
//! (`INSERT … ON CONFLICT … DO UPDATE … RETURNING`, on SQLite and
//! PostgreSQL alike) decides and records, so concurrent requests through
//! different processes are each counted once. Keys are stored as a SHA-256
//! of the limiter's name and the key, so no address is kept in clear.
use crate::problem::ApiError;
use crate::service::rate_limits;
use sea_orm::DatabaseConnection;
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

/// How often a process deletes the rows of full buckets.
const PURGE_EVERY_MS: i64 = 60_000;

#[derive(Clone)]
pub struct RateLimiter {
    db: DatabaseConnection,
    /// Which limiter: part of every stored key.
    name: &'static str,
    burst: i64,
    refill_ms: i64,
    /// When this process last purged full buckets (ms since the epoch).
    purged_at: Arc<AtomicI64>,
}

impl RateLimiter {
    /// `burst` requests at once; one more is allowed every `refill`. `name`
    /// keeps this limiter's keys apart from other limiters'.
    pub fn new(db: DatabaseConnection, name: &'static str, burst: u32, refill: Duration) -> Self {
        Self {
            db,
            name,
            burst: i64::from(burst),
            refill_ms: i64::try_from(refill.as_millis())
                .unwrap_or(i64::MAX / 4)
                .max(1),
            purged_at: Arc::default(),
        }
    }

    /// Takes one token for `key`: `Ok(Ok(()))` lets the request through,
    /// `Ok(Err(wait))` refuses it with the seconds until the next token (for
    /// `Retry-After`), and `Err` is the database's failure. A call site:
    ///
    /// ```text
    /// if let Err(wait) = state.signups.check(&client).await? {
    ///     return Err(ApiError::rate_limited("sign-ups from this address", wait));
    /// }
    /// ```
    pub async fn check(&self, key: &str) -> Result<Result<(), u64>, ApiError> {
        let now = chrono::Utc::now().timestamp_millis();
        self.purge_now_and_then(now);
        self.check_at(key, now).await
    }

    /// `check` at `now` (ms since the epoch).
    async fn check_at(&self, key: &str, now: i64) -> Result<Result<(), u64>, ApiError> {
        let window = self.burst.saturating_mul(self.refill_ms);
        let (tat, allowed) = rate_limits::take(
            &self.db,
            &self.stored_key(key),
            now,
            self.refill_ms,
            now + window,
        )
        .await?;
        if allowed {
            return Ok(Ok(()));
        }
        // The next request is let through once `tat + refill <= then + window`.
        let wait_ms = u64::try_from(tat + self.refill_ms - window - now).unwrap_or(0);
        Ok(Err(wait_ms.div_ceil(1000).max(1)))
    }

    fn stored_key(&self, key: &str) -> String {
        let mut h = Sha256::new();
        h.update(self.name.as_bytes());
        h.update([0x1f]);
        h.update(key.as_bytes());
        hex::encode(h.finalize())
    }

    /// At most once a minute per process, deletes (in the background) the
    /// rows of full buckets, which mean the same as no row.
    fn purge_now_and_then(&self, now: i64) {
        let last = self.purged_at.load(Ordering::Relaxed);
        if now - last < PURGE_EVERY_MS
            || self
                .purged_at
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        let db = self.db.clone();
        tokio::spawn(async move {
            if let Err(e) = rate_limits::purge(&db, now).await {
                tracing::warn!(error = %e, "purging full rate-limit buckets failed");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration::{Migrator, MigratorTrait};
    use sea_orm::{ConnectOptions, ConnectionTrait, Database, Statement};

    async fn database() -> DatabaseConnection {
        let mut opts = ConnectOptions::new("sqlite::memory:");
        opts.max_connections(1);
        let db = Database::connect(opts).await.unwrap();
        Migrator::up(&db, None).await.unwrap();
        db
    }

    async fn rows(db: &DatabaseConnection) -> u64 {
        let backend = db.get_database_backend();
        let row = db
            .query_one_raw(Statement::from_string(
                backend,
                "SELECT COUNT(*) AS n FROM rate_limits",
            ))
            .await
            .unwrap()
            .unwrap();
        u64::try_from(row.try_get::<i64>("", "n").unwrap()).unwrap()
    }

    #[tokio::test]
    async fn a_burst_then_refusal_per_key() {
        let db = database().await;
        let rl = RateLimiter::new(db.clone(), "test", 2, Duration::from_secs(60));
        assert_eq!(rl.check("a").await.unwrap(), Ok(()));
        assert_eq!(rl.check("a").await.unwrap(), Ok(()));
        let wait = rl.check("a").await.unwrap().unwrap_err();
        assert!((59..=60).contains(&wait), "Retry-After {wait}");
        // A refusal takes nothing: the wait does not grow.
        let again = rl.check("a").await.unwrap().unwrap_err();
        assert!(again <= wait, "{again} after {wait}");
        assert_eq!(rl.check("b").await.unwrap(), Ok(()));
        // Another limiter keeps its own count for the same key.
        let other = RateLimiter::new(db.clone(), "other", 1, Duration::from_secs(60));
        assert_eq!(other.check("a").await.unwrap(), Ok(()));
        // Two limiters of the same name share the count, as two processes do.
        let twin = RateLimiter::new(db, "test", 2, Duration::from_secs(60));
        assert!(twin.check("a").await.unwrap().is_err());
    }

    #[tokio::test]
    async fn the_bucket_refills_and_full_buckets_are_purged() {
        let db = database().await;
        let rl = RateLimiter::new(db.clone(), "test", 2, Duration::from_secs(10));
        let t = 1_000_000_000_000;
        assert_eq!(rl.check_at("a", t).await.unwrap(), Ok(()));
        assert_eq!(rl.check_at("a", t).await.unwrap(), Ok(()));
        assert_eq!(rl.check_at("a", t + 9_000).await.unwrap(), Err(1));
        // One token back after one refill, then empty again.
        assert_eq!(rl.check_at("a", t + 10_000).await.unwrap(), Ok(()));
        assert_eq!(rl.check_at("a", t + 10_000).await.unwrap(), Err(10));
        assert_eq!(rows(&db).await, 1);
        // Full again once `tat` has passed: the row goes.
        assert_eq!(rate_limits::purge(&db, t + 29_999).await.unwrap(), 0);
        assert_eq!(rate_limits::purge(&db, t + 30_001).await.unwrap(), 1);
        assert_eq!(rows(&db).await, 0);
    }
}
