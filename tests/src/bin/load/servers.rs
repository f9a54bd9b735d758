//! The processes under measurement and of reference: the release `nri serve`
//! and an nginx serving the very same bytes as static files.
use crate::system::free_port;
use anyhow::{Context, bail, ensure};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

/// The service under test: `nri serve` (worker in-process) as its own process.
pub struct Server {
    pub child: Child,
    pub pid: u32,
    pub base: String,
}

impl Server {
    /// Starts `bin serve` on `url` with `token` as its bootstrap token, its
    /// stderr in `log`, and waits until `/readyz` answers.
    pub async fn start(bin: &Path, url: &str, token: &str, log: &Path) -> anyhow::Result<Self> {
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

    pub fn api(&self) -> String {
        format!("{}/api/v1", self.base)
    }
}

/// nginx serving `www/` as static files: the reference for the reads.
pub struct Nginx {
    pub child: Child,
    pub base: String,
}

impl Nginx {
    pub async fn start(dir: &Path) -> anyhow::Result<Self> {
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
        set_readable(dir)?;
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
                "nginx did not start; see {d}/nginx.stderr"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(nginx)
    }

    /// The ETag nginx gives `www/name`, for its own 304 reference.
    pub async fn etag(&self, client: &reqwest::Client, name: &str) -> anyhow::Result<String> {
        let url = format!("{}/{name}", self.base);
        let r = client.get(&url).send().await?;
        ensure!(r.status().is_success(), "nginx GET {url}: {}", r.status());
        header(&r, "etag").with_context(|| format!("nginx's etag of {url}"))
    }

    pub async fn stop(&mut self) {
        crate::system::stop(&mut self.child).await;
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

/// A response header as text, if present and readable.
pub fn header(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// What [`mirror`] copied: the service's ETag and the body's size on the wire.
pub struct Mirrored {
    pub etag: Option<String>,
    pub bytes: usize,
}

/// Fetches `url` (as `token`'s holder, with `headers`) and writes the body as
/// received, still encoded if the service compressed it, to `www/name` for
/// nginx. The client does not decode: its features leave compression out.
pub async fn mirror(
    client: &reqwest::Client,
    url: &str,
    token: Option<&str>,
    headers: &[(&str, &str)],
    www: &Path,
    name: &str,
) -> anyhow::Result<Mirrored> {
    let mut req = client.get(url);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let r = req.send().await?;
    ensure!(r.status().is_success(), "GET {url}: {}", r.status());
    let etag = header(&r, "etag");
    let body = r.bytes().await?;
    std::fs::write(www.join(name), &body)?;
    Ok(Mirrored {
        etag,
        bytes: body.len(),
    })
}
