//! Names instead of codes, and texts in the languages they were written in
//! (issue 15): on the demo registry, the pages show countries and languages
//! by name, a forum's long coverage collapses, Moldova's Romanian key message
//! is on its report page and the dashboard with `lang="ro"`, the feeds mark
//! their language and link the report pages, and the key messages CSV names
//! each language.
use crate::helpers::{TestApp, eventually, spawn_app_with};
use nri_api::config::WorkerMode;
use reqwest::StatusCode;
use serde_json::Value;

/// Moldova's key message, as the demo stores it in Romanian.
const ROMANIAN: &str = "Temele alese printr-un apel deschis mențin agenda națională de jos în sus.";

async fn demo() -> TestApp {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    nri_api::demo::load(&app.state.db.write)
        .await
        .expect("demo data");
    app
}

/// A page's HTML, which must be there.
pub(crate) async fn page(app: &TestApp, path: &str) -> String {
    let r = app.client.get(app.page(path)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    r.text().await.unwrap()
}

/// `path`'s body once it contains `wanted` (the worker computes it).
pub(crate) async fn once_it_holds(app: &TestApp, path: &str, wanted: &str) -> String {
    eventually(&format!("{path} holding {wanted}"), || async {
        let r = app.client.get(app.page(path)).send().await.ok()?;
        let body = r.text().await.ok()?;
        body.contains(wanted).then_some(body)
    })
    .await
}

#[tokio::test]
async fn the_directory_shows_country_names_and_collapses_a_forums_coverage() {
    let app = demo().await;
    let html = page(&app, "/initiatives").await;
    // Each cell carries its column's name, shown above it on a phone.
    let cell = r#"<td data-label="Country or coverage">"#;
    assert!(html.contains(&format!("{cell}Liberia</td>")), "{html}");
    assert!(html.contains(&format!("{cell}Moldova</td>")), "{html}");
    assert!(!html.contains(">LR</td>") && !html.contains(">MD</td>"));
    // West Africa's fifteen countries: three by name, the rest a click away.
    assert!(
        html.contains(&format!("{cell}Benin, Burkina Faso, Cape Verde <details class=\"more\"><summary>and 12 more</summary>")),
        "{html}"
    );
    assert!(html.contains("Nigeria, Senegal, Sierra Leone, Togo</p></details></td>"));
    assert!(!html.contains("BJ, BF"), "{html}");
    // The country filter lists names in their order.
    let algeria = html
        .find(">Algeria</option>")
        .expect("Algeria in the picker");
    let aland = html
        .find(">Åland Islands</option>")
        .expect("Åland in the picker");
    let zambia = html.find(">Zambia</option>").expect("Zambia in the picker");
    assert!(aland < algeria && algeria < zambia);
}

#[tokio::test]
async fn an_initiative_page_names_its_country_and_languages() {
    let app = demo().await;
    let html = page(&app, "/initiatives/moldova-igf").await;
    assert!(html.contains("<dd>Moldova</dd>"), "{html}");
    assert!(
        html.contains("<dd>română (Romanian), русский (Russian), English</dd>"),
        "{html}"
    );
}

#[tokio::test]
async fn moldovas_romanian_key_message_is_on_its_report_page_and_the_dashboard() {
    let app = demo().await;
    let romanian =
        format!("<p lang=\"ro\" dir=\"auto\"><span class=\"muted\">română:</span> {ROMANIAN}</p>");
    let report = page(&app, "/initiatives/moldova-igf/reports/2025").await;
    // An English reader reads the English text first, the Romanian one a click away.
    assert!(
        report.contains("<span lang=\"en\" dir=\"auto\">Themes chosen through an open call"),
        "{report}"
    );
    assert!(
        report.contains(&format!(
            "<details class=\"languages\"><summary>română</summary>{romanian}</details>"
        )),
        "{report}"
    );
    // Where it was held, by name.
    assert!(report.contains("Moldova</dd>"), "{report}");
    assert!(!report.contains(", MD</dd>"), "{report}");
    once_it_holds(&app, "/dashboards/global/2025", &romanian).await;
}

#[tokio::test]
async fn atom_entries_carry_their_language_and_link_the_report_page() {
    let app = demo().await;
    let atom = once_it_holds(&app, "/api/v1/feeds/global.atom", "moldova-igf").await;
    let parsed = feed_rs::parser::parse(atom.as_bytes()).expect("valid Atom");
    assert_eq!(parsed.entries.len(), 2, "{atom}");
    assert_eq!(atom.matches("<entry xml:lang=\"en\">").count(), 2, "{atom}");
    let moldova = parsed
        .entries
        .iter()
        .find(|e| e.id.contains("moldova-igf"))
        .expect("Moldova's entry");
    let link = &moldova.links[0].href;
    assert_eq!(
        link.strip_prefix(&app.address),
        Some("/initiatives/moldova-igf/reports/2025"),
        "{link}"
    );
    let content = moldova.content.as_ref().unwrap().body.as_deref().unwrap();
    assert!(
        content.contains("<span lang=\"ro\">(română) Temele alese"),
        "{content}"
    );
    let summary = &moldova.summary.as_ref().unwrap().content;
    assert!(summary.contains(", Moldova."), "{summary}");
    // The report page the entry links is there for people.
    let r = app.client.get(link).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);

    let json: Value = app
        .client
        .get(app.url("/feeds/global.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(json["language"], "en");
    let item = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["_nri"]["initiative"] == "moldova-igf")
        .expect("Moldova's item");
    assert_eq!(item["language"], "en");
    assert_eq!(item["url"].as_str(), Some(link.as_str()));
    assert!(item["content_text"].as_str().unwrap().contains(ROMANIAN));
}

#[tokio::test]
async fn the_key_messages_csv_names_each_language() {
    let app = demo().await;
    let path = "/api/v1/aggregates/global/2025/key-messages.csv";
    let csv = once_it_holds(&app, path, "moldova-igf").await;
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    assert_eq!(
        lines.next(),
        Some("initiative,initiative_name,theme,language,language_name,text,report_url")
    );
    assert!(
        lines.any(|l| l.contains(&format!("data_governance,ro,Romanian,{ROMANIAN},"))),
        "{csv}"
    );
}
