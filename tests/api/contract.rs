//! The HTTP contract: the OpenAPI document (snapshot: an accidental change
//! shows in review), the explorer, and problems for unknown routes.
use crate::helpers::spawn_app;
use reqwest::StatusCode;

#[tokio::test]
async fn the_openapi_document_matches_its_snapshot() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let doc: serde_json::Value = r.json().await.unwrap();
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    for p in [
        "/initiatives",
        "/initiatives/{slug}",
        "/initiatives/{slug}/secretariat",
        "/initiatives/{slug}/committee",
        "/initiatives/{slug}/committee/{id}",
        "/initiatives/{slug}/contributes-to",
        "/initiatives/{slug}/members",
        "/initiatives/{slug}/members/{user}",
        "/initiatives/{slug}/recognition/decisions",
        "/users",
        "/me",
        "/me/preferences",
        "/tokens",
        "/tokens/{id}",
        "/audit",
        "/initiatives/{slug}/reports",
        "/initiatives/{slug}/reports/{year}",
        "/initiatives/{slug}/reports/{year}/submit",
        "/initiatives/{slug}/reports/{year}/review",
        "/initiatives/{slug}/reports/{year}/reopen",
        "/initiatives/{slug}/reports/{year}/versions",
        "/initiatives/{slug}/reports/{year}/versions/{n}",
        "/initiatives/{slug}/principles/{year}",
        "/initiatives/{slug}/recognition",
        "/reports",
        "/aggregates/global/{year}",
        "/aggregates/{kind}/{name}/{year}",
        "/aggregates/global/{year}/key-messages.csv",
        "/aggregates/global/{year}/missing.csv",
        "/aggregates/{kind}/{name}/{year}/key-messages.csv",
        "/aggregates/{kind}/{name}/{year}/missing.csv",
        "/feeds/{file}",
        "/feeds/{kind}/{file}",
        "/subscriptions",
        "/subscriptions/{id}/deliveries",
        "/subscriptions/{id}/deliveries/{delivery}/redeliver",
        "/jobs",
        "/jobs/{id}/retry",
    ] {
        assert!(
            paths.iter().any(|k| k.as_str() == p),
            "{p} missing from {paths:?}"
        );
    }
    insta::assert_json_snapshot!("openapi", doc);
}

#[tokio::test]
async fn the_explorer_is_served_offline() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(format!("{}/docs/", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("swagger"), "{html}");
    assert!(
        !html.contains("cdn."),
        "no CDN: the explorer must work offline"
    );
}

#[tokio::test]
async fn unknown_routes_are_problems() {
    let app = spawn_app().await;
    let r = app.get("/no-such-thing", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.content_type(), "application/problem+json");
    assert_eq!(r.body["status"], 404);
    let r = app.get("/initiatives/nowhere", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body["type"], "/problems/not-found");
}

/// Every kind of response, API, explorer, probe, page and error alike, may
/// not be sniffed or framed by another site; HSTS only when reached over TLS.
#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/api/v1/initiatives",
        "/api/v1/openapi.json",
        "/api/v1/no-such-thing",
        "/docs/",
        "/healthz",
        "/",
        "/no-such-page",
    ] {
        let r = app.client.get(app.page(path)).send().await.unwrap();
        let h = r.headers();
        let get = |name: &str| {
            h.get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(get("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(get("x-frame-options"), "DENY", "{path}");
        assert!(
            get("content-security-policy").contains("frame-ancestors 'none'"),
            "{path}: {:?}",
            get("content-security-policy")
        );
        assert!(
            h.get("strict-transport-security").is_none(),
            "{path}: no HSTS over plain HTTP"
        );
    }
    let r = app
        .client
        .get(app.page("/api/v1/initiatives"))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["strict-transport-security"], "max-age=31536000");
}

/// `nri openapi` prints the document and nothing else on stdout, even with
/// JSON logs (which go to stderr), so it can be piped into a file or a tool.
#[tokio::test]
async fn nri_openapi_prints_only_the_document_on_stdout() {
    let out = crate::helpers::nri_command()
        .arg("openapi")
        .env("NRI_LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .output()
        .await
        .expect("run nri openapi");
    assert!(out.status.success(), "{out:?}");
    let doc: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
    assert_eq!(doc["info"]["title"], "NRI Registry");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()),
        "JSON logs on stderr: {stderr}"
    );
}

/// A misspelt variable is named in a warning, with the setting it was meant to be.
#[tokio::test]
async fn a_misspelt_variable_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("nri.db").display());
    let out = crate::helpers::nri_command()
        .arg("migrate")
        .env("NRI_DATABASE_URL", &url)
        .env("NRI_PUBLC_URL", "https://igf.example")
        .env("NRI_LOG_FORMAT", "text")
        .env("RUST_LOG", "warn")
        .output()
        .await
        .expect("run nri migrate");
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("NRI_PUBLC_URL is not a setting; did you mean NRI_PUBLIC_URL?"),
        "{stderr}"
    );
}
