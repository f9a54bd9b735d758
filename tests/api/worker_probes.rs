//! `nri worker` as an operator sees it: the real binary serves `/healthz`,
//! `/readyz` and `/metrics` on `NRI_WORKER_BIND`, its metrics show the queue
//! draining, and `/readyz` says not ready while the database does not answer.
use crate::helpers::{eventually, spawn_app};
use crate::outage::{Proxy, postgres_upstream};
use reqwest::StatusCode;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Child;

/// `nri` with `args` against `database_url`, run to its end.
async fn nri(database_url: &str, args: &[&str]) {
    let status = crate::helpers::nri_command()
        .args(args)
        .env("NRI_DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .status()
        .await
        .expect("the nri binary runs");
    assert!(status.success(), "nri {args:?}: {status}");
}

/// Starts `nri worker` on a free loopback port; returns it and its probe base URL
/// (read from the line it prints once bound).
async fn start_worker(database_url: &str) -> (Child, String) {
    let mut child = crate::helpers::nri_command()
        .arg("worker")
        .env("NRI_DATABASE_URL", database_url)
        .env("NRI_WORKER_BIND", "127.0.0.1:0")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the nri binary starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut lines = BufReader::new(stdout).lines();
    let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line())
        .await
        .expect("the worker says where it listens")
        .expect("stdout reads")
        .expect("a line before the worker ends");
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no probe address in {line:?}"))
        .to_owned();
    (child, base)
}

/// The value of the sample `series` (name and labels exactly) in `text`.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

/// Probe jobs queued or running, as a scrape reports them.
fn probe_depth(text: &str) -> f64 {
    ["queued", "running"]
        .iter()
        .map(|s| sample(text, &format!(r#"nri_jobs{{kind="probe",state="{s}"}}"#)).unwrap_or(0.0))
        .sum()
}

async fn scrape(client: &reqwest::Client, url: &str) -> String {
    let r = client.get(url).send().await.expect("/metrics answers");
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4"),
        "the Prometheus text format"
    );
    r.text().await.expect("a body")
}

#[tokio::test]
async fn the_worker_process_serves_probes_and_its_metrics_show_the_queue_draining() {
    let app = spawn_app().await;
    let url = app.database_url.clone();
    // Six jobs of 400 ms each: the queue takes seconds to drain, long
    // enough for a first scrape to see it full.
    nri(
        &url,
        &["admin", "queue-probe", "--jobs", "6", "--work-ms", "400"],
    )
    .await;
    let client = reqwest::Client::new();
    // Before any worker runs, the API process reads the queue from the database.
    let api = scrape(&client, &app.url("/metrics")).await;
    assert_eq!(
        sample(&api, r#"nri_jobs{kind="probe",state="queued"}"#),
        Some(6.0),
        "{api}"
    );
    let (mut worker, base) = start_worker(&url).await;
    let metrics = format!("{base}/metrics");
    let first = scrape(&client, &metrics).await;
    assert!(
        probe_depth(&first) > 0.0,
        "the first scrape sees the queue before it drained:\n{first}"
    );

    let drained = eventually("the worker's metrics to show the queue drained", || async {
        let text = scrape(&client, &metrics).await;
        (probe_depth(&text) == 0.0
            && sample(&text, r#"nri_jobs_total{kind="probe",outcome="done"}"#) == Some(6.0))
        .then_some(text)
    })
    .await;
    for (series, want) in [
        (r#"nri_jobs{kind="probe",state="queued"}"#, 0.0),
        (r#"nri_jobs{kind="probe",state="running"}"#, 0.0),
        (r#"nri_jobs{kind="probe",state="failed"}"#, 0.0),
        (r#"nri_job_oldest_queued_age_seconds{kind="probe"}"#, 0.0),
        (
            r#"nri_job_duration_seconds_count{kind="probe",outcome="done"}"#,
            6.0,
        ),
        (r#"nri_outbox_unrelayed_events"#, 0.0),
    ] {
        assert_eq!(
            sample(&drained, series),
            Some(want),
            "{series} in:\n{drained}"
        );
    }
    // Each ran for at least its 400 ms of simulated work.
    let total = sample(
        &drained,
        r#"nri_job_duration_seconds_sum{kind="probe",outcome="done"}"#,
    )
    .expect("a duration sum");
    assert!(total >= 6.0 * 0.4, "{total} s for six jobs of 400 ms");
    assert!(
        drained.contains(&format!(
            r#"nri_build_info{{profile="debug",version="{}"}} 1"#,
            env!("CARGO_PKG_VERSION")
        )),
        "{drained}"
    );
    let most = sample(&drained, r#"nri_db_pool_max_connections{pool="worker"}"#)
        .expect("the worker's pool is shown");
    assert!(most >= 1.0, "{most}");

    // Another process's queue is the same truth.
    let api = scrape(&client, &app.url("/metrics")).await;
    assert_eq!(probe_depth(&api), 0.0, "{api}");

    let health = client.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
    let ready = client.get(format!("{base}/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), StatusCode::OK);
    assert_eq!(
        ready.json::<serde_json::Value>().await.unwrap()["status"],
        "ready"
    );
    // Nothing of the API is served on the probe address.
    let me = client
        .get(format!("{base}/api/v1/me"))
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::NOT_FOUND);
    worker.start_kill().expect("stop the worker");
    let _ = worker.wait().await;
}

/// The worker's `/readyz` follows the database watchdog: 503 while the
/// database does not answer, ready again after; `/healthz` stays 200.
#[tokio::test]
async fn the_worker_is_not_ready_while_the_database_does_not_answer() {
    let Some(upstream) =
        postgres_upstream("the_worker_is_not_ready_while_the_database_does_not_answer")
    else {
        return;
    };
    let app = spawn_app().await;
    let proxy = Proxy::start(upstream.clone()).await;
    let via_proxy = app.database_url.replace(&upstream, &proxy.addr);
    let (mut worker, probes) = start_worker(&via_proxy).await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let status = |path: &'static str| {
        let (client, url) = (client.clone(), format!("{probes}{path}"));
        async move { client.get(url).send().await.expect("answered").status() }
    };
    assert_eq!(status("/readyz").await, StatusCode::OK);
    proxy.cut();
    eventually("/readyz to say not ready during the outage", || async {
        (status("/readyz").await == StatusCode::SERVICE_UNAVAILABLE).then_some(())
    })
    .await;
    assert_eq!(status("/healthz").await, StatusCode::OK);
    // A scrape still answers, without the queue it cannot read.
    let text = scrape(&client, &format!("{probes}/metrics")).await;
    assert!(text.contains("nri_build_info"), "{text}");
    proxy.restore();
    eventually("/readyz to be ready again", || async {
        (status("/readyz").await == StatusCode::OK).then_some(())
    })
    .await;
    worker.start_kill().expect("stop the worker");
    let _ = worker.wait().await;
}
