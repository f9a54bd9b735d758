//! `nri-load`: the load benchmark (not a test; see BENCHMARKS.md and
//! `tests/bench/load.sh`). For each database it loads a synthetic registry,
//! starts the release `nri serve` (worker in-process) as a separate process,
//! and measures every scenario beside a reference taken in the same run on the
//! same machine, so that the figures survive a noisy, shared machine:
//!
//! - reads (cached aggregate 200 and 304, directory page, one report anonymous
//!   and authenticated) with `wrk`, each right after `nginx` serving the very
//!   same bytes as a static file at the same concurrency;
//! - the write path (PUT a draft with `If-Match`, then submit) with an
//!   in-process driver, each right after `pgbench` running a single-row
//!   insert on the same PostgreSQL at the same concurrency;
//! - freshness under load: accept → visible in `global`, while `wrk` drives a
//!   mix of the read scenarios.
//!
//! The server's peak RSS is read from `/proc/<pid>/status` (`VmHWM`, reset
//! through `clear_refs` before each measurement). The server is started once
//! per database, not per scenario. Prints Markdown tables on stdout.
use anyhow::{Context, bail, ensure};
use clap::Parser;
use nri_api::auth::{Caller, Principal};
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

#[derive(Parser)]
struct Args {
    /// A PostgreSQL URL on whose server the benchmark may create and drop the
    /// database `nri_load`.
    #[arg(
        long,
        env = "NRI_BENCH_PG_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    pg_url: String,
    /// Databases to measure, in order.
    #[arg(long, value_delimiter = ',', default_value = "postgres,sqlite")]
    databases: Vec<String>,
    /// Scenarios to run (all by default): aggregate, directory, report, write, freshness.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "aggregate,directory,report,write,freshness"
    )]
    scenarios: Vec<String>,
    /// Seconds per measurement (each scenario and each reference, per concurrency).
    #[arg(long, default_value_t = 10)]
    duration: u64,
    /// Concurrent connections (wrk) / clients (write driver, pgbench).
    #[arg(long, value_delimiter = ',', default_value = "1,16,64")]
    concurrency: Vec<usize>,
    #[arg(long, default_value_t = 200)]
    initiatives: usize,
    #[arg(long, default_value_t = 20)]
    years: i32,
    /// Acceptances timed in the freshness scenario.
    #[arg(long, default_value_t = 50)]
    acceptances: usize,
    /// Connections of the read load during the freshness scenario (default: the highest concurrency).
    #[arg(long)]
    freshness_connections: Option<usize>,
    /// The server binary (default: `nri-under-test` beside this one).
    #[arg(long)]
    server: Option<PathBuf>,
    /// Keep the work directory (logs, nginx files) instead of deleting it.
    #[arg(long)]
    keep: bool,
}

/// One line of the results table.
struct Row {
    database: String,
    scenario: String,
    conns: usize,
    rate: f64,
    p50_ms: f64,
    p99_ms: f64,
    reference: String,
    ref_rate: f64,
    ref_p99_ms: f64,
    rss_kib: u64,
    note: String,
}

impl Row {
    fn ratio(&self) -> f64 {
        self.rate / self.ref_rate
    }
}

struct Freshness {
    database: String,
    conns: usize,
    samples: Vec<f64>,
    load_rate: f64,
    rss_kib: u64,
}

#[derive(Debug, Default, Clone)]
struct Wrk {
    rate: f64,
    p50_ms: f64,
    p99_ms: f64,
    requests: u64,
    bad: u64,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * (sorted.len() as f64 - 1.0)).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// A free TCP port on the loopback interface (the kernel's choice, above 18000).
fn free_port() -> anyhow::Result<u16> {
    for _ in 0..20 {
        let l = std::net::TcpListener::bind("127.0.0.1:0")?;
        let port = l.local_addr()?.port();
        if port > 18000 {
            return Ok(port);
        }
    }
    bail!("no free port above 18000")
}

async fn run(cmd: &mut Command) -> anyhow::Result<String> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .await
        .with_context(|| format!("running {cmd:?}"))?;
    ensure!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Sends SIGTERM (graceful stop) and waits up to 15 s before killing.
async fn stop(child: &mut Child) {
    if let Some(pid) = child.id() {
        let _ = Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .await;
    }
    if tokio::time::timeout(Duration::from_secs(15), child.wait())
        .await
        .is_err()
    {
        let _ = child.kill().await;
    }
}

/// Peak resident set (KiB) since the last `reset_peak`.
fn peak_rss(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// Resets `VmHWM` to the current RSS (Linux `clear_refs` 5), so each
/// measurement reports its own peak; without the right it stays cumulative.
fn reset_peak(pid: u32) {
    let _ = std::fs::write(format!("/proc/{pid}/clear_refs"), "5");
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_owned))
        .unwrap_or_default()
}

/// `1.23ms`, `456.00us`, `1.01s`, `2.00m` → milliseconds.
fn wrk_duration_ms(s: &str) -> Option<f64> {
    let (num, factor) = if let Some(n) = s.strip_suffix("us") {
        (n, 0.001)
    } else if let Some(n) = s.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = s.strip_suffix('s') {
        (n, 1000.0)
    } else if let Some(n) = s.strip_suffix('m') {
        (n, 60_000.0)
    } else {
        return None;
    };
    num.parse::<f64>().ok().map(|v| v * factor)
}

fn parse_wrk(out: &str) -> anyhow::Result<Wrk> {
    let mut w = Wrk::default();
    for line in out.lines().map(str::trim) {
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some("50%"), Some(v)) => w.p50_ms = wrk_duration_ms(v).unwrap_or(f64::NAN),
            (Some("99%"), Some(v)) => w.p99_ms = wrk_duration_ms(v).unwrap_or(f64::NAN),
            (Some("Requests/sec:"), Some(v)) => w.rate = v.parse().unwrap_or(f64::NAN),
            (Some(n), Some("requests")) => w.requests = n.parse().unwrap_or(0),
            _ => {}
        }
        if let Some(n) = line.strip_prefix("Non-2xx or 3xx responses:") {
            w.bad += n.trim().parse::<u64>().unwrap_or(0);
        }
        if let Some(rest) = line.strip_prefix("Socket errors:") {
            w.bad += rest
                .split(',')
                .filter_map(|p| p.split_whitespace().last()?.parse::<u64>().ok())
                .sum::<u64>();
        }
    }
    ensure!(w.rate > 0.0, "could not read wrk's output:\n{out}");
    Ok(w)
}

/// `wrk` for `secs` at `conns` connections (two threads at most: two cores).
fn wrk_command(
    url: &str,
    conns: usize,
    secs: u64,
    headers: &[String],
    script: Option<&Path>,
) -> Command {
    let mut cmd = Command::new("wrk");
    cmd.arg("-t")
        .arg(conns.clamp(1, 2).to_string())
        .arg("-c")
        .arg(conns.to_string())
        .arg("-d")
        .arg(format!("{secs}s"))
        .arg("--timeout")
        .arg("10s")
        .arg("--latency");
    for h in headers {
        cmd.arg("-H").arg(h);
    }
    if let Some(s) = script {
        cmd.arg("-s").arg(s);
    }
    cmd.arg(url);
    cmd
}

async fn wrk(url: &str, conns: usize, secs: u64, headers: &[String]) -> anyhow::Result<Wrk> {
    let out = run(&mut wrk_command(url, conns, secs, headers, None)).await?;
    parse_wrk(&out)
}

/// The service under test: `nri serve` as its own process.
struct Server {
    child: Child,
    pid: u32,
    base: String,
}

impl Server {
    async fn start(bin: &Path, url: &str, token: &str, log: &Path) -> anyhow::Result<Self> {
        let port = free_port()?;
        let base = format!("http://127.0.0.1:{port}");
        let child = Command::new(bin)
            .arg("serve")
            .env("NRI_DATABASE_URL", url)
            .env("NRI_BIND", format!("127.0.0.1:{port}"))
            .env("NRI_BOOTSTRAP_TOKEN", token)
            .env("NRI_WORKER", "on")
            .env("NRI_PUBLIC_URL", &base)
            .stdin(Stdio::null())
            .stdout(Stdio::from(std::fs::File::create(
                log.with_extension("out"),
            )?))
            .stderr(Stdio::from(std::fs::File::create(log)?))
            .kill_on_drop(true)
            .spawn()
            .with_context(|| format!("starting {}", bin.display()))?;
        let pid = child.id().context("server pid")?;
        let mut server = Self { child, pid, base };
        let client = reqwest::Client::new();
        let started = Instant::now();
        loop {
            if let Ok(r) = client.get(format!("{}/readyz", server.base)).send().await
                && r.status().is_success()
            {
                break;
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                bail!("the server exited ({status}); see {}", log.display());
            }
            ensure!(
                started.elapsed() < Duration::from_secs(60),
                "the server did not become ready; see {}",
                log.display()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(server)
    }

    fn api(&self) -> String {
        format!("{}/api/v1", self.base)
    }
}

/// nginx serving `www/` as static files: the reference for the reads.
struct Nginx {
    child: Child,
    base: String,
}

impl Nginx {
    async fn start(dir: &Path) -> anyhow::Result<Self> {
        let port = free_port()?;
        let d = dir.display();
        let conf = format!(
            r#"# The reference server of the load benchmark (written by nri-load).
worker_processes auto;
pid {d}/nginx.pid;
error_log {d}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log {d}/nginx-access.log;
    types {{ application/json json; }}
    default_type application/json;
    sendfile on;
    tcp_nodelay on;
    keepalive_timeout 75s;
    keepalive_requests 100000000;
    etag on;
    server {{
        listen 127.0.0.1:{port};
        root {d}/www;
    }}
}}
"#
        );
        let path = dir.join("nginx.conf");
        std::fs::write(&path, conf)?;
        let child = Command::new("nginx")
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(&path)
            .arg("-g")
            .arg("daemon off;")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(std::fs::File::create(
                dir.join("nginx.stderr"),
            )?))
            .kill_on_drop(true)
            .spawn()
            .context("starting nginx")?;
        let nginx = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let client = reqwest::Client::new();
        let started = Instant::now();
        while client.get(&nginx.base).send().await.is_err() {
            ensure!(
                started.elapsed() < Duration::from_secs(10),
                "nginx did not start; see {}/nginx.stderr",
                d
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(nginx)
    }
}

/// If a scenario fails, `kill_on_drop` would SIGKILL only nginx's master and
/// leave its workers holding the port: stop it properly (SIGTERM stops the
/// workers too) and give it a moment.
impl Drop for Nginx {
    fn drop(&mut self) {
        let Some(pid) = self.child.id() else { return };
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status();
        for _ in 0..40 {
            if !matches!(self.child.try_wait(), Ok(None)) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// What the scenarios need from a loaded registry.
struct Fixture {
    admin: String,
    /// Synthetic national initiatives, each with its own editor's token.
    editors: Vec<(String, String)>,
    /// The newest year with reports.
    last: i32,
    /// The next year each initiative has no report for (write path).
    free_years: Vec<VecDeque<i32>>,
}

/// Loads the synthetic registry and its aggregates, and creates one editor
/// account (token only) per synthetic initiative; roles are granted over HTTP.
async fn prepare(url: &str, args: &Args) -> anyhow::Result<(usize, f64)> {
    let t = Instant::now();
    let db = nri_api::db::connect(url).await?;
    nri_api::db::migrate(&db).await?;
    nri_api::synthetic::load(
        &db,
        &nri_api::synthetic::Synthetic {
            initiatives: args.initiatives,
            years: args.years,
            submitted: 100.min(args.initiatives),
            seed: 1,
        },
    )
    .await?;
    worker::aggregation::recompute_all(&db, "http://127.0.0.1:8080").await?;
    // The recomputation reflects every event the load wrote: the server's
    // worker follows only the scenarios' changes.
    nri_api::synthetic::settle_outbox(&db).await?;
    let caller = Caller {
        principal: Principal::Anonymous,
        request_id: "nri-load".into(),
    };
    let authz = nri_api::authz::Authz::new(db.clone()).await?;
    for i in 0..args.initiatives {
        let email = nri_api::domain::Email::parse(&format!("editor-{i}@bench.example.org"))
            .map_err(anyhow::Error::msg)?;
        // One unit per account: a sign-up's unit acts as the account it creates.
        let mut uow = nri_api::service::Unit::begin(&db, &authz, &caller).await?;
        nri_api::service::users::create(
            &mut uow,
            nri_api::service::users::NewAccount {
                email: &email,
                name: &format!("Bench editor {i}"),
                password_hash: None,
                platform_role: None,
                email_confirmed: true,
            },
        )
        .await
        .context("creating a bench user")?;
        uow.commit().await?;
    }
    db.close().await?;
    Ok((args.initiatives, t.elapsed().as_secs_f64()))
}

/// Over HTTP, as a client would: the synthetic national initiatives, an
/// editor role and a token for each.
async fn fixture(
    server: &Server,
    admin: &str,
    years: i32,
    bin: &Path,
    url: &str,
) -> anyhow::Result<Fixture> {
    let api = server.api();
    let client = reqwest::Client::new();
    let mut slugs = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut req = client
            .get(format!("{api}/initiatives"))
            .query(&[("kind", "national"), ("q", "syn-"), ("limit", "100")])
            .bearer_auth(admin);
        if let Some(c) = &cursor {
            req = req.query(&[("cursor", c)]);
        }
        let page: Value = req.send().await?.error_for_status()?.json().await?;
        for i in page["items"].as_array().into_iter().flatten() {
            slugs.push(i["slug"].as_str().unwrap_or_default().to_owned());
        }
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    ensure!(!slugs.is_empty(), "no synthetic initiatives");
    // Order by the generator's index (`syn-{i}-{cc}`), so that initiative 0 comes first.
    slugs.sort_by_key(|s| {
        s.split('-')
            .nth(1)
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(usize::MAX)
    });
    let newest: Value = client
        .get(format!("{api}/initiatives/{}/reports", slugs[0]))
        .query(&[("limit", "1")])
        .bearer_auth(admin)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let last = newest["items"][0]["year"]
        .as_i64()
        .context("the newest report's year")? as i32;
    let email_of = |slug: &str| -> anyhow::Result<String> {
        let i: usize = slug
            .split('-')
            .nth(1)
            .and_then(|x| x.parse().ok())
            .context("slug index")?;
        Ok(format!("editor-{i}@bench.example.org"))
    };
    let jobs: Vec<(String, String)> = slugs
        .iter()
        .map(|s| Ok((s.clone(), email_of(s)?)))
        .collect::<anyhow::Result<_>>()?;
    parallel(16, jobs.clone(), {
        let client = client.clone();
        let api = api.clone();
        let admin = admin.to_owned();
        move |(slug, email): (String, String)| {
            let client = client.clone();
            let api = api.clone();
            let admin = admin.clone();
            async move {
                let r = client
                    .put(format!("{api}/initiatives/{slug}/members/{email}"))
                    .bearer_auth(&admin)
                    .json(&json!({ "role": "editor" }))
                    .send()
                    .await?;
                ensure!(r.status().is_success(), "grant {slug}: {}", r.status());
                Ok(())
            }
        }
    })
    .await?;
    // Tokens from the command line (`nri admin create-token`), in processes
    // of their own: signing in with a password over HTTP would run Argon2
    // (19 MiB each) in the server and leave its memory inflated for the
    // whole run, which is not what the scenarios are about.
    let bin = bin.to_owned();
    let url = url.to_owned();
    let mut made = parallel(
        4,
        jobs.into_iter().enumerate().collect(),
        move |(n, (slug, email)): (usize, (String, String))| {
            let bin = bin.clone();
            let url = url.clone();
            async move {
                let out = run(Command::new(&bin).env("RUST_LOG", "error").args([
                    "admin",
                    "--database-url",
                    &url,
                    "create-token",
                    "--email",
                    &email,
                    "--days",
                    "2",
                ]))
                .await?;
                let token = out
                    .lines()
                    .last()
                    .context("token secret")?
                    .trim()
                    .to_owned();
                Ok((n, (slug, token)))
            }
        },
    )
    .await?;
    made.sort_by_key(|(n, _)| *n);
    let editors: Vec<(String, String)> = made.into_iter().map(|(_, e)| e).collect();
    let spare: Vec<i32> = ((last + 1)..=2100).chain(1990..=(last - years)).collect();
    let free_years = editors
        .iter()
        .map(|_| spare.iter().copied().collect())
        .collect();
    Ok(Fixture {
        admin: admin.to_owned(),
        editors,
        last,
        free_years,
    })
}

/// Runs `f` over `jobs` with at most `width` at once; all results, or the first error.
async fn parallel<J, T, F, Fut>(width: usize, jobs: Vec<J>, f: F) -> anyhow::Result<Vec<T>>
where
    J: Send + 'static,
    T: Send + 'static,
    F: Fn(J) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = anyhow::Result<T>> + Send + 'static,
{
    let queue = Arc::new(Mutex::new(VecDeque::from(jobs)));
    let f = Arc::new(f);
    let mut handles = Vec::new();
    for _ in 0..width {
        let queue = queue.clone();
        let f = f.clone();
        handles.push(tokio::spawn(async move {
            let mut out = Vec::new();
            loop {
                let job = queue.lock().expect("queue").pop_front();
                match job {
                    Some(j) => out.push(f(j).await?),
                    None => return anyhow::Ok(out),
                }
            }
        }));
    }
    let mut all = Vec::new();
    for h in handles {
        all.extend(h.await??);
    }
    Ok(all)
}

/// A report that passes every submission check for `year` (English only:
/// the synthetic initiatives work in English).
fn report_body(year: i32, city: &str) -> Value {
    json!({
        "edition": format!("Bench IGF {year}"),
        "start_date": format!("{year}-10-01"),
        "end_date": format!("{year}-10-02"),
        "city": city,
        "country": "MD",
        "venue": "Conference hall",
        "format": "hybrid",
        "preparation": { "open_call": true, "open_call_date": format!("{year}-06-01"), "consultations": 3 },
        "participation": {
            "total": 200, "online": 60, "youth": 40, "countries_represented": 4,
            "by_stakeholder_group": { "civil_society": 80, "government": 40, "technical_community": 50 },
            "by_gender": { "female": 100, "male": 90 }
        },
        "sessions": [{ "title": { "en": "Opening plenary" }, "type": "plenary", "theme": "access_and_connectivity" }],
        "themes": ["cybersecurity_and_trust", "ai_and_emerging_technologies"],
        "tags": ["bench"],
        "key_messages": [{ "text": { "en": "Connectivity must reach rural areas." }, "theme": "access_and_connectivity" }],
        "recommendations": [{ "text": { "en": "Fund community networks." }, "addressed_to": "regional" }],
        "languages": ["en"],
        "links": { "agenda": "https://example.org/agenda" }
    })
}

/// A draft ready for the write path: initiative, its editor's token, year, ETag.
#[derive(Clone)]
struct Draft {
    slug: String,
    token: String,
    year: i32,
    etag: String,
}

/// Creates `count` drafts, untimed, spread over the initiatives in turn (so
/// that consecutive drafts belong to different initiatives and editors).
async fn seed_drafts(api: &str, fx: &mut Fixture, count: usize) -> anyhow::Result<VecDeque<Draft>> {
    let mut jobs = Vec::new();
    let mut ini = 0;
    let mut dry = 0;
    while jobs.len() < count && dry < fx.editors.len() {
        ini = (ini + 1) % fx.editors.len();
        match fx.free_years[ini].pop_front() {
            Some(year) => {
                dry = 0;
                let (slug, token) = fx.editors[ini].clone();
                jobs.push((jobs.len(), slug, token, year));
            }
            None => dry += 1,
        }
    }
    let client = reqwest::Client::new();
    let api = api.to_owned();
    let mut made = parallel(16, jobs, move |(n, slug, token, year)| {
        let client = client.clone();
        let api = api.clone();
        async move {
            let r = client
                .put(format!("{api}/initiatives/{slug}/reports/{year}"))
                .bearer_auth(&token)
                .json(&report_body(year, "Capital"))
                .send()
                .await?;
            ensure!(
                r.status().as_u16() == 201,
                "creating the {year} draft of {slug}: {}",
                r.status()
            );
            let etag = r
                .headers()
                .get("etag")
                .and_then(|v| v.to_str().ok())
                .context("draft etag")?
                .to_owned();
            Ok((
                n,
                Draft {
                    slug,
                    token,
                    year,
                    etag,
                },
            ))
        }
    })
    .await?;
    made.sort_by_key(|(n, _)| *n);
    Ok(made.into_iter().map(|(_, d)| d).collect())
}

struct WriteResult {
    rate: f64,
    p50_ms: f64,
    p99_ms: f64,
    done: usize,
    errors: usize,
    /// The measured window, shorter than asked when the drafts ran out.
    window: f64,
}

/// The write path: `clients` tasks each take a draft of their own from the
/// queue (so no two edit the same report), edit it (PUT with If-Match) and
/// submit it (POST with If-Match), for `secs` or until the drafts run out;
/// the rate counts the submissions finished while every client still had
/// work.
async fn write_path(api: &str, drafts: VecDeque<Draft>, clients: usize, secs: u64) -> WriteResult {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(256)
        .build()
        .expect("client");
    let started = Instant::now();
    let deadline = started + Duration::from_secs(secs);
    let queue = Arc::new(Mutex::new(drafts));
    let dry: Arc<Mutex<Option<Instant>>> = Arc::new(Mutex::new(None));
    let mut handles = Vec::new();
    for _ in 0..clients {
        let client = client.clone();
        let api = api.to_owned();
        let queue = queue.clone();
        let dry = dry.clone();
        handles.push(tokio::spawn(async move {
            let mut done = Vec::new();
            let mut errors = 0;
            while Instant::now() < deadline {
                let next = queue.lock().expect("drafts").pop_front();
                let Some(d) = next else {
                    dry.lock().expect("dry").get_or_insert_with(Instant::now);
                    break;
                };
                let t = Instant::now();
                let url = format!("{api}/initiatives/{}/reports/{}", d.slug, d.year);
                let put = client
                    .put(&url)
                    .bearer_auth(&d.token)
                    .header("if-match", &d.etag)
                    .json(&report_body(d.year, "Capital city"))
                    .send()
                    .await;
                let etag = match put {
                    Ok(r) if r.status().is_success() => r
                        .headers()
                        .get("etag")
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned),
                    _ => None,
                };
                let Some(etag) = etag else {
                    errors += 1;
                    continue;
                };
                let submit = client
                    .post(format!("{url}/submit"))
                    .bearer_auth(&d.token)
                    .header("if-match", &etag)
                    .send()
                    .await;
                match submit {
                    Ok(r) if r.status().is_success() => {
                        done.push((Instant::now(), t.elapsed().as_secs_f64()))
                    }
                    _ => errors += 1,
                }
            }
            (done, errors)
        }));
    }
    let mut done = Vec::new();
    let mut errors = 0;
    for h in handles {
        let (d, e) = h.await.expect("write task");
        done.extend(d);
        errors += e;
    }
    let end = dry.lock().expect("dry").unwrap_or(deadline).min(deadline);
    let window = end.duration_since(started).as_secs_f64();
    let mut lat: Vec<f64> = done
        .iter()
        .filter(|(at, _)| *at <= end)
        .map(|(_, l)| *l)
        .collect();
    lat.sort_by(f64::total_cmp);
    WriteResult {
        rate: lat.len() as f64 / window,
        p50_ms: percentile(&lat, 50.0) * 1000.0,
        p99_ms: percentile(&lat, 99.0) * 1000.0,
        done: lat.len(),
        errors,
        window,
    }
}

/// `pgbench` inserting one row per transaction into a scratch table.
async fn pgbench(url: &str, dir: &Path, conns: usize, secs: u64) -> anyhow::Result<(f64, f64)> {
    let script = dir.join("insert.sql");
    std::fs::write(
        &script,
        "INSERT INTO bench_insert (payload) VALUES ('one row, as a submission writes');\n",
    )?;
    run(Command::new("psql").arg(url).args([
        "-qXc",
        "DROP TABLE IF EXISTS bench_insert; CREATE TABLE bench_insert (id bigserial PRIMARY KEY, payload text NOT NULL, at timestamptz NOT NULL DEFAULT now())",
    ]))
    .await?;
    let out = run(Command::new(pgbench_bin())
        .args(["-n", "-c", &conns.to_string(), "-j"])
        .arg(conns.clamp(1, 2).to_string())
        .args(["-T", &secs.to_string(), "-f"])
        .arg(&script)
        .arg(url))
    .await?;
    let tps = out
        .lines()
        .find_map(|l| l.strip_prefix("tps = "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|v| v.parse::<f64>().ok())
        .with_context(|| format!("reading pgbench's output:\n{out}"))?;
    let latency = out
        .lines()
        .find_map(|l| l.strip_prefix("latency average = "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(f64::NAN);
    Ok((tps, latency))
}

fn pgbench_bin() -> PathBuf {
    let debian = PathBuf::from("/usr/lib/postgresql/15/bin/pgbench");
    if which("pgbench") || !debian.exists() {
        PathBuf::from("pgbench")
    } else {
        debian
    }
}

fn which(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join(tool).is_file()))
}

/// Fetches `url` and writes its body to `www/name` for nginx; returns the body's ETag.
async fn mirror(
    client: &reqwest::Client,
    url: &str,
    token: Option<&str>,
    www: &Path,
    name: &str,
) -> anyhow::Result<(String, usize)> {
    let mut req = client.get(url);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let r = req.send().await?;
    ensure!(r.status().is_success(), "GET {url}: {}", r.status());
    let etag = r
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = r.bytes().await?;
    std::fs::write(www.join(name), &body)?;
    Ok((etag, body.len()))
}

async fn nginx_etag(client: &reqwest::Client, url: &str) -> anyhow::Result<String> {
    let r = client.get(url).send().await?;
    ensure!(r.status().is_success(), "nginx GET {url}: {}", r.status());
    Ok(r.headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .context("nginx etag")?
        .to_owned())
}

struct ReadCase {
    scenario: String,
    service_url: String,
    service_headers: Vec<String>,
    reference_url: String,
    reference_headers: Vec<String>,
    note: String,
}

/// One scenario at one concurrency: the reference, then the service, back to back.
async fn measure_read(
    db: &str,
    case: &ReadCase,
    conns: usize,
    secs: u64,
    pid: u32,
) -> anyhow::Result<Row> {
    let reference = wrk(&case.reference_url, conns, secs, &case.reference_headers).await?;
    reset_peak(pid);
    let service = wrk(&case.service_url, conns, secs, &case.service_headers).await?;
    let rss = peak_rss(pid);
    let mut note = case.note.clone();
    if service.bad > 0 || reference.bad > 0 {
        let _ = write!(
            note,
            " **errors: service {} of {}, nginx {} of {}**",
            service.bad, service.requests, reference.bad, reference.requests
        );
    }
    let row = Row {
        database: db.to_owned(),
        scenario: case.scenario.clone(),
        conns,
        rate: service.rate,
        p50_ms: service.p50_ms,
        p99_ms: service.p99_ms,
        reference: "nginx, same bytes".into(),
        ref_rate: reference.rate,
        ref_p99_ms: reference.p99_ms,
        rss_kib: rss,
        note: note.trim().to_owned(),
    };
    eprintln!(
        "  {} c={conns}: {:.0} req/s p50 {:.2} ms p99 {:.2} ms | nginx {:.0} req/s → {:.2}× | {} MiB | load {}",
        row.scenario,
        row.rate,
        row.p50_ms,
        row.p99_ms,
        row.ref_rate,
        row.ratio(),
        row.rss_kib / 1024,
        load_average()
    );
    Ok(row)
}

/// Acceptance → visible in the served `global` aggregate, while `wrk` drives
/// the read scenarios at `conns` connections.
async fn freshness(
    db: &str,
    server: &Server,
    fx: &Fixture,
    dir: &Path,
    conns: usize,
    acceptances: usize,
) -> anyhow::Result<Freshness> {
    let api = server.api();
    let client = reqwest::Client::new();
    let queue: Value = client
        .get(format!("{api}/reports"))
        .query(&[
            ("status", "submitted".to_owned()),
            ("year", fx.last.to_string()),
            ("limit", "100".to_owned()),
        ])
        .bearer_auth(&fx.admin)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let pending: Vec<String> = queue["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["initiative"].as_str().map(str::to_owned))
        .take(acceptances)
        .collect();
    ensure!(!pending.is_empty(), "no submitted reports to accept");
    // The read mix: aggregate, directory page, one accepted report, in turn.
    let paths = [
        format!("/api/v1/aggregates/global/{}.json", fx.last),
        "/api/v1/initiatives?limit=50".to_owned(),
        format!(
            "/api/v1/initiatives/{}/reports/{}",
            fx.editors[0].0,
            fx.last - 1
        ),
    ];
    let script = dir.join("mix.lua");
    std::fs::write(
        &script,
        format!(
            "local paths = {{ {} }}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n",
            paths
                .iter()
                .map(|p| format!("{p:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    )?;
    reset_peak(server.pid);
    let load = wrk_command(&server.base, conns, 3600, &[], Some(&script))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .context("starting wrk")?;
    let load_started = Instant::now();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let global = format!("{api}/aggregates/global/{}.json", fx.last);
    let mut samples = Vec::new();
    for slug in &pending {
        let etag = client
            .get(&global)
            .send()
            .await?
            .headers()
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let t = Instant::now();
        let r = client
            .post(format!(
                "{api}/initiatives/{slug}/reports/{}/review",
                fx.last
            ))
            .bearer_auth(&fx.admin)
            .json(&json!({ "decision": "accept" }))
            .send()
            .await?;
        ensure!(r.status().is_success(), "accept {slug}: {}", r.status());
        let mut etag = etag;
        loop {
            let r = client
                .get(&global)
                .header("if-none-match", &etag)
                .send()
                .await?;
            if r.status().as_u16() == 200 {
                etag = r
                    .headers()
                    .get("etag")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                let agg: Value = r.json().await?;
                let seen = agg["contributing"]
                    .as_array()
                    .is_some_and(|c| c.iter().any(|x| x["slug"] == slug.as_str()));
                if seen {
                    break;
                }
            }
            ensure!(
                t.elapsed() < Duration::from_secs(60),
                "{slug} never appeared in global"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        samples.push(t.elapsed().as_secs_f64());
    }
    let rss = peak_rss(server.pid);
    let elapsed = load_started.elapsed().as_secs_f64();
    // Stop the load with SIGINT so that wrk prints what it did.
    if let Some(pid) = load.id() {
        let _ = Command::new("kill")
            .args(["-INT", &pid.to_string()])
            .status()
            .await;
    }
    let out = tokio::time::timeout(Duration::from_secs(10), load.wait_with_output()).await;
    let load_rate = match out {
        Ok(Ok(o)) => parse_wrk(&String::from_utf8_lossy(&o.stdout))
            .map(|w| w.requests as f64 / elapsed)
            .unwrap_or(f64::NAN),
        _ => f64::NAN,
    };
    samples.sort_by(f64::total_cmp);
    eprintln!(
        "  freshness under {conns}-connection read load ({load_rate:.0} req/s): p50 {:.0} ms p95 {:.0} ms",
        percentile(&samples, 50.0) * 1000.0,
        percentile(&samples, 95.0) * 1000.0
    );
    Ok(Freshness {
        database: db.to_owned(),
        conns,
        samples,
        load_rate,
        rss_kib: rss,
    })
}

async fn bench_database(
    args: &Args,
    kind: &str,
    bin: &Path,
    work: &Path,
    rows: &mut Vec<Row>,
    fresh: &mut Vec<Freshness>,
) -> anyhow::Result<()> {
    let (label, url) = match kind {
        "postgres" | "postgresql" => {
            let root = args
                .pg_url
                .rsplit_once('/')
                .map(|(r, _)| r)
                .unwrap_or(&args.pg_url);
            run(Command::new("psql").arg(&args.pg_url).args([
                "-qXc",
                "DROP DATABASE IF EXISTS nri_load WITH (FORCE)",
                "-c",
                "CREATE DATABASE nri_load",
            ]))
            .await?;
            ("PostgreSQL", format!("{root}/nri_load"))
        }
        "sqlite" => {
            let file = work.join("nri_load.db");
            for ext in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", file.display()));
            }
            ("SQLite", format!("sqlite://{}?mode=rwc", file.display()))
        }
        other => bail!("unknown database `{other}`: use postgres or sqlite"),
    };
    let on = |s: &str| args.scenarios.iter().any(|x| x == s);
    eprintln!(
        "== {label}: loading {} × {} …",
        args.initiatives, args.years
    );
    let (_, secs) = prepare(&url, args).await?;
    eprintln!("  registry and aggregates ready in {secs:.1} s");
    let token = format!("nri_load_{}", uuid::Uuid::new_v4().simple());
    let log = work.join(format!("server-{kind}.log"));
    // Both children are killed on drop should a step fail.
    let mut server = Server::start(bin, &url, &token, &log).await?;
    let mut fx = fixture(&server, &token, args.years, bin, &url).await?;
    let api = server.api();
    let client = reqwest::Client::new();
    let www = work.join("www");
    std::fs::create_dir_all(&www)?;
    let slug0 = fx.editors[0].0.clone();
    let editor0 = fx.editors[0].1.clone();
    let agg_url = format!("{api}/aggregates/global/{}.json", fx.last);
    let (agg_etag, agg_len) = mirror(&client, &agg_url, None, &www, "aggregate.json").await?;
    let dir_url = format!("{api}/initiatives?limit=50");
    let (_, dir_len) = mirror(&client, &dir_url, None, &www, "directory.json").await?;
    let report_url = format!("{api}/initiatives/{slug0}/reports/{}", fx.last - 1);
    let (_, rep_len) = mirror(&client, &report_url, None, &www, "report.json").await?;
    let (_, full_len) = mirror(
        &client,
        &report_url,
        Some(&editor0),
        &www,
        "report-full.json",
    )
    .await?;
    set_readable(work)?;
    let mut nginx = Nginx::start(work).await?;
    let nbase = nginx.base.clone();
    let nginx_agg_etag = nginx_etag(&client, &format!("{nbase}/aggregate.json")).await?;
    let mut cases = Vec::new();
    if on("aggregate") {
        cases.push(ReadCase {
            scenario: "cached aggregate `global/{year}.json`, 200".into(),
            service_url: agg_url.clone(),
            service_headers: vec![],
            reference_url: format!("{nbase}/aggregate.json"),
            reference_headers: vec![],
            note: format!("{} KiB body", agg_len / 1024),
        });
        cases.push(ReadCase {
            scenario: "cached aggregate, 304 (`If-None-Match`)".into(),
            service_url: agg_url.clone(),
            service_headers: vec![format!("If-None-Match: {agg_etag}")],
            reference_url: format!("{nbase}/aggregate.json"),
            reference_headers: vec![format!("If-None-Match: {nginx_agg_etag}")],
            note: "nginx's own ETag".into(),
        });
    }
    if on("directory") {
        cases.push(ReadCase {
            scenario: "directory page `initiatives?limit=50`".into(),
            service_url: dir_url.clone(),
            service_headers: vec![],
            reference_url: format!("{nbase}/directory.json"),
            reference_headers: vec![],
            note: format!("{} KiB body, anonymous", dir_len / 1024),
        });
    }
    if on("report") {
        cases.push(ReadCase {
            scenario: "one report, anonymous".into(),
            service_url: report_url.clone(),
            service_headers: vec![],
            reference_url: format!("{nbase}/report.json"),
            reference_headers: vec![],
            note: format!("{} KiB body, public view", rep_len.div_ceil(1024)),
        });
        cases.push(ReadCase {
            scenario: "one report, authenticated".into(),
            service_url: report_url.clone(),
            service_headers: vec![format!("Authorization: Bearer {editor0}")],
            reference_url: format!("{nbase}/report-full.json"),
            reference_headers: vec![],
            note: format!(
                "{} KiB body, editor's full view (token check + casbin)",
                full_len.div_ceil(1024)
            ),
        });
    }
    for case in &cases {
        for &c in &args.concurrency {
            rows.push(measure_read(label, case, c, args.duration, server.pid).await?);
        }
    }
    if on("write") {
        let pg = url.starts_with("postgres");
        let mut estimate = 200.0f64;
        for &c in &args.concurrency {
            let reference = if pg {
                Some(pgbench(&url, work, c, args.duration).await?)
            } else {
                None
            };
            // Enough drafts for twice the best rate so far (more clients may be faster).
            let count = (estimate * 2.0 * args.duration as f64) as usize + 50;
            let drafts = seed_drafts(&api, &mut fx, count).await?;
            reset_peak(server.pid);
            let w = write_path(&api, drafts, c, args.duration).await;
            let rss = peak_rss(server.pid);
            estimate = estimate.max(w.rate);
            let mut note = format!("{} submissions", w.done);
            if w.errors > 0 {
                let _ = write!(note, ", **{} failed**", w.errors);
            }
            if w.window + 0.5 < args.duration as f64 {
                let _ = write!(note, ", drafts ran out: measured over {:.1} s", w.window);
            }
            let (ref_rate, ref_lat) = reference.unwrap_or((f64::NAN, f64::NAN));
            eprintln!(
                "  write c={c}: {:.1} submissions/s p50 {:.1} ms p99 {:.1} ms | pgbench {ref_rate:.0} tps → {:.3}× | {} MiB | load {}",
                w.rate,
                w.p50_ms,
                w.p99_ms,
                w.rate / ref_rate,
                rss / 1024,
                load_average()
            );
            rows.push(Row {
                database: label.to_owned(),
                scenario: "write path: PUT draft (If-Match) + submit".into(),
                conns: c,
                rate: w.rate,
                p50_ms: w.p50_ms,
                p99_ms: w.p99_ms,
                reference: if pg {
                    "pgbench, 1-row insert".into()
                } else {
                    "—".into()
                },
                ref_rate,
                ref_p99_ms: ref_lat,
                rss_kib: rss,
                note,
            });
        }
        if pg {
            let _ = run(Command::new("psql")
                .arg(&url)
                .args(["-qXc", "DROP TABLE IF EXISTS bench_insert"]))
            .await;
        }
    }
    if on("freshness") {
        let conns = args
            .freshness_connections
            .unwrap_or_else(|| args.concurrency.iter().copied().max().unwrap_or(16));
        fresh.push(freshness(label, &server, &fx, work, conns, args.acceptances).await?);
    }
    stop(&mut nginx.child).await;
    stop(&mut server.child).await;
    if kind != "sqlite" {
        let _ = run(Command::new("psql")
            .arg(&args.pg_url)
            .args(["-qXc", "DROP DATABASE IF EXISTS nri_load WITH (FORCE)"]))
        .await;
    }
    Ok(())
}

/// nginx's workers run as an unprivileged user: let them read the files.
fn set_readable(dir: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))?;
    let www = dir.join("www");
    std::fs::set_permissions(&www, std::fs::Permissions::from_mode(0o755))?;
    for e in std::fs::read_dir(&www)? {
        std::fs::set_permissions(e?.path(), std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(())
}

fn ms(v: f64) -> String {
    if v.is_nan() {
        "—".into()
    } else if v < 10.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.0}")
    }
}

fn rate(v: f64) -> String {
    if v.is_nan() {
        "—".into()
    } else if v < 100.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.0}")
    }
}

fn print_tables(args: &Args, rows: &[Row], fresh: &[Freshness]) {
    println!(
        "| database | scenario | conns | req/s | p50 ms | p99 ms | reference | ref. req/s | ref. p99 ms | ratio | server peak RSS | notes |"
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |");
    for r in rows {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} MiB | {} |",
            r.database,
            r.scenario,
            r.conns,
            rate(r.rate),
            ms(r.p50_ms),
            ms(r.p99_ms),
            r.reference,
            rate(r.ref_rate),
            ms(r.ref_p99_ms),
            if r.ratio().is_nan() {
                "—".into()
            } else {
                format!("{:.2}×", r.ratio())
            },
            r.rss_kib.div_ceil(1024),
            r.note
        );
    }
    if !fresh.is_empty() {
        println!();
        println!(
            "| database | read load (wrk, mixed reads) | acceptances | freshness p50 | freshness p95 | max | server peak RSS |"
        );
        println!("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        for f in fresh {
            println!(
                "| {} | {} connections, {} req/s | {} | {:.0} ms | {:.0} ms | {:.0} ms | {} MiB |",
                f.database,
                f.conns,
                rate(f.load_rate),
                f.samples.len(),
                percentile(&f.samples, 50.0) * 1000.0,
                percentile(&f.samples, 95.0) * 1000.0,
                f.samples.last().copied().unwrap_or(f64::NAN) * 1000.0,
                f.rss_kib.div_ceil(1024)
            );
        }
    }
    println!();
    aims(args, rows, fresh);
}

/// The issue's aims, judged on these figures (at the highest concurrency).
fn aims(args: &Args, rows: &[Row], fresh: &[Freshness]) {
    let top = args.concurrency.iter().copied().max().unwrap_or(64);
    let verdict = |ok: bool| if ok { "met" } else { "**not met**" };
    let find = |db: &str, prefix: &str| {
        rows.iter()
            .find(|r| r.database == db && r.conns == top && r.scenario.starts_with(prefix))
    };
    println!("Aims (at {top} connections):");
    println!();
    for db in ["PostgreSQL", "SQLite"] {
        if let Some(r) = find(db, "cached aggregate `global") {
            println!(
                "- {db}, cached aggregate 200 ≥ 0.5× nginx: {:.2}× — {}",
                r.ratio(),
                verdict(r.ratio() >= 0.5)
            );
        }
        if let Some(r) = find(db, "cached aggregate, 304") {
            println!(
                "- {db}, cached aggregate 304 ≥ 0.7× nginx: {:.2}× — {}",
                r.ratio(),
                verdict(r.ratio() >= 0.7)
            );
        }
    }
    if let Some(r) = find("PostgreSQL", "directory") {
        println!(
            "- PostgreSQL, directory page p99 < 20 ms: {} ms — {}",
            ms(r.p99_ms),
            verdict(r.p99_ms < 20.0)
        );
    }
    for r in rows
        .iter()
        .filter(|r| r.database == "PostgreSQL" && r.scenario.starts_with("write"))
    {
        println!(
            "- PostgreSQL, write path ≥ 0.25× pgbench at {} clients: {:.3}× — {}",
            r.conns,
            r.ratio(),
            verdict(r.ratio() >= 0.25)
        );
    }
    let peak = rows
        .iter()
        .map(|r| r.rss_kib)
        .chain(fresh.iter().map(|f| f.rss_kib))
        .max()
        .unwrap_or(0);
    if peak > 0 {
        println!(
            "- server peak RSS < 150 MiB in every scenario: {} MiB at most — {}",
            peak.div_ceil(1024),
            verdict(peak < 150 * 1024)
        );
    }
    for f in fresh {
        let p95 = percentile(&f.samples, 95.0);
        println!(
            "- {}, freshness p95 < 1 s under read load: {:.0} ms — {}",
            f.database,
            p95 * 1000.0,
            verdict(p95 < 1.0)
        );
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    for tool in ["wrk", "nginx", "psql"] {
        ensure!(
            which(tool),
            "`{tool}` is not installed (tests/bench/load.sh installs it)"
        );
    }
    let bin = match &args.server {
        Some(b) => b.clone(),
        None => std::env::current_exe()?
            .parent()
            .context("binary directory")?
            .join("nri-under-test"),
    };
    ensure!(bin.exists(), "no server binary at {}", bin.display());
    let work = std::env::temp_dir().join(format!("nri-load-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    let started = Instant::now();
    eprintln!(
        "work directory {}; {} s per measurement; concurrency {:?}",
        work.display(),
        args.duration,
        args.concurrency
    );
    let mut rows = Vec::new();
    let mut fresh = Vec::new();
    let mut result = Ok(());
    for kind in &args.databases {
        if let Err(e) = bench_database(&args, kind, &bin, &work, &mut rows, &mut fresh).await {
            result = Err(e.context(format!("benchmarking {kind}")));
            break;
        }
    }
    print_tables(&args, &rows, &fresh);
    eprintln!("done in {:.0} s", started.elapsed().as_secs_f64());
    if args.keep || result.is_err() {
        eprintln!("logs kept in {}", work.display());
    } else {
        let _ = std::fs::remove_dir_all(&work);
    }
    result
}
