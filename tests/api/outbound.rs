//! What the worker sends out: signed webhooks (verified, retried with a
//! stable id, logged, redeliverable; internal targets refused), feeds that
//! parse as Atom and JSON Feed, and website checks.
use crate::helpers::{TestApp, eventually, forum, national, spawn_app_with};
use crate::reports::complete_report;
use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::Datelike;
use hmac::{Hmac, Mac};
use nri_api::config::WorkerMode;
use poem::{EndpointExt, Route, handler, http::StatusCode as PoemStatus, web::Data};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use sha2::Sha256;
use std::sync::{Arc, Mutex};

/// What a receiver saw: (webhook-id, webhook-timestamp, webhook-signature, body).
type Seen = Arc<Mutex<Vec<(String, String, String, String)>>>;

#[derive(Clone)]
struct Receiver {
    seen: Seen,
    /// Answer 500 to this many requests first.
    fail_first: usize,
}

#[handler]
async fn hook(req: &poem::Request, body: String, r: Data<&Receiver>) -> PoemStatus {
    let h = |n: &str| {
        req.headers()
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let mut seen = r.seen.lock().unwrap();
    seen.push((
        h("webhook-id"),
        h("webhook-timestamp"),
        h("webhook-signature"),
        body,
    ));
    if seen.len() <= r.fail_first {
        PoemStatus::INTERNAL_SERVER_ERROR
    } else {
        PoemStatus::NO_CONTENT
    }
}

#[handler]
fn site_redirect() -> poem::Response {
    poem::Response::builder()
        .status(PoemStatus::MOVED_PERMANENTLY)
        .header("location", "/home")
        .finish()
}

#[handler]
fn site_home() -> &'static str {
    "<html><body>Liberia IGF</body></html>"
}

/// Starts a loopback HTTP server for the test; returns its base URL.
async fn serve(app: impl poem::Endpoint + 'static) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let addr = format!("127.0.0.1:{port}");
    let server = poem::Server::new(poem::listener::TcpListener::bind(addr.clone()));
    tokio::spawn(async move { server.run(app).await });
    let url = format!("http://{addr}");
    eventually("the test server", || {
        let url = url.clone();
        async move { reqwest::get(&url).await.ok().map(|_| ()) }
    })
    .await;
    url
}

fn verify(secret: &str, id: &str, ts: &str, body: &str, signature: &str) -> bool {
    let key = STANDARD
        .decode(secret.trim_start_matches("whsec_"))
        .unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{ts}.{body}").as_bytes());
    signature == format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
}

/// Liberia (feeding the West Africa IGF) recognised, its 2025 report submitted.
async fn submit_liberia(app: &TestApp) {
    let focal = app.sign_up("focal@liberia.example.org", "Liberia").await;
    let forums = app.sign_up("forums@example.org", "Forums").await;
    app.register(
        &forums.token,
        forum(
            "west-africa-igf",
            "West Africa IGF",
            "subregional",
            "africa",
            &["LR"],
        ),
    )
    .await;
    app.register(
        &focal.token,
        national("liberia-igf", "Liberia IGF & Friends", "LR"),
    )
    .await;
    app.put(
        "/initiatives/liberia-igf/contributes-to",
        Some(&focal.token),
        json!({ "targets": ["west-africa-igf"] }),
    )
    .await;
    app.decide("west-africa-igf", "recognized").await;
    app.decide("liberia-igf", "recognized").await;
    let mut body = complete_report(2025);
    body["edition"] = json!("Liberia IGF 2025 <Monrovia>");
    body["country"] = json!("LR");
    body["languages"] = json!(["en"]);
    body["key_messages"] = json!([{ "text": { "en": "Rural & urban connectivity" }, "theme": "access_and_connectivity" }]);
    let r = "/initiatives/liberia-igf/reports/2025";
    app.put(r, Some(&focal.token), body).await;
    assert_eq!(
        app.post(&format!("{r}/submit"), Some(&focal.token), json!({}))
            .await
            .status,
        StatusCode::OK
    );
}

/// Liberia's 2025 report accepted (after `submit_liberia`).
async fn accept_submitted_liberia(app: &TestApp) {
    let r = "/initiatives/liberia-igf/reports/2025";
    assert_eq!(
        app.post(
            &format!("{r}/review"),
            Some(&app.igf),
            json!({ "decision": "accept" })
        )
        .await
        .status,
        StatusCode::OK
    );
}

async fn accept_liberia(app: &TestApp) {
    submit_liberia(app).await;
    accept_submitted_liberia(app).await;
}

#[tokio::test]
async fn webhooks_are_signed_retried_with_one_id_and_logged() {
    let app = spawn_app_with(|s| {
        s.worker = WorkerMode::On;
        s.outbound.outbound_allow_loopback = true;
    })
    .await;
    let seen: Seen = Arc::default();
    let base = serve(Route::new().at("/hook", poem::post(hook)).data(Receiver {
        seen: seen.clone(),
        fail_first: 2,
    }))
    .await;

    // Internal targets are refused even when loopback is allowed for tests.
    for url in [
        "http://10.0.0.7/hook",
        "http://169.254.169.254/latest/meta-data",
        "ftp://example.org/x",
    ] {
        let r = app
            .post(
                "/subscriptions",
                Some(&app.igf),
                json!({ "scope": "global", "url": url }),
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{url}: {:?}", r.body);
        assert_eq!(r.fields(), ["/url"]);
    }
    // Only the IGF Secretariat subscribes to global; members to their forum's scope.
    let outsider = app.sign_up("outsider@example.org", "Outsider").await;
    let r = app
        .post(
            "/subscriptions",
            Some(&outsider.token),
            json!({ "scope": "global", "url": format!("{base}/hook") }),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.post(
            "/subscriptions",
            None,
            json!({ "scope": "global", "url": format!("{base}/hook") })
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );

    // Who is missing is aggregated from day one: once Liberia is recognised
    // and reporting, the global aggregates of 2025 and this year list it as
    // missing, and not overdue (2025's report is submitted, this year's not
    // yet due). Subscribe after those settle, so the one webhook is the
    // acceptance's.
    submit_liberia(&app).await;
    for year in [2025, chrono::Utc::now().year()] {
        eventually(
            &format!("global {year} lists Liberia missing, not overdue"),
            || async {
                let r = app
                    .get(&format!("/aggregates/global/{year}.json"), None)
                    .await;
                r.body["missing"]
                    .as_array()?
                    .iter()
                    .any(|m| m["slug"] == "liberia-igf" && m["overdue"] == false)
                    .then_some(())
            },
        )
        .await;
    }
    let sub = app
        .post(
            "/subscriptions",
            Some(&app.igf),
            json!({ "scope": "global", "url": format!("{base}/hook") }),
        )
        .await;
    assert_eq!(sub.status, StatusCode::CREATED, "{:?}", sub.body);
    let secret = sub.body["secret"].as_str().unwrap().to_owned();
    let sub_id = sub.body["subscription"]["id"].as_i64().unwrap();

    accept_submitted_liberia(&app).await;
    // Fails twice (500), then succeeds: three attempts, one message id, each signed.
    let got = eventually("three attempts", || async {
        let s = seen.lock().unwrap().clone();
        (s.len() >= 3).then_some(s)
    })
    .await;
    let ids: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(
        ids.iter().all(|id| *id == ids[0] && id.starts_with("msg_")),
        "{ids:?}"
    );
    for (id, ts, sig, body) in &got {
        assert!(
            verify(&secret, id, ts, body, sig),
            "signature of {id} at {ts}"
        );
        let b: Value = serde_json::from_str(body).unwrap();
        assert_eq!(b["type"], "aggregate.updated");
        assert_eq!(b["data"]["scope"], "global");
    }
    assert!(!verify(
        "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        &got[0].0,
        &got[0].1,
        &got[0].3,
        &got[0].2
    ));

    // The delivery log: delivered after three attempts, two of them failed.
    let log = eventually("the delivery to be delivered", || async {
        let r = app
            .get(
                &format!("/subscriptions/{sub_id}/deliveries"),
                Some(&app.igf),
            )
            .await;
        r.body["items"]
            .as_array()
            .and_then(|a| a.first().cloned())
            .filter(|d| d["status"] == "delivered")
    })
    .await;
    let codes: Vec<Value> = log["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status_code"].clone())
        .collect();
    assert_eq!(codes, [json!(500), json!(500), json!(204)]);
    assert_eq!(log["message_id"], ids[0]);
    let failed = app
        .get(
            &format!("/subscriptions/{sub_id}/deliveries?failed=true"),
            Some(&app.igf),
        )
        .await;
    assert_eq!(
        failed.body["items"],
        json!([]),
        "the last attempt succeeded"
    );

    // Manual redelivery sends the same message again, with the same id.
    let delivery = log["id"].as_i64().unwrap();
    let r = app
        .post(
            &format!("/subscriptions/{sub_id}/deliveries/{delivery}/redeliver"),
            Some(&app.igf),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    let again = eventually("the redelivery", || async {
        let s = seen.lock().unwrap().clone();
        (s.len() >= 4).then_some(s)
    })
    .await;
    assert_eq!(again[3].0, ids[0]);
    // Another user cannot see, redeliver or delete it; its owner can unsubscribe.
    assert_eq!(
        app.get(
            &format!("/subscriptions/{sub_id}/deliveries"),
            Some(&outsider.token)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.delete(&format!("/subscriptions/{sub_id}"), Some(&outsider.token))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.delete(&format!("/subscriptions/{sub_id}"), Some(&app.igf))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.get(
            &format!("/subscriptions/{sub_id}/deliveries"),
            Some(&app.igf)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    let listed = app.get("/subscriptions", Some(&app.igf)).await;
    assert_eq!(listed.body["items"], json!([]));
}

#[tokio::test]
async fn feeds_parse_as_atom_and_json_feed_and_revalidate() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    accept_liberia(&app).await;
    for scope in ["global", "un-region/africa", "initiative/west-africa-igf"] {
        // A scope with nothing accepted has a valid empty feed: wait for the entry.
        eventually(&format!("{scope} with Liberia's entry"), || async {
            let r = app.get(&format!("/feeds/{scope}.atom"), None).await;
            r.body.as_str()?.contains("<entry").then_some(())
        })
        .await;
        let atom = app
            .client
            .get(app.url(&format!("/feeds/{scope}.atom")))
            .send()
            .await
            .unwrap();
        assert!(
            atom.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/atom+xml")
        );
        let etag = atom.headers()["etag"].to_str().unwrap().to_owned();
        let bytes = atom.bytes().await.unwrap();
        let parsed = feed_rs::parser::parse(&bytes[..]).expect("valid Atom");
        assert_eq!(parsed.entries.len(), 1, "{scope}");
        let entry = &parsed.entries[0];
        assert_eq!(
            entry.title.as_ref().unwrap().content,
            "Liberia IGF 2025 <Monrovia>"
        );
        // The id is the report in the API; the link, its page for people.
        assert!(
            entry
                .id
                .ends_with("/api/v1/initiatives/liberia-igf/reports/2025")
        );
        assert_eq!(
            entry.links[0].href,
            app.page("/initiatives/liberia-igf/reports/2025")
        );
        assert!(
            entry
                .content
                .as_ref()
                .unwrap()
                .body
                .as_deref()
                .unwrap()
                .contains("Rural &amp; urban connectivity")
                || entry
                    .content
                    .as_ref()
                    .unwrap()
                    .body
                    .as_deref()
                    .unwrap()
                    .contains("Rural & urban connectivity")
        );
        let again = app
            .send(
                Method::GET,
                &format!("/feeds/{scope}.atom"),
                None,
                None,
                &[("if-none-match", &etag)],
            )
            .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED);

        let json = app
            .client
            .get(app.url(&format!("/feeds/{scope}.json")))
            .send()
            .await
            .unwrap();
        assert!(
            json.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/feed+json")
        );
        let bytes = json.bytes().await.unwrap();
        let parsed = feed_rs::parser::parse(&bytes[..]).expect("valid JSON Feed");
        assert_eq!(parsed.entries.len(), 1);
        let raw: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(raw["version"], "https://jsonfeed.org/version/1.1");
        assert_eq!(raw["items"][0]["_nri"]["initiative"], "liberia-igf");
    }
    // The SPEC changed this: a scope with nothing accepted has a valid empty
    // feed (it was a 404); a forum that does not exist still has none.
    let weog = eventually("the empty WEOG feed", || async {
        let r = app.get("/feeds/un-region/weog.atom", None).await;
        (r.status == StatusCode::OK).then(|| r.body.as_str().map(|t| t.as_bytes().to_vec()))?
    })
    .await;
    let parsed = feed_rs::parser::parse(&weog[..]).expect("valid Atom");
    assert!(parsed.entries.is_empty());
    assert_eq!(
        app.get("/feeds/initiative/no-such-igf.atom", None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get("/feeds/global.rss", None).await.fields(), ["scope"]);
}

#[tokio::test]
async fn websites_are_checked_and_feed_the_recognition_checklist() {
    let app = spawn_app_with(|s| {
        s.worker = WorkerMode::On;
        s.outbound.outbound_allow_loopback = true;
    })
    .await;
    let site = serve(
        Route::new()
            .at("/", poem::get(site_redirect))
            .at("/home", poem::get(site_home)),
    )
    .await;
    let a = app.sign_up("a@example.org", "A").await;
    let mut body = national("liberia-igf", "Liberia IGF", "LR");
    body["website"] = json!(format!("{site}/"));
    app.register(&a.token, body).await;
    let criterion = eventually("the website check", || async {
        let r = app
            .get("/initiatives/liberia-igf/recognition", Some(&a.token))
            .await;
        let c = r.body["criteria"][2].clone();
        (c["status"] != "unknown").then_some(c)
    })
    .await;
    assert_eq!(criterion["status"], "met", "{criterion}");
    assert_eq!(criterion["details"]["http_status"], 200);
    // A website on an internal address is checked and refused: not met, with the reason.
    let etag = app
        .get("/initiatives/liberia-igf", Some(&a.token))
        .await
        .etag();
    app.write_if_match(
        Method::PATCH,
        "/initiatives/liberia-igf",
        Some(&a.token),
        &etag,
        json!({ "website": "http://10.1.2.3/" }),
    )
    .await;
    let criterion = eventually("the second check", || async {
        let r = app
            .get("/initiatives/liberia-igf/recognition", Some(&a.token))
            .await;
        let c = r.body["criteria"][2].clone();
        (c["status"] == "not_met").then_some(c)
    })
    .await;
    assert!(
        criterion["evidence"].as_str().unwrap().contains("10.1.2.3"),
        "{criterion}"
    );
}
