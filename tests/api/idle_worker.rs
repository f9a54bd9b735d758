//! An idle worker only reads. Its polls look at the outbox and the queue
//! through its reading connection and send nothing through its writing one
//! (on SQLite the process's one writer, whose `BEGIN IMMEDIATE` would take
//! the write lock every API write waits for; on PostgreSQL the row locks of
//! `FOR UPDATE SKIP LOCKED`), and it writes once there is work. Counted per
//! statement on each connection, over a fixed number of polls: no timer.
use crate::helpers::{TestApp, eventually, national, spawn_app, spawn_app_with};
use nri_api::config::WorkerMode;
use sea_orm::DatabaseConnection;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// A handle on `db` that counts the statements sent through it, and keeps
/// the last ones (to say what was written when nothing should have been).
struct Counted {
    db: DatabaseConnection,
    sent: Arc<AtomicU64>,
    last: Arc<Mutex<Vec<String>>>,
}

impl Counted {
    fn new(db: &DatabaseConnection) -> Self {
        let sent = Arc::new(AtomicU64::new(0));
        let last: Arc<Mutex<Vec<String>>> = Arc::default();
        let mut db = db.clone();
        let (n, seen) = (Arc::clone(&sent), Arc::clone(&last));
        db.set_metric_callback(move |info| {
            n.fetch_add(1, Ordering::SeqCst);
            let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
            seen.push(info.statement.sql.clone());
            let excess = seen.len().saturating_sub(5);
            seen.drain(..excess);
        });
        Self { db, sent, last }
    }

    fn sent(&self) -> u64 {
        self.sent.load(Ordering::SeqCst)
    }

    fn last(&self) -> Vec<String> {
        self.last.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// The polls the idle worker is watched over.
const POLLS: u64 = 20;

#[tokio::test]
async fn an_idle_worker_reads_and_writes_nothing_until_there_is_work() {
    // The in-process worker is off: this test's worker is the only one.
    let app: TestApp = spawn_app().await;
    let read = Counted::new(&app.state.db.read);
    let write = Counted::new(&app.state.db.write);
    let worker = app
        .state
        .settings
        .worker(write.db.clone())
        .expect("a worker")
        .with_reader(read.db.clone());
    let (_stop_tx, stop) = tokio::sync::watch::channel(false);
    // Whatever the set-up left (the bootstrap account's events) is done first.
    let mut drained = 0;
    while worker.tick(&stop).await {
        drained += 1;
        assert!(drained < 100, "the worker never ran out of work");
    }

    let (reads, writes) = (read.sent(), write.sent());
    for poll in 0..POLLS {
        assert!(!worker.tick(&stop).await, "poll {poll} found work");
    }
    assert_eq!(
        write.sent() - writes,
        0,
        "an idle worker wrote; last statements: {:?}",
        write.last()
    );
    // Each poll looked at the outbox and at the queue, through the reader.
    assert!(
        read.sent() - reads >= 2 * POLLS,
        "{} reads over {POLLS} polls",
        read.sent() - reads
    );

    // Work arrives: the registration's event is relayed and its jobs run,
    // through the writer.
    let focal = app.sign_up("focal@liberia.example.org", "Liberia").await;
    let registered = app
        .register(&focal.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    assert!(registered.status.is_success(), "{:?}", registered.body);
    let writes = write.sent();
    assert!(worker.tick(&stop).await, "the worker found the new event");
    assert!(
        write.sent() > writes,
        "relaying and claiming write through the writer"
    );
}

/// The pools `/metrics` shows with their sizes (`"worker_read 2"`), once
/// the in-process worker has one of its own.
async fn worker_pools(app: &TestApp) -> Option<Vec<String>> {
    let text = app.client.get(app.url("/metrics")).send().await.ok()?;
    let text = text.text().await.ok()?;
    let pools: Vec<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix(r#"nri_db_pool_max_connections{pool=""#))
        .map(|l| l.replacen(r#""} "#, " ", 1))
        .collect();
    pools
        .iter()
        .any(|p| p.starts_with("worker"))
        .then_some(pools)
}

#[tokio::test]
async fn the_in_process_worker_reads_through_connections_of_its_own() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let pools = eventually("the worker's pools on /metrics", || worker_pools(&app)).await;
    let pools: Vec<&str> = pools.iter().map(String::as_str).collect();
    if app.database_url.starts_with("sqlite:") {
        // It writes through the process's one writer, and reads on its own.
        assert!(pools.contains(&"worker_read 2"), "{pools:?}");
        assert!(pools.contains(&"api 1"), "{pools:?}");
        assert!(!pools.iter().any(|p| p.starts_with("worker ")), "{pools:?}");
    } else {
        // PostgreSQL: a pool of its own, for reads and writes alike.
        assert!(pools.contains(&"worker 4"), "{pools:?}");
        assert!(
            !pools.iter().any(|p| p.starts_with("worker_read")),
            "{pools:?}"
        );
    }
}
