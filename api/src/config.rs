//! Settings from one source. `Settings::default()` holds every default;
//! `Settings::load` layers on them an optional TOML file (`NRI_CONFIG` or
//! `--config`), then `NRI_*` environment variables, then command-line flags,
//! with figment (as lldap does). Keys are the variables' names without
//! `NRI_`, lower-case (`database_url`, `bind`, `public_url`, …). A key that
//! is not a setting is warned about, naming the nearest one that is. Secrets
//! (the bootstrap token, a database URL's password) are wrapped so that
//! `Debug`, `Serialize` and logs never show them.
use clap::Args;
use figment::Figment;
use figment::providers::{Format, Serialized, Toml};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// A value that must not appear in logs, `Debug` or serialised output.
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

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self)
    }
}

/// Serialises as `…`: whatever serialises settings never learns the secret.
impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str("…")
    }
}

/// A database URL, which may hold a password: `Debug` and `Serialize` show
/// it with the password replaced by `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The URL as it may be logged.
    pub fn redacted(&self) -> String {
        crate::db::redact(&self.0)
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", self.redacted())
    }
}

impl<'de> Deserialize<'de> for DatabaseUrl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self)
    }
}

impl Serialize for DatabaseUrl {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.redacted())
    }
}

/// Whether `serve` runs the background worker in the same process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WorkerMode {
    On,
    Off,
}

/// Where the service keeps its data; every subcommand needs it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct DatabaseSettings {
    pub database_url: DatabaseUrl,
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        Self {
            database_url: DatabaseUrl::new("sqlite://nri.db?mode=rwc"),
        }
    }
}

/// Every setting of the service. The defaults are in `Default` and nowhere
/// else; the README's configuration table lists exactly these keys (a test
/// checks it).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    #[serde(flatten)]
    pub database: DatabaseSettings,
    /// The listen address.
    pub bind: String,
    /// Its value becomes a valid API token of the first IGF Secretariat account.
    pub bootstrap_token: Option<Secret>,
    /// Run the background worker in this process.
    pub worker: WorkerMode,
    /// Where `nri worker` serves `/healthz`, `/readyz` and `/metrics`.
    pub worker_bind: String,
    /// Days a new API token stays valid unless the request asks for less.
    pub token_ttl_days: i64,
    /// Sign-ups allowed per client address in a burst; one more comes back
    /// every `signup_refill_secs`.
    pub signup_burst: u32,
    pub signup_refill_secs: u64,
    /// Password sign-ins allowed in a burst from one client address to one
    /// account; one more comes back every `signin_refill_secs`. Keyed by
    /// address and account together, so that guessing from one address never
    /// locks the account's owner out elsewhere.
    pub signin_burst: u32,
    pub signin_refill_secs: u64,
    /// Password sign-ins allowed in a burst from one client address, whatever
    /// the account; one more comes back every `signin_address_refill_secs`.
    pub signin_address_burst: u32,
    pub signin_address_refill_secs: u64,
    /// Password reset requests allowed in a burst, per client address and
    /// per e-mail address (and requests for a new e-mail verification link,
    /// per account); one more comes back every `password_reset_refill_secs`.
    pub password_reset_burst: u32,
    pub password_reset_refill_secs: u64,
    #[serde(flatten)]
    pub outbound: OutboundSettings,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            database: DatabaseSettings::default(),
            bind: "127.0.0.1:8080".into(),
            bootstrap_token: None,
            worker: WorkerMode::On,
            worker_bind: "127.0.0.1:9091".into(),
            token_ttl_days: 90,
            signup_burst: 10,
            signup_refill_secs: 60,
            signin_burst: 10,
            signin_refill_secs: 30,
            signin_address_burst: 50,
            signin_address_refill_secs: 6,
            password_reset_burst: 5,
            password_reset_refill_secs: 300,
            outbound: OutboundSettings::default(),
        }
    }
}

/// The worker's settings (outbound requests and mail, links, leases): shared by `serve` and `worker`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct OutboundSettings {
    /// Let webhooks and website checks reach loopback addresses (tests and local use only).
    pub outbound_allow_loopback: bool,
    /// The public base URL, for absolute links in feeds and mail; `None`:
    /// `http://` + the address the server is bound to.
    pub public_url: Option<String>,
    /// Seconds a claimed job stays a worker's before others may take it over.
    #[serde(rename = "worker_lease_secs")]
    pub lease_secs: i64,
    /// Seconds a job in hand may still take after SIGTERM before the worker
    /// releases it (to the next worker) and exits.
    #[serde(rename = "worker_grace_secs")]
    pub grace_secs: u64,
    /// The SMTP relay, in lettre's URL forms (`smtps://user:pass@host:465`,
    /// `smtp://user:pass@host:587?tls=required`, `smtp://127.0.0.1:2525`);
    /// `None`: messages are written as `.eml` files into `mail_dir`.
    pub smtp_url: Option<Secret>,
    /// The `From` of every message.
    pub mail_from: String,
    /// Where messages are written without an SMTP relay.
    pub mail_dir: PathBuf,
}

impl Default for OutboundSettings {
    fn default() -> Self {
        Self {
            outbound_allow_loopback: false,
            public_url: None,
            lease_secs: worker::LEASE_SECS,
            grace_secs: worker::GRACE_SECS,
            smtp_url: None,
            mail_from: "NRI Registry <registry@localhost>".into(),
            mail_dir: PathBuf::from("mail"),
        }
    }
}

impl OutboundSettings {
    /// Where outbound requests may go.
    pub fn guard(&self) -> worker::guard::GuardPolicy {
        worker::guard::GuardPolicy {
            allow_loopback: self.outbound_allow_loopback,
        }
    }

    /// How mail leaves; an error names the setting that cannot work.
    pub fn mailer(&self) -> Result<worker::mail::Mailer, worker::mail::SetupError> {
        worker::mail::Mailer::new(
            self.smtp_url.as_ref().map(Secret::expose),
            &self.mail_from,
            &self.mail_dir,
        )
    }
}

impl Settings {
    /// The base of absolute links: `public_url`, or `http://` + the bind address.
    pub fn public_url(&self) -> String {
        match &self.outbound.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.bind),
        }
    }

    /// A worker configured with these settings.
    pub fn worker(&self, db: sea_orm::DatabaseConnection) -> anyhow::Result<worker::Worker> {
        Ok(worker::Worker::new(db)
            .with_guard(self.outbound.guard())
            .with_public_url(&self.public_url())
            .with_mailer(self.outbound.mailer()?)
            .with_lease(chrono::Duration::seconds(self.outbound.lease_secs.max(1)))
            .with_grace(std::time::Duration::from_secs(self.outbound.grace_secs)))
    }
}

/// `NRI_*` variables that are read elsewhere and are not settings.
const OTHER_VARIABLES: &[&str] = &[
    // The settings file itself, read before the settings.
    "config",
    // Read before the settings, so that loading them can already log.
    "log_format",
    // `nri admin create-user`'s password, so that it stays out of the shell history.
    "password",
    // The test suite's and CI's database servers (the binary runs under them).
    "test_database_url",
    // The codings the test suite asks for (`tests/api/helpers.rs`).
    "test_accept_encoding",
    "ci_database_url",
    // The load benchmark's PostgreSQL (tests/bench/load.sh).
    "bench_pg_url",
];

/// Settings given on the command line; each overrides the file and the
/// environment. Defaults are not repeated here: see `Settings::default()`.
#[derive(Debug, Clone, Default, Args, Serialize)]
pub struct Flags {
    /// A TOML file of settings (keys: the variables' names without `NRI_`, lower-case) [env: NRI_CONFIG].
    #[arg(long)]
    #[serde(skip)]
    pub config: Option<PathBuf>,
    /// Database URL: `sqlite://FILE?mode=rwc` or `postgres://user:pass@host/db` [env: NRI_DATABASE_URL].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    /// Listen address [env: NRI_BIND].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
    /// Makes its value a valid token of the first IGF Secretariat account [env: NRI_BOOTSTRAP_TOKEN].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bootstrap_token: Option<String>,
    /// Run the background worker in this process [env: NRI_WORKER].
    #[arg(long, value_enum)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker: Option<WorkerMode>,
    /// Where `nri worker` serves its probes and metrics [env: NRI_WORKER_BIND].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_bind: Option<String>,
    /// Longest lifetime of a personal API token, in days [env: NRI_TOKEN_TTL_DAYS].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_ttl_days: Option<i64>,
    /// Sign-ups per client address in a burst [env: NRI_SIGNUP_BURST].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signup_burst: Option<u32>,
    /// Seconds until one more sign-up is allowed [env: NRI_SIGNUP_REFILL_SECS].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signup_refill_secs: Option<u64>,
    /// Password sign-ins in a burst [env: NRI_SIGNIN_BURST].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signin_burst: Option<u32>,
    /// Seconds until one more sign-in is allowed [env: NRI_SIGNIN_REFILL_SECS].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signin_refill_secs: Option<u64>,
    /// Password sign-ins from one address in a burst, whatever the account [env: NRI_SIGNIN_ADDRESS_BURST].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signin_address_burst: Option<u32>,
    /// Seconds until one more sign-in from that address is allowed [env: NRI_SIGNIN_ADDRESS_REFILL_SECS].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signin_address_refill_secs: Option<u64>,
    /// Let webhooks and website checks reach loopback addresses [env: NRI_OUTBOUND_ALLOW_LOOPBACK].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outbound_allow_loopback: Option<bool>,
    /// Base of absolute links in feeds and mail; default `http://` + the bind address [env: NRI_PUBLIC_URL].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// Where messages are written without an SMTP relay [env: NRI_MAIL_DIR].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail_dir: Option<PathBuf>,
    /// Seconds a claimed job stays a worker's [env: NRI_WORKER_LEASE_SECS].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_lease_secs: Option<i64>,
    /// Seconds a job in hand may take after SIGTERM before it is released [env: NRI_WORKER_GRACE_SECS].
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_grace_secs: Option<u64>,
}

impl Settings {
    /// Settings for a process that serves on `bind` with the given database
    /// (tests and tools), every other setting at its default.
    pub fn new(database_url: impl Into<String>, bind: impl Into<String>) -> Self {
        Self {
            database: DatabaseSettings {
                database_url: DatabaseUrl::new(database_url),
            },
            bind: bind.into(),
            ..Self::default()
        }
    }

    /// Defaults < the file named by `--config` or `NRI_CONFIG` < `NRI_*`
    /// variables < flags. Returns the settings and a warning for each key
    /// that is not a setting.
    pub fn load(flags: &Flags) -> anyhow::Result<(Self, Vec<String>)> {
        let file = flags
            .config
            .clone()
            .or_else(|| std::env::var_os("NRI_CONFIG").map(PathBuf::from));
        Self::load_from(file.as_deref(), std::env::vars(), flags)
    }

    /// `load` with the environment given, for tests.
    pub fn load_from(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
        flags: &Flags,
    ) -> anyhow::Result<(Self, Vec<String>)> {
        let known = Self::keys();
        let mut warnings = Vec::new();
        let mut figment = Figment::from(Serialized::defaults(Self::default()));
        if let Some(path) = file {
            anyhow::ensure!(
                path.is_file(),
                "the settings file {} does not exist",
                path.display()
            );
            let keys: std::collections::BTreeMap<String, figment::value::Value> =
                Figment::from(Toml::file_exact(path)).extract()?;
            for key in keys.keys().filter(|k| !known.contains(k.as_str())) {
                warnings.push(format!(
                    "`{key}` in {} is not a setting{}",
                    path.display(),
                    nearest(key, &known)
                        .map_or(String::new(), |k| format!("; did you mean `{k}`?"))
                ));
            }
            figment = figment.merge(Toml::file_exact(path));
        }
        let mut vars = Vec::new();
        for (name, value) in env {
            let Some(key) = name.strip_prefix("NRI_").map(str::to_ascii_lowercase) else {
                continue;
            };
            if known.contains(key.as_str()) {
                vars.push((key, value));
            } else if !OTHER_VARIABLES.contains(&key.as_str()) {
                warnings.push(format!(
                    "the environment variable {name} is not a setting{}",
                    nearest(&key, &known).map_or(String::new(), |k| format!(
                        "; did you mean NRI_{}?",
                        k.to_ascii_uppercase()
                    ))
                ));
            }
        }
        // Values parsed as figment's own environment provider parses them
        // (`10` a number, `true` a boolean, anything else a string).
        let env: figment::value::Dict = vars
            .into_iter()
            .map(|(k, v)| (k, v.trim().parse().expect("infallible")))
            .collect();
        let settings = figment
            .merge(Serialized::defaults(env))
            .merge(Serialized::defaults(flags))
            .extract::<Self>()
            .map_err(|e| anyhow::anyhow!("invalid settings: {e}"))?;
        Ok((settings, warnings))
    }

    /// Every setting's key (a variable's name without `NRI_`, lower-case).
    pub fn keys() -> BTreeSet<String> {
        match serde_json::to_value(Self::default()) {
            Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
            _ => BTreeSet::new(),
        }
    }
}

/// The known key closest to a misspelt one, when it is close enough to be meant.
fn nearest<'a>(key: &str, known: &'a BTreeSet<String>) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(key, k), k))
        .filter(|(d, k)| *d <= 3.max(k.len() / 4))
        .min()
        .map(|(_, k)| k.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_file_is_overridden_by_the_environment_and_the_environment_by_flags() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("nri.toml");
        std::fs::write(
            &file,
            "bind = \"0.0.0.0:1\"\nsignup_burst = 3\nworker = \"off\"\npublic_url = \"https://file.example\"\n",
        )
        .unwrap();
        let flags = Flags {
            bind: Some("0.0.0.0:3".into()),
            ..Flags::default()
        };
        let (s, warnings) = Settings::load_from(
            Some(&file),
            env(&[
                ("NRI_BIND", "0.0.0.0:2"),
                ("NRI_SIGNUP_BURST", "4"),
                ("NRI_DATABASE_URL", "postgres://u:pw@db/nri"),
                ("PATH", "/bin"),
            ]),
            &flags,
        )
        .unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(s.bind, "0.0.0.0:3", "a flag beats the environment");
        assert_eq!(s.signup_burst, 4, "the environment beats the file");
        assert_eq!(s.worker, WorkerMode::Off, "the file beats the default");
        assert_eq!(s.public_url(), "https://file.example");
        assert_eq!(s.signin_burst, 10, "the default where nothing is said");
        assert_eq!(s.database.database_url.expose(), "postgres://u:pw@db/nri");
    }

    #[test]
    fn unknown_keys_are_warned_about_with_the_nearest_setting() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("nri.toml");
        std::fs::write(&file, "pubilc_url = \"https://x.example\"\n").unwrap();
        let (s, warnings) = Settings::load_from(
            Some(&file),
            env(&[
                ("NRI_DATABSE_URL", "postgres://db/nri"),
                ("NRI_ZZZ", "1"),
                ("NRI_LOG_FORMAT", "json"),
                ("NRI_PASSWORD", "not a setting but known"),
            ]),
            &Flags::default(),
        )
        .unwrap();
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(
            warnings[0].contains("did you mean `public_url`"),
            "{warnings:?}"
        );
        assert!(
            warnings[1].contains("NRI_DATABSE_URL") && warnings[1].contains("NRI_DATABASE_URL?")
        );
        assert!(warnings[2].contains("NRI_ZZZ") && !warnings[2].contains("did you mean"));
        assert_eq!(
            s.database.database_url.expose(),
            Settings::default().database.database_url.expose(),
            "a misspelt variable changes nothing"
        );
    }

    #[test]
    fn bad_values_and_missing_files_are_errors() {
        let e = Settings::load_from(
            None,
            env(&[("NRI_SIGNUP_BURST", "many")]),
            &Flags::default(),
        )
        .unwrap_err();
        assert!(e.to_string().contains("signup_burst"), "{e}");
        let missing = Path::new("/nonexistent/nri.toml");
        assert!(Settings::load_from(Some(missing), env(&[]), &Flags::default()).is_err());
    }

    #[test]
    fn the_public_url_defaults_to_the_bind_address() {
        let (s, _) = Settings::load_from(
            None,
            env(&[("NRI_BIND", "0.0.0.0:9000")]),
            &Flags::default(),
        )
        .unwrap();
        assert_eq!(s.public_url(), "http://0.0.0.0:9000");
        let (s, _) = Settings::load_from(
            None,
            env(&[("NRI_PUBLIC_URL", "https://nri.example/")]),
            &Flags::default(),
        )
        .unwrap();
        assert_eq!(s.public_url(), "https://nri.example");
    }

    #[test]
    fn secrets_never_print() {
        let mut s = Settings::new("postgres://nri:hunter2@db/nri", "127.0.0.1:0");
        s.bootstrap_token = Some(Secret::new("bootstrap-secret-value"));
        s.outbound.smtp_url = Some(Secret::new("smtps://mailer:smtp-secret@mail.example:465"));
        let shown = format!("{s:?} {}", serde_json::to_string(&s).unwrap());
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(!shown.contains("bootstrap-secret-value"), "{shown}");
        assert!(!shown.contains("smtp-secret"), "{shown}");
        assert!(shown.contains("postgres://nri:***@db/nri"), "{shown}");
    }

    /// The README's configuration table names exactly the settings there are
    /// (plus the variables read outside them: the file, the log format and
    /// `nri admin create-user`'s password), with their defaults.
    #[test]
    fn the_readme_lists_exactly_the_settings() {
        let readme = include_str!("../../README.md");
        let table = readme
            .split("## Configuration")
            .nth(1)
            .expect("a Configuration section")
            .split("\n## ")
            .next()
            .unwrap_or_default();
        let defaults = serde_json::to_value(Settings::default()).unwrap();
        let mut listed = BTreeSet::new();
        for row in table.lines().filter(|l| l.starts_with("| `")) {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let names: Vec<&str> = cells[1].split(", ").map(|n| n.trim_matches('`')).collect();
            let values: Vec<&str> = cells[2].split(", ").map(|v| v.trim_matches('`')).collect();
            for (i, name) in names.iter().enumerate() {
                let Some(key) = name.strip_prefix("NRI_").map(str::to_ascii_lowercase) else {
                    continue;
                };
                if let Some(default) = defaults.get(&key).filter(|d| !d.is_null()) {
                    let default = default
                        .as_str()
                        .map_or_else(|| default.to_string(), str::to_owned);
                    assert_eq!(values.get(i).copied(), Some(default.as_str()), "{name}");
                }
                listed.insert(key);
            }
        }
        let mut expected = Settings::keys();
        expected.extend(["config", "log_format", "password"].map(String::from));
        assert_eq!(listed, expected);
    }
}
