//! The background worker: relays the API's outbox events into durable jobs
//! and runs them (recomputing the aggregates a change affects), and keeps the
//! database tidy. `nri serve` runs it in-process; `nri worker` runs it alone,
//! and any number of workers may share one PostgreSQL.
pub mod aggregation;
pub mod email_verification;
pub mod encoding;
pub mod feed;
pub mod guard;
pub mod mail;
pub mod metrics;
pub mod notify;
pub mod outbound;
pub mod password_reset;
pub mod queue;
pub mod relay;
pub mod webhooks;
pub mod website;
pub mod write;

/// The pure aggregate computation, from the shared `domain` crate.
pub use domain::aggregate;

use chrono::{Datelike, Duration, Utc};
use domain::jobs::Job;
use entity::idempotency_key;
use metrics::{JobOutcome, WorkerMetrics};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use std::sync::LazyLock;
use std::time::Instant;
use tokio::sync::watch;

/// Bumped when this process commits an outbox event, so its idle workers
/// look at once instead of at their next poll. Another process's events are
/// seen at the poll.
static WAKE: LazyLock<watch::Sender<u64>> = LazyLock::new(|| watch::Sender::new(0));

/// Tells this process's workers that an outbox event was committed.
pub fn wake() {
    WAKE.send_modify(|n| *n = n.wrapping_add(1));
}

/// Watches this process's wake-ups (a counter bumped by each [`wake`]).
pub fn wakes() -> watch::Receiver<u64> {
    WAKE.subscribe()
}

/// A job's reason to stop without acting: what it was about no longer exists
/// (a delivery of a deleted subscription, a check of a removed website).
/// Retrying cannot help, so the job completes as skipped instead of failing.
#[derive(Debug, thiserror::Error)]
#[error("skipped: {0}")]
pub struct SubjectGone(pub String);

/// How long a stored idempotent response is kept for retries.
pub const IDEMPOTENCY_TTL_HOURS: i64 = 24;

/// How long a claimed job is ours before another worker may take it.
pub const LEASE_SECS: i64 = 30;

/// How long a job in hand may still run once the worker is told to stop.
pub const GRACE_SECS: u64 = 10;

pub struct Worker {
    /// Where the worker writes: claims, relays, stored aggregates. On SQLite
    /// the process's one writing connection.
    db: DatabaseConnection,
    /// Where it reads what it does not write in the same transaction: whether
    /// anything is pending, the registry an aggregate is folded from. On
    /// SQLite a pool of its own reading connections, so its reads neither
    /// wait for its writes nor hold the write lock; on PostgreSQL the same
    /// pool as `db`.
    read: DatabaseConnection,
    /// This process's name in job leases.
    id: String,
    /// Idle wait between looks at the outbox and the queue.
    poll: std::time::Duration,
    lease: Duration,
    /// How long a job in hand may still run after `stop` (see `run`).
    grace: std::time::Duration,
    /// Where outbound requests (webhooks, website checks) may go.
    guard: guard::GuardPolicy,
    /// The service's public address, for absolute links in feeds and mail.
    public_url: String,
    /// How mail leaves; `None`: this worker fails mail jobs (they wait, are
    /// retried, and can be retried by hand once a worker has mail settings).
    mailer: Option<mail::Mailer>,
    /// What this worker counts as it runs jobs.
    metrics: WorkerMetrics,
    /// The contributions it has read, kept between aggregate jobs (of this
    /// database only).
    memo: aggregation::Memo,
}

impl Worker {
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            read: db.clone(),
            db,
            id: format!(
                "worker-{}-{}",
                std::process::id(),
                &uuid::Uuid::new_v4().simple().to_string()[..8]
            ),
            poll: std::time::Duration::from_millis(200),
            lease: Duration::seconds(LEASE_SECS),
            grace: std::time::Duration::from_secs(GRACE_SECS),
            guard: guard::GuardPolicy::default(),
            public_url: "http://127.0.0.1:8080".into(),
            mailer: None,
            metrics: WorkerMetrics::new(),
            memo: aggregation::Memo::default(),
        }
    }

    /// The same worker on another connection pool (one of its own runtime's),
    /// for its reads and writes alike.
    pub fn with_db(mut self, db: DatabaseConnection) -> Self {
        self.read = db.clone();
        self.db = db;
        self
    }

    /// Sends the worker's reads to `read` (an SQLite file's reading
    /// connections), its writes still to the pool it was made with.
    pub fn with_reader(mut self, read: DatabaseConnection) -> Self {
        self.read = read;
        self
    }

    /// Sets how mail leaves (SMTP or `.eml` files).
    pub fn with_mailer(mut self, mailer: mail::Mailer) -> Self {
        self.mailer = Some(mailer);
        self
    }

    /// Counts into `metrics` (shared with the process's `/metrics`).
    pub fn with_metrics(mut self, metrics: WorkerMetrics) -> Self {
        self.metrics = metrics;
        self
    }

    /// Sets the public address used in feed and mail links.
    pub fn with_public_url(mut self, url: &str) -> Self {
        self.public_url = url.trim_end_matches('/').to_owned();
        self
    }

    /// Sets where outbound requests may go (loopback only for tests and local use).
    pub fn with_guard(mut self, guard: guard::GuardPolicy) -> Self {
        self.guard = guard;
        self
    }

    /// Sets the lease (tests shorten it to see an abandoned job taken over).
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease;
        self
    }

    /// Sets how long a job in hand may still run once the worker is stopped.
    pub fn with_grace(mut self, grace: std::time::Duration) -> Self {
        self.grace = grace;
        self
    }

    /// Runs until `stop` turns true. A job in progress gets the grace period
    /// to finish; one that takes longer is abandoned (its transaction rolls
    /// back) and released, so the next worker takes it at once. Either way
    /// SIGTERM never leaves one half-done (a SIGKILL leaves it to its lease).
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        tracing::info!(worker = %self.id, "worker started");
        let mut woken = wakes();
        let mut last_housekeeping: Option<Instant> = None;
        let mut last_daily: Option<chrono::NaiveDate> = None;
        // Due-date reminders and at-risk notices, once a day.
        let mut last_sweep: Option<chrono::NaiveDate> = None;
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
                let today = Utc::now().date_naive();
                let daily = last_daily != Some(today);
                match aggregation::queue_missing(&self.db, today.year(), daily).await {
                    Ok(n) => {
                        last_daily = Some(today);
                        if n > 0 {
                            tracing::info!(queued = n, "aggregates to compute or refresh queued");
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "queueing aggregates failed"),
                }
                if last_sweep != Some(today) {
                    match notify::sweep::sweep(&self.db, today).await {
                        Ok(_) => last_sweep = Some(today),
                        Err(e) => tracing::warn!(error = %e, "the daily sweep of notices failed"),
                    }
                }
                match aggregation::code_missing(&self.db).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(
                        coded = n,
                        "aggregates stored without their coded forms coded"
                    ),
                    Err(e) => tracing::warn!(error = %e, "coding stored aggregates failed"),
                }
                match aggregation::render_unmodelled_feeds(&self.db, &self.public_url).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(
                        scopes = n,
                        "feeds stored without their model rendered again"
                    ),
                    Err(e) => tracing::warn!(error = %e, "rendering stored feeds again failed"),
                }
                match website::enqueue_due(&self.db).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(queued = n, "website checks queued"),
                    Err(e) => tracing::warn!(error = %e, "queueing website checks failed"),
                }
            }
            if !busy {
                tokio::select! {
                    _ = tokio::time::sleep(self.poll) => {}
                    _ = woken.changed() => {}
                    changed = stop.changed() => if changed.is_err() { break },
                }
            }
        }
        tracing::info!(worker = %self.id, "worker stopped");
    }

    /// Relays new events and runs every due job; returns whether there was work.
    /// An idle tick only reads (one look at the outbox, one at the queue): it
    /// begins no write transaction, so on SQLite it never takes the write
    /// lock that the API's writes queue for.
    pub async fn tick(&self, stop: &watch::Receiver<bool>) -> bool {
        let mut busy = false;
        // Drain the outbox before running jobs: a burst of events (an import
        // commits thousands at once) then queues each affected aggregate once,
        // instead of once per batch. Bounded, so jobs never wait for long.
        for _ in 0..relay::BATCHES_PER_TICK {
            match relay::relay(&self.read, &self.db).await {
                Ok(n) => {
                    busy |= n > 0;
                    if n < relay::BATCH as usize {
                        break;
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "relaying events failed");
                    break;
                }
            }
        }
        // New events wait for the next relay: leave the jobs for it as soon
        // as this process commits one, so that an acceptance is not relayed
        // only once a backlog of mail has drained (its aggregate job then
        // goes first: see `queue::claim`). Another process's events are
        // relayed at the next tick, as before. (Leaving after a poll's time
        // as well stalled the queue in a test on PostgreSQL: not understood
        // yet, so not done.)
        let woken = wakes();
        while !*stop.borrow() {
            if woken.has_changed().unwrap_or(false) {
                busy = true;
                break;
            }
            let job = match queue::claim(&self.read, &self.db, &self.id, self.lease).await {
                Ok(Some(job)) => job,
                Ok(None) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "claiming a job failed");
                    break;
                }
            };
            busy = true;
            self.metrics.job_claimed(&job);
            let started = Instant::now();
            let span =
                tracing::info_span!("job", id = job.id, kind = %job.kind, attempt = job.attempts);
            let _guard = span.enter();
            // Renew the lease while the job runs, so a job longer than its
            // lease is not taken over from a live worker; a dead worker stops
            // renewing and its job is taken over once the lease runs out.
            let heartbeat = async {
                let every = (self.lease / 3)
                    .to_std()
                    .unwrap_or(std::time::Duration::from_secs(1));
                loop {
                    tokio::time::sleep(every).await;
                    if let Err(e) = queue::renew(&self.db, job.id, &self.id, self.lease).await {
                        tracing::warn!(error = %e, "renewing the lease failed");
                    }
                }
            };
            let mut stopping = stop.clone();
            let out_of_grace = async move {
                if stopping.wait_for(|stopped| *stopped).await.is_err() {
                    // No one can stop this worker any more.
                    std::future::pending::<()>().await;
                }
                tokio::time::sleep(self.grace).await;
            };
            let outcome = tokio::select! {
                outcome = self.run_job(&job) => outcome,
                () = heartbeat => unreachable!("the heartbeat never ends"),
                () = out_of_grace => {
                    match queue::release(&self.db, &job, &self.id).await {
                        Ok(()) => tracing::info!("stopping: the job in hand is released to another worker"),
                        Err(e) => tracing::warn!(error = %e, "releasing the job failed: it is taken over after its lease"),
                    }
                    break;
                }
            };
            let (recorded, ended) = match &outcome {
                Ok(()) => (
                    queue::complete(&self.db, &job, &self.id).await,
                    JobOutcome::Done,
                ),
                Err(e) if e.is::<SubjectGone>() => {
                    tracing::info!(reason = %e, "job skipped: its subject is gone");
                    (
                        queue::complete(&self.db, &job, &self.id).await,
                        JobOutcome::Skipped,
                    )
                }
                Err(e) => {
                    tracing::warn!(error = %e, "job failed");
                    let ended = if queue::exhausted(&job) {
                        JobOutcome::Failed
                    } else {
                        JobOutcome::Retried
                    };
                    (
                        queue::fail(&self.db, &job, &self.id, &e.to_string()).await,
                        ended,
                    )
                }
            };
            self.metrics
                .job_finished(&job.kind, ended, started.elapsed());
            if let Err(e) = recorded {
                tracing::warn!(error = %e, "recording the job's outcome failed");
            }
        }
        busy
    }

    #[tracing::instrument(skip(self, job), fields(job = job.id, kind = %job.kind, attempt = job.attempts))]
    async fn run_job(&self, job: &entity::job::Model) -> anyhow::Result<()> {
        let data = Job::from_stored(&job.kind, &job.payload)?;
        // A change of what an aggregate counts, not a refresh taking its turn.
        let counts_changed = matches!(data, Job::Aggregate { .. });
        match data {
            Job::Aggregate {
                scope: key,
                year,
                seq,
            }
            | Job::Refresh {
                scope: key,
                year,
                seq,
            } => {
                let scope = aggregate::Scope::parse(&key)
                    .ok_or_else(|| anyhow::anyhow!("unknown scope `{key}`"))?;
                let recomputed =
                    aggregation::recompute(&self.read, &self.db, &scope, year, seq, &self.memo)
                        .await?;
                if let Some(uncoded) = recomputed.uncoded {
                    // Coded beside the next jobs, not before them.
                    let (read, db) = (self.read.clone(), self.db.clone());
                    tokio::spawn(async move {
                        if let Err(e) = aggregation::store_coded(&read, &db, uncoded).await {
                            tracing::warn!(error = %e, "storing an aggregate's coded forms failed: it is served plain");
                        }
                    });
                }
                // Freshness is the time a change of the counts takes to be
                // served; a refresh waits its turn on purpose (`Job::Refresh`).
                let lag = if counts_changed {
                    metrics::since_event(&self.read, seq).await?
                } else {
                    None
                };
                self.metrics
                    .aggregate_recomputed(recomputed.changed.is_some(), lag);
                if let Some(body) = recomputed.changed {
                    aggregation::render_feeds(&self.db, &scope, &self.public_url).await?;
                    let n = webhooks::fan_out(&self.db, &scope.key(), year, &body).await?;
                    if n > 0 {
                        tracing::info!(scope = %scope.key(), year, subscriptions = n, "webhook deliveries queued");
                    }
                }
                Ok(())
            }
            Job::Webhook { delivery } => {
                webhooks::deliver(&self.db, job, delivery, self.guard, &self.metrics).await
            }
            Job::Probe { work_ms, .. } => {
                // A job that only proves the queue works: its run is recorded
                // in the same transaction that completes it.
                if work_ms > 0 {
                    tokio::time::sleep(std::time::Duration::from_millis(work_ms.min(10_000))).await;
                }
                let worker = self.id.clone();
                queue::complete_with(&self.db, job, &self.id, async |txn| {
                    entity::probe_run::ActiveModel {
                        job_id: sea_orm::Set(job.id),
                        worker: sea_orm::Set(worker),
                        at: sea_orm::Set(Utc::now()),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await
                    .map(|_| ())
                })
                .await?;
                Ok(())
            }
            Job::WebsiteCheck { initiative } => {
                website::check(&self.db, initiative, self.guard, &self.metrics).await
            }
            Job::Mail { message } => {
                let sent = mail::deliver(&self.db, self.mailer()?, job, &self.id, message).await;
                match &sent {
                    Ok(()) => self.metrics.mail_message(metrics::MailOutcome::Sent),
                    // Its last attempt: the job fails for good.
                    Err(_) if job.attempts >= job.max_attempts => {
                        self.metrics.mail_message(metrics::MailOutcome::Failed)
                    }
                    Err(_) => {}
                }
                sent
            }
            Job::Notify { key, notice } => {
                let mailer = self.mailer()?;
                notify::run(
                    &self.db,
                    mailer,
                    &self.public_url,
                    job,
                    &self.id,
                    &key,
                    &notice,
                )
                .await
            }
            Job::PasswordReset { email } => {
                let mailer = self.mailer()?;
                password_reset::issue(&self.db, mailer, &self.public_url, job, &self.id, &email)
                    .await
            }
            Job::EmailVerification { user } => {
                let mailer = self.mailer()?;
                email_verification::issue(&self.db, mailer, &self.public_url, job, &self.id, user)
                    .await
            }
            Job::AccountExists { user } => {
                let mailer = self.mailer()?;
                email_verification::account_exists(
                    &self.db,
                    mailer,
                    &self.public_url,
                    job,
                    &self.id,
                    user,
                )
                .await
            }
        }
    }

    fn mailer(&self) -> anyhow::Result<&mail::Mailer> {
        self.mailer
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("this worker has no mail settings"))
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

/// What the crate's unit tests share.
#[cfg(test)]
pub(crate) mod testing {
    use migration::{Migrator, MigratorTrait};
    use sea_orm::{ConnectOptions, Database, DatabaseConnection};

    /// A migrated in-memory SQLite database (one connection: every
    /// connection to `sqlite::memory:` is a database of its own).
    pub async fn memory_db() -> DatabaseConnection {
        let mut opts = ConnectOptions::new("sqlite::memory:");
        opts.max_connections(1);
        let db = Database::connect(opts).await.unwrap();
        Migrator::up(&db, None).await.unwrap();
        db
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::{ActiveModelTrait, PaginatorTrait, Set};

    #[tokio::test]
    async fn housekeeping_purges_only_expired_idempotency_keys() {
        let db = testing::memory_db().await;
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
