//! Compressed responses: every coding of a representation decodes to the
//! same bytes, each has an ETag of its own that answers 304 to itself, every
//! compressible response says `Vary: Accept-Encoding`, small bodies and
//! clients that ask for no coding get none, and a tag got with a coding is
//! accepted by `If-Match`.
use crate::helpers::{TestApp, decode, eventually, national, spawn_app_with};
use crate::reports::complete_report;
use crate::worker::{accept, aggregate_of, liberia_report};
use nri_api::config::WorkerMode;
use reqwest::{Method, StatusCode};
use serde_json::json;

/// The answer to a GET, with its body as sent (not decoded).
struct Raw {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    fn etag(&self) -> String {
        self.header("etag").expect("an ETag").to_owned()
    }

    /// The body decoded from its `Content-Encoding`.
    fn decoded(&self) -> Vec<u8> {
        decode(self.header("content-encoding"), &self.body)
    }
}

async fn get(app: &TestApp, path: &str, token: Option<&str>, headers: &[(&str, &str)]) -> Raw {
    let url = if path.starts_with("http") {
        path.to_owned()
    } else {
        app.url(path)
    };
    let mut req = app.client.get(url);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = req.send().await.expect("the server answers");
    Raw {
        status: resp.status(),
        headers: resp.headers().clone(),
        body: resp.bytes().await.expect("a body").to_vec(),
    }
}

/// The tag of a coding's representation of the resource tagged `etag`.
fn tag_of(etag: &str, suffix: &str) -> String {
    format!("{}-{suffix}\"", etag.trim_end_matches('"'))
}

fn varies(r: &Raw) -> bool {
    r.header("vary")
        .is_some_and(|v| v.to_ascii_lowercase().contains("accept-encoding"))
}

/// The plain, Brotli and gzip answers to one GET, read at a moment when all
/// three are of the same version of the resource (the worker may still be
/// rewriting an aggregate or feed when the first one is read).
async fn three_codings(app: &TestApp, path: &str, token: Option<&str>) -> [Raw; 3] {
    eventually(
        &format!("three codings of one version of {path}"),
        || async {
            let plain = get(app, path, token, &[]).await;
            let br = get(app, path, token, &[("accept-encoding", "br")]).await;
            let gz = get(app, path, token, &[("accept-encoding", "gzip")]).await;
            let same = [&plain, &br, &gz]
                .iter()
                .all(|r| r.status == StatusCode::OK)
                && plain.decoded() == br.decoded()
                && plain.decoded() == gz.decoded();
            same.then_some([plain, br, gz])
        },
    )
    .await
}

/// What every compressed resource must show, whatever produced it: both
/// codings sent and decoding to the plain bytes, `Vary` on each, and (for a
/// resource with an ETag) a tag per representation that answers 304 to
/// itself alone.
async fn check_codings(app: &TestApp, path: &str, token: Option<&str>) -> Vec<String> {
    let [plain, br, gz] = three_codings(app, path, token).await;
    let mut wrong = Vec::new();
    let mut expect = |ok: bool, what: &str| {
        if !ok {
            wrong.push(format!("{path}: {what}"));
        }
    };
    expect(plain.body.len() >= 1024, "the plain body is under 1 KiB");
    expect(plain.header("content-encoding").is_none(), "plain is coded");
    expect(br.header("content-encoding") == Some("br"), "br not sent");
    expect(
        gz.header("content-encoding") == Some("gzip"),
        "gzip not sent",
    );
    expect(br.body.len() < plain.body.len(), "br is not smaller");
    expect(gz.body.len() < plain.body.len(), "gzip is not smaller");
    expect(
        [&plain, &br, &gz].iter().all(|r| varies(r)),
        "Vary: Accept-Encoding missing",
    );
    expect(
        br.decoded() == plain.body && gz.decoded() == plain.body,
        "a coding decodes to other bytes",
    );
    if plain.header("etag").is_none() {
        return wrong;
    }
    let (tag, br_tag, gz_tag) = (plain.etag(), br.etag(), gz.etag());
    expect(br_tag == tag_of(&tag, "br"), "br's ETag does not name br");
    expect(gz_tag == tag_of(&tag, "gz"), "gzip's ETag does not name gz");
    for (coding, own) in [(None, &tag), (Some("br"), &br_tag), (Some("gzip"), &gz_tag)] {
        let mut headers = vec![("if-none-match", own.as_str())];
        if let Some(c) = coding {
            headers.push(("accept-encoding", c));
        }
        let again = get(app, path, token, &headers).await;
        expect(
            again.status == StatusCode::NOT_MODIFIED,
            &format!("{own} did not give 304 ({})", again.status),
        );
        expect(
            again.header("etag") == Some(own.as_str()),
            &format!("the 304 for {own} carries {:?}", again.header("etag")),
        );
        expect(varies(&again), "Vary missing on a 304");
        expect(again.body.is_empty(), "a 304 with a body");
    }
    wrong
}

#[tokio::test]
async fn every_coding_decodes_to_the_same_bytes_and_has_a_tag_of_its_own() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let liberia = app.sign_up("focal@liberia.example.org", "Liberia").await;
    app.register(&liberia.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.decide("liberia-igf", "recognized").await;
    // Key messages enough for the feeds to pass 1 KiB (smaller bodies go uncompressed).
    let mut report = liberia_report();
    report["key_messages"] = (1..=8)
        .map(|n| json!({ "text": { "en": format!("Key message {n}: cybersecurity policy needs every stakeholder at the table, from ministries to community networks.") }, "theme": "cybersecurity_and_trust" }))
        .collect();
    accept(&app, &liberia.token, "liberia-igf", report).await;
    eventually("the global aggregate and feed", || async {
        let listed = aggregate_of(&app, "global", 2025)
            .await
            .is_some_and(|a| a["contributing"].as_array().is_some_and(|c| !c.is_empty()));
        let fed = app.get("/feeds/global.json", None).await;
        (listed && fed.body["items"].as_array().is_some_and(|i| !i.is_empty())).then_some(())
    })
    .await;
    let mut wrong = Vec::new();
    for (path, token) in [
        // An aggregate and a feed in both formats (stored encoded by the
        // worker), and a JSON resource in two views (compressed per request).
        ("/aggregates/global/2025.json", None),
        ("/feeds/global.json", None),
        ("/feeds/global.atom", None),
        (
            "/initiatives/liberia-igf/reports/2025",
            Some(liberia.token.as_str()),
        ),
        ("/initiatives/liberia-igf/reports/2025", None),
    ] {
        wrong.extend(check_codings(&app, path, token).await);
    }
    wrong.extend(check_codings(&app, "/api/v1/openapi.json", None).await);
    let page = format!("{}/initiatives/liberia-igf", app.address);
    let [plain, br, gz] = three_codings(&app, &page, None).await;
    if !(br.header("content-encoding") == Some("br")
        && gz.header("content-encoding") == Some("gzip")
        && [&plain, &br, &gz].iter().all(|r| varies(r)))
    {
        wrong.push(format!("{page}: not compressed, or no Vary"));
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[tokio::test]
async fn no_coding_is_sent_unasked_for_refused_or_for_small_bodies() {
    let app = spawn_app_with(|_| {}).await;
    let big = "/api/v1/openapi.json";
    let mut wrong = Vec::new();
    for (accept, want) in [
        (None, None),
        (Some(""), None),
        (Some("identity"), None),
        (Some("deflate, zstd"), None),
        (Some("br;q=0, gzip;q=0"), None),
        (Some("gzip;q=0.5, identity"), None),
        (Some("br;q=0, gzip"), Some("gzip")),
        (Some("gzip, br"), Some("br")),
        (Some("br;q=0.5, gzip;q=0.9"), Some("gzip")),
        (Some("*"), Some("br")),
        (Some("identity;q=0, gzip;q=0.1"), Some("gzip")),
    ] {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("accept-encoding", a)).into_iter().collect();
        let r = get(&app, big, None, &headers).await;
        if r.header("content-encoding") != want || !varies(&r) || r.status != StatusCode::OK {
            wrong.push(format!(
                "Accept-Encoding {accept:?}: got {:?} (status {}, Vary {:?}), want {want:?}",
                r.header("content-encoding"),
                r.status,
                r.header("vary")
            ));
        }
    }
    // Small bodies go as they are, still saying that they vary.
    for path in ["/healthz", "/api/v1/initiatives/nowhere"] {
        let r = get(&app, path, None, &[("accept-encoding", "br, gzip")]).await;
        assert!(r.body.len() < 1024, "{path} grew: {} bytes", r.body.len());
        if r.header("content-encoding").is_some() || !varies(&r) {
            wrong.push(format!(
                "{path}: coded {:?}, Vary {:?}",
                r.header("content-encoding"),
                r.header("vary")
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[tokio::test]
async fn a_tag_got_with_a_coding_is_accepted_by_if_match() {
    let app = spawn_app_with(|_| {}).await;
    let focal = app.sign_up("focal@migf.example.org", "Focal").await;
    app.register(&focal.token, json!({ "slug": "moldova-igf", "name": "Moldova IGF", "kind": "national", "country": "MD", "working_languages": ["ro", "ru", "en"] })).await;
    let path = "/initiatives/moldova-igf/reports/2025";
    let created = app
        .put(path, Some(&focal.token), complete_report(2025))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let mut report = complete_report(2025);
    for (n, coding) in [(1, "br"), (2, "gzip")] {
        let got = get(
            &app,
            path,
            Some(&focal.token),
            &[("accept-encoding", coding)],
        )
        .await;
        assert_eq!(got.header("content-encoding"), Some(coding));
        let tag = got.etag();
        let suffix = if coding == "br" { "br" } else { "gz" };
        assert_eq!(tag, format!("\"{n}-{suffix}\""));
        report["city"] = json!(format!("Chișinău {n}"));
        let put = app
            .send(
                Method::PUT,
                path,
                Some(&focal.token),
                Some(&report),
                &[("if-match", &tag), ("accept-encoding", "br, gzip")],
            )
            .await;
        assert_eq!(put.status, StatusCode::OK, "If-Match {tag}: {:?}", put.body);
        // The same tag is stale now.
        let stale = app
            .write_if_match(Method::PUT, path, Some(&focal.token), &tag, report.clone())
            .await;
        assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED, "{tag}");
    }
    let submitted = app
        .send(
            Method::POST,
            &format!("{path}/submit"),
            Some(&focal.token),
            Some(&json!({})),
            &[("if-match", "\"3-br\"")],
        )
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{:?}", submitted.body);
}
