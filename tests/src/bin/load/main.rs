//! `nri-load`: the load benchmark (not a test; see BENCHMARKS.md and
//! `tests/bench/load.sh`). For each database it loads a synthetic registry,
//! starts the release `nri serve` (worker in-process) as a separate process,
//! and measures every scenario beside a reference taken in the same run on the
//! same machine, so that the figures survive a noisy, shared machine:
//!
//! - reads (`reads`): cached aggregate 200 and 304, directory page, one report
//!   anonymous and authenticated, with `wrk`, each right after `nginx`
//!   serving the very same bytes as a static file at the same concurrency;
//! - the write path (`writes`): PUT a draft with `If-Match`, then submit, with
//!   an in-process driver, each right after `pgbench` running a single-row
//!   insert on the same PostgreSQL at the same concurrency;
//! - freshness (`freshness`): accept → visible in `global`, while `wrk`
//!   drives a mix of the reads; and on a second, large registry (2,000 ×
//!   20 by default) served beside the first, each acceptance there next to
//!   one on the small registry, its reference in the same minute.
//!
//! The server's peak RSS is read from `/proc/<pid>/status` (`VmHWM`, reset
//! through `clear_refs` before each measurement). The server is started once
//! per database, not per scenario. Prints Markdown tables on stdout
//! (`report`), progress on stderr.
mod freshness;
mod reads;
mod registry;
mod report;
mod servers;
mod system;
mod writes;
mod wrk;

use anyhow::{Context, bail, ensure};
use clap::Parser;
use freshness::Served;
use registry::Size;
use report::Results;
use servers::{Nginx, Server};
use std::path::{Path, PathBuf};
use std::time::Instant;
use system::{run, stop, which};
use tokio::process::Command;

#[derive(Parser)]
pub struct Args {
    /// A PostgreSQL URL on whose server the benchmark may create and drop the
    /// databases `nri_load` and `nri_load_large`.
    #[arg(
        long,
        env = "NRI_BENCH_PG_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    pg_url: String,
    /// Databases to measure, in order.
    #[arg(long, value_delimiter = ',', default_value = "postgres,sqlite")]
    databases: Vec<String>,
    /// Scenarios to run (all by default): aggregate, directory, report, write,
    /// freshness, scale (freshness on a registry of --scale-initiatives).
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "aggregate,directory,report,write,freshness,scale"
    )]
    scenarios: Vec<String>,
    /// Seconds per measurement (each scenario and each reference, per concurrency).
    #[arg(long, default_value_t = 10)]
    pub duration: u64,
    /// Concurrent connections (wrk) / clients (write driver, pgbench).
    #[arg(long, value_delimiter = ',', default_value = "1,16,64")]
    pub concurrency: Vec<usize>,
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
    /// Initiatives of the large registry of the `scale` scenario (× --years).
    #[arg(long, default_value_t = 2000)]
    scale_initiatives: usize,
    /// Acceptances timed on each registry in the `scale` scenario (at most
    /// the 100 the generator leaves submitted, less those `freshness` took).
    #[arg(long, default_value_t = 40)]
    scale_acceptances: usize,
    /// The server binary (default: `nri-under-test` beside this one).
    #[arg(long)]
    server: Option<PathBuf>,
    /// Keep the work directory (logs, nginx files) instead of deleting it.
    #[arg(long)]
    keep: bool,
}

impl Args {
    fn on(&self, scenario: &str) -> bool {
        self.scenarios.iter().any(|s| s == scenario)
    }
}

/// An empty database `name` of `kind`: its label for the tables and its URL.
async fn fresh_database(
    args: &Args,
    kind: &str,
    name: &str,
    work: &Path,
) -> anyhow::Result<(&'static str, String)> {
    match kind {
        "postgres" | "postgresql" => {
            let root = args
                .pg_url
                .rsplit_once('/')
                .map_or(args.pg_url.as_str(), |(r, _)| r);
            run(Command::new("psql").arg(&args.pg_url).args([
                "-qXc",
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                "-c",
                &format!("CREATE DATABASE {name}"),
            ]))
            .await?;
            Ok(("PostgreSQL", format!("{root}/{name}")))
        }
        "sqlite" => {
            let file = work.join(format!("{name}.db"));
            for ext in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", file.display()));
            }
            Ok(("SQLite", format!("sqlite://{}?mode=rwc", file.display())))
        }
        other => bail!("unknown database `{other}`: use postgres or sqlite"),
    }
}

/// Drops what `fresh_database` made on PostgreSQL (SQLite's files go with
/// the work directory).
async fn drop_database(args: &Args, kind: &str, name: &str) {
    if kind != "sqlite" {
        let _ = run(Command::new("psql").arg(&args.pg_url).args([
            "-qXc",
            &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        ]))
        .await;
    }
}

async fn bench_database(
    args: &Args,
    kind: &str,
    bin: &Path,
    work: &Path,
    results: &mut Results,
) -> anyhow::Result<()> {
    let (label, url) = fresh_database(args, kind, "nri_load", work).await?;
    let size = Size {
        initiatives: args.initiatives,
        years: args.years,
    };
    eprintln!(
        "== {label}: loading {} × {} …",
        size.initiatives, size.years
    );
    let secs = registry::prepare(&url, size, true).await?;
    eprintln!("  registry and aggregates ready in {secs:.1} s");
    let token = format!("nri_load_{}", uuid::Uuid::new_v4().simple());
    let log = work.join(format!("server-{kind}.log"));
    // Both children are killed on drop should a step fail.
    let mut server = Server::start(bin, &url, &token, &log).await?;
    let mut fx = registry::fixture(&server, &token, args.years, bin, &url).await?;
    let mirrors = reads::Mirrors::fetch(&server, &fx, &work.join("www")).await?;
    results.wire.push(mirrors.wire(label));
    if ["aggregate", "directory", "report"]
        .iter()
        .any(|s| args.on(s))
    {
        let mut nginx = Nginx::start(work).await?;
        for case in &mirrors.cases(&nginx, |s| args.on(s)).await? {
            for &c in &args.concurrency {
                let row = reads::measure(label, case, c, args.duration, server.pid).await?;
                results.rows.push(row);
            }
        }
        nginx.stop().await;
    }
    if args.on("write") {
        let rows = writes::measure(label, &url, &server, &mut fx, work, args).await?;
        results.rows.extend(rows);
    }
    let small = Served {
        server: &server,
        admin: &token,
        size,
    };
    if args.on("freshness") {
        let conns = args
            .freshness_connections
            .unwrap_or_else(|| args.concurrency.iter().copied().max().unwrap_or(16));
        results.fresh.push(
            freshness::under_read_load(label, &small, &fx, work, conns, args.acceptances).await?,
        );
    }
    if args.on("scale") {
        let large_size = Size {
            initiatives: args.scale_initiatives,
            years: args.years,
        };
        let (_, large_url) = fresh_database(args, kind, "nri_load_large", work).await?;
        eprintln!(
            "== {label}: loading {} × {} for the scale scenario …",
            large_size.initiatives, large_size.years
        );
        let secs = registry::prepare(&large_url, large_size, false).await?;
        eprintln!("  registry and aggregates ready in {secs:.1} s");
        let log = work.join(format!("server-{kind}-large.log"));
        let mut large_server = Server::start(bin, &large_url, &token, &log).await?;
        let large = Served {
            server: &large_server,
            admin: &token,
            size: large_size,
        };
        let scale =
            freshness::at_scale(label, &small, &large, fx.last, args.scale_acceptances).await;
        stop(&mut large_server.child).await;
        drop_database(args, kind, "nri_load_large").await;
        results.scale.push(scale?);
    }
    stop(&mut server.child).await;
    drop_database(args, kind, "nri_load").await;
    Ok(())
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
    let mut results = Results::default();
    let mut outcome = Ok(());
    for kind in &args.databases {
        if let Err(e) = bench_database(&args, kind, &bin, &work, &mut results).await {
            outcome = Err(e.context(format!("benchmarking {kind}")));
            break;
        }
    }
    let top = args.concurrency.iter().copied().max().unwrap_or(64);
    report::print_tables(top, &results);
    eprintln!("done in {:.0} s", started.elapsed().as_secs_f64());
    if args.keep || outcome.is_err() {
        eprintln!("logs kept in {}", work.display());
    } else {
        let _ = std::fs::remove_dir_all(&work);
    }
    outcome
}
