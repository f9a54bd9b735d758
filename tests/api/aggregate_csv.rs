//! The aggregate's CSV companions, `…/{year}/key-messages.csv` and
//! `…/{year}/missing.csv`: one row per key message and language, who is
//! missing, absolute links from `NRI_PUBLIC_URL`, spreadsheet-safe cells,
//! ETags of their own, and the aggregate's 404s and access rules.
use crate::helpers::{Account, TestApp, eventually, forum, spawn_app_with};
use crate::reports::complete_report;
use nri_api::config::WorkerMode;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const PUBLIC_URL: &str = "https://nri.example.org";
const SCOPE: &str = "initiative/west-africa-igf";
const YEAR: i32 = 2025;
/// A key message text that a spreadsheet would read as a formula.
const FORMULA: &str = "=HYPERLINK(\"x\")";
/// A key message text that needs quoting.
const QUOTED: &str = "Access, \"meaningful\" access, for all.";

struct Registry {
    app: TestApp,
    /// Member (focal point) of the applicant forum `sahel-igf`.
    sahel: Account,
    /// Focal point of an unrelated initiative.
    other: Account,
}

/// West Africa IGF (recognised) fed by Liberia and Ghana, who have accepted
/// reports for 2025, and Sierra Leone, recognised without one; Liberia also
/// feeds Sahel IGF, an applicant.
async fn registry() -> Registry {
    let app = spawn_app_with(|s| {
        s.worker = WorkerMode::On;
        s.outbound.public_url = Some(format!("{PUBLIC_URL}/"));
    })
    .await;
    let forums = app.sign_up("forums@example.org", "Forums").await;
    let sahel = app.sign_up("focal@sahel.example.org", "Sahel").await;
    let other = app.sign_up("focal@other.example.org", "Other").await;
    app.register(
        &forums.token,
        forum(
            "west-africa-igf",
            "West Africa IGF",
            "subregional",
            "africa",
            &["LR", "GH", "SL"],
        ),
    )
    .await;
    app.register(
        &sahel.token,
        forum("sahel-igf", "Sahel IGF", "subregional", "africa", &["LR"]),
    )
    .await;
    app.register(&other.token, json!({ "slug": "other-igf", "name": "Other IGF", "kind": "national", "country": "MD", "working_languages": ["en"] })).await;
    app.decide("west-africa-igf", "recognized").await;
    let nris = [
        (
            "liberia-igf",
            "Liberia IGF",
            "LR",
            &["west-africa-igf", "sahel-igf"][..],
        ),
        (
            "ghana-igf",
            "Ghana IGF, \"GH\"",
            "GH",
            &["west-africa-igf"][..],
        ),
        (
            "sierra-leone-igf",
            "Sierra Leone IGF",
            "SL",
            &["west-africa-igf"][..],
        ),
    ];
    let mut focal = Vec::new();
    for (slug, name, country, targets) in nris {
        let a = app
            .sign_up(&format!("focal@{slug}.example.org"), name)
            .await;
        app.register(&a.token, json!({ "slug": slug, "name": name, "kind": "national", "country": country, "working_languages": ["en", "fr"] })).await;
        let r = app
            .put(
                &format!("/initiatives/{slug}/contributes-to"),
                Some(&a.token),
                json!({ "targets": targets }),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{slug}: {:?}", r.body);
        app.decide(slug, "recognized").await;
        focal.push(a);
    }
    let mut liberia = complete_report(YEAR);
    liberia["languages"] = json!(["en", "fr"]);
    liberia["key_messages"] = json!([
        { "text": { "en": QUOTED, "fr": "L'accès, « significatif », pour tous." }, "theme": "access_and_connectivity" },
    ]);
    accept(&app, &focal[0].token, "liberia-igf", liberia).await;
    let mut ghana = complete_report(YEAR);
    ghana["languages"] = json!(["en"]);
    ghana["key_messages"] =
        json!([{ "text": { "en": FORMULA }, "theme": "cybersecurity_and_trust" }]);
    accept(&app, &focal[1].token, "ghana-igf", ghana).await;
    let reporting = |scope: &'static str| {
        let app = &app;
        async move {
            let r = app
                .get(&format!("/aggregates/{scope}/{YEAR}.json"), None)
                .await;
            (r.status == StatusCode::OK).then(|| r.body["reporting"].clone())
        }
    };
    eventually(
        "both reports in the West Africa and global aggregates, Liberia's in Sahel's",
        || async {
            let west_africa = reporting(SCOPE).await;
            let global = reporting("global").await;
            let sahel = reporting("initiative/sahel-igf").await;
            let both = Some(json!(2));
            (west_africa == both && global == both && sahel == Some(json!(1))).then_some(())
        },
    )
    .await;
    Registry { app, sahel, other }
}

/// Drafts, submits and has the IGF Secretariat accept `slug`'s report of `YEAR`.
async fn accept(app: &TestApp, token: &str, slug: &str, body: Value) {
    let r = format!("/initiatives/{slug}/reports/{YEAR}");
    let draft = app.put(&r, Some(token), body).await;
    assert!(draft.status.is_success(), "{slug}: {:?}", draft.body);
    let submit = app
        .post(&format!("{r}/submit"), Some(token), json!({}))
        .await;
    assert_eq!(submit.status, StatusCode::OK, "{slug}: {:?}", submit.body);
    let review = app
        .post(
            &format!("{r}/review"),
            Some(&app.igf),
            json!({ "decision": "accept" }),
        )
        .await;
    assert_eq!(review.status, StatusCode::OK, "{slug}: {:?}", review.body);
}

/// A CSV download as the client gets it.
struct Download {
    status: StatusCode,
    headers: reqwest::header::HeaderMap,
    text: String,
}

impl Download {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("a {name} header"))
    }

    /// The rows (header first) as a CSV reader reads them, once the
    /// byte-order mark is checked and set aside.
    fn rows(&self) -> Vec<Vec<String>> {
        let body = self
            .text
            .strip_prefix('\u{feff}')
            .unwrap_or_else(|| panic!("no byte-order mark: {:?}", self.text));
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
            .collect()
    }
}

async fn download(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    headers: &[(&str, &str)],
) -> Download {
    let mut req = app.client.get(app.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let r = req.send().await.expect("the server answers");
    Download {
        status: r.status(),
        headers: r.headers().clone(),
        text: r.text().await.expect("a body"),
    }
}

/// West Africa's companion `file` of 2025 for the public: a CSV download.
async fn west_africa(app: &TestApp, file: &str) -> Download {
    let d = download(
        app,
        &format!("/aggregates/{SCOPE}/{YEAR}/{file}.csv"),
        None,
        &[],
    )
    .await;
    assert_eq!(d.status, StatusCode::OK, "{file}: {}", d.text);
    assert_eq!(d.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(
        d.header("content-disposition"),
        format!("attachment; filename=\"initiative-west-africa-igf-2025-{file}.csv\"")
    );
    d
}

#[tokio::test]
async fn key_messages_come_one_row_per_language_with_absolute_report_links() {
    let Registry { app, .. } = registry().await;
    let d = west_africa(&app, "key-messages").await;
    let report = |slug: &str| format!("{PUBLIC_URL}/initiatives/{slug}/reports/{YEAR}");
    let row = |cells: [&str; 8]| cells.map(str::to_owned).to_vec();
    // Themes as the aggregate ranks them (one initiative each: by name).
    assert_eq!(
        d.rows(),
        [
            row([
                "initiative",
                "initiative_name",
                "theme",
                "theme_name",
                "language",
                "language_name",
                "text",
                "report_url"
            ]),
            row([
                "liberia-igf",
                "Liberia IGF",
                "access_and_connectivity",
                "Access and connectivity",
                "en",
                "English",
                QUOTED,
                &report("liberia-igf")
            ]),
            row([
                "liberia-igf",
                "Liberia IGF",
                "access_and_connectivity",
                "Access and connectivity",
                "fr",
                "French",
                "L'accès, « significatif », pour tous.",
                &report("liberia-igf")
            ]),
            // Neutralised: a spreadsheet shows the text, it does not evaluate it.
            row([
                "ghana-igf",
                "Ghana IGF, \"GH\"",
                "cybersecurity_and_trust",
                "Cybersecurity and trust",
                "en",
                "English",
                &format!("'{FORMULA}"),
                &report("ghana-igf")
            ]),
        ]
    );
    // The links are the reports' public pages on this server.
    for slug in ["liberia-igf", "ghana-igf"] {
        let page = report(slug).replace(PUBLIC_URL, &app.address);
        let r = app.client.get(&page).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{page}");
    }
}

#[tokio::test]
async fn who_is_missing_lists_recognised_initiatives_without_an_accepted_report() {
    let Registry { app, .. } = registry().await;
    let d = west_africa(&app, "missing").await;
    // 2025's reports were due on 31 March 2026 at the latest: Sierra Leone's is overdue.
    assert_eq!(
        d.rows(),
        [
            ["initiative", "name", "overdue", "initiative_url"]
                .map(str::to_owned)
                .to_vec(),
            [
                "sierra-leone-igf",
                "Sierra Leone IGF",
                "true",
                &format!("{PUBLIC_URL}/initiatives/sierra-leone-igf"),
            ]
            .map(str::to_owned)
            .to_vec(),
        ]
    );
    // The global one lists it too, and nobody who reported.
    let global = download(
        &app,
        &format!("/aggregates/global/{YEAR}/missing.csv"),
        None,
        &[],
    )
    .await;
    let slugs: Vec<String> = global
        .rows()
        .into_iter()
        .skip(1)
        .map(|r| r[0].clone())
        .collect();
    assert!(slugs.contains(&"sierra-leone-igf".to_owned()), "{slugs:?}");
    assert!(
        !slugs.iter().any(|s| s == "liberia-igf" || s == "ghana-igf"),
        "{slugs:?}"
    );
}

#[tokio::test]
async fn companions_have_etags_of_their_own_and_the_aggregates_404s() {
    let Registry { app, .. } = registry().await;
    let base = format!("/aggregates/{SCOPE}/{YEAR}");
    let json = app.get(&format!("{base}.json"), None).await.etag();
    let csv = download(&app, &format!("{base}.csv"), None, &[]).await;
    let mut etags = vec![json, csv.header("etag").to_owned()];
    for file in ["key-messages.csv", "missing.csv"] {
        let path = format!("{base}/{file}");
        let d = download(&app, &path, None, &[]).await;
        assert_eq!(d.status, StatusCode::OK, "{path}");
        let etag = d.header("etag").to_owned();
        assert!(d.header("cache-control").contains("max-age"), "{path}");
        let again = download(&app, &path, None, &[("if-none-match", &etag)]).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{path}");
        assert_eq!(again.header("etag"), etag);
        assert!(again.text.is_empty());
        // Another representation's ETag does not answer for this one.
        let other = download(&app, &path, None, &[("if-none-match", &etags[0])]).await;
        assert_eq!(other.status, StatusCode::OK, "{path}");
        etags.push(etag);
    }
    let mut distinct = etags.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        etags.len(),
        "one ETag per representation: {etags:?}"
    );

    for file in ["key-messages.csv", "missing.csv"] {
        // A scope nobody computed, a year without an aggregate: 404, as for the aggregate.
        for path in [
            format!("/aggregates/initiative/no-such-igf/{YEAR}/{file}"),
            format!("/aggregates/global/2031/{file}"),
        ] {
            let r = app.get(&path, None).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}: {:?}", r.body);
            assert_eq!(r.content_type(), "application/problem+json", "{path}");
        }
        // What is not a scope or a year is named.
        let bad = app
            .get(&format!("/aggregates/un-region/mars/{YEAR}/{file}"), None)
            .await;
        assert_eq!(bad.fields(), ["scope"], "{file}");
        let bad = app
            .get(&format!("/aggregates/global/twenty/{file}"), None)
            .await;
        assert_eq!(bad.fields(), ["year"], "{file}");
    }
}

#[tokio::test]
async fn companions_follow_the_aggregates_access_rules() {
    let Registry { app, sahel, other } = registry().await;
    // Sahel IGF is an applicant: its profile is private, its scope's aggregate is what it is.
    assert!(
        !app.get("/initiatives/sahel-igf", None)
            .await
            .status
            .is_success()
    );
    let mut mismatches = Vec::new();
    for scope in [SCOPE, "initiative/sahel-igf", "global"] {
        let base = format!("/aggregates/{scope}/{YEAR}");
        for (who, token) in [
            ("anonymous", None),
            ("member of the forum", Some(sahel.token.as_str())),
            ("another initiative", Some(other.token.as_str())),
            ("IGF Secretariat", Some(app.igf.as_str())),
        ] {
            let aggregate = app
                .send(Method::GET, &format!("{base}.json"), token, None, &[])
                .await
                .status;
            for file in ["key-messages.csv", "missing.csv"] {
                let status = download(&app, &format!("{base}/{file}"), token, &[])
                    .await
                    .status;
                if status != aggregate {
                    mismatches.push(format!(
                        "{scope} {file} as {who}: {status}, the aggregate {aggregate}"
                    ));
                }
            }
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}

#[tokio::test]
async fn the_dashboard_links_the_companions_beside_the_csv() {
    let Registry { app, .. } = registry().await;
    let page = app
        .client
        .get(app.page(&format!("/dashboards/{SCOPE}/{YEAR}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    // The templates escape `/` in attributes.
    let html = page.text().await.unwrap().replace("&#x2f;", "/");
    for link in [
        format!("/api/v1/aggregates/{SCOPE}/{YEAR}.csv"),
        format!("/api/v1/aggregates/{SCOPE}/{YEAR}/key-messages.csv"),
        format!("/api/v1/aggregates/{SCOPE}/{YEAR}/missing.csv"),
    ] {
        assert!(
            html.contains(&format!("href=\"{link}\"")),
            "{link} not in the page: {html}"
        );
    }
}
