//! The machine the benchmark runs on: child processes, free ports, tools on
//! the `PATH`, and what `/proc` says about memory and load.
use anyhow::{Context, bail, ensure};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;
use tokio::process::{Child, Command};

/// A free TCP port on the loopback interface (the kernel's choice, above 18000).
pub fn free_port() -> anyhow::Result<u16> {
    for _ in 0..20 {
        let l = std::net::TcpListener::bind("127.0.0.1:0")?;
        let port = l.local_addr()?.port();
        if port > 18000 {
            return Ok(port);
        }
    }
    bail!("no free port above 18000")
}

/// Runs `cmd` to its end; its stdout, or an error with its stderr.
pub async fn run(cmd: &mut Command) -> anyhow::Result<String> {
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

/// Sends `signal` (e.g. `-INT`, `-TERM`) to a child that is still running.
pub async fn signal(child: &Child, signal: &str) {
    if let Some(pid) = child.id() {
        let _ = Command::new("kill")
            .args([signal, &pid.to_string()])
            .status()
            .await;
    }
}

/// Sends SIGTERM (graceful stop) and waits up to 15 s before killing.
pub async fn stop(child: &mut Child) {
    signal(child, "-TERM").await;
    if tokio::time::timeout(Duration::from_secs(15), child.wait())
        .await
        .is_err()
    {
        let _ = child.kill().await;
    }
}

/// Peak resident set (KiB) since the last `reset_peak`; `None` when `/proc`
/// does not say (the tables then print it as missing, not as zero).
pub fn peak_rss(pid: u32) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Resets `VmHWM` to the current RSS (Linux `clear_refs` 5), so each
/// measurement reports its own peak; without the right it stays cumulative.
pub fn reset_peak(pid: u32) {
    let _ = std::fs::write(format!("/proc/{pid}/clear_refs"), "5");
}

/// The one-minute load average, for the progress lines on stderr.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

/// Whether `tool` is an executable file on the `PATH`.
pub fn which(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join(tool).is_file()))
}

/// `pgbench` from the `PATH`, else Debian's versioned location.
pub fn pgbench_bin() -> PathBuf {
    let debian = PathBuf::from("/usr/lib/postgresql/15/bin/pgbench");
    if which("pgbench") || !debian.exists() {
        PathBuf::from("pgbench")
    } else {
        debian
    }
}
