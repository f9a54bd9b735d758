//! What every handler shares: the database pool, the authoriser, settings and metrics.
use crate::auth::{Caller, User};
use crate::authz::Authz;
use crate::config::Settings;
use crate::db::Db;
use crate::db_watch::DbWatch;
use crate::http::cache::ResponseCaches;
use crate::middleware::metrics::Metrics;
use crate::middleware::rate_limit::RateLimiter;
use crate::problem::ApiError;
use crate::service::tokens::{self, VerifiedTokens};
use crate::service::versions::Versions;
use crate::service::{Reader, Unit};
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    /// Reads go to `db.read`, anything that writes to `db.write` (see `db::Db`).
    pub db: Db,
    /// Whether the database answers (a watchdog's view; always yes on SQLite).
    pub db_watch: DbWatch,
    pub authz: Authz,
    pub settings: Arc<Settings>,
    pub metrics: Metrics,
    /// Background work's metrics: the in-process worker counts into them.
    pub background: worker::metrics::WorkerMetrics,
    /// Rendered and stored responses, revalidated against what they depend on.
    pub caches: Arc<ResponseCaches>,
    pub signups: RateLimiter,
    /// Password sign-ins, keyed by client address and e-mail address together.
    pub signins: RateLimiter,
    /// Password sign-ins, keyed by client address alone.
    pub signin_addresses: RateLimiter,
    /// Bearer tokens verified recently (see `service::tokens`).
    pub verified: VerifiedTokens,
    /// How this process composes mail (the messages it queues, e.g. invitations).
    pub mailer: worker::mail::Mailer,
    /// Password reset requests, keyed by client address and by e-mail address.
    pub password_resets: RateLimiter,
}

impl AppState {
    /// Resolves a bearer secret to its user. First reads the shared counters
    /// (one query): a role change or a revocation made through any API
    /// process holds here from this request on.
    pub async fn authenticate(&self, secret: &str) -> Result<User, ApiError> {
        let seen = Versions::read(&self.db.read).await?;
        self.authz
            .follow(seen.policy)
            .await
            .map_err(ApiError::Internal)?;
        tokens::authenticate(&self.db, &self.verified, seen.tokens, secret).await
    }

    /// Begins a unit of work for `caller` (see `service`).
    pub async fn unit(&self, caller: &Caller) -> Result<Unit, ApiError> {
        Unit::begin(&self.db.write, &self.authz, caller).await
    }

    /// What a read by `caller` needs (see `service`).
    pub fn reader<'a>(&'a self, caller: &'a Caller) -> Reader<'a> {
        Reader {
            db: &self.db.read,
            authz: &self.authz,
            caller,
        }
    }
}
