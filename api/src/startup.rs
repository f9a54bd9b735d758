//! Building and running the application: `Application::build(settings)` binds
//! the listener (port 0 in tests), connects and migrates the database, and
//! wires the routes; `run_until_stopped` serves until SIGTERM or Ctrl-C.
use crate::authz::Authz;
use crate::boundary::{self, Params};
use crate::config::{Settings, WorkerMode};
use crate::db_watch::DbWatch;
use crate::middleware::{
    body_limit, catch_panic, compression, idempotency, metrics::Metrics, outage,
    rate_limit::RateLimiter, request_id, security_headers,
};
use crate::routes;
use crate::state::AppState;
use crate::web::{Web, client::ApiClient};
use anyhow::Context;
use poem::listener::{Acceptor, Listener, TcpAcceptor, TcpListener};
use poem::{EndpointExt, Route, Server, get};
use poem_openapi::OpenApiService;
use std::sync::Arc;
use std::time::Duration;

pub struct Application {
    acceptor: TcpAcceptor,
    port: u16,
    state: AppState,
}

/// How often the policy counter is read besides with each authenticated
/// request (anonymous decisions depend on the policy too, if seldom).
const POLICY_REFRESH: Duration = Duration::from_secs(10);

impl Application {
    pub async fn build(mut settings: Settings) -> anyhow::Result<Self> {
        // Mail settings that cannot work stop the start, naming the setting.
        let mailer = settings.outbound.mailer()?;
        let acceptor = TcpListener::bind(settings.bind.clone())
            .into_acceptor()
            .await
            .with_context(|| format!("binding {}", settings.bind))?;
        let bound = acceptor
            .local_addr()
            .first()
            .and_then(|a| a.as_socket_addr().copied());
        let port = bound.map(|a| a.port()).unwrap_or_default();
        // Links are absolute from the address actually bound (port 0 becomes
        // the port chosen) unless a public URL is set.
        if let (None, Some(addr)) = (&settings.outbound.public_url, bound) {
            settings.outbound.public_url = Some(format!("http://{addr}"));
        }
        tracing::info!(mail = %mailer.destination(), public_url = %settings.public_url(), "mail settings");
        let mut db =
            crate::db::Db::open(settings.database.database_url.expose(), crate::db::API_POOL)
                .await?;
        db.count_statements();
        crate::db::migrate(&db.write).await?;
        if let Some(secret) = &settings.bootstrap_token {
            crate::service::users::ensure_bootstrap(&db.write, secret).await?;
        }
        crate::auth::prepare_password_checks().await;
        // The policy is only read here: roles change through units of work.
        let authz = Authz::new(db.read.clone())
            .await
            .context("loading the access policy")?;
        let db_watch = DbWatch::start(
            settings.database.database_url.expose(),
            db.write.get_database_backend(),
        );
        let state = AppState {
            db_watch,
            authz,
            signups: RateLimiter::new(
                db.write.clone(),
                "signup",
                settings.signup_burst,
                Duration::from_secs(settings.signup_refill_secs),
            ),
            signins: RateLimiter::new(
                db.write.clone(),
                "signin",
                settings.signin_burst,
                Duration::from_secs(settings.signin_refill_secs),
            ),
            signin_addresses: RateLimiter::new(
                db.write.clone(),
                "signin_address",
                settings.signin_address_burst,
                Duration::from_secs(settings.signin_address_refill_secs),
            ),
            mailer,
            password_resets: RateLimiter::new(
                db.write.clone(),
                "password_reset",
                settings.password_reset_burst,
                Duration::from_secs(settings.password_reset_refill_secs),
            ),
            db,
            settings: Arc::new(settings),
            metrics: Metrics::new(),
            background: worker::metrics::WorkerMetrics::new(),
            caches: Arc::default(),
            verified: Default::default(),
        };
        state.background.watch_pool("api", &state.db.write);
        if state.db.read.get_database_backend() == sea_orm::DbBackend::Sqlite {
            state.background.watch_pool("api_read", &state.db.read);
        }
        Ok(Self {
            acceptor,
            port,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until SIGTERM or Ctrl-C, then drains requests for up to 10 s.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let state = self.state.clone();
        let refresher = tokio::spawn({
            let authz = state.authz.clone();
            async move {
                let mut tick = tokio::time::interval(POLICY_REFRESH);
                tick.tick().await;
                loop {
                    tick.tick().await;
                    if let Err(e) = authz.refresh().await {
                        tracing::warn!(error = %e, "reloading the access policy failed");
                    }
                }
            }
        });
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let worker = match state.settings.worker {
            WorkerMode::On => Some(spawn_worker(&state, stop_rx).await?),
            WorkerMode::Off => None,
        };
        let app = app(state);
        let result = Server::new_with_acceptor(self.acceptor)
            .run_with_graceful_shutdown(app, shutdown_signal(), Some(Duration::from_secs(10)))
            .await;
        let _ = stop_tx.send(true);
        if let Some(w) = worker {
            let _ = tokio::task::spawn_blocking(move || w.join()).await;
        }
        refresher.abort();
        result.context("serving")
    }
}

/// Starts the in-process worker on a thread and runtime of its own, so that
/// under heavy read load its jobs get the operating system's fair share of
/// the CPU instead of queueing behind every request task at each of their
/// awaits (freshness under load is the time of a few dozen such awaits). On
/// PostgreSQL it has a small pool of its own, because a connection belongs
/// to the runtime that opened it; on SQLite it writes through the process's
/// one writing connection (which runs on a thread of its own), so that the
/// process still has exactly one writer, and reads through reading
/// connections of its own (`db::WORKER_READERS`), so that its reads wait
/// neither for its own writes nor behind the read load's queue for the
/// API's readers, and an idle worker never takes the write lock.
async fn spawn_worker(
    state: &AppState,
    stop: tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<std::thread::JoinHandle<()>> {
    let shared = state.db.write.clone();
    let url = state.settings.database.database_url.expose().to_owned();
    let worker = state
        .settings
        .worker(shared.clone())?
        .with_metrics(state.background.clone());
    let metrics = state.background.clone();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("building the worker's runtime")?;
    let (ready, connected) = tokio::sync::oneshot::channel::<anyhow::Result<()>>();
    let thread = std::thread::Builder::new()
        .name("nri-worker".into())
        .spawn(move || {
            runtime.block_on(async move {
                let sqlite = shared.get_database_backend() == sea_orm::DbBackend::Sqlite;
                let opened = if sqlite {
                    crate::db::readers(&url, crate::db::WORKER_READERS)
                        .await
                        .map(|read| (read, None))
                } else {
                    crate::db::connect_with(&url, crate::db::WORKER_POOL)
                        .await
                        .map(|own| (None, Some(own)))
                };
                let (read, own) = match opened {
                    Ok(pools) => pools,
                    Err(e) => {
                        let _ = ready.send(Err(e.context("connecting the worker")));
                        return;
                    }
                };
                let mut worker = worker;
                if let Some(db) = &own {
                    metrics.watch_pool("worker", db);
                    worker = worker.with_db(db.clone());
                }
                if let Some(db) = &read {
                    metrics.watch_pool("worker_read", db);
                    worker = worker.with_reader(db.clone());
                }
                let _ = ready.send(Ok(()));
                worker.run(stop).await;
                for db in own.into_iter().chain(read) {
                    let _ = db.close().await;
                }
            })
        })
        .context("starting the worker's thread")?;
    connected
        .await
        .context("the worker's thread ended before it connected")??;
    Ok(thread)
}

/// The whole HTTP application: API, explorer, probes and the web pages.
pub fn app(state: AppState) -> impl poem::Endpoint {
    let api_service = api_service(&state);
    let spec = api_service.spec_endpoint();
    let explorer = api_service.swagger_ui();
    let params = Params::from_spec(&api_service.spec());
    // One API endpoint serves both HTTP clients and the pages, which call it
    // in-process; its parameters pass the boundary's checks before anything else.
    let api = ApiClient(Arc::new(
        api_service
            .around(idempotency::around)
            .around(outage::around)
            .around(boundary::around)
            .data(params)
            .data(state.clone())
            .map_to_response()
            .boxed(),
    ));
    let web = Web::new(api.clone(), &state.settings.public_url());
    let route = Route::new()
        .at("/api/v1/openapi.json", spec)
        .nest("/api/v1", api.0)
        .nest("/docs", explorer)
        .at("/healthz", get(routes::health::healthz))
        .at("/readyz", get(routes::health::readyz))
        .at("/metrics", get(routes::health::metrics));
    crate::web::routes(route)
        .around(body_limit::around)
        .data(web)
        .around(catch_panic::around)
        .around(request_id::around)
        // Outside request ids, so that problems rendered from errors are compressed too.
        .around(compression::around)
        // Outside request ids, which turn errors into responses: every answer gets them.
        .around(security_headers::around)
        // Outermost, so every layer above (request ids, metrics, idempotency) sees the state.
        .data(state)
}

/// The OpenAPI service: every route of `/api/v1` with its document.
fn api_service(state: &AppState) -> OpenApiService<impl poem_openapi::OpenApi, ()> {
    OpenApiService::new(routes::api(state), "NRI Registry", env!("CARGO_PKG_VERSION"))
        .description(
            "Registry and reporting system for the IGF's national, regional, sub-regional and youth initiatives (NRIs). \
             Errors are RFC 9457 problem documents; authenticate with `Authorization: Bearer <token>`.",
        )
        .server("/api/v1")
}

/// The OpenAPI document, as served at `/api/v1/openapi.json` (for `nri openapi`).
pub fn openapi_json(state: &AppState) -> String {
    api_service(state).spec()
}

/// Resolves on SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
