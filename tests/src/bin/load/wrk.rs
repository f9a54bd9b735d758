//! `wrk`, the HTTP load generator every read scenario and its nginx
//! reference are measured with: its command line and its report.
use crate::system::run;
use anyhow::ensure;
use std::path::Path;
use tokio::process::Command;

/// What one `wrk` run reports.
#[derive(Debug, Default, Clone)]
pub struct Wrk {
    pub rate: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub requests: u64,
    /// Non-2xx/3xx responses and socket errors.
    pub bad: u64,
}

/// `1.23ms`, `456.00us`, `1.01s`, `2.00m` → milliseconds.
fn duration_ms(s: &str) -> Option<f64> {
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

/// Reads `wrk --latency`'s report; a figure it cannot read stays `NaN`, and
/// a report without a rate is an error.
pub fn parse(out: &str) -> anyhow::Result<Wrk> {
    let mut w = Wrk {
        rate: f64::NAN,
        p50_ms: f64::NAN,
        p99_ms: f64::NAN,
        ..Wrk::default()
    };
    for line in out.lines().map(str::trim) {
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some("50%"), Some(v)) => w.p50_ms = duration_ms(v).unwrap_or(f64::NAN),
            (Some("99%"), Some(v)) => w.p99_ms = duration_ms(v).unwrap_or(f64::NAN),
            (Some("Requests/sec:"), Some(v)) => w.rate = v.parse().unwrap_or(f64::NAN),
            (Some(n), Some("requests")) => {
                if let Ok(n) = n.parse() {
                    w.requests = n;
                }
            }
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
pub fn command(
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

/// One `wrk` run of `url`, to its end.
pub async fn measure(
    url: &str,
    conns: usize,
    secs: u64,
    headers: &[String],
) -> anyhow::Result<Wrk> {
    parse(&run(&mut command(url, conns, secs, headers, None)).await?)
}
