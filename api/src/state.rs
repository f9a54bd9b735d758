//! What every handler shares: the database pool, the authoriser, settings and metrics.
use crate::authz::Authz;
use crate::config::Settings;
use crate::middleware::metrics::Metrics;
use crate::middleware::rate_limit::RateLimiter;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub authz: Authz,
    pub settings: Arc<Settings>,
    pub metrics: Metrics,
    pub signups: RateLimiter,
    /// Password sign-ins, keyed by client address and e-mail address together.
    pub signins: RateLimiter,
    /// Password sign-ins, keyed by client address alone.
    pub signin_addresses: RateLimiter,
}
