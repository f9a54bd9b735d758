//! `nri worker` as a process: the background worker, and beside it
//! `/healthz`, `/readyz` and `/metrics` on `NRI_WORKER_BIND`, so that an
//! orchestrator can probe it and Prometheus can scrape it. Nothing of the API
//! is served here. (`nri serve` runs its worker in-process and shows the
//! worker's metrics in its own `/metrics`.)
use crate::config::Settings;
use crate::db_watch::DbWatch;
use crate::routes::health;
use anyhow::Context;
use poem::listener::{Acceptor, Listener, TcpAcceptor, TcpListener};
use poem::web::Data;
use poem::{EndpointExt, Response, Route, Server, get, handler};
use sea_orm::DatabaseConnection;
use std::time::Duration;
use worker::metrics::WorkerMetrics;

/// What the probe handlers read.
#[derive(Clone)]
struct Probes {
    db: DatabaseConnection,
    db_watch: DbWatch,
    metrics: WorkerMetrics,
}

/// A worker process, connected and migrated, its probe address bound.
pub struct WorkerProcess {
    acceptor: TcpAcceptor,
    address: String,
    probes: Probes,
    /// The worker's own reading connections on an SQLite file (`None`: it
    /// reads where it writes).
    read: Option<DatabaseConnection>,
    settings: Settings,
}

impl WorkerProcess {
    /// Connects (a pool of `db::WORKER_POOL`, and on an SQLite file
    /// `db::WORKER_READERS` reading connections), migrates, starts the database
    /// watchdog and binds `worker_bind` (port 0 picks a free one).
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let url = settings.database.database_url.expose();
        let db = crate::db::connect_with(url, crate::db::WORKER_POOL).await?;
        crate::db::migrate(&db).await?;
        let db_watch = DbWatch::start(url, db.get_database_backend());
        let metrics = WorkerMetrics::new();
        metrics.watch_pool("worker", &db);
        let read = crate::db::readers(url, crate::db::WORKER_READERS).await?;
        if let Some(read) = &read {
            metrics.watch_pool("worker_read", read);
        }
        let acceptor = TcpListener::bind(settings.worker_bind.clone())
            .into_acceptor()
            .await
            .with_context(|| format!("binding NRI_WORKER_BIND {}", settings.worker_bind))?;
        let address = acceptor
            .local_addr()
            .first()
            .and_then(|a| a.as_socket_addr().copied())
            .map(|a| a.to_string())
            .context("the probe listener has no socket address")?;
        Ok(Self {
            acceptor,
            address,
            probes: Probes {
                db,
                db_watch,
                metrics,
            },
            read,
            settings,
        })
    }

    /// The bound probe address, `host:port`.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Runs the worker until SIGTERM or Ctrl-C (the job in hand is finished
    /// first), answering probes until the worker has stopped.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let Self {
            acceptor,
            probes,
            read,
            settings,
            ..
        } = self;
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            crate::startup::shutdown_signal().await;
            let _ = stop_tx.send(true);
        });
        let (stopped_tx, stopped_rx) = tokio::sync::oneshot::channel::<()>();
        let mut worker = settings
            .worker(probes.db.clone())?
            .with_metrics(probes.metrics.clone());
        if let Some(read) = read {
            worker = worker.with_reader(read);
        }
        let app = Route::new()
            .at("/healthz", get(health::healthz))
            .at("/readyz", get(worker_readyz))
            .at("/metrics", get(worker_metrics))
            .data(probes);
        let server = tokio::spawn(
            Server::new_with_acceptor(acceptor).run_with_graceful_shutdown(
                app,
                async {
                    let _ = stopped_rx.await;
                },
                Some(Duration::from_secs(2)),
            ),
        );
        worker.run(stop_rx).await;
        let _ = stopped_tx.send(());
        server
            .await
            .context("the probe server's task")?
            .context("serving the probes")
    }
}

/// Ready when the database answers and every migration is applied.
#[handler]
async fn worker_readyz(probes: Data<&Probes>) -> Response {
    health::ready(&probes.db_watch, &probes.db).await
}

/// What this worker counted and the queue as the database holds it now.
#[handler]
async fn worker_metrics(probes: Data<&Probes>) -> Response {
    health::exposition(health::scrape(&probes.db_watch, &probes.db, &probes.metrics).await)
}
