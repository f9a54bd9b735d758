//! `nri-bench`: the worker's benchmark (not a test). On an empty database it
//! loads a synthetic registry, times a full recomputation of every aggregate
//! (median of several runs), then starts the real service with its worker and
//! times, for each of N submitted reports, the interval from the IGF
//! Secretariat's accept request to the report appearing in the served
//! `global` aggregate. Prints one Markdown table row.
use anyhow::Context;
use clap::Parser;
use nri_api::config::{Secret, Settings, WorkerMode};
use nri_api::startup::Application;
use nri_tests::stats::{percentile, sorted};
use std::collections::HashMap;
use std::time::{Duration, Instant};

#[derive(Parser)]
struct Args {
    /// An empty database (the script creates a fresh one per run).
    #[arg(long)]
    database_url: String,
    #[arg(long, default_value_t = 200)]
    initiatives: usize,
    #[arg(long, default_value_t = 20)]
    years: i32,
    #[arg(long, default_value_t = 100)]
    acceptances: usize,
    /// Full recomputations to time.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// A label for the table row (e.g. the database).
    #[arg(long, default_value = "")]
    label: String,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let db = nri_api::db::connect(&args.database_url).await?;
    nri_api::db::migrate(&db).await?;
    let spec = nri_api::synthetic::Synthetic {
        initiatives: args.initiatives,
        years: args.years,
        submitted: args.acceptances,
        seed: 1,
    };
    let started = Instant::now();
    nri_api::synthetic::load(&db, &spec).await?;
    let load_s = started.elapsed().as_secs_f64();

    let mut full = Vec::new();
    let mut aggregates = 0;
    for _ in 0..args.runs {
        let t = Instant::now();
        aggregates = worker::aggregation::recompute_all(&db, "http://127.0.0.1").await?;
        full.push(t.elapsed().as_secs_f64());
    }
    let full = sorted(full);
    // The load wrote its changes' outbox events as the API does; the full
    // recomputation reflects them all, so the service's worker starts with
    // only the acceptances below to follow.
    nri_api::synthetic::settle_outbox(&db).await?;

    let token = format!("nri_bench_{}", uuid::Uuid::new_v4().simple());
    let mut settings = Settings::new(args.database_url.clone(), "127.0.0.1:0");
    settings.bootstrap_token = Some(Secret::new(token.clone()));
    settings.worker = WorkerMode::On;
    let app = Application::build(settings).await?;
    let base = format!("http://127.0.0.1:{}/api/v1", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::new();
    let queue: serde_json::Value = client
        .get(format!("{base}/reports?status=submitted&limit=100"))
        .bearer_auth(&token)
        .send()
        .await?
        .json()
        .await?;
    let pending: Vec<(String, i64)> = queue["items"]
        .as_array()
        .context("the review queue has no items")?
        .iter()
        .map(|i| {
            Ok((
                i["initiative"]
                    .as_str()
                    .context("a queued report without its initiative")?
                    .to_owned(),
                i["year"]
                    .as_i64()
                    .context("a queued report without its year")?,
            ))
        })
        .collect::<anyhow::Result<_>>()?;
    anyhow::ensure!(!pending.is_empty(), "no submitted reports to accept");
    let mut fresh = Vec::new();
    // The served `global` aggregate of each year, by its ETag: the poll below
    // revalidates (a 304 until it changes) and parses only a new body, as a
    // regional forum's client would. Parsing the whole document on every
    // poll took CPU from the worker it times (a megabyte at 2,000 initiatives).
    let mut known: HashMap<i64, (String, serde_json::Value)> = HashMap::new();
    for (slug, year) in pending.iter().take(args.acceptances) {
        let t = Instant::now();
        let r = client
            .post(format!("{base}/initiatives/{slug}/reports/{year}/review"))
            .bearer_auth(&token)
            .json(&serde_json::json!({ "decision": "accept" }))
            .send()
            .await?;
        anyhow::ensure!(r.status().is_success(), "accept {slug}: {}", r.status());
        loop {
            let mut request = client.get(format!("{base}/aggregates/global/{year}.json"));
            if let Some((etag, _)) = known.get(year) {
                request = request.header("if-none-match", etag);
            }
            let r = request.send().await?;
            if r.status() != reqwest::StatusCode::NOT_MODIFIED {
                anyhow::ensure!(r.status().is_success(), "global {year}: {}", r.status());
                let etag = r
                    .headers()
                    .get("etag")
                    .and_then(|v| v.to_str().ok())
                    .context("the aggregate's etag")?
                    .to_owned();
                known.insert(*year, (etag, r.json().await?));
            }
            let agg = &known.get(year).context("the aggregate read")?.1;
            let seen = agg["contributing"]
                .as_array()
                .is_some_and(|c| c.iter().any(|x| x["slug"] == slug.as_str()));
            if seen {
                break;
            }
            anyhow::ensure!(
                t.elapsed() < Duration::from_secs(60),
                "{slug} never appeared"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        fresh.push(t.elapsed().as_secs_f64());
    }
    let fresh = sorted(fresh);
    println!(
        "| {} | {} × {} ({} reports) | {:.2} s | {} | {:.3} s ({:.3}–{:.3}) | {} | {:.0} ms | {:.0} ms |",
        args.label,
        args.initiatives,
        args.years,
        args.initiatives * args.years as usize,
        load_s,
        aggregates,
        percentile(&full, 50.0),
        full[0],
        full[full.len() - 1],
        fresh.len(),
        percentile(&fresh, 50.0) * 1000.0,
        percentile(&fresh, 95.0) * 1000.0,
    );
    Ok(())
}
