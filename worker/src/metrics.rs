//! Prometheus metrics of background work: what the worker counts as it runs
//! jobs, and what a scrape reads from the database at that moment.
//!
//! Two kinds of numbers live here:
//! - **Counted by this process** (`WorkerMetrics`): jobs finished by kind and
//!   outcome with their duration, retries, webhook delivery attempts, website
//!   checks, aggregates recomputed and their freshness lag, mail messages.
//!   Prometheus sums them over processes (`sum by (kind) (rate(...))`).
//! - **Read at scrape time** (`WorkerMetrics::scrape`): queue depth by kind
//!   and state, the oldest due job's wait, unrelayed outbox events, the
//!   database pools, build information. The queue is read with one cheap
//!   `GROUP BY` over the `(status, run_at)` index, so every process that is
//!   scraped tells the same, cross-process truth.
//!
//! Job metrics are labelled by the stored `kind`, so a new job kind appears
//! by itself. Mail: the mail sender calls [`WorkerMetrics::mail_message`]
//! once per message it hands to the server (`sent`) or gives up on
//! (`failed`); `Worker::run_job` holds the metrics as `self.metrics`.
//!
//! No HTTP here: `nri serve` adds these to its `/metrics`, and `nri worker`
//! serves them on `NRI_WORKER_BIND` (the `nri-api` crate's `probes`).
use chrono::{DateTime, Utc};
use entity::{job, outbox_event};
use prometheus::proto::MetricFamily;
use prometheus::{
    Encoder, Gauge, GaugeVec, Histogram, HistogramOpts, HistogramVec, IntCounterVec, IntGauge,
    IntGaugeVec, Opts, Registry, TextEncoder,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter, QuerySelect,
};
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How a job run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobOutcome {
    Done,
    /// Its subject is gone (`SubjectGone`): completed without acting.
    Skipped,
    /// Failed; back in the queue after a back-off.
    Retried,
    /// Failed on its last attempt; kept as `failed`.
    Failed,
}

impl JobOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Skipped => "skipped",
            Self::Retried => "retried",
            Self::Failed => "failed",
        }
    }
}

/// How one webhook delivery attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryOutcome {
    /// The receiver answered 2xx.
    Delivered,
    /// The receiver answered, but not 2xx.
    Rejected,
    /// No answer: connection refused, timeout, TLS error, a blocked address.
    Unreachable,
}

impl DeliveryOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Delivered => "delivered",
            Self::Rejected => "rejected",
            Self::Unreachable => "unreachable",
        }
    }
}

/// What one website check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckOutcome {
    /// An answer below 400 (after redirects).
    Reachable,
    /// An answer of 400 or more.
    HttpError,
    /// No answer.
    Unreachable,
}

impl CheckOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reachable => "reachable",
            Self::HttpError => "http_error",
            Self::Unreachable => "unreachable",
        }
    }

    /// The outcome of an answer with `status`.
    pub fn of_status(status: u16) -> Self {
        if status < 400 {
            Self::Reachable
        } else {
            Self::HttpError
        }
    }
}

/// What became of one mail message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailOutcome {
    /// The mail server accepted it.
    Sent,
    /// Given up on (its job failed for good).
    Failed,
}

impl MailOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Failed => "failed",
        }
    }
}

/// The job states a queue-depth gauge is kept for (`done` jobs are counted by
/// `nri_jobs_total` instead: the queue keeps them, so counting them would
/// read the whole table at every scrape).
pub const GAUGED_STATES: [&str; 3] = [
    crate::queue::QUEUED,
    crate::queue::RUNNING,
    crate::queue::FAILED,
];

/// The metrics of background work in one process. Cloning shares them.
#[derive(Clone)]
pub struct WorkerMetrics {
    registry: Registry,
    jobs: IntCounterVec,
    job_duration: HistogramVec,
    retries: IntCounterVec,
    webhook_deliveries: IntCounterVec,
    website_checks: IntCounterVec,
    aggregates: IntCounterVec,
    freshness: Histogram,
    mail: IntCounterVec,
    /// Job kinds this process has seen, so that a drained queue reads 0
    /// rather than vanishing from the scrape.
    kinds: Arc<Mutex<BTreeSet<String>>>,
    /// Database pools whose use is shown, by name (`api`, `api_read`, `worker`).
    pools: Arc<Mutex<Vec<(String, DatabaseConnection)>>>,
}

fn counter(registry: &Registry, name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    let c = IntCounterVec::new(Opts::new(name, help), labels).expect("valid metric");
    registry
        .register(Box::new(c.clone()))
        .expect("registered once");
    c
}

impl WorkerMetrics {
    pub fn new() -> Self {
        let registry = Registry::new();
        let jobs = counter(
            &registry,
            "nri_jobs_total",
            "Job runs finished, by kind and outcome (done, skipped, retried, failed)",
            &["kind", "outcome"],
        );
        let job_duration = HistogramVec::new(
            HistogramOpts::new(
                "nri_job_duration_seconds",
                "How long job runs took, by kind and outcome",
            )
            .buckets(vec![
                0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
            ]),
            &["kind", "outcome"],
        )
        .expect("valid metric");
        registry
            .register(Box::new(job_duration.clone()))
            .expect("registered once");
        let retries = counter(
            &registry,
            "nri_job_retries_total",
            "Claims of a job that had been attempted before (after a failure's back-off or an expired lease), by kind",
            &["kind"],
        );
        let webhook_deliveries = counter(
            &registry,
            "nri_webhook_deliveries_total",
            "Webhook delivery attempts, by outcome (delivered, rejected, unreachable)",
            &["outcome"],
        );
        let website_checks = counter(
            &registry,
            "nri_website_checks_total",
            "Initiative website checks, by outcome (reachable, http_error, unreachable)",
            &["outcome"],
        );
        let aggregates = counter(
            &registry,
            "nri_aggregates_recomputed_total",
            "Aggregates recomputed and stored, by whether their content changed",
            &["changed"],
        );
        let freshness = Histogram::with_opts(
            HistogramOpts::new(
                "nri_aggregate_freshness_lag_seconds",
                "Time from an outbox event that changed what an aggregate counts to the stored aggregate that reflects it (refreshes of overdue marks or of aggregates not stored yet are not counted)",
            )
            .buckets(vec![
                0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0,
            ]),
        )
        .expect("valid metric");
        registry
            .register(Box::new(freshness.clone()))
            .expect("registered once");
        let mail = counter(
            &registry,
            "nri_mail_messages_total",
            "Mail messages, by outcome (sent, failed)",
            &["outcome"],
        );
        Self {
            registry,
            jobs,
            job_duration,
            retries,
            webhook_deliveries,
            website_checks,
            aggregates,
            freshness,
            mail,
            kinds: Arc::default(),
            pools: Arc::default(),
        }
    }

    fn saw_kind(&self, kind: &str) {
        let mut kinds = self.kinds.lock().unwrap_or_else(|e| e.into_inner());
        if !kinds.contains(kind) {
            kinds.insert(kind.to_owned());
        }
    }

    /// Shows `db`'s pool (size, idle, maximum) as pool `name` at each scrape.
    pub fn watch_pool(&self, name: &str, db: &DatabaseConnection) {
        let mut pools = self.pools.lock().unwrap_or_else(|e| e.into_inner());
        pools.retain(|(n, _)| n != name);
        pools.push((name.to_owned(), db.clone()));
    }

    /// A job was claimed: counts a retry if it had been attempted before.
    pub fn job_claimed(&self, job: &job::Model) {
        self.saw_kind(&job.kind);
        if job.attempts > 1 {
            self.retries.with_label_values(&[job.kind.as_str()]).inc();
        }
    }

    /// A job run of `kind` ended with `outcome` after `elapsed`.
    pub fn job_finished(&self, kind: &str, outcome: JobOutcome, elapsed: Duration) {
        self.saw_kind(kind);
        self.jobs.with_label_values(&[kind, outcome.as_str()]).inc();
        self.job_duration
            .with_label_values(&[kind, outcome.as_str()])
            .observe(elapsed.as_secs_f64());
    }

    /// One webhook delivery attempt ended with `outcome`.
    pub fn webhook_delivery(&self, outcome: DeliveryOutcome) {
        self.webhook_deliveries
            .with_label_values(&[outcome.as_str()])
            .inc();
    }

    /// One website check found `outcome`.
    pub fn website_check(&self, outcome: CheckOutcome) {
        self.website_checks
            .with_label_values(&[outcome.as_str()])
            .inc();
    }

    /// An aggregate was recomputed and stored; `lag` is the time since the
    /// outbox event it reflects (`None`: it reflects no event, e.g. the
    /// daily refresh of an empty registry).
    pub fn aggregate_recomputed(&self, changed: bool, lag: Option<Duration>) {
        self.aggregates
            .with_label_values(&[if changed { "true" } else { "false" }])
            .inc();
        if let Some(lag) = lag {
            self.freshness.observe(lag.as_secs_f64());
        }
    }

    /// One mail message was sent or given up on: the mail sender's call.
    pub fn mail_message(&self, outcome: MailOutcome) {
        self.mail.with_label_values(&[outcome.as_str()]).inc();
    }

    /// What this process counted, the pools it watches and the build.
    pub fn families(&self) -> Vec<MetricFamily> {
        let mut families = self.registry.gather();
        families.extend(pool_families(
            &self.pools.lock().unwrap_or_else(|e| e.into_inner()),
        ));
        families.extend(build_info());
        families
    }

    /// The queue and the outbox as the database holds them now.
    pub async fn scrape(&self, db: &DatabaseConnection) -> Result<Vec<MetricFamily>, DbErr> {
        let now = Utc::now();
        let depth: Vec<(String, String, i64)> = job::Entity::find()
            .select_only()
            .column(job::Column::Kind)
            .column(job::Column::Status)
            .column_as(job::Column::Id.count(), "n")
            .filter(job::Column::Status.is_in(GAUGED_STATES))
            .group_by(job::Column::Kind)
            .group_by(job::Column::Status)
            .into_tuple()
            .all(db)
            .await?;
        let oldest: Vec<(String, DateTime<Utc>)> = job::Entity::find()
            .select_only()
            .column(job::Column::Kind)
            .column_as(job::Column::RunAt.min(), "oldest")
            .filter(job::Column::Status.eq(crate::queue::QUEUED))
            .filter(job::Column::RunAt.lte(now))
            .group_by(job::Column::Kind)
            .into_tuple()
            .all(db)
            .await?;
        let outbox: Option<(i64, Option<DateTime<Utc>>)> = outbox_event::Entity::find()
            .select_only()
            .column_as(outbox_event::Column::Id.count(), "n")
            .column_as(outbox_event::Column::CreatedAt.min(), "oldest")
            .filter(outbox_event::Column::ProcessedAt.is_null())
            .into_tuple()
            .one(db)
            .await?;
        let (unrelayed, oldest_event) = outbox.unwrap_or((0, None));
        {
            let mut kinds = self.kinds.lock().unwrap_or_else(|e| e.into_inner());
            kinds.extend(depth.iter().map(|(k, _, _)| k.clone()));
        }
        let kinds = self.kinds.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let queue = QueueNow {
            depth,
            oldest_wait: oldest
                .into_iter()
                .map(|(kind, at)| (kind, seconds_since(at, now)))
                .collect(),
            unrelayed,
            oldest_unrelayed: oldest_event.map(|at| seconds_since(at, now)),
        };
        Ok(queue.families(&kinds))
    }
}

impl Default for WorkerMetrics {
    fn default() -> Self {
        Self::new()
    }
}

/// Seconds from `then` to `now`, never negative (clocks of several processes).
fn seconds_since(then: DateTime<Utc>, now: DateTime<Utc>) -> f64 {
    ((now - then).num_milliseconds().max(0) as f64) / 1000.0
}

/// The seconds since outbox event `seq` was written (`None`: no such event).
pub async fn since_event(db: &DatabaseConnection, seq: i64) -> Result<Option<Duration>, DbErr> {
    if seq <= 0 {
        return Ok(None);
    }
    let at: Option<DateTime<Utc>> = outbox_event::Entity::find_by_id(seq)
        .select_only()
        .column(outbox_event::Column::CreatedAt)
        .into_tuple()
        .one(db)
        .await?;
    Ok(at.map(|at| Duration::from_secs_f64(seconds_since(at, Utc::now()))))
}

/// The queue and the outbox as one scrape read them.
#[derive(Debug, Default)]
struct QueueNow {
    /// (kind, state, jobs) for the states in `GAUGED_STATES`.
    depth: Vec<(String, String, i64)>,
    /// (kind, seconds the oldest due queued job has waited).
    oldest_wait: Vec<(String, f64)>,
    unrelayed: i64,
    oldest_unrelayed: Option<f64>,
}

impl QueueNow {
    /// The gauges, with 0 for every state of each kind in `kinds` that no
    /// job is in now.
    fn families(&self, kinds: &BTreeSet<String>) -> Vec<MetricFamily> {
        let registry = Registry::new();
        let depth = IntGaugeVec::new(
            Opts::new(
                "nri_jobs",
                "Jobs in the queue now, by kind and state (queued, running, failed), read from the database",
            ),
            &["kind", "state"],
        )
        .expect("valid metric");
        let wait = GaugeVec::new(
            Opts::new(
                "nri_job_oldest_queued_age_seconds",
                "How long the oldest due queued job has waited to be claimed, by kind (0: none waits)",
            ),
            &["kind"],
        )
        .expect("valid metric");
        let unrelayed = IntGauge::new(
            "nri_outbox_unrelayed_events",
            "Outbox events the worker has not yet turned into jobs",
        )
        .expect("valid metric");
        let unrelayed_age = Gauge::new(
            "nri_outbox_oldest_unrelayed_age_seconds",
            "Age of the oldest outbox event not yet relayed (0: none waits)",
        )
        .expect("valid metric");
        for kind in kinds {
            for state in GAUGED_STATES {
                depth.with_label_values(&[kind.as_str(), state]).set(0);
            }
            wait.with_label_values(&[kind.as_str()]).set(0.0);
        }
        for (kind, state, n) in &self.depth {
            depth
                .with_label_values(&[kind.as_str(), state.as_str()])
                .set(*n);
        }
        for (kind, secs) in &self.oldest_wait {
            wait.with_label_values(&[kind.as_str()]).set(*secs);
        }
        unrelayed.set(self.unrelayed);
        unrelayed_age.set(self.oldest_unrelayed.unwrap_or(0.0));
        for c in [
            Box::new(depth) as Box<dyn prometheus::core::Collector>,
            Box::new(wait),
            Box::new(unrelayed),
            Box::new(unrelayed_age),
        ] {
            registry.register(c).expect("registered once");
        }
        registry.gather()
    }
}

/// Size, idle connections and maximum of each watched pool.
fn pool_families(pools: &[(String, DatabaseConnection)]) -> Vec<MetricFamily> {
    let registry = Registry::new();
    let connections = IntGaugeVec::new(
        Opts::new(
            "nri_db_pool_connections",
            "Open database connections of this process, by pool and state (in_use, idle)",
        ),
        &["pool", "state"],
    )
    .expect("valid metric");
    let max = IntGaugeVec::new(
        Opts::new(
            "nri_db_pool_max_connections",
            "The most connections a pool of this process may open",
        ),
        &["pool"],
    )
    .expect("valid metric");
    for (name, db) in pools {
        let (size, idle, most) = match db.get_database_backend() {
            DbBackend::Postgres => {
                let p = db.get_postgres_connection_pool();
                (p.size(), p.num_idle(), p.options().get_max_connections())
            }
            DbBackend::Sqlite => {
                let p = db.get_sqlite_connection_pool();
                (p.size(), p.num_idle(), p.options().get_max_connections())
            }
            // Not a backend this service connects to.
            _ => continue,
        };
        let idle = i64::try_from(idle).unwrap_or(i64::MAX);
        connections
            .with_label_values(&[name.as_str(), "in_use"])
            .set((i64::from(size) - idle).max(0));
        connections
            .with_label_values(&[name.as_str(), "idle"])
            .set(idle);
        max.with_label_values(&[name.as_str()]).set(i64::from(most));
    }
    registry
        .register(Box::new(connections))
        .expect("registered once");
    registry.register(Box::new(max)).expect("registered once");
    registry.gather()
}

/// `nri_build_info{version,profile} 1`.
fn build_info() -> Vec<MetricFamily> {
    let registry = Registry::new();
    let info = IntGaugeVec::new(
        Opts::new(
            "nri_build_info",
            "The running build: its version and whether it is a release or debug build",
        ),
        &["version", "profile"],
    )
    .expect("valid metric");
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    info.with_label_values(&[env!("CARGO_PKG_VERSION"), profile])
        .set(1);
    registry.register(Box::new(info)).expect("registered once");
    registry.gather()
}

/// The text exposition format of `families`, sorted by name.
pub fn render(mut families: Vec<MetricFamily>) -> String {
    families.sort_by(|a, b| a.name().cmp(b.name()));
    let mut buf = Vec::new();
    if let Err(e) = TextEncoder::new().encode(&families, &mut buf) {
        tracing::warn!(error = %e, "encoding metrics failed");
    }
    String::from_utf8_lossy(&buf).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::queue;
    use domain::jobs::Job;
    use sea_orm::TransactionTrait;

    /// The sample lines of `text` whose name and labels start with `prefix`.
    fn samples<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
        text.lines()
            .filter(|l| !l.starts_with('#') && l.starts_with(prefix))
            .collect()
    }

    #[test]
    fn drained_kinds_read_zero_in_every_state_and_kinds_come_from_the_queue() {
        let now = QueueNow {
            depth: vec![
                ("mail".into(), "queued".into(), 3),
                ("webhook".into(), "failed".into(), 2),
            ],
            oldest_wait: vec![("mail".into(), 12.5)],
            unrelayed: 4,
            oldest_unrelayed: Some(1.25),
        };
        let kinds: BTreeSet<String> = ["mail", "probe", "webhook"].map(String::from).into();
        let text = render(now.families(&kinds));
        assert_eq!(
            samples(&text, "nri_jobs{"),
            [
                r#"nri_jobs{kind="mail",state="failed"} 0"#,
                r#"nri_jobs{kind="mail",state="queued"} 3"#,
                r#"nri_jobs{kind="mail",state="running"} 0"#,
                r#"nri_jobs{kind="probe",state="failed"} 0"#,
                r#"nri_jobs{kind="probe",state="queued"} 0"#,
                r#"nri_jobs{kind="probe",state="running"} 0"#,
                r#"nri_jobs{kind="webhook",state="failed"} 2"#,
                r#"nri_jobs{kind="webhook",state="queued"} 0"#,
                r#"nri_jobs{kind="webhook",state="running"} 0"#,
            ]
        );
        assert_eq!(
            samples(&text, "nri_job_oldest_queued_age_seconds{"),
            [
                r#"nri_job_oldest_queued_age_seconds{kind="mail"} 12.5"#,
                r#"nri_job_oldest_queued_age_seconds{kind="probe"} 0"#,
                r#"nri_job_oldest_queued_age_seconds{kind="webhook"} 0"#,
            ]
        );
        assert_eq!(
            samples(&text, "nri_outbox_"),
            [
                "nri_outbox_oldest_unrelayed_age_seconds 1.25",
                "nri_outbox_unrelayed_events 4",
            ]
        );
        assert!(text.contains("# TYPE nri_jobs gauge"), "{text}");
    }

    #[test]
    fn counted_work_renders_by_kind_and_outcome_with_the_build() {
        let m = WorkerMetrics::new();
        m.job_finished("probe", JobOutcome::Done, Duration::from_millis(20));
        m.job_finished("probe", JobOutcome::Done, Duration::from_millis(30));
        m.job_finished("webhook", JobOutcome::Retried, Duration::from_secs(2));
        m.webhook_delivery(DeliveryOutcome::Rejected);
        m.website_check(CheckOutcome::of_status(404));
        m.website_check(CheckOutcome::of_status(301));
        m.aggregate_recomputed(true, Some(Duration::from_millis(300)));
        m.aggregate_recomputed(false, None);
        m.mail_message(MailOutcome::Sent);
        let text = render(m.families());
        for line in [
            r#"nri_jobs_total{kind="probe",outcome="done"} 2"#,
            r#"nri_jobs_total{kind="webhook",outcome="retried"} 1"#,
            r#"nri_job_duration_seconds_count{kind="probe",outcome="done"} 2"#,
            r#"nri_job_duration_seconds_bucket{kind="probe",outcome="done",le="0.025"} 1"#,
            r#"nri_webhook_deliveries_total{outcome="rejected"} 1"#,
            r#"nri_website_checks_total{outcome="http_error"} 1"#,
            r#"nri_website_checks_total{outcome="reachable"} 1"#,
            r#"nri_aggregates_recomputed_total{changed="true"} 1"#,
            r#"nri_aggregates_recomputed_total{changed="false"} 1"#,
            "nri_aggregate_freshness_lag_seconds_count 1",
            r#"nri_aggregate_freshness_lag_seconds_bucket{le="0.25"} 0"#,
            r#"nri_aggregate_freshness_lag_seconds_bucket{le="0.5"} 1"#,
            r#"nri_mail_messages_total{outcome="sent"} 1"#,
        ] {
            assert!(text.contains(line), "missing `{line}` in:\n{text}");
        }
        let build = format!(
            r#"nri_build_info{{profile="debug",version="{}"}} 1"#,
            env!("CARGO_PKG_VERSION")
        );
        assert!(text.contains(&build), "missing `{build}` in:\n{text}");
        // Families are sorted by name, each announced once.
        let types: Vec<&str> = text.lines().filter(|l| l.starts_with("# TYPE")).collect();
        let mut sorted = types.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(types, sorted);
    }

    #[tokio::test]
    async fn a_scrape_reads_the_queue_and_the_pool_from_the_database() {
        let db = crate::testing::memory_db().await;
        let txn = db.begin().await.unwrap();
        for n in 0..3 {
            queue::enqueue(&txn, &Job::Probe { n, work_ms: 0 })
                .await
                .unwrap();
        }
        txn.commit().await.unwrap();
        let m = WorkerMetrics::new();
        m.watch_pool("worker", &db);
        let claimed = queue::claim(&db, &db, "w", chrono::Duration::seconds(30))
            .await
            .unwrap()
            .unwrap();
        m.job_claimed(&claimed);
        let mut families = m.scrape(&db).await.unwrap();
        families.extend(m.families());
        let text = render(families);
        assert_eq!(
            samples(&text, "nri_jobs{"),
            [
                r#"nri_jobs{kind="probe",state="failed"} 0"#,
                r#"nri_jobs{kind="probe",state="queued"} 2"#,
                r#"nri_jobs{kind="probe",state="running"} 1"#,
            ]
        );
        let wait = samples(&text, r#"nri_job_oldest_queued_age_seconds{kind="probe"}"#);
        assert_eq!(wait.len(), 1, "{text}");
        let secs: f64 = wait[0].rsplit(' ').next().unwrap().parse().unwrap();
        assert!(secs >= 0.0, "{}", wait[0]);
        assert!(
            samples(&text, "nri_job_retries_total").is_empty(),
            "a first attempt is no retry"
        );
        assert_eq!(
            samples(&text, "nri_db_pool_max_connections"),
            [r#"nri_db_pool_max_connections{pool="worker"} 1"#]
        );
        assert_eq!(
            samples(&text, r#"nri_db_pool_connections{pool="worker""#).len(),
            2
        );
        // The claimed job finishes: the queue drains, and the kind stays at 0.
        queue::complete(&db, &claimed, "w").await.unwrap();
        sea_orm::ConnectionTrait::execute_unprepared(&db, "UPDATE jobs SET status = 'done'")
            .await
            .unwrap();
        let text = render(m.scrape(&db).await.unwrap());
        assert_eq!(
            samples(&text, "nri_jobs{"),
            [
                r#"nri_jobs{kind="probe",state="failed"} 0"#,
                r#"nri_jobs{kind="probe",state="queued"} 0"#,
                r#"nri_jobs{kind="probe",state="running"} 0"#,
            ]
        );
    }

    #[tokio::test]
    async fn the_freshness_lag_runs_from_the_outbox_event() {
        let db = crate::testing::memory_db().await;
        let written = Utc::now() - chrono::Duration::seconds(90);
        let event = sea_orm::ActiveModelTrait::insert(
            outbox_event::ActiveModel {
                kind: sea_orm::Set("report_accepted".into()),
                initiative_id: sea_orm::Set(1),
                year: sea_orm::Set(Some(2025)),
                payload: sea_orm::Set("{}".into()),
                created_at: sea_orm::Set(written),
                processed_at: sea_orm::Set(None),
                ..Default::default()
            },
            &db,
        )
        .await
        .unwrap();
        let lag = since_event(&db, event.id).await.unwrap().unwrap();
        assert!(
            (90.0..120.0).contains(&lag.as_secs_f64()),
            "{lag:?} since an event written 90 s ago"
        );
        assert_eq!(since_event(&db, 0).await.unwrap(), None);
        assert_eq!(since_event(&db, event.id + 1).await.unwrap(), None);
        let text = render(WorkerMetrics::new().scrape(&db).await.unwrap());
        assert!(text.contains("nri_outbox_unrelayed_events 1"), "{text}");
    }
}
