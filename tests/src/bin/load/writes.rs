//! The write path: editors edit their drafts (PUT with `If-Match`) and submit
//! them, from an in-process driver, beside `pgbench` inserting one row per
//! transaction on the same PostgreSQL at the same number of clients.
use crate::Args;
use crate::registry::{Fixture, parallel};
use crate::report::{Row, mib};
use crate::servers::{Server, header};
use crate::system::{load_average, peak_rss, pgbench_bin, reset_peak, run};
use anyhow::{Context, ensure};
use nri_tests::stats::{percentile, sorted};
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::process::Command;

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
            let etag = header(&r, "etag").context("draft etag")?;
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

/// `clients` tasks each take a draft of their own from the queue (so no two
/// edit the same report), edit it (PUT with If-Match) and submit it (POST
/// with If-Match), for `secs` or until the drafts run out; the rate counts
/// the submissions finished while every client still had work.
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
                    Ok(r) if r.status().is_success() => header(&r, "etag"),
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
    let lat = sorted(
        done.iter()
            .filter(|(at, _)| *at <= end)
            .map(|(_, l)| *l)
            .collect(),
    );
    WriteResult {
        rate: lat.len() as f64 / window,
        p50_ms: percentile(&lat, 50.0) * 1000.0,
        p99_ms: percentile(&lat, 99.0) * 1000.0,
        done: lat.len(),
        errors,
        window,
    }
}

/// `pgbench` inserting one row per transaction into a scratch table:
/// transactions per second and the mean latency in milliseconds.
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

/// The write scenario at each concurrency; on PostgreSQL each right after
/// its `pgbench` reference (SQLite has none).
pub async fn measure(
    label: &str,
    url: &str,
    server: &Server,
    fx: &mut Fixture,
    work: &Path,
    args: &Args,
) -> anyhow::Result<Vec<Row>> {
    let (api, pid, secs) = (&server.api(), server.pid, args.duration);
    let pg = url.starts_with("postgres");
    let mut rows = Vec::new();
    let mut estimate = 200.0f64;
    for &c in &args.concurrency {
        let reference = if pg {
            Some(pgbench(url, work, c, secs).await?)
        } else {
            None
        };
        // Enough drafts for twice the best rate so far (more clients may be faster).
        let count = (estimate * 2.0 * secs as f64) as usize + 50;
        let drafts = seed_drafts(api, fx, count).await?;
        reset_peak(pid);
        let w = write_path(api, drafts, c, secs).await;
        let rss = peak_rss(pid);
        estimate = estimate.max(w.rate);
        let mut note = format!("{} submissions", w.done);
        if w.errors > 0 {
            let _ = write!(note, ", **{} failed**", w.errors);
        }
        if w.window + 0.5 < secs as f64 {
            let _ = write!(note, ", drafts ran out: measured over {:.1} s", w.window);
        }
        let (ref_rate, ref_lat) = reference.unwrap_or((f64::NAN, f64::NAN));
        eprintln!(
            "  write c={c}: {:.1} submissions/s p50 {:.1} ms p99 {:.1} ms | pgbench {ref_rate:.0} tps → {:.3}× | {} | load {}",
            w.rate,
            w.p50_ms,
            w.p99_ms,
            w.rate / ref_rate,
            mib(rss),
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
            .arg(url)
            .args(["-qXc", "DROP TABLE IF EXISTS bench_insert"]))
        .await;
    }
    Ok(rows)
}
