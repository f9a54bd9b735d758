//! Outbound HTTP (webhooks, website checks), guarded: the target's host is
//! resolved here, every address is checked against `guard`, and the
//! connection is pinned to exactly those addresses, so a name that resolves
//! to a public address at check time cannot be swapped for an internal one
//! at connect time. Redirects are followed by hand, each hop checked again.
//! Short timeouts; response bodies are read only up to a small limit.
use crate::guard::{self, GuardPolicy, Refusal};
use reqwest::{Method, StatusCode, Url, header::HeaderMap};
use std::net::SocketAddr;
use std::time::Duration;

/// At most this much of a response body is read.
pub const MAX_BODY: usize = 64 * 1024;
pub const TIMEOUT: Duration = Duration::from_secs(10);
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    /// Where the last hop landed.
    pub final_url: String,
    /// The first `MAX_BODY` bytes of the body, lossily decoded.
    pub body: String,
}

#[derive(Debug, thiserror::Error)]
pub enum OutboundError {
    #[error("refused: {0}")]
    Refused(Refusal),
    #[error("{0}")]
    Transport(String),
    #[error("too many redirects")]
    TooManyRedirects,
}

/// Resolves `url`'s host and checks every address; returns the checked socket addresses.
pub async fn checked_addrs(
    url: &Url,
    policy: GuardPolicy,
) -> Result<Vec<SocketAddr>, OutboundError> {
    let (_, host, port) = guard::parse_target(url.as_str()).map_err(OutboundError::Refused)?;
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), port))
        .await
        .map_err(|e| OutboundError::Transport(format!("cannot resolve {host}: {e}")))?
        .collect();
    if addrs.is_empty() {
        return Err(OutboundError::Transport(format!("{host} has no address")));
    }
    let ips: Vec<_> = addrs.iter().map(SocketAddr::ip).collect();
    guard::check_addrs(&host, &ips, policy).map_err(OutboundError::Refused)?;
    Ok(addrs)
}

/// Sends one request, following up to `max_redirects` redirects (GET only; a
/// POST is never redirected), every hop guarded.
pub async fn send(
    method: Method,
    url: &str,
    headers: HeaderMap,
    body: Option<String>,
    max_redirects: usize,
    policy: GuardPolicy,
) -> Result<Reply, OutboundError> {
    let mut url =
        Url::parse(url).map_err(|e| OutboundError::Refused(Refusal::Malformed(e.to_string())))?;
    for _hop in 0..=max_redirects {
        let addrs = checked_addrs(&url, policy).await?;
        let host = url
            .host_str()
            .unwrap_or_default()
            .trim_matches(['[', ']'])
            .to_owned();
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .timeout(TIMEOUT)
            .connect_timeout(CONNECT_TIMEOUT)
            .user_agent(concat!("nri-registry/", env!("CARGO_PKG_VERSION")))
            .resolve_to_addrs(&host, &addrs)
            .build()
            .map_err(|e| OutboundError::Transport(e.to_string()))?;
        let mut req = client
            .request(method.clone(), url.clone())
            .headers(headers.clone());
        if let Some(b) = &body {
            req = req.body(b.clone());
        }
        let mut resp = req
            .send()
            .await
            .map_err(|e| OutboundError::Transport(describe(&e)))?;
        let status = resp.status();
        if status.is_redirection()
            && method == Method::GET
            && let Some(next) = resp
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .and_then(|l| url.join(l).ok())
        {
            url = next;
            continue;
        }
        let mut buf = Vec::new();
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| OutboundError::Transport(describe(&e)))?
        {
            let room = MAX_BODY.saturating_sub(buf.len());
            buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
            if buf.len() >= MAX_BODY {
                break;
            }
        }
        return Ok(Reply {
            status,
            final_url: url.to_string(),
            body: String::from_utf8_lossy(&buf).into_owned(),
        });
    }
    Err(OutboundError::TooManyRedirects)
}

/// A transport error with its cause chain (reqwest's own message is terse).
fn describe(e: &reqwest::Error) -> String {
    let mut out = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}
