//! A database outage: with a TCP proxy between the service and PostgreSQL
//! that the test cuts (connections hang, as when packets are dropped) and
//! restores, API calls answer 503 with `Retry-After` within a few seconds,
//! `/readyz` says not ready within its bound, `/healthz` stays 200, and the
//! service recovers by itself. SQLite has no network: the test says so and
//! passes without running there.
use crate::helpers::{eventually, spawn_app_with};
use reqwest::StatusCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// A TCP proxy on 127.0.0.1 to `upstream`. While cut, it forwards nothing:
/// open connections stay open but silent, new ones are accepted and left
/// unanswered. Restoring closes every held connection and forwards again.
pub(crate) struct Proxy {
    pub(crate) addr: String,
    cut: watch::Sender<bool>,
    /// Connections held silent during the cut.
    held: Arc<Mutex<Vec<TcpStream>>>,
}

impl Proxy {
    pub(crate) async fn start(upstream: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("proxy address").to_string();
        let (cut, _) = watch::channel(false);
        let held = Arc::new(Mutex::new(Vec::new()));
        let (cut_tx, held_in) = (cut.clone(), held.clone());
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (cut, held, upstream) = (cut_tx.subscribe(), held_in.clone(), upstream.clone());
                tokio::spawn(forward(client, upstream, cut, held));
            }
        });
        Self { addr, cut, held }
    }

    pub(crate) fn cut(&self) {
        self.cut.send_replace(true);
    }

    pub(crate) fn restore(&self) {
        self.cut.send_replace(false);
        self.held.lock().expect("held").clear();
    }
}

/// The `host:port` of the PostgreSQL server in `NRI_TEST_DATABASE_URL`, to
/// put a proxy in front of. `None` on SQLite, which has no network to cut:
/// `test` then says it is skipped and passes without running.
pub(crate) fn postgres_upstream(test: &str) -> Option<String> {
    let Ok(base) = std::env::var("NRI_TEST_DATABASE_URL") else {
        eprintln!(
            "SKIPPED {test}: it cuts a network connection, and SQLite has none \
             (set NRI_TEST_DATABASE_URL to run it on PostgreSQL)"
        );
        return None;
    };
    let upstream = base
        .split_once('@')
        .and_then(|(_, rest)| rest.split('/').next())
        .expect("host:port in NRI_TEST_DATABASE_URL");
    Some(upstream.to_owned())
}

async fn forward(
    mut client: TcpStream,
    upstream: String,
    mut cut: watch::Receiver<bool>,
    held: Arc<Mutex<Vec<TcpStream>>>,
) {
    if *cut.borrow() {
        held.lock().expect("held").push(client);
        return;
    }
    let Ok(mut server) = TcpStream::connect(&upstream).await else {
        return;
    };
    let was_cut = tokio::select! {
        _ = copy_bidirectional(&mut client, &mut server) => false,
        _ = cut.wait_for(|c| *c) => true,
    };
    if was_cut {
        let mut held = held.lock().expect("held");
        held.push(client);
        held.push(server);
    }
}

#[tokio::test]
async fn a_database_outage_answers_503_promptly_and_recovers() {
    let Some(upstream) = postgres_upstream("a_database_outage_answers_503_promptly_and_recovers")
    else {
        return;
    };
    let proxy = Proxy::start(upstream.clone()).await;
    let via_proxy = proxy.addr.clone();
    let app = spawn_app_with(move |s| {
        s.database.database_url = nri_api::config::DatabaseUrl::new(
            s.database
                .database_url
                .expose()
                .replace(&upstream, &via_proxy),
        );
    })
    .await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(4))
        .build()
        .expect("client");
    let me = || client.get(app.url("/me")).bearer_auth(&app.igf).send();
    // Several at once, so the pool holds connections that will go silent.
    let warm = futures::future::join_all((0..4).map(|_| me())).await;
    for r in warm {
        assert_eq!(r.expect("answered").status(), StatusCode::OK);
    }

    proxy.cut();
    for attempt in 0..3 {
        let started = Instant::now();
        let r = me()
            .await
            .unwrap_or_else(|e| panic!("call {attempt} during the outage got no answer: {e}"));
        assert_eq!(
            r.status(),
            StatusCode::SERVICE_UNAVAILABLE,
            "call {attempt}"
        );
        assert!(
            r.headers().contains_key("retry-after"),
            "call {attempt}: {:?}",
            r.headers()
        );
        let body: serde_json::Value = r.json().await.expect("a problem document");
        assert_eq!(body["type"], "/problems/unavailable");
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "call {attempt} took {:?}",
            started.elapsed()
        );
    }
    let ready = client
        .get(app.url("/readyz"))
        .send()
        .await
        .expect("/readyz answers during the outage");
    assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    let health = client
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("/healthz answers during the outage");
    assert_eq!(health.status(), StatusCode::OK);

    proxy.restore();
    eventually("the API to answer again", || async {
        let r = me().await.ok()?;
        (r.status() == StatusCode::OK).then_some(())
    })
    .await;
    eventually("/readyz to say ready again", || async {
        let r = client.get(app.url("/readyz")).send().await.ok()?;
        (r.status() == StatusCode::OK).then_some(())
    })
    .await;
}
