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

/// How long a write waits for SQLite's write lock, held by this process's
/// writer or another process's (`PRAGMA busy_timeout`), and for this
/// process's one writing connection: writes queue for it by design.
pub const WRITE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The most connections an API process's pool opens (`connect`).
pub const API_POOL: u32 = 16;

/// The reading connections an API process opens on SQLite ([`Db::read`]).
/// Reads in WAL mode run side by side and never wait for the writer; more
/// connections than the machine has cores only add memory.
pub const SQLITE_READERS: u32 = 4;

/// The most connections a worker's pool opens, `nri worker`'s or the one
/// `nri serve` runs in-process. A worker runs one job at a time; besides it
/// only the lease heartbeat and a metrics scrape need a connection.
pub const WORKER_POOL: u32 = 4;

/// The reading connections a worker opens of its own on an SQLite file
/// (`nri worker`, or the one `nri serve` runs in-process, beside the API's
/// readers): its looks at the outbox and the queue and the reads of an
/// aggregate's fold, which then neither queue behind the read load nor take
/// the write lock. It reads one statement at a time; the second connection
/// serves a metrics scrape or the lease heartbeat meanwhile.
pub const WORKER_READERS: u32 = 2;

/// `n` reading connections (`PRAGMA query_only=ON`) to the SQLite file at
/// `url`; `None` for PostgreSQL or an in-memory SQLite database, whose reads
/// go where its writes go.
pub async fn readers(url: &str, n: u32) -> anyhow::Result<Option<DatabaseConnection>> {
    if is_sqlite_file(url) {
        Ok(Some(open(url, n, Access::Read).await?))
    } else {
        Ok(None)
    }
}

/// A process's connections to the database, by what they may do: reads go to
/// `read`, anything that writes goes to `write` (a unit of work, a rate
/// limit, an idempotency key, the worker). On SQLite `read` is a pool of
/// [`SQLITE_READERS`] connections opened with `PRAGMA query_only=ON`, so a
/// write sent there by mistake fails loudly instead of waiting for the lock,
/// and `write` is the process's one writing connection, whose transactions
/// begin `IMMEDIATE` (`worker::write::begin`): in WAL mode the readers go on
/// while it writes, and the worker's writes never queue behind the read load.
/// On PostgreSQL, and for an in-memory SQLite database (each connection of
/// which is a database of its own), both are the same pool.
#[derive(Clone, Debug)]
pub struct Db {
    pub read: DatabaseConnection,
    pub write: DatabaseConnection,
}

impl Db {
    /// Opens the writer (at most `max` connections, one on SQLite) and, on
    /// SQLite, the readers beside it.
    pub async fn open(url: &str, max: u32) -> anyhow::Result<Self> {
        let write = connect_with(url, max).await?;
        let read = if is_sqlite_file(url) {
            open(url, SQLITE_READERS, Access::Read).await?
        } else {
            write.clone()
        };
        Ok(Self { read, write })
    }

    /// Counts the statements of both pools ([`count_statements`]).
    pub fn count_statements(&mut self) {
        count_statements(&mut self.write);
        count_statements(&mut self.read);
    }
}

/// Opens one pool for reads and writes alike, as tools and the command line
/// use it: one connection on SQLite (the process's writer), `API_POOL` on
/// PostgreSQL. A server opens a [`Db`] instead.
pub async fn connect(url: &str) -> anyhow::Result<DatabaseConnection> {
    connect_with(url, API_POOL).await
}

/// Opens a pool that may write, of at most `max` connections; one on SQLite,
/// which lets one connection write at a time, and whose writes then never
/// wait for each other inside the process, only for another process's.
pub async fn connect_with(url: &str, max: u32) -> anyhow::Result<DatabaseConnection> {
    if url.starts_with("sqlite:") {
        open(url, 1, Access::Write).await
    } else {
        open(url, max, Access::Write).await
    }
}

/// What a pool's connections may do.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    Write,
}

/// Whether `url` names an SQLite database in a file, which connections
/// share (every connection to an in-memory one is a database of its own).
fn is_sqlite_file(url: &str) -> bool {
    url.starts_with("sqlite:") && !url.contains(":memory:") && !url.contains("mode=memory")
}

async fn open(url: &str, max: u32, access: Access) -> anyhow::Result<DatabaseConnection> {
    use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
    let mut opts = ConnectOptions::new(url.to_owned());
    // No ping before each use: sqlx already pings every connection when it
    // goes back to the pool, so a second one on the way out only doubles the
    // round trips of every query (a connection that died while idle fails
    // one query and is replaced).
    opts.sqlx_logging(false)
        .test_before_acquire(false)
        .max_connections(max)
        .min_connections(1)
        .acquire_timeout(match access {
            // Writers queue for SQLite's one writing connection.
            Access::Write if url.starts_with("sqlite:") => WRITE_TIMEOUT,
            _ => ACQUIRE_TIMEOUT,
        });
    // Set on every connection the pool opens. WAL (kept in the file) lets
    // readers and the writer work side by side; synchronous=NORMAL survives
    // application crashes and fsyncs once per checkpoint instead of once per
    // commit; the busy timeout is how long a write waits for another
    // process's write lock (a `BEGIN IMMEDIATE` waits there, see
    // `worker::write`).
    opts.map_sqlx_sqlite_opts(move |o| {
        let o = o
            .foreign_keys(true)
            .busy_timeout(WRITE_TIMEOUT)
            .synchronous(SqliteSynchronous::Normal);
        match access {
            Access::Write => o.journal_mode(SqliteJournalMode::Wal),
            Access::Read => o.pragma("query_only", "ON"),
        }
    });
    Database::connect(opts)
        .await
        .with_context(|| format!("connecting to {}", redact(url)))
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
