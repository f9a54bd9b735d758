//! `spawn_app()` and the typed client the tests use.
use nri_api::config::{Secret, Settings, WorkerMode};
use nri_api::startup::Application;
use reqwest::{Method, StatusCode};
use sea_orm::{ConnectionTrait, Database};
use serde_json::{Value, json};

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    /// A token of the IGF Secretariat (the bootstrap account).
    pub igf: String,
    pub database_url: String,
    /// The server's own state (same process): its database pool and authoriser.
    pub state: nri_api::state::AppState,
    pg_cleanup: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

/// The answer to a request, read once.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Reply {
    pub fn etag(&self) -> String {
        self.headers
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .expect("an ETag header")
            .to_owned()
    }

    /// The `field`s of a validation problem.
    pub fn fields(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| e["field"].as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

/// `NRI_TEST_ACCEPT_ENCODING` (e.g. `br, gzip`): sent as `Accept-Encoding`
/// with every request `TestApp::send` makes (and its helpers), which decode
/// the answers, so that any module's tests run against compressed responses
/// (`ETag`s naming a coding included).
fn accepted_codings() -> Option<String> {
    std::env::var("NRI_TEST_ACCEPT_ENCODING")
        .ok()
        .filter(|v| !v.is_empty())
}

/// `body` decoded from `coding` (its `Content-Encoding`: none, `br` or `gzip`).
pub fn decode(coding: Option<&str>, body: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    match coding {
        None => out.extend_from_slice(body),
        Some("br") => {
            brotli::Decompressor::new(body, 4096)
                .read_to_end(&mut out)
                .expect("a Brotli stream");
        }
        Some("gzip") => {
            flate2::read::GzDecoder::new(body)
                .read_to_end(&mut out)
                .expect("a gzip stream");
        }
        Some(other) => panic!("unexpected Content-Encoding {other}"),
    }
    out
}

/// How long `eventually` polls (webhook retries with back-off take the longest).
pub const DEADLINE: std::time::Duration = std::time::Duration::from_secs(30);

/// Polls `check` until it returns `Some`, failing after `DEADLINE`.
pub async fn eventually<T, F, Fut>(what: &str, check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    eventually_within(DEADLINE, what, check).await
}

/// Polls `check` until it returns `Some`, failing after `deadline` (for the
/// few waits that are longer than `DEADLINE` by nature, e.g. a thousand jobs).
pub async fn eventually_within<T, F, Fut>(
    deadline: std::time::Duration,
    what: &str,
    mut check: F,
) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = std::time::Instant::now();
    loop {
        if let Some(v) = check().await {
            return v;
        }
        assert!(start.elapsed() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    // The first test's log writer serves them all, for the whole run.
    static LOGS: std::sync::OnceLock<nri_api::telemetry::Flush> = std::sync::OnceLock::new();
    LOGS.get_or_init(|| nri_api::telemetry::init("warn"));
    // The app's own folder: its SQLite database, and the `.eml` files its
    // worker writes (never the working directory's `mail/`).
    let dir = tempfile::tempdir().expect("temp dir");
    let (database_url, pg_cleanup) = match std::env::var("NRI_TEST_DATABASE_URL") {
        Ok(base) if !base.is_empty() => {
            let name = format!("nri_test_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(&base)
                .await
                .expect("connect to NRI_TEST_DATABASE_URL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create a test database");
            admin.close().await.ok();
            let root = base.rsplit_once('/').map(|(r, _)| r).unwrap_or(&base);
            (format!("{root}/{name}"), Some((base.clone(), name)))
        }
        _ => {
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("nri.db").display());
            (url, None)
        }
    };
    let igf = format!("nri_test_bootstrap_{}", uuid::Uuid::new_v4().simple());
    let mut settings = Settings::new(database_url.clone(), "127.0.0.1:0");
    settings.bootstrap_token = Some(Secret::new(igf.clone()));
    settings.worker = WorkerMode::Off;
    settings.outbound.mail_dir = dir.path().join("mail");
    configure(&mut settings);
    let app = Application::build(settings)
        .await
        .expect("the application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        client: reqwest::Client::builder().build().expect("client"),
        igf,
        database_url,
        state,
        pg_cleanup,
        _dir: Some(dir),
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Drop the PostgreSQL database on a thread of its own: Drop cannot await.
        if let Some((base, name)) = self.pg_cleanup.take() {
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build();
                if let Ok(rt) = rt {
                    rt.block_on(async {
                        if let Ok(admin) = Database::connect(&base).await {
                            let _ = admin
                                .execute_unprepared(&format!(
                                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                                ))
                                .await;
                            let _ = admin.close().await;
                        }
                    });
                }
            })
            .join();
        }
    }
}

/// The password of the accounts the tests make.
pub const PASSWORD: &str = "a long enough password";

/// A signed-up user with a token.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub token: String,
}

impl TestApp {
    /// The same database and bootstrap token, with requests sent to the
    /// server at `address` instead (another process on this database).
    pub fn via(&self, address: &str) -> TestApp {
        TestApp {
            address: address.trim_end_matches('/').to_owned(),
            client: self.client.clone(),
            igf: self.igf.clone(),
            database_url: self.database_url.clone(),
            state: self.state.clone(),
            pg_cleanup: None,
            _dir: None,
        }
    }

    /// A second application on this database, as another API process would
    /// be: its own pool, policy, caches and rate-limit settings' state.
    pub async fn twin(&self) -> TestApp {
        let mut settings = Settings::new(self.database_url.clone(), "127.0.0.1:0");
        settings.bootstrap_token = Some(Secret::new(self.igf.clone()));
        settings.worker = WorkerMode::Off;
        let app = Application::build(settings)
            .await
            .expect("the second application builds");
        let address = format!("http://127.0.0.1:{}", app.port());
        let state = app.state().clone();
        tokio::spawn(app.run_until_stopped());
        let mut twin = self.via(&address);
        twin.state = state;
        twin
    }

    /// `/api/v1` + `path`, except for root paths (probes, explorer) and full `/api/...` paths.
    pub fn url(&self, path: &str) -> String {
        let root = path.starts_with("/api/")
            || path.starts_with("/docs")
            || ["/", "/healthz", "/readyz", "/metrics"].contains(&path);
        if root {
            format!("{}{path}", self.address)
        } else {
            format!("{}/api/v1{path}", self.address)
        }
    }

    /// A web page's address.
    pub fn page(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Makes an account the IGF Secretariat, as `nri admin create-user
    /// --igf-secretariat` would, and has the server see it at once.
    pub async fn make_igf_secretariat(&self, user_id: i64) {
        self.state
            .db
            .write
            .execute_unprepared(&format!(
                "UPDATE users SET platform_role = 'igf_secretariat' WHERE id = {user_id}"
            ))
            .await
            .expect("promote the reviewer");
        self.state.authz.reload().await.expect("reload the policy");
    }

    /// Sends a request; `token` is a bearer secret, `headers` extra headers.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut req = self.client.request(method, self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let asks_coding = headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("accept-encoding"));
        if let Some(codings) = accepted_codings().filter(|_| !asks_coding) {
            req = req.header("accept-encoding", codings);
        }
        let resp = req.send().await.expect("the server answers");
        let status = resp.status();
        let headers = resp.headers().clone();
        let raw = resp.bytes().await.unwrap_or_default();
        let coding = headers
            .get("content-encoding")
            .and_then(|v| v.to_str().ok());
        let text = String::from_utf8_lossy(&decode(coding, &raw)).into_owned();
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Reply {
        self.send(Method::GET, path, token, None, &[]).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> Reply {
        self.send(Method::POST, path, token, Some(&body), &[]).await
    }

    pub async fn put(&self, path: &str, token: Option<&str>, body: Value) -> Reply {
        self.send(Method::PUT, path, token, Some(&body), &[]).await
    }

    pub async fn delete(&self, path: &str, token: Option<&str>) -> Reply {
        self.send(Method::DELETE, path, token, None, &[]).await
    }

    /// PUT or PATCH with `If-Match`.
    pub async fn write_if_match(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        etag: &str,
        body: Value,
    ) -> Reply {
        self.send(method, path, token, Some(&body), &[("if-match", etag)])
            .await
    }

    /// Signs up and gets a token with e-mail and password. The sign-up
    /// queues a message confirming the address: where a test counts the
    /// mail an account receives, make it with [`TestApp::confirmed_account`].
    pub async fn sign_up(&self, email: &str, name: &str) -> Account {
        let r = self
            .post(
                "/users",
                None,
                json!({ "email": email, "name": name, "password": PASSWORD }),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::CREATED,
            "sign-up of {email}: {:?}",
            r.body
        );
        self.signed_in(email).await
    }

    /// An account made as `nri admin create-user` makes one, its address
    /// confirmed (so no message confirming it is sent), with the password
    /// sign-up gives and a token.
    pub async fn confirmed_account(&self, email: &str, name: &str) -> Account {
        use nri_api::service::users::{NewAccount, create};
        let hash = nri_api::auth::hash_password(PASSWORD.to_owned())
            .await
            .expect("a password hash");
        let operator = nri_api::auth::Caller {
            principal: nri_api::auth::Principal::Anonymous,
            request_id: format!("cli-{}", uuid::Uuid::new_v4()),
        };
        let mut uow = self.state.unit(&operator).await.expect("a unit");
        let parsed = nri_api::domain::Email::parse(email).expect("an e-mail address");
        create(
            &mut uow,
            NewAccount {
                email: &parsed,
                name,
                password_hash: Some(hash),
                platform_role: None,
                email_confirmed: true,
                locale: None,
            },
        )
        .await
        .expect("the account is created");
        uow.commit().await.expect("the account is committed");
        self.signed_in(email).await
    }

    /// A token for `email` signing in with the password of [`TestApp::sign_up`].
    pub async fn signed_in(&self, email: &str) -> Account {
        let t = self
            .post(
                "/tokens",
                None,
                json!({ "email": email, "password": PASSWORD, "name": "tests" }),
            )
            .await;
        assert_eq!(
            t.status,
            StatusCode::CREATED,
            "token for {email}: {:?}",
            t.body
        );
        let token = t.body["secret"].as_str().expect("secret").to_owned();
        // Sign-up does not say which account it made (it answers the same
        // for an address that had one): the account says who it is.
        let me = self.get("/me", Some(&token)).await;
        Account {
            id: me.body["id"].as_i64().expect("user id"),
            email: email.to_owned(),
            token,
        }
    }

    /// Registers an initiative for `token` and asserts it was created.
    pub async fn register(&self, token: &str, body: Value) -> Reply {
        let r = self.post("/initiatives", Some(token), body).await;
        assert_eq!(r.status, StatusCode::CREATED, "register: {:?}", r.body);
        r
    }

    /// The IGF Secretariat records a status decision.
    pub async fn decide(&self, slug: &str, status: &str) -> Reply {
        let r = self
            .post(
                &format!("/initiatives/{slug}/recognition/decisions"),
                Some(&self.igf),
                json!({ "status": status, "reason": "reviewed against the recognition criteria" }),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "decision: {:?}", r.body);
        r
    }

    /// Gives `user` (id or e-mail) `role` in `slug`, as `token`.
    pub async fn grant(&self, slug: &str, token: &str, user: &str, role: &str) -> Reply {
        self.put(
            &format!("/initiatives/{slug}/members/{user}"),
            Some(token),
            json!({ "role": role }),
        )
        .await
    }

    /// `nri export` of this app's database with `args`, into a file; its text.
    pub async fn export(&self, args: &[&str]) -> String {
        use clap::Parser;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.out");
        let mut argv = vec![
            "nri",
            "export",
            "--database-url",
            &self.database_url,
            "--output",
            path.to_str().unwrap(),
        ];
        argv.extend_from_slice(args);
        nri_api::cli::run(nri_api::cli::Cli::parse_from(argv))
            .await
            .expect("nri export");
        std::fs::read_to_string(&path).unwrap()
    }

    /// The audit records of an initiative, oldest first, as the IGF Secretariat sees them.
    pub async fn audit_of(&self, slug: &str) -> Vec<Value> {
        let r = self
            .get(
                &format!("/audit?initiative={slug}&limit=100"),
                Some(&self.igf),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        let mut items = r.body["items"].as_array().cloned().unwrap_or_default();
        items.reverse();
        items
    }
}

/// A national initiative's registration body.
pub fn national(slug: &str, name: &str, country: &str) -> Value {
    json!({ "slug": slug, "name": name, "kind": "national", "country": country, "working_languages": ["en"] })
}

/// A regional or sub-regional initiative's registration body.
pub fn forum(slug: &str, name: &str, kind: &str, region: &str, coverage: &[&str]) -> Value {
    json!({ "slug": slug, "name": name, "kind": kind, "un_region": region, "coverage": coverage })
}

/// The service's binary as a child process. Its mail (the `.eml` files written
/// when no SMTP server is set) goes to a scratch folder under the system's
/// temporary directory, never into the source tree the tests run in.
pub fn nri_command() -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_nri-under-test"));
    cmd.env(
        "NRI_MAIL_DIR",
        std::env::temp_dir().join("nri-tests-spawned-mail"),
    );
    cmd
}
