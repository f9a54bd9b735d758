//! Settings: defaults, then `NRI_*` environment variables, then command-line
//! flags (clap layers flags over the environment). Secrets are wrapped so they
//! never print.
use clap::Args;
use std::fmt;
use std::str::FromStr;

/// A value that must not appear in logs or `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self(s.to_owned()))
    }
}

/// Whether `serve` runs the background worker in the same process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WorkerMode {
    On,
    Off,
}

/// Where the service keeps its data; shared by every subcommand.
#[derive(Debug, Clone, Args)]
pub struct DatabaseSettings {
    /// Database URL: `sqlite://FILE?mode=rwc` (default) or `postgres://user@host/db`.
    #[arg(
        long,
        env = "NRI_DATABASE_URL",
        default_value = "sqlite://nri.db?mode=rwc"
    )]
    pub database_url: String,
}

/// Settings of the HTTP server.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    #[command(flatten)]
    pub database: DatabaseSettings,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, env = "NRI_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Its value becomes a valid API token of the first IGF Secretariat account.
    #[arg(long, env = "NRI_BOOTSTRAP_TOKEN", hide_env_values = true)]
    pub bootstrap_token: Option<Secret>,
    /// Run the background worker in this process.
    #[arg(long, env = "NRI_WORKER", value_enum, default_value = "on")]
    pub worker: WorkerMode,
    /// Days a new API token stays valid unless the request asks for less.
    #[arg(long, env = "NRI_TOKEN_TTL_DAYS", default_value_t = 90)]
    pub token_ttl_days: i64,
    /// Sign-ups allowed per client address in a burst; one more comes back every `signup_refill_secs`.
    #[arg(long, env = "NRI_SIGNUP_BURST", default_value_t = 10)]
    pub signup_burst: u32,
    #[arg(long, env = "NRI_SIGNUP_REFILL_SECS", default_value_t = 60)]
    pub signup_refill_secs: u64,
    /// Password sign-ins allowed in a burst from one client address to one
    /// account; one more comes back every `signin_refill_secs`. Keyed by
    /// address and account together, so that guessing from one address never
    /// locks the account's owner out elsewhere.
    #[arg(long, env = "NRI_SIGNIN_BURST", default_value_t = 10)]
    pub signin_burst: u32,
    #[arg(long, env = "NRI_SIGNIN_REFILL_SECS", default_value_t = 30)]
    pub signin_refill_secs: u64,
    /// Password sign-ins allowed in a burst from one client address, whatever
    /// the account; one more comes back every `signin_address_refill_secs`.
    #[arg(long, env = "NRI_SIGNIN_ADDRESS_BURST", default_value_t = 50)]
    pub signin_address_burst: u32,
    #[arg(long, env = "NRI_SIGNIN_ADDRESS_REFILL_SECS", default_value_t = 6)]
    pub signin_address_refill_secs: u64,
    #[command(flatten)]
    pub outbound: OutboundSettings,
}

/// The worker's settings (outbound requests, feed links, leases): shared by `serve` and `worker`.
#[derive(Debug, Clone, Args)]
pub struct OutboundSettings {
    /// Let webhooks and website checks reach loopback addresses (tests and local use only).
    #[arg(long, env = "NRI_OUTBOUND_ALLOW_LOOPBACK", default_value_t = false)]
    pub outbound_allow_loopback: bool,
    /// The public base URL, for absolute links in feeds.
    #[arg(long, env = "NRI_PUBLIC_URL", default_value = "http://127.0.0.1:8080")]
    pub public_url: String,
    /// Seconds a claimed job stays a worker's before others may take it over.
    #[arg(long, env = "NRI_WORKER_LEASE_SECS", default_value_t = worker::LEASE_SECS)]
    pub lease_secs: i64,
}

impl OutboundSettings {
    /// Where outbound requests may go.
    pub fn guard(&self) -> worker::guard::GuardPolicy {
        worker::guard::GuardPolicy {
            allow_loopback: self.outbound_allow_loopback,
        }
    }

    /// A worker configured with these settings.
    pub fn worker(&self, db: sea_orm::DatabaseConnection) -> worker::Worker {
        worker::Worker::new(db)
            .with_guard(self.guard())
            .with_public_url(&self.public_url)
            .with_lease(chrono::Duration::seconds(self.lease_secs.max(1)))
    }
}

impl Settings {
    /// Settings for a process that serves on `bind` with the given database.
    pub fn new(database_url: impl Into<String>, bind: impl Into<String>) -> Self {
        Self {
            database: DatabaseSettings {
                database_url: database_url.into(),
            },
            bind: bind.into(),
            bootstrap_token: None,
            worker: WorkerMode::On,
            token_ttl_days: 90,
            signup_burst: 10,
            signup_refill_secs: 60,
            signin_burst: 10,
            signin_refill_secs: 30,
            signin_address_burst: 50,
            signin_address_refill_secs: 6,
            outbound: OutboundSettings {
                outbound_allow_loopback: false,
                public_url: "http://127.0.0.1:8080".into(),
                lease_secs: worker::LEASE_SECS,
            },
        }
    }
}
