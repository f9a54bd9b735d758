//! Whether the database answers, as a watchdog sees it.
//!
//! A connection that stops answering (the server hangs, the network drops
//! packets) makes a query wait until TCP gives up, many minutes later. So a
//! watchdog asks the database `SELECT 1` every `PROBE_EVERY` on a connection
//! of its own, bounded by `PROBE_TIMEOUT`. While it gets no answer, API
//! requests are answered 503 with `Retry-After` at once (the `outage`
//! middleware), a request already waiting is answered 503 as soon as the
//! outage is seen, and `/readyz` says not ready; the first probe that is
//! answered again ends the outage. SQLite has no network: its watch always
//! says the database answers.
use sea_orm::{
    ConnAcquireErr, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr,
};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::time::timeout;

/// How often the watchdog asks.
pub const PROBE_EVERY: Duration = Duration::from_millis(500);
/// How long a probe may take before the database counts as not answering.
pub const PROBE_TIMEOUT: Duration = Duration::from_millis(1500);

#[derive(Clone)]
pub struct DbWatch {
    up: watch::Receiver<bool>,
    /// Keeps the channel open when no watchdog runs (SQLite).
    _always: Option<Arc<watch::Sender<bool>>>,
}

impl DbWatch {
    /// A watch that always says the database answers.
    pub fn always_up() -> Self {
        let (tx, up) = watch::channel(true);
        Self {
            up,
            _always: Some(Arc::new(tx)),
        }
    }

    /// Starts the watchdog on `url` (a PostgreSQL server); for SQLite,
    /// `always_up`. The watchdog ends when the last `DbWatch` is dropped.
    pub fn start(url: &str, backend: DbBackend) -> Self {
        if backend == DbBackend::Sqlite {
            return Self::always_up();
        }
        let (tx, up) = watch::channel(true);
        tokio::spawn(watchdog(url.to_owned(), tx));
        Self { up, _always: None }
    }

    /// Whether the last probe was answered.
    pub fn is_up(&self) -> bool {
        *self.up.borrow()
    }

    /// Resolves once the database is seen not answering (at once if it is now).
    pub async fn down(&self) {
        let mut up = self.up.clone();
        if up.wait_for(|up| !*up).await.is_err() {
            // The watchdog is gone (shutting down): no outage will be seen.
            std::future::pending::<()>().await;
        }
    }
}

/// What one probe heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heard {
    Answer,
    /// An error: the connection was refused or closed.
    Error,
    /// Nothing within `PROBE_TIMEOUT`.
    Silence,
}

async fn watchdog(url: String, tx: watch::Sender<bool>) {
    let mut conn: Option<DatabaseConnection> = None;
    loop {
        let mut heard = probe(&url, &mut conn).await;
        if heard == Heard::Error && *tx.borrow() {
            // The probe's own connection may just have been closed (a server
            // restart, an idle timeout): ask once more on a fresh one before
            // calling it an outage.
            heard = probe(&url, &mut conn).await;
        }
        let answered = heard == Heard::Answer;
        let changed = tx.send_if_modified(|up| std::mem::replace(up, answered) != answered);
        if changed && answered {
            tracing::info!("the database answers again");
        } else if changed {
            tracing::warn!(
                ?heard,
                "the database is not answering: API requests get 503 until it does"
            );
        }
        if tx.is_closed() {
            return;
        }
        tokio::time::sleep(PROBE_EVERY).await;
    }
}

/// One `SELECT 1` within `PROBE_TIMEOUT`, connecting first if needed. After a
/// failure the connection is dropped, so the next probe starts afresh rather
/// than waiting on a connection that may hang for good.
async fn probe(url: &str, conn: &mut Option<DatabaseConnection>) -> Heard {
    let asked = timeout(PROBE_TIMEOUT, async {
        if conn.is_none() {
            let mut opts = ConnectOptions::new(url.to_owned());
            opts.sqlx_logging(false)
                .test_before_acquire(false)
                .max_connections(1)
                .min_connections(0)
                .connect_timeout(PROBE_TIMEOUT)
                .acquire_timeout(PROBE_TIMEOUT);
            *conn = Some(Database::connect(opts).await?);
        }
        match conn {
            Some(db) => db.execute_unprepared("SELECT 1").await.map(|_| ()),
            None => Ok(()),
        }
    })
    .await;
    let heard = match asked {
        Ok(Ok(())) => return Heard::Answer,
        // The pool's own wait for a connection ran out: silence too.
        Ok(Err(DbErr::ConnectionAcquire(ConnAcquireErr::Timeout))) | Err(_) => Heard::Silence,
        Ok(Err(e)) => {
            tracing::debug!(error = %e, "database probe failed");
            Heard::Error
        }
    };
    *conn = None;
    heard
}
