//! The durable job queue, in the service's own database.
//!
//! A worker claims the oldest due job and holds it under a lease; a job whose
//! lease ran out (its worker crashed) is claimed again by another. On
//! PostgreSQL the claim uses `FOR UPDATE SKIP LOCKED`, so any number of
//! workers share the queue without taking the same job at the same time; on
//! SQLite the single in-process worker claims in one statement. Failures are
//! retried with exponential back-off up to `max_attempts`, then kept as
//! `failed` with their last error.
use chrono::{DateTime, Duration, Utc};
use domain::jobs::Job;
use entity::job;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, DbBackend, DbErr, EntityTrait, QueryFilter, QuerySelect, Set, SqlErr,
    Statement, TransactionTrait,
};

pub const QUEUED: &str = "queued";
pub const RUNNING: &str = "running";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";

/// Retries before a job is kept as failed.
pub const MAX_ATTEMPTS: i32 = 6;

/// Adds a job. With a dedupe key (`Job::dedupe_key`), a job already waiting
/// under that key absorbs this one (its payload is replaced: the newer
/// request wins). Returns whether a new job was created.
pub async fn enqueue(txn: &DatabaseTransaction, job: &Job) -> Result<bool, DbErr> {
    let now = Utc::now();
    let payload = job.payload().to_string();
    let dedupe_key = job.dedupe_key();
    // A savepoint, so that a merge (unique violation) does not abort an outer
    // PostgreSQL transaction.
    let sp = txn.begin().await?;
    let inserted = job::ActiveModel {
        kind: Set(job.kind().to_owned()),
        payload: Set(payload.clone()),
        status: Set(QUEUED.to_owned()),
        dedupe_key: Set(dedupe_key.clone()),
        attempts: Set(0),
        max_attempts: Set(MAX_ATTEMPTS),
        run_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&sp)
    .await;
    match inserted {
        Ok(_) => {
            sp.commit().await?;
            Ok(true)
        }
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            sp.rollback().await?;
            let mut merge = job::Entity::update_many()
                .col_expr(job::Column::Payload, payload.into())
                .col_expr(job::Column::UpdatedAt, now.into());
            if matches!(job, Job::Aggregate { .. }) {
                // A change of what an aggregate counts takes over a waiting
                // refresh of it, and with it its place ahead of other jobs.
                merge = merge.col_expr(job::Column::Kind, job.kind().into());
            }
            merge
                .filter(job::Column::DedupeKey.eq(dedupe_key))
                .filter(job::Column::Status.eq(QUEUED))
                .exec(txn)
                .await?;
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// Claims a due job (queued and due, or running with an expired lease) for
/// `worker` until `now + lease`, counting the attempt: the oldest queued
/// aggregate recomputation if there is one, else the oldest due job of any
/// kind. What the public reads is brought up to date first, never behind a
/// backlog of mail and notices (which wait while recomputations arrive:
/// those are bounded by the registry's changes). Looks on
/// `read` first whether any is due, and only then writes on `db`: an idle
/// worker's claim takes no write lock (on SQLite even an `UPDATE` that
/// matches no row takes it).
pub async fn claim(
    read: &DatabaseConnection,
    db: &DatabaseConnection,
    worker: &str,
    lease: Duration,
) -> Result<Option<job::Model>, DbErr> {
    let now = Utc::now();
    if !due(read, now).await? {
        return Ok(None);
    }
    let until = now + lease;
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "UPDATE jobs SET status = 'running', locked_by = $1, locked_until = $2, attempts = attempts + 1, updated_at = $3 \
             WHERE id = COALESCE(\
                (SELECT id FROM jobs WHERE status = 'queued' AND kind = 'aggregate' AND run_at <= $3 \
                 ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED), \
                (SELECT id FROM jobs \
                 WHERE (status = 'queued' AND run_at <= $3) OR (status = 'running' AND locked_until < $3) \
                 ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)) \
             RETURNING *"
        }
        _ => {
            "UPDATE jobs SET status = 'running', locked_by = ?1, locked_until = ?2, attempts = attempts + 1, updated_at = ?3 \
             WHERE id = COALESCE(\
                (SELECT id FROM jobs WHERE status = 'queued' AND kind = 'aggregate' AND run_at <= ?3 \
                 ORDER BY run_at, id LIMIT 1), \
                (SELECT id FROM jobs \
                 WHERE (status = 'queued' AND run_at <= ?3) OR (status = 'running' AND locked_until < ?3) \
                 ORDER BY run_at, id LIMIT 1)) \
             RETURNING *"
        }
    };
    let stmt =
        Statement::from_sql_and_values(backend, sql, [worker.into(), until.into(), now.into()]);
    job::Entity::find().from_raw_sql(stmt).one(db).await
}

/// Whether a job is due at `now`: what [`claim`] takes, one indexed row at
/// most (`idx_jobs_status_run_at`). Another worker may claim it first; the
/// claim then matches nothing, as it would have without this look.
async fn due(read: &DatabaseConnection, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let first: Option<i64> = job::Entity::find()
        .select_only()
        .column(job::Column::Id)
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(job::Column::Status.eq(QUEUED))
                        .add(job::Column::RunAt.lte(now)),
                )
                .add(
                    Condition::all()
                        .add(job::Column::Status.eq(RUNNING))
                        .add(job::Column::LockedUntil.lt(now)),
                ),
        )
        .limit(1)
        .into_tuple()
        .one(read)
        .await?;
    Ok(first.is_some())
}

/// The job `job_id`, if `worker` still holds it (running under its lease).
fn held(job_id: i64, worker: &str) -> Condition {
    Condition::all()
        .add(job::Column::Id.eq(job_id))
        .add(job::Column::LockedBy.eq(worker))
        .add(job::Column::Status.eq(RUNNING))
}

/// Extends the lease of a job this worker still holds (the heartbeat of a
/// running job). Returns whether it still holds the job.
pub async fn renew(
    db: &DatabaseConnection,
    job_id: i64,
    worker: &str,
    lease: Duration,
) -> Result<bool, DbErr> {
    let done = job::Entity::update_many()
        .col_expr(job::Column::LockedUntil, Some(Utc::now() + lease).into())
        .filter(held(job_id, worker))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Gives up a claimed job this worker still holds, unfinished (a stop whose
/// grace ran out): its lease ends now, so the next worker's `claim` takes it
/// over at once, and the attempt is not counted. The job stays `running`
/// until then, which keeps it clear of a queued job with the same dedupe key.
pub async fn release(db: &DatabaseConnection, job: &job::Model, worker: &str) -> Result<(), DbErr> {
    let now = Utc::now();
    job::Entity::update_many()
        .col_expr(
            job::Column::LockedUntil,
            Some(now - Duration::seconds(1)).into(),
        )
        .col_expr(
            job::Column::Attempts,
            sea_orm::sea_query::ExprTrait::sub(Expr::col(job::Column::Attempts), 1),
        )
        .col_expr(job::Column::UpdatedAt, now.into())
        .filter(held(job.id, worker))
        .exec(db)
        .await?;
    Ok(())
}

/// Marks a claimed job done, if this worker still holds it.
pub async fn complete(
    db: &DatabaseConnection,
    job: &job::Model,
    worker: &str,
) -> Result<(), DbErr> {
    job::Entity::update_many()
        .col_expr(job::Column::Status, DONE.into())
        .col_expr(
            job::Column::LockedUntil,
            Option::<DateTime<Utc>>::None.into(),
        )
        .col_expr(job::Column::LastError, Option::<String>::None.into())
        .col_expr(job::Column::UpdatedAt, Utc::now().into())
        .filter(held(job.id, worker))
        .exec(db)
        .await?;
    Ok(())
}

/// Runs `effect` and marks the job done in one transaction, if this worker
/// still holds the job: a job whose effect is in the database happens exactly
/// once, even when its worker dies (the transaction then never commits, and
/// the job is taken over after its lease). Returns whether it was recorded.
pub async fn complete_with<F>(
    db: &DatabaseConnection,
    job: &job::Model,
    worker: &str,
    effect: F,
) -> Result<bool, DbErr>
where
    F: AsyncFnOnce(&DatabaseTransaction) -> Result<(), DbErr>,
{
    let txn = crate::write::begin(db).await?;
    effect(&txn).await?;
    let done = job::Entity::update_many()
        .col_expr(job::Column::Status, DONE.into())
        .col_expr(
            job::Column::LockedUntil,
            Option::<DateTime<Utc>>::None.into(),
        )
        .col_expr(job::Column::UpdatedAt, Utc::now().into())
        .filter(held(job.id, worker))
        .exec(&txn)
        .await?;
    if done.rows_affected == 1 {
        txn.commit().await?;
        Ok(true)
    } else {
        // The lease was lost to another worker: undo the effect.
        txn.rollback().await?;
        Ok(false)
    }
}

/// How long to wait before retry `attempt` (1-based): 2, 4, 8 … seconds, at most 5 minutes.
pub fn backoff(attempt: i32) -> Duration {
    Duration::seconds(2i64.pow(attempt.clamp(1, 9) as u32).min(300))
}

/// Whether a failure of this claimed job is its last: it is then kept as `failed`.
pub fn exhausted(job: &job::Model) -> bool {
    job.attempts >= job.max_attempts
}

/// Records a failure: back to the queue after a back-off, or `failed` for good.
pub async fn fail(
    db: &DatabaseConnection,
    job: &job::Model,
    worker: &str,
    error: &str,
) -> Result<(), DbErr> {
    let exhausted = exhausted(job);
    let now = Utc::now();
    job::Entity::update_many()
        .col_expr(
            job::Column::Status,
            if exhausted { FAILED } else { QUEUED }.into(),
        )
        .col_expr(job::Column::RunAt, (now + backoff(job.attempts)).into())
        .col_expr(
            job::Column::LockedUntil,
            Option::<DateTime<Utc>>::None.into(),
        )
        .col_expr(
            job::Column::LastError,
            Some(error.chars().take(2000).collect::<String>()).into(),
        )
        .col_expr(job::Column::UpdatedAt, now.into())
        .filter(held(job.id, worker))
        .exec(db)
        .await
        .or_else(|e| {
            // A queued twin under the same key already waits: this failure merges into it.
            if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) {
                Ok(Default::default())
            } else {
                Err(e)
            }
        })?;
    Ok(())
}

/// Puts a failed job back in the queue now, with fresh attempts.
pub async fn retry(db: &impl ConnectionTrait, id: i64) -> Result<bool, DbErr> {
    let done = job::Entity::update_many()
        .col_expr(job::Column::Status, QUEUED.into())
        .col_expr(job::Column::Attempts, 0.into())
        .col_expr(job::Column::RunAt, Utc::now().into())
        .col_expr(job::Column::UpdatedAt, Utc::now().into())
        .filter(job::Column::Id.eq(id))
        .filter(job::Column::Status.eq(FAILED))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_then_caps() {
        assert_eq!(backoff(1), Duration::seconds(2));
        assert_eq!(backoff(2), Duration::seconds(4));
        assert_eq!(backoff(5), Duration::seconds(32));
        assert_eq!(backoff(20), Duration::seconds(300));
    }
}

#[cfg(test)]
mod queue_tests {
    use super::*;
    use migration::{Migrator, MigratorTrait};
    use sea_orm::{ConnectOptions, Database};

    async fn db() -> DatabaseConnection {
        let mut opts = ConnectOptions::new("sqlite::memory:");
        opts.max_connections(1);
        let db = Database::connect(opts).await.unwrap();
        Migrator::up(&db, None).await.unwrap();
        db
    }

    async fn put(db: &DatabaseConnection, job: &Job) -> bool {
        let txn = db.begin().await.unwrap();
        let created = enqueue(&txn, job).await.unwrap();
        txn.commit().await.unwrap();
        created
    }

    /// The global aggregate of `year` for change `seq`.
    fn global(year: i32, seq: i64) -> Job {
        Job::Aggregate {
            scope: "global".into(),
            year,
            seq,
        }
    }

    /// A job without a dedupe key.
    fn probe() -> Job {
        Job::Probe { n: 0, work_ms: 0 }
    }

    #[tokio::test]
    async fn equal_waiting_jobs_merge_and_the_newer_payload_wins() {
        let db = db().await;
        assert!(put(&db, &global(2025, 1)).await);
        assert!(!put(&db, &global(2025, 2)).await);
        assert!(put(&db, &global(2024, 3)).await);
        let jobs = job::Entity::find().all(&db).await.unwrap();
        assert_eq!(jobs.len(), 2);
        assert_eq!(jobs[0].payload, global(2025, 2).payload().to_string());
        // Once the first is running, an equal request queues anew (fresh data must be read).
        let running = claim(&db, &db, "w1", Duration::seconds(30))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(running.dedupe_key.as_deref(), Some("aggregate:global:2025"));
        assert!(put(&db, &global(2025, 4)).await);
    }

    #[tokio::test]
    async fn an_aggregate_recomputation_is_claimed_before_an_older_backlog() {
        let db = db().await;
        for n in 0..5 {
            put(&db, &Job::Probe { n, work_ms: 0 }).await;
        }
        put(&db, &global(2025, 1)).await;
        put(&db, &global(2024, 2)).await;
        let mut order = Vec::new();
        while let Some(job) = claim(&db, &db, "w1", Duration::seconds(30)).await.unwrap() {
            order.push(job.kind.clone());
            complete(&db, &job, "w1").await.unwrap();
        }
        assert_eq!(
            order,
            [
                "aggregate",
                "aggregate",
                "probe",
                "probe",
                "probe",
                "probe",
                "probe"
            ]
        );
    }

    #[tokio::test]
    async fn refreshes_wait_their_turn_and_a_change_takes_one_over() {
        let db = db().await;
        let refresh = |year| Job::Refresh {
            scope: "global".into(),
            year,
            seq: 1,
        };
        // A burst of late submissions: each queues a refresh of overdue marks.
        for year in 2020..2024 {
            put(&db, &refresh(year)).await;
        }
        put(&db, &probe()).await;
        // Then an acceptance of 2025, and one of 2023, whose waiting refresh
        // it takes over: both go first, the other refreshes keep their turn.
        assert!(put(&db, &global(2025, 2)).await);
        assert!(!put(&db, &global(2023, 3)).await, "merged with the refresh");
        let mut order = Vec::new();
        while let Some(job) = claim(&db, &db, "w1", Duration::seconds(30)).await.unwrap() {
            let data = Job::from_stored(&job.kind, &job.payload).unwrap();
            let year = match data {
                Job::Aggregate { year, .. } | Job::Refresh { year, .. } => year,
                _ => 0,
            };
            order.push((job.kind.clone(), year));
            complete(&db, &job, "w1").await.unwrap();
        }
        let expected: Vec<(String, i32)> = [
            ("aggregate", 2023),
            ("aggregate", 2025),
            ("aggregate_refresh", 2020),
            ("aggregate_refresh", 2021),
            ("aggregate_refresh", 2022),
            ("probe", 0),
        ]
        .into_iter()
        .map(|(k, y)| (k.to_owned(), y))
        .collect();
        assert_eq!(order, expected);
    }

    #[tokio::test]
    async fn a_claimed_job_is_nobody_elses_until_its_lease_expires() {
        let db = db().await;
        put(&db, &probe()).await;
        let job = claim(&db, &db, "w1", Duration::seconds(30))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (job.status.as_str(), job.attempts, job.locked_by.as_deref()),
            (RUNNING, 1, Some("w1"))
        );
        assert!(
            claim(&db, &db, "w2", Duration::seconds(30))
                .await
                .unwrap()
                .is_none()
        );
        // w1 "dies": its lease runs out and w2 takes the job over.
        job::Entity::update_many()
            .col_expr(
                job::Column::LockedUntil,
                Some(Utc::now() - Duration::seconds(1)).into(),
            )
            .exec(&db)
            .await
            .unwrap();
        let taken = claim(&db, &db, "w2", Duration::seconds(30))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (taken.id, taken.attempts, taken.locked_by.as_deref()),
            (job.id, 2, Some("w2"))
        );
        // The old holder can no longer complete it; the new one can.
        complete(&db, &job, "w1").await.unwrap();
        assert_eq!(
            job::Entity::find_by_id(job.id)
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .status,
            RUNNING
        );
        complete(&db, &taken, "w2").await.unwrap();
        assert_eq!(
            job::Entity::find_by_id(job.id)
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .status,
            DONE
        );
    }

    #[tokio::test]
    async fn a_live_worker_keeps_its_job_by_renewing_the_lease() {
        let db = db().await;
        put(&db, &probe()).await;
        // A lease that has just run out, before anyone took the job over (no
        // waiting: the claim's own clock is in the past).
        let job = claim(&db, &db, "w1", Duration::seconds(-1))
            .await
            .unwrap()
            .unwrap();
        // The holder renews it; nobody else can.
        assert!(
            !renew(&db, job.id, "w2", Duration::seconds(30))
                .await
                .unwrap()
        );
        assert!(
            renew(&db, job.id, "w1", Duration::seconds(30))
                .await
                .unwrap()
        );
        let row = job::Entity::find_by_id(job.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert!(row.locked_until.unwrap() > Utc::now() + Duration::seconds(20));
        assert!(
            claim(&db, &db, "w2", Duration::seconds(30))
                .await
                .unwrap()
                .is_none(),
            "the renewed lease still holds"
        );
    }

    #[tokio::test]
    async fn failures_back_off_then_stay_failed_with_their_error() {
        let db = db().await;
        put(&db, &probe()).await;
        job::Entity::update_many()
            .col_expr(job::Column::MaxAttempts, 2.into())
            .exec(&db)
            .await
            .unwrap();
        let first = claim(&db, &db, "w", Duration::seconds(30))
            .await
            .unwrap()
            .unwrap();
        fail(&db, &first, "w", "receiver said 500").await.unwrap();
        let row = job::Entity::find_by_id(first.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, QUEUED);
        assert!(row.run_at > Utc::now(), "retried after a back-off");
        assert!(
            claim(&db, &db, "w", Duration::seconds(30))
                .await
                .unwrap()
                .is_none(),
            "not due yet"
        );
        job::Entity::update_many()
            .col_expr(job::Column::RunAt, Utc::now().into())
            .exec(&db)
            .await
            .unwrap();
        let second = claim(&db, &db, "w", Duration::seconds(30))
            .await
            .unwrap()
            .unwrap();
        fail(&db, &second, "w", "receiver said 500 again")
            .await
            .unwrap();
        let row = job::Entity::find_by_id(first.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (row.status.as_str(), row.last_error.as_deref()),
            (FAILED, Some("receiver said 500 again"))
        );
        assert!(
            claim(&db, &db, "w", Duration::seconds(30))
                .await
                .unwrap()
                .is_none()
        );
        assert!(retry(&db, row.id).await.unwrap());
        assert!(
            claim(&db, &db, "w", Duration::seconds(30))
                .await
                .unwrap()
                .is_some()
        );
    }
}
