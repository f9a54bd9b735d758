//! The background worker: relays the API's outbox events into durable jobs
//! and runs them (recomputing the aggregates a change affects), and keeps the
//! database tidy. `nri serve` runs it in-process; `nri worker` runs it alone,
//! and any number of workers may share one PostgreSQL.
pub mod aggregate;
pub mod aggregation;
pub mod queue;
pub mod relay;

use chrono::{Duration, Utc};
use entity::idempotency_key;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use std::time::Instant;
use tokio::sync::watch;

/// How long a stored idempotent response is kept for retries.
pub const IDEMPOTENCY_TTL_HOURS: i64 = 24;

/// How long a claimed job is ours before another worker may take it.
pub const LEASE_SECS: i64 = 30;

pub struct Worker {
    db: DatabaseConnection,
    /// This process's name in job leases.
    id: String,
    /// Idle wait between looks at the outbox and the queue.
    poll: std::time::Duration,
    lease: Duration,
}

impl Worker {
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            db,
            id: format!(
                "worker-{}-{}",
                std::process::id(),
                &uuid::Uuid::new_v4().simple().to_string()[..8]
            ),
            poll: std::time::Duration::from_millis(200),
            lease: Duration::seconds(LEASE_SECS),
        }
    }

    /// Sets the lease (tests shorten it to see an abandoned job taken over).
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    /// Runs until `stop` turns true. A job in progress is finished first, so
    /// SIGTERM never leaves one half-done (a SIGKILL leaves it to its lease).
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        tracing::info!(worker = %self.id, "worker started");
        let mut last_housekeeping: Option<Instant> = None;
        loop {
            if *stop.borrow() {
                break;
            }
            let busy = self.tick(&stop).await;
            if last_housekeeping.is_none_or(|t| t.elapsed() > std::time::Duration::from_secs(60)) {
                last_housekeeping = Some(Instant::now());
                match purge_idempotency_keys(&self.db).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(deleted = n, "purged expired idempotency keys"),
                    Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
                }
            }
            if !busy {
                tokio::select! {
                    _ = tokio::time::sleep(self.poll) => {}
                    changed = stop.changed() => if changed.is_err() { break },
                }
            }
        }
        tracing::info!(worker = %self.id, "worker stopped");
    }

    /// Relays new events and runs every due job; returns whether there was work.
    pub async fn tick(&self, stop: &watch::Receiver<bool>) -> bool {
        let mut busy = false;
        match relay::relay(&self.db).await {
            Ok(n) => busy |= n > 0,
            Err(e) => tracing::warn!(error = %e, "relaying events failed"),
        }
        while !*stop.borrow() {
            let job = match queue::claim(&self.db, &self.id, self.lease).await {
                Ok(Some(job)) => job,
                Ok(None) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "claiming a job failed");
                    break;
                }
            };
            busy = true;
            let span =
                tracing::info_span!("job", id = job.id, kind = %job.kind, attempt = job.attempts);
            let _guard = span.enter();
            let outcome = self.run_job(&job).await;
            let recorded = match &outcome {
                Ok(()) => queue::complete(&self.db, &job, &self.id).await,
                Err(e) => {
                    tracing::warn!(error = %e, "job failed");
                    queue::fail(&self.db, &job, &self.id, &e.to_string()).await
                }
            };
            if let Err(e) = recorded {
                tracing::warn!(error = %e, "recording the job's outcome failed");
            }
        }
        busy
    }

    async fn run_job(&self, job: &entity::job::Model) -> anyhow::Result<()> {
        let payload: serde_json::Value = serde_json::from_str(&job.payload)?;
        match job.kind.as_str() {
            "aggregate" => {
                let key = payload["scope"].as_str().unwrap_or_default();
                let scope = aggregate::Scope::parse(key)
                    .ok_or_else(|| anyhow::anyhow!("unknown scope `{key}`"))?;
                let year = payload["year"]
                    .as_i64()
                    .ok_or_else(|| anyhow::anyhow!("no year"))? as i32;
                let seq = payload["seq"].as_i64().unwrap_or_default();
                aggregation::recompute(&self.db, &scope, year, seq).await?;
                Ok(())
            }
            other => anyhow::bail!("no handler for jobs of kind `{other}`"),
        }
    }
}

/// Deletes stored idempotent responses older than the retention period.
pub async fn purge_idempotency_keys(db: &DatabaseConnection) -> Result<u64, DbErr> {
    let cutoff = Utc::now() - Duration::hours(IDEMPOTENCY_TTL_HOURS);
    let res = idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::CreatedAt.lt(cutoff))
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration::{Migrator, MigratorTrait};
    use sea_orm::{ActiveModelTrait, ConnectOptions, Database, PaginatorTrait, Set};

    #[tokio::test]
    async fn housekeeping_purges_only_expired_idempotency_keys() {
        // One connection: every connection to `sqlite::memory:` is a database of its own.
        let mut opts = ConnectOptions::new("sqlite::memory:");
        opts.max_connections(1);
        let db = Database::connect(opts).await.unwrap();
        Migrator::up(&db, None).await.unwrap();
        for (key, age_hours) in [("old", IDEMPOTENCY_TTL_HOURS + 1), ("fresh", 1)] {
            idempotency_key::ActiveModel {
                scope: Set("anonymous".into()),
                key: Set(key.into()),
                request_hash: Set("h".into()),
                created_at: Set(Utc::now() - Duration::hours(age_hours)),
                ..Default::default()
            }
            .insert(&db)
            .await
            .unwrap();
        }
        assert_eq!(purge_idempotency_keys(&db).await.unwrap(), 1);
        let left = idempotency_key::Entity::find().all(&db).await.unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].key, "fresh");
        assert_eq!(idempotency_key::Entity::find().count(&db).await.unwrap(), 1);
    }
}
