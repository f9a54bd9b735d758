//! The printable yearly compilation of a scope (issue 15): public, read from
//! the aggregate the worker stored; every contributing initiative's key
//! messages by theme and its recommendations, each attributed with its
//! participants; texts in the reader's language where written in it, else in
//! the initiative's first working language; a print stylesheet for A4 with a
//! page per theme; linked from the dashboard.
use crate::helpers::{TestApp, eventually, spawn_app_with};
use crate::history::replace_stored_body;
use crate::reports::complete_report;
use nri_api::config::WorkerMode;
use reqwest::StatusCode;
use serde_json::{Value, json};

const GLOBAL: &str = "/dashboards/global/2025/compilation";
const MOLDOVA_RO: &str = "Conectivitatea trebuie să ajungă în zonele rurale.";
const MOLDOVA_EN: &str = "Connectivity must reach rural areas.";
const BENIN_FR: &str = "Les données publiques doivent être ouvertes.";
const BENIN_EN: &str = "Public data must be open.";

/// Moldova (working in Romanian, Russian and English) and Benin (French and
/// English), both recognised, each with an accepted 2025 report.
async fn two_accepted_reports() -> TestApp {
    two_accepted_reports_with(WorkerMode::On).await
}

/// As [`two_accepted_reports`], with the worker `worker` (off: nothing is
/// aggregated unless the test asks).
async fn two_accepted_reports_with(worker: WorkerMode) -> TestApp {
    let app = spawn_app_with(|s| s.worker = worker).await;
    let moldova = app.sign_up("focal@migf.example.org", "Focal").await;
    let benin = app.sign_up("focal@benin-igf.example.org", "Focal").await;
    app.register(&moldova.token, json!({ "slug": "moldova-igf", "name": "Moldova IGF", "kind": "national", "country": "MD", "working_languages": ["ro", "ru", "en"] })).await;
    app.register(&benin.token, json!({ "slug": "benin-igf", "name": "Benin IGF", "kind": "national", "country": "BJ", "working_languages": ["fr", "en"] })).await;
    let mut report = complete_report(2025);
    report["country"] = "BJ".into();
    report["city"] = "Cotonou".into();
    report["edition"] = "FGI Bénin 2025".into();
    report["participation"]["total"] = 190.into();
    report["languages"] = json!(["fr", "en"]);
    report["key_messages"] = json!([
        { "text": { "fr": BENIN_FR, "en": BENIN_EN }, "theme": "data_governance" },
        { "text": { "en": "Schools need connectivity too." }, "theme": "access_and_connectivity" }
    ]);
    report["recommendations"] = json!([
        { "text": { "fr": "Financer les réseaux communautaires." }, "addressed_to": "global" }
    ]);
    for (slug, token, content) in [
        ("moldova-igf", &moldova.token, complete_report(2025)),
        ("benin-igf", &benin.token, report),
    ] {
        app.decide(slug, "recognized").await;
        let path = format!("/initiatives/{slug}/reports/2025");
        let r = app.put(&path, Some(token), content).await;
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
        let r = app
            .post(&format!("{path}/submit"), Some(token), json!({}))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        let r = app
            .post(
                &format!("{path}/review"),
                Some(&app.igf),
                json!({ "decision": "accept" }),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    }
    app
}

/// `path` as a reader of `language` sees it, once the worker has folded both reports into it.
async fn compiled(app: &TestApp, path: &str, language: &str, wanted: &[&str]) -> String {
    eventually(&format!("{path} with both reports"), || async {
        let r = app
            .client
            .get(app.page(path))
            .header("accept-language", language)
            .send()
            .await
            .ok()?;
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let body = r.text().await.ok()?;
        wanted.iter().all(|w| body.contains(w)).then_some(body)
    })
    .await
}

/// The `data-theme` of each theme section, in order.
fn themes(html: &str) -> Vec<&str> {
    html.split("data-theme=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[tokio::test]
async fn the_compilation_gathers_every_initiatives_messages_by_theme_with_attribution() {
    let app = two_accepted_reports().await;
    let html = compiled(&app, GLOBAL, "en", &["Moldova IGF", "Benin IGF"]).await;
    // Access and connectivity (raised by both) first, then data governance.
    assert_eq!(
        themes(&html),
        ["access_and_connectivity", "data_governance"],
        "{html}"
    );
    let aggregate = app.get("/aggregates/global/2025.json", None).await;
    let groups: Vec<&Value> = aggregate.body["key_messages"]
        .as_array()
        .expect("key messages")
        .iter()
        .collect();
    assert_eq!(
        groups.len(),
        2,
        "the page shows the stored aggregate's groups"
    );
    // Each theme a section of its own: what the print stylesheet breaks pages at.
    assert_eq!(
        html.matches("<section class=\"compilation-theme\"").count(),
        3
    );
    // Attributed, with the edition and participants.
    assert!(
        html.contains("<a href=\"/initiatives/benin-igf/reports/2025\">Benin IGF</a>, FGI Bénin 2025 (190 participants)"),
        "{html}"
    );
    assert!(html.contains("<a href=\"/initiatives/moldova-igf/reports/2025\">Moldova IGF</a>, MIGF 2025 (200 participants)"));
    // The participation figures: 200 + 190.
    assert!(html.contains("<dd>390</dd>"), "{html}");
    // Recommendations by whom they address: Moldova's regional, Benin's global.
    assert!(html.contains("Fund community networks."));
    assert!(html.contains("Financer les réseaux communautaires."));
    // An English reader reads English where it was written.
    assert!(html.contains(&format!(
        "<span lang=\"en\" dir=\"auto\">{MOLDOVA_EN}</span>"
    )));
    assert!(html.contains(&format!("<span lang=\"en\" dir=\"auto\">{BENIN_EN}</span>")));
    // No navigation in print, and the dashboard links the compilation.
    assert!(html.contains("<p class=\"no-print\"><a href=\"/dashboards/global/2025\">"));
    let dashboard = compiled(&app, "/dashboards/global/2025", "en", &["Benin IGF"]).await;
    assert!(
        dashboard.contains(&format!("<a href=\"{GLOBAL}\">")),
        "{dashboard}"
    );
}

#[tokio::test]
async fn texts_read_in_the_readers_language_else_the_first_working_language() {
    let app = two_accepted_reports().await;
    let html = compiled(&app, GLOBAL, "fr", &["Moldova IGF", "Benin IGF"]).await;
    assert!(html.contains("<html lang=\"fr\""));
    // Written in French: read in French.
    assert!(
        html.contains(&format!("<span lang=\"fr\" dir=\"auto\">{BENIN_FR}</span>")),
        "{html}"
    );
    // Not written in French: Moldova's first working language, Romanian,
    // not English; English a click away.
    assert!(
        html.contains(&format!(
            "<span lang=\"ro\" dir=\"auto\">{MOLDOVA_RO}</span>"
        )),
        "{html}"
    );
    assert!(html.contains(&format!(
        "<span class=\"muted\">English:</span> {MOLDOVA_EN}"
    )));
    assert!(html.contains("2 messages clés"), "{html}");
}

#[tokio::test]
async fn a_scope_compiles_only_its_own_initiatives_and_unknown_scopes_are_404() {
    let app = two_accepted_reports().await;
    let europe = "/dashboards/un-region/eastern_europe/2025/compilation";
    let html = compiled(&app, europe, "en", &["Moldova IGF"]).await;
    assert!(!html.contains("Benin IGF"), "{html}");
    assert!(html.contains("UN region: Eastern Europe"), "{html}");
    let r = app
        .client
        .get(app.page("/dashboards/planet/mars/2025/compilation"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // A year nothing was aggregated for says so.
    let r = app
        .client
        .get(app.page("/dashboards/global/2024/compilation"))
        .send()
        .await
        .unwrap();
    let status = r.status();
    let body = r.text().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body.contains("Nothing has been aggregated for 2024 yet"),
        "{body}"
    );
}

#[tokio::test]
async fn the_print_stylesheet_makes_a4_pages_one_theme_a_page_without_navigation() {
    let app = spawn_app_with(|_| {}).await;
    let r = app
        .client
        .get(app.page("/static/site.css"))
        .send()
        .await
        .unwrap();
    let css = r.text().await.unwrap();
    let print = css
        .split("@media print {")
        .nth(1)
        .expect("a print stylesheet");
    assert!(print.contains("@page { size: A4;"), "{print}");
    assert!(print.contains(".compilation-theme { break-before: page; }"));
    let hidden = print
        .lines()
        .find(|l| l.contains("display: none"))
        .expect("what print leaves out");
    for part in ["header.site", "footer.site", "nav", ".no-print"] {
        assert!(hidden.contains(part), "{part} in {hidden}");
    }
}

#[tokio::test]
async fn the_aggregate_carries_working_languages_and_one_stored_without_them_still_falls_back() {
    let app = two_accepted_reports_with(WorkerMode::Off).await;
    worker::aggregation::recompute_all(&app.state.db.write, &app.address)
        .await
        .expect("aggregates computed");
    // Each contributing initiative with its working languages: the
    // compilation reads them there, not from the directory.
    let stored = app.get("/aggregates/global/2025.json", None).await;
    let languages = |a: &Value| -> Vec<(String, Value)> {
        a["contributing"]
            .as_array()
            .expect("contributing")
            .iter()
            .map(|c| {
                (
                    c["slug"].as_str().unwrap().to_owned(),
                    c["working_languages"].clone(),
                )
            })
            .collect()
    };
    assert_eq!(
        languages(&stored.body),
        [
            ("benin-igf".to_owned(), json!(["fr", "en"])),
            ("moldova-igf".to_owned(), json!(["ro", "ru", "en"])),
        ]
    );

    // An aggregate stored before it carried them (a new ETag, as a new
    // computation would have): the page completes them from the directory.
    let mut legacy = stored.body.clone();
    for c in legacy["contributing"].as_array_mut().unwrap() {
        c.as_object_mut().unwrap().remove("working_languages");
    }
    replace_stored_body(&app, "global", 2025, &legacy.to_string(), "\"legacy\"").await;
    let served = eventually("the legacy aggregate served", || async {
        let a = app.get("/aggregates/global/2025.json", None).await;
        (a.etag() == "\"legacy\"").then_some(a.body)
    })
    .await;
    assert!(served["contributing"][0].get("working_languages").is_none());
    let html = compiled(&app, GLOBAL, "fr", &["Moldova IGF", "Benin IGF"]).await;
    assert!(
        html.contains(&format!(
            "<span lang=\"ro\" dir=\"auto\">{MOLDOVA_RO}</span>"
        )),
        "{html}"
    );
}
