//! Freshness: the time from an IGF Secretariat's `POST …/review` (accept) to
//! the first `GET /aggregates/global/{year}.json` that lists the report.
//! Measured under a read load, and on a large registry interleaved with the
//! small one, so that the ratio of the two compares the same minute.
use crate::registry::{Fixture, Size};
use crate::report::{Freshness, Scale};
use crate::servers::{Server, header};
use crate::system::{peak_rss, reset_peak, signal};
use crate::wrk;
use anyhow::{Context, ensure};
use nri_tests::stats::{percentile, sorted};
use serde_json::{Value, json};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// A registry being served, as the scenarios address it.
pub struct Served<'a> {
    pub server: &'a Server,
    /// The bootstrap token (platform administrator).
    pub admin: &'a str,
    pub size: Size,
}

/// Up to `n` initiatives whose report for `year` awaits review.
async fn submitted(
    client: &reqwest::Client,
    at: &Served<'_>,
    year: i32,
    n: usize,
) -> anyhow::Result<Vec<String>> {
    let queue: Value = client
        .get(format!("{}/reports", at.server.api()))
        .query(&[
            ("status", "submitted".to_owned()),
            ("year", year.to_string()),
            ("limit", "100".to_owned()),
        ])
        .bearer_auth(at.admin)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    queue["items"]
        .as_array()
        .into_iter()
        .flatten()
        .take(n)
        .map(|i| {
            i["initiative"]
                .as_str()
                .map(str::to_owned)
                .context("a queued report without its initiative")
        })
        .collect()
}

/// Accepts `slug`'s report for `year` and polls (every 10 ms, revalidating
/// with `If-None-Match`) until the global aggregate lists it: the seconds
/// from the request to that answer.
async fn accept_and_wait(
    client: &reqwest::Client,
    at: &Served<'_>,
    slug: &str,
    year: i32,
) -> anyhow::Result<f64> {
    let api = at.server.api();
    let global = format!("{api}/aggregates/global/{year}.json");
    let r = client.get(&global).send().await?;
    ensure!(r.status().is_success(), "GET {global}: {}", r.status());
    let mut etag = header(&r, "etag").context("the aggregate's etag")?;
    let t = Instant::now();
    let r = client
        .post(format!("{api}/initiatives/{slug}/reports/{year}/review"))
        .bearer_auth(at.admin)
        .json(&json!({ "decision": "accept" }))
        .send()
        .await?;
    ensure!(r.status().is_success(), "accept {slug}: {}", r.status());
    loop {
        let r = client
            .get(&global)
            .header("if-none-match", &etag)
            .send()
            .await?;
        if r.status().as_u16() == 200 {
            etag = header(&r, "etag").context("the aggregate's etag")?;
            let agg: Value = r.json().await?;
            let seen = agg["contributing"]
                .as_array()
                .is_some_and(|c| c.iter().any(|x| x["slug"] == slug));
            if seen {
                return Ok(t.elapsed().as_secs_f64());
            }
        }
        ensure!(
            t.elapsed() < Duration::from_secs(60),
            "{slug} never appeared in global"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Freshness while `wrk` drives a mix of the read scenarios (aggregate,
/// directory page, one accepted report, in turn) at `conns` connections.
pub async fn under_read_load(
    db: &str,
    at: &Served<'_>,
    fx: &Fixture,
    dir: &Path,
    conns: usize,
    acceptances: usize,
) -> anyhow::Result<Freshness> {
    let client = reqwest::Client::new();
    let pending = submitted(&client, at, fx.last, acceptances).await?;
    ensure!(!pending.is_empty(), "no submitted reports to accept");
    let (slug0, _) = fx.editors.first().context("no editors")?;
    let paths = [
        format!("/api/v1/aggregates/global/{}.json", fx.last),
        "/api/v1/initiatives?limit=50".to_owned(),
        format!("/api/v1/initiatives/{slug0}/reports/{}", fx.last - 1),
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
    let pid = at.server.pid;
    reset_peak(pid);
    let load = wrk::command(&at.server.base, conns, 3600, &[], Some(&script))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .context("starting wrk")?;
    let load_started = Instant::now();
    // A benchmark, not a test: let the read load reach its steady state
    // before the first acceptance is timed (nothing here waits for the worker).
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut samples = Vec::new();
    for slug in &pending {
        samples.push(accept_and_wait(&client, at, slug, fx.last).await?);
    }
    let rss = peak_rss(pid);
    let elapsed = load_started.elapsed().as_secs_f64();
    // Stop the load with SIGINT so that wrk prints what it did.
    signal(&load, "-INT").await;
    let out = tokio::time::timeout(Duration::from_secs(10), load.wait_with_output()).await;
    let load_rate = match out {
        Ok(Ok(o)) => wrk::parse(&String::from_utf8_lossy(&o.stdout))
            .map(|w| w.requests as f64 / elapsed)
            .unwrap_or(f64::NAN),
        _ => f64::NAN,
    };
    let samples = sorted(samples);
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

/// Freshness on the `large` registry, each acceptance next to one on the
/// `small` registry (taking turns at going first), both servers otherwise
/// idle: the small registry is the large one's reference, measured in the
/// same minute on the same machine.
pub async fn at_scale(
    db: &str,
    small: &Served<'_>,
    large: &Served<'_>,
    year: i32,
    acceptances: usize,
) -> anyhow::Result<Scale> {
    let client = reqwest::Client::new();
    let on_small = submitted(&client, small, year, acceptances).await?;
    let on_large = submitted(&client, large, year, acceptances).await?;
    let n = on_small.len().min(on_large.len());
    ensure!(
        n > 0,
        "no submitted {year} reports to accept ({} on the small registry, {} on the large)",
        on_small.len(),
        on_large.len()
    );
    reset_peak(large.server.pid);
    let (mut s, mut l) = (Vec::new(), Vec::new());
    for (i, (a, b)) in on_small.iter().zip(&on_large).enumerate() {
        if i % 2 == 0 {
            s.push(accept_and_wait(&client, small, a, year).await?);
            l.push(accept_and_wait(&client, large, b, year).await?);
        } else {
            l.push(accept_and_wait(&client, large, b, year).await?);
            s.push(accept_and_wait(&client, small, a, year).await?);
        }
    }
    let scale = Scale {
        database: db.to_owned(),
        large: large.size,
        small: small.size,
        large_samples: sorted(l),
        small_samples: sorted(s),
        rss_kib: peak_rss(large.server.pid),
    };
    eprintln!(
        "  freshness at {} ({n} acceptances): p95 {:.0} ms, at {}: p95 {:.0} ms → {:.2}×",
        large.size.initiatives,
        percentile(&scale.large_samples, 95.0) * 1000.0,
        small.size.initiatives,
        percentile(&scale.small_samples, 95.0) * 1000.0,
        scale.ratio()
    );
    Ok(scale)
}
