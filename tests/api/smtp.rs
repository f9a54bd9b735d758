//! A small SMTP server for the mail tests, on loopback: enough of RFC 5321
//! for a client (EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT),
//! collecting every message it accepts, and able to refuse the first N
//! messages with a temporary error (451) to exercise retries.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// One accepted message.
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// The message as sent, dot-stuffing undone, CRLF line ends kept.
    pub data: String,
}

#[derive(Default)]
struct Shared {
    messages: Mutex<Vec<Received>>,
    /// Messages still to refuse with a 451.
    refuse: AtomicUsize,
    /// Every MAIL FROM seen, refused or not.
    attempts: AtomicUsize,
}

pub struct SmtpServer {
    pub port: u16,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpServer {
    /// Listens on a free loopback port; refuses the first `refuse_first` messages.
    pub async fn start(refuse_first: usize) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind SMTP");
        let port = listener.local_addr().expect("address").port();
        let shared = Arc::new(Shared::default());
        shared.refuse.store(refuse_first, Ordering::SeqCst);
        let task = tokio::spawn({
            let shared = shared.clone();
            async move {
                while let Ok((stream, _)) = listener.accept().await {
                    tokio::spawn(session(stream, shared.clone()));
                }
            }
        });
        Self { port, shared, task }
    }

    /// What `NRI_SMTP_URL` says to reach it.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn messages(&self) -> Vec<Received> {
        self.shared
            .messages
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// How many messages clients began (refused ones included).
    pub fn attempts(&self) -> usize {
        self.shared.attempts.load(Ordering::SeqCst)
    }
}

/// The address inside `MAIL FROM:<…>` / `RCPT TO:<…>`.
fn path_of(arg: &str) -> String {
    let start = arg.find('<').map_or(0, |i| i + 1);
    let end = arg[start..].find('>').map_or(arg.len(), |i| start + i);
    arg[start..end].to_owned()
}

/// Sends one reply; false once the client is gone.
async fn reply(w: &mut tokio::net::tcp::OwnedWriteHalf, text: &str) -> bool {
    w.write_all(format!("{text}\r\n").as_bytes()).await.is_ok()
}

async fn session(stream: tokio::net::TcpStream, shared: Arc<Shared>) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    if !reply(&mut write, "220 127.0.0.1 ESMTP test server").await {
        return;
    }
    let (mut from, mut to) = (String::new(), Vec::new());
    loop {
        let mut line = String::new();
        match lines.read_line(&mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let line = line.trim_end_matches(['\r', '\n']);
        let (verb, arg) = line.split_once(' ').unwrap_or((line, ""));
        let answer = match verb.to_ascii_uppercase().as_str() {
            "EHLO" => "250-127.0.0.1 greets you\r\n250 8BITMIME",
            "HELO" | "NOOP" => "250 OK",
            "RSET" => {
                (from, to) = (String::new(), Vec::new());
                "250 OK"
            }
            "MAIL" => {
                shared.attempts.fetch_add(1, Ordering::SeqCst);
                let refused = shared
                    .refuse
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok();
                if refused {
                    "451 4.3.0 not now, try again later"
                } else {
                    from = path_of(arg);
                    "250 OK"
                }
            }
            "RCPT" => {
                to.push(path_of(arg));
                "250 OK"
            }
            "DATA" => {
                if !reply(&mut write, "354 end with <CRLF>.<CRLF>").await {
                    return;
                }
                let mut data = String::new();
                loop {
                    let mut l = String::new();
                    match lines.read_line(&mut l).await {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    if l == ".\r\n" || l == ".\n" {
                        break;
                    }
                    data.push_str(l.strip_prefix('.').unwrap_or(&l));
                }
                shared
                    .messages
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(Received {
                        from: std::mem::take(&mut from),
                        to: std::mem::take(&mut to),
                        data,
                    });
                "250 OK queued"
            }
            "QUIT" => {
                reply(&mut write, "221 bye").await;
                return;
            }
            _ => "502 not implemented",
        };
        if !reply(&mut write, answer).await {
            return;
        }
    }
}

/// A message read by Python's `email` package (the parser mail programs'
/// behaviour is checked against): its headers, the plain and HTML parts
/// (and the HTML with its character references resolved, as a browser reads
/// its attributes).
pub fn parse_with_python(raw: &[u8]) -> serde_json::Value {
    use std::io::Write;
    let script = r#"
import email, html, json, sys
from email import policy
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
parts = {}
for p in m.walk():
    if p.get_content_maintype() == "text":
        parts[p.get_content_type()] = p.get_content()
print(json.dumps({
    "subject": str(m["subject"]), "from": str(m["from"]), "to": str(m["to"]),
    "content_type": m.get_content_type(), "message_id": str(m["message-id"]),
    "list_unsubscribe": m["list-unsubscribe"] and str(m["list-unsubscribe"]),
    "defects": [str(d) for d in m.defects],
    "text": parts.get("text/plain"), "html": parts.get("text/html"),
    "html_unescaped": html.unescape(parts.get("text/html") or ""),
}))
"#;
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(raw)
        .expect("write the message");
    let out = child.wait_with_output().expect("python3 ends");
    assert!(out.status.success(), "python3 could not read the message");
    serde_json::from_slice(&out.stdout).expect("python3 printed JSON")
}

/// The first link in `text` that starts with `prefix`.
pub fn link_in(text: &str, prefix: &str) -> Option<String> {
    let start = text.find(prefix)?;
    let rest = &text[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}

/// An `.eml` file in `dir`, if one is there yet.
pub fn first_eml(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "eml"))
}
