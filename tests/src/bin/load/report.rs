//! What a run measured, and its Markdown tables (stdout) with the verdict on
//! issue 16's aims. Formatting only: nothing here measures.
use crate::registry::Size;
use nri_tests::stats::percentile;

/// One line of the reads-and-writes table.
pub struct Row {
    pub database: String,
    pub scenario: String,
    pub conns: usize,
    pub rate: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub reference: String,
    pub ref_rate: f64,
    pub ref_p99_ms: f64,
    pub rss_kib: Option<u64>,
    pub note: String,
}

impl Row {
    pub fn ratio(&self) -> f64 {
        self.rate / self.ref_rate
    }
}

/// Freshness under the read mix.
pub struct Freshness {
    pub database: String,
    pub conns: usize,
    /// Seconds, ascending.
    pub samples: Vec<f64>,
    pub load_rate: f64,
    pub rss_kib: Option<u64>,
}

/// Freshness on a large registry, interleaved with the same measurement on
/// the small one (its reference, taken in the same minute).
pub struct Scale {
    pub database: String,
    pub large: Size,
    pub small: Size,
    /// Seconds, ascending.
    pub large_samples: Vec<f64>,
    /// Seconds, ascending.
    pub small_samples: Vec<f64>,
    /// The large registry's server.
    pub rss_kib: Option<u64>,
}

impl Scale {
    pub fn ratio(&self) -> f64 {
        percentile(&self.large_samples, 95.0) / percentile(&self.small_samples, 95.0)
    }
}

/// The global aggregate's size on the wire, plain and as Brotli.
pub struct Wire {
    pub database: String,
    pub plain: usize,
    pub brotli: usize,
}

/// Everything one run measured, in the order it was measured.
#[derive(Default)]
pub struct Results {
    pub rows: Vec<Row>,
    pub fresh: Vec<Freshness>,
    pub scale: Vec<Scale>,
    pub wire: Vec<Wire>,
}

pub fn ms(v: f64) -> String {
    if v.is_nan() {
        "—".into()
    } else if v < 10.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.0}")
    }
}

pub fn rate(v: f64) -> String {
    if v.is_nan() {
        "—".into()
    } else if v < 100.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.0}")
    }
}

pub fn mib(kib: Option<u64>) -> String {
    kib.map_or_else(|| "—".into(), |k| format!("{} MiB", k.div_ceil(1024)))
}

fn ratio(v: f64) -> String {
    if v.is_nan() {
        "—".into()
    } else {
        format!("{v:.2}×")
    }
}

/// Milliseconds of the `p`-th percentile of `samples` (seconds, ascending).
fn pms(samples: &[f64], p: f64) -> String {
    format!("{:.0} ms", percentile(samples, p) * 1000.0)
}

pub fn print_tables(top: usize, r: &Results) {
    println!(
        "| database | scenario | conns | req/s | p50 ms | p99 ms | reference | ref. req/s | ref. p99 ms | ratio | server peak RSS | notes |"
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |");
    for row in &r.rows {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            row.database,
            row.scenario,
            row.conns,
            rate(row.rate),
            ms(row.p50_ms),
            ms(row.p99_ms),
            row.reference,
            rate(row.ref_rate),
            ms(row.ref_p99_ms),
            ratio(row.ratio()),
            mib(row.rss_kib),
            row.note
        );
    }
    if !r.fresh.is_empty() {
        println!();
        println!(
            "| database | read load (wrk, mixed reads) | acceptances | freshness p50 | freshness p95 | max | server peak RSS |"
        );
        println!("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        for f in &r.fresh {
            println!(
                "| {} | {} connections, {} req/s | {} | {} | {} | {} | {} |",
                f.database,
                f.conns,
                rate(f.load_rate),
                f.samples.len(),
                pms(&f.samples, 50.0),
                pms(&f.samples, 95.0),
                pms(&f.samples, 100.0),
                mib(f.rss_kib)
            );
        }
    }
    if !r.scale.is_empty() {
        println!();
        println!(
            "| database | registry | acceptances | freshness p50 | freshness p95 | reference (interleaved) | ref. p50 | ref. p95 | ratio of p95 | server peak RSS |"
        );
        println!("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        for s in &r.scale {
            println!(
                "| {} | {} × {} | {} | {} | {} | {} × {} | {} | {} | {} | {} |",
                s.database,
                s.large.initiatives,
                s.large.years,
                s.large_samples.len(),
                pms(&s.large_samples, 50.0),
                pms(&s.large_samples, 95.0),
                s.small.initiatives,
                s.small.years,
                pms(&s.small_samples, 50.0),
                pms(&s.small_samples, 95.0),
                ratio(s.ratio()),
                mib(s.rss_kib)
            );
        }
    }
    println!();
    aims(top, r);
}

/// Issue 16's aims, judged on these figures: reads at the highest
/// concurrency, the write path at 16 clients.
fn aims(top: usize, r: &Results) {
    let mut lines: Vec<(String, String, bool)> = Vec::new();
    let find = |db: &str, conns: usize, prefix: &str| {
        r.rows.iter().find(|row| {
            row.database == db && row.conns == conns && row.scenario.starts_with(prefix)
        })
    };
    for s in &r.scale {
        lines.push((
            format!(
                "{}, freshness p95 at {} ÷ at {} ≤ 1.5×",
                s.database, s.large.initiatives, s.small.initiatives
            ),
            ratio(s.ratio()),
            s.ratio() <= 1.5,
        ));
    }
    for f in &r.fresh {
        let limit = if f.database == "SQLite" { 0.3 } else { 0.25 };
        let p95 = percentile(&f.samples, 95.0);
        lines.push((
            format!(
                "{}, freshness p95 under the read mix < {:.2} s",
                f.database, limit
            ),
            format!("{:.3} s", p95),
            p95 < limit,
        ));
    }
    for db in ["PostgreSQL", "SQLite"] {
        let read_aims = [
            ("cached aggregate `global", "cached aggregate 200", 0.8),
            ("cached aggregate, 304", "304", 0.8),
            (
                "one report, authenticated",
                "authenticated report read",
                0.25,
            ),
        ];
        for (prefix, name, limit) in read_aims {
            if let Some(row) = find(db, top, prefix) {
                lines.push((
                    format!("{db}, {name} ÷ nginx ≥ {limit}× at {top} connections"),
                    ratio(row.ratio()),
                    row.ratio() >= limit,
                ));
            }
        }
        if let Some(row) = find(db, top, "directory").filter(|_| db == "PostgreSQL") {
            lines.push((
                format!("{db}, directory page p99 < 20 ms at {top} connections"),
                format!("{} ms", ms(row.p99_ms)),
                row.p99_ms < 20.0,
            ));
        }
        if let Some(row) = find(db, 16, "write").filter(|row| !row.ratio().is_nan()) {
            lines.push((
                format!("{db}, write path ÷ pgbench ≥ 0.25× at 16 clients"),
                ratio(row.ratio()),
                row.ratio() >= 0.25,
            ));
        }
    }
    for w in &r.wire {
        lines.push((
            format!(
                "{}, global aggregate with `Accept-Encoding: br` ≤ 15 KiB",
                w.database
            ),
            format!(
                "{:.1} KiB (plain {:.1} KiB)",
                w.brotli as f64 / 1024.0,
                w.plain as f64 / 1024.0
            ),
            w.brotli <= 15 * 1024,
        ));
    }
    let peak = r
        .rows
        .iter()
        .map(|row| row.rss_kib)
        .chain(r.fresh.iter().map(|f| f.rss_kib))
        .chain(r.scale.iter().map(|s| s.rss_kib))
        .flatten()
        .max();
    if let Some(peak) = peak {
        lines.push((
            "server peak RSS < 150 MiB, any scenario".into(),
            mib(Some(peak)),
            peak < 150 * 1024,
        ));
    }
    println!("| aim | this run | met? |");
    println!("| --- | --- | --- |");
    for (aim, figure, ok) in lines {
        println!(
            "| {aim} | {figure} | {} |",
            if ok { "met" } else { "**not met**" }
        );
    }
}
