//! Getting the registry out: `GET /initiatives.csv` (the directory as a
//! spreadsheet, with the directory's access rules), the aggregate CSV's
//! download headers, and `nri export` as JSON and CSV.
use crate::helpers::{TestApp, eventually, national, spawn_app, spawn_app_with};
use clap::Parser;
use nri_api::cli::{Cli, run};
use nri_api::config::WorkerMode;
use reqwest::StatusCode;
use serde_json::Value;

/// The SPEC's columns, in its order.
const COLUMNS: &str = "slug,name,acronym,kind,country,coverage,un_region,parent,website,public_email,established_year,working_languages,status";

/// The raw bytes of a CSV answer, with its headers.
async fn csv(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let mut req = app.client.get(app.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let r = req.send().await.expect("the CSV request");
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    let headers = r.headers().clone();
    (headers, r.bytes().await.expect("the CSV body").to_vec())
}

/// The records of a CSV document, read by the `csv` crate after checking the BOM.
fn records(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("the CSV starts with a UTF-8 byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| {
            r.expect("a valid CSV record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn the_directory_csv_is_spreadsheet_safe_and_keeps_the_directory_rules() {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@example.org", "Focal").await;
    let mut tricky = national("ci-igf", "Côte d'Ivoire IGF, the \"national\" forum", "CI");
    tricky["working_languages"] = serde_json::json!(["fr", "en"]);
    tricky["established_year"] = 2014.into();
    app.register(&focal.token, tricky).await;
    app.register(
        &focal.token,
        national("formula-igf", "=HYPERLINK(\"x\")", "GH"),
    )
    .await;
    app.register(
        &focal.token,
        national("hidden-igf", "Not yet recognised", "LR"),
    )
    .await;
    app.decide("ci-igf", "recognized").await;
    app.decide("formula-igf", "recognized").await;

    // The public sees what the public directory shows: recognised initiatives only.
    let (headers, body) = csv(&app, "/initiatives.csv", None).await;
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"initiatives.csv\""
    );
    let rows = records(&body);
    assert_eq!(rows[0].join(","), COLUMNS);
    let slugs: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(slugs, ["ci-igf", "formula-igf"]);
    // A name with a comma and quotes round-trips; lists are space-separated.
    assert_eq!(
        rows[1],
        [
            "ci-igf",
            "Côte d'Ivoire IGF, the \"national\" forum",
            "",
            "national",
            "CI",
            "",
            "africa",
            "",
            "",
            "",
            "2014",
            "fr en",
            "recognized"
        ]
    );
    // A formula is neutralised: a spreadsheet shows it as text.
    assert_eq!(rows[2][1], "'=HYPERLINK(\"x\")");
    assert!(
        !String::from_utf8_lossy(&body).contains("\n=HYPERLINK")
            && !String::from_utf8_lossy(&body).contains(",=HYPERLINK")
    );

    // The IGF Secretariat sees all, with the directory's filters.
    let (_, body) = csv(&app, "/initiatives.csv", Some(&app.igf)).await;
    let slugs: Vec<String> = records(&body)[1..].iter().map(|r| r[0].clone()).collect();
    assert_eq!(slugs, ["ci-igf", "formula-igf", "hidden-igf"]);
    let (_, body) = csv(&app, "/initiatives.csv?status=applicant", Some(&app.igf)).await;
    let rows = records(&body);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][0], "hidden-igf");
    assert_eq!(rows[1][12], "applicant");
    // Its focal point sees the public ones and its own.
    let (_, body) = csv(&app, "/initiatives.csv?q=hidden", Some(&focal.token)).await;
    assert_eq!(records(&body)[1][0], "hidden-igf");
    // Bad filters name their parameter.
    let bad = app.get("/initiatives.csv?country=XX", None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{:?}", bad.body);
    assert_eq!(bad.fields(), ["country"]);
}

#[tokio::test]
async fn nri_export_writes_the_demo_registry_as_json_and_csv() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();

    let doc: Value = serde_json::from_str(&app.export(&["--format", "json"]).await).unwrap();
    assert_eq!(doc["format"], "nri-export/1");
    assert!(doc["exported_at"].is_string());
    assert!(
        doc.get("accounts").is_none(),
        "accounts only with --with-accounts"
    );
    let initiatives = doc["initiatives"].as_array().unwrap();
    let slugs: Vec<&str> = initiatives
        .iter()
        .map(|i| i["profile"]["slug"].as_str().unwrap())
        .collect();
    assert_eq!(
        slugs,
        [
            "african-igf",
            "liberia-igf",
            "moldova-igf",
            "west-africa-igf"
        ]
    );
    let liberia = &initiatives[1];
    assert_eq!(liberia["profile"]["country"], "LR");
    assert_eq!(
        liberia["contributes_to"],
        serde_json::json!(["african-igf", "west-africa-igf"])
    );
    assert!(liberia["secretariat"].is_object());
    assert!(liberia["committee"].is_array());
    let report = &liberia["reports"][0];
    assert_eq!(report["year"], 2025);
    assert_eq!(report["status"], "accepted");
    assert_eq!(report["versions"][0]["number"], 1);
    assert_eq!(
        report["versions"][0]["submitted_by"],
        "focal-point@liberia-igf.example.org"
    );
    assert_eq!(report["reviews"][0]["decision"], "accept");
    assert!(
        liberia["recognition_decisions"]
            .as_array()
            .is_some_and(|d| d.iter().any(|d| d["to"] == "recognized"))
    );

    // One initiative; accounts without secrets.
    let one: Value = serde_json::from_str(
        &app.export(&["--initiative", "moldova-igf", "--with-accounts"])
            .await,
    )
    .unwrap();
    assert_eq!(one["initiatives"].as_array().unwrap().len(), 1);
    let accounts = one["accounts"].as_array().unwrap();
    assert!(
        accounts
            .iter()
            .any(|a| a["email"] == "focal-point@liberia-igf.example.org"
                && a["roles"][0]["role"] == "focal_point")
    );
    let text = one.to_string();
    for secret in ["password_hash", "token", "$argon2"] {
        assert!(!text.contains(secret), "the export holds {secret}");
    }

    // CSV: the endpoint's columns, every initiative whatever its status.
    let rows = records(app.export(&["--format", "csv"]).await.as_bytes());
    assert_eq!(rows[0].join(","), COLUMNS);
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[2][0], "liberia-igf");
    // An unknown initiative is an error, not an empty export.
    let dir = tempfile::tempdir().unwrap();
    let missing = run(Cli::parse_from([
        "nri",
        "export",
        "--database-url",
        &app.database_url,
        "--initiative",
        "no-such-igf",
        "--output",
        dir.path().join("x").to_str().unwrap(),
    ]))
    .await;
    assert!(missing.is_err());

    // The aggregate CSV the worker stores is spreadsheet-safe and a download.
    let (headers, body) = eventually("the global aggregate of 2025", || async {
        let r = app
            .client
            .get(app.url("/aggregates/global/2025.csv"))
            .send()
            .await
            .ok()?;
        if r.status() != StatusCode::OK {
            return None;
        }
        let headers = r.headers().clone();
        Some((headers, r.bytes().await.ok()?.to_vec()))
    })
    .await;
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"global-2025.csv\""
    );
    let rows = records(&body);
    assert_eq!(rows[0][0], "slug");
    assert!(rows.iter().any(|r| r[0] == "liberia-igf"));
}
