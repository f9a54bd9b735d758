//! The background worker: a loop of periodic jobs run in-process by `nri serve`
//! or alone by `nri worker`. For now it keeps the database tidy (expired
//! idempotency keys); aggregation, feeds, webhooks and website checks join it
//! as durable jobs.
use chrono::{Duration, Utc};
use entity::idempotency_key;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use tokio::sync::watch;

/// How long a stored idempotent response is kept for retries.
pub const IDEMPOTENCY_TTL_HOURS: i64 = 24;

pub struct Worker {
    db: DatabaseConnection,
    interval: std::time::Duration,
}

impl Worker {
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            db,
            interval: std::time::Duration::from_secs(60),
        }
    }

    /// Runs until `stop` turns true; a tick in progress finishes first.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        tracing::info!("worker started");
        let mut tick = tokio::time::interval(self.interval);
        loop {
            tokio::select! {
                _ = tick.tick() => {
                    let span = tracing::info_span!("job", name = "housekeeping");
                    let _guard = span.enter();
                    match purge_idempotency_keys(&self.db).await {
                        Ok(0) => {}
                        Ok(n) => tracing::info!(deleted = n, "purged expired idempotency keys"),
                        Err(e) => tracing::warn!(error = %e, "housekeeping failed"),
                    }
                }
                changed = stop.changed() => {
                    if changed.is_err() || *stop.borrow() {
                        break;
                    }
                }
            }
        }
        tracing::info!("worker stopped");
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
