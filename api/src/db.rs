//! Connecting to the database and applying migrations (the bootstrap
//! account is `service::users::ensure_bootstrap`'s), and counting the
//! statements each request sends (`nri_db_statements_total`).
use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, TransactionTrait,
};

/// How long a request waits for a connection before it is answered 503
/// (the pool is exhausted, or the database does not accept connections).
pub const ACQUIRE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// The most connections an API process's pool opens (`connect`).
pub const API_POOL: u32 = 16;

/// The most connections a worker's pool opens, `nri worker`'s or the one
/// `nri serve` runs in-process. A worker runs one job at a time; besides it
/// only the lease heartbeat and a metrics scrape need a connection.
pub const WORKER_POOL: u32 = 4;

/// Opens a pool. SQLite gets one connection: its writers would otherwise fail
/// with `SQLITE_BUSY` when two transactions upgrade to write at once.
pub async fn connect(url: &str) -> anyhow::Result<DatabaseConnection> {
    connect_with(url, API_POOL).await
}

/// Opens a pool of at most `max` connections (one on SQLite, as `connect`).
pub async fn connect_with(url: &str, max: u32) -> anyhow::Result<DatabaseConnection> {
    let mut opts = ConnectOptions::new(url.to_owned());
    // No ping before each use: sqlx already pings every connection when it
    // goes back to the pool, so a second one on the way out only doubles the
    // round trips of every query (a connection that died while idle fails
    // one query and is replaced).
    opts.sqlx_logging(false)
        .test_before_acquire(false)
        .acquire_timeout(ACQUIRE_TIMEOUT);
    if url.starts_with("sqlite:") {
        opts.max_connections(1).min_connections(1);
    } else {
        opts.max_connections(max).min_connections(1);
    }
    let db = Database::connect(opts)
        .await
        .with_context(|| format!("connecting to {}", redact(url)))?;
    if db.get_database_backend() == DbBackend::Sqlite {
        // WAL with synchronous=NORMAL survives application crashes and
        // fsyncs once per checkpoint instead of once per commit.
        db.execute_unprepared(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;",
        )
        .await?;
    }
    Ok(db)
}

tokio::task_local! {
    /// The statements sent so far by the request this task serves.
    static STATEMENTS: std::cell::Cell<u64>;
}

/// Makes `db` count each statement it sends for the request being served
/// ([`counting`]); statements sent outside a request (the in-process worker,
/// background refreshes) are not counted. Transaction control (`BEGIN`,
/// `COMMIT`) is not counted either: sea-orm reports statements only.
pub fn count_statements(db: &mut DatabaseConnection) {
    db.set_metric_callback(|_| {
        let _ = STATEMENTS.try_with(|n| n.set(n.get() + 1));
    });
}

/// Runs `request` and says how many statements it sent on a connection
/// made to count them ([`count_statements`]).
pub async fn counting<F: std::future::Future>(request: F) -> (F::Output, u64) {
    STATEMENTS
        .scope(std::cell::Cell::new(0), async {
            let out = request.await;
            (out, STATEMENTS.with(std::cell::Cell::get))
        })
        .await
}

/// Applies pending migrations. On PostgreSQL they run in one transaction
/// holding an advisory lock, so API and worker processes starting together
/// (or a migration job beside them) never migrate twice at once.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    if db.get_database_backend() == DbBackend::Postgres {
        let txn = db.begin().await?;
        txn.execute_unprepared("SELECT pg_advisory_xact_lock(7368201)")
            .await?;
        Migrator::up(&txn, None)
            .await
            .context("applying migrations")?;
        txn.commit().await?;
    } else {
        Migrator::up(db, None)
            .await
            .context("applying migrations")?;
    }
    Ok(())
}

/// The URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((u, _)) => format!("{}{u}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}
