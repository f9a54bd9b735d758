//! Names instead of codes, and texts in the languages they were written in
//! (issue 15): on the demo registry, the pages show countries and languages
//! by name, a forum's long coverage collapses, Moldova's Romanian key message
//! is on its report page and the dashboard with `lang="ro"`, the feeds mark
//! their language and link the report pages, and the key messages CSV names
//! each language.
use crate::helpers::{TestApp, eventually, spawn_app_with};
use crate::map::page_in;
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
    // Lists join as the reader's language does.
    let arabic = page_in(&app, "/initiatives/moldova-igf", "ar").await;
    assert!(
        arabic.contains("<dd>română (الرومانية)، русский (الروسية)، English (الإنجليزية)</dd>"),
        "{arabic}"
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
    // A French reader finds no French text: the initiative's first working
    // language (Romanian) comes first, on the report page and the dashboard
    // alike, English a click away.
    let first = format!("<span lang=\"ro\" dir=\"auto\">{ROMANIAN}</span>");
    for path in [
        "/initiatives/moldova-igf/reports/2025",
        "/dashboards/global/2025",
        "/dashboards/global/2025?list=key_messages&theme=data_governance",
    ] {
        let html = page_in(&app, path, "fr").await;
        assert!(html.contains(&first), "{path}: {html}");
        assert!(
            html.contains("<summary>English</summary>"),
            "{path}: {html}"
        );
    }
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
        Some("initiative,initiative_name,theme,theme_name,language,language_name,text,report_url")
    );
    assert!(
        lines.any(|l| l.contains(&format!(
            "data_governance,Data governance,ro,Romanian,{ROMANIAN},"
        ))),
        "{csv}"
    );
}

/// The feeds' own words in the language asked for: `?lang=` first, then
/// `Accept-Language`; ids and links the same in every language; each
/// language with its own ETag and 304; an unknown language refused by name;
/// the French dashboard links the French feeds.
#[tokio::test]
async fn feeds_speak_the_language_asked_for() {
    let app = demo().await;
    let english = once_it_holds(&app, "/api/v1/feeds/global.atom", "moldova-igf").await;
    assert!(
        english.contains("<title>NRI Registry: all initiatives</title>"),
        "{english}"
    );
    assert!(english.contains("label=\"Data governance\""), "{english}");
    assert!(
        !english.contains("&lt;strong&gt;data_governance"),
        "{english}"
    );

    let get = |path: &str, header: Option<(&str, &str)>| {
        let mut r = app.client.get(app.url(path));
        if let Some((name, value)) = header {
            r = r.header(name, value);
        }
        r.send()
    };
    let r = get("/feeds/global.atom?lang=fr", None).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-language"], "fr");
    let vary: Vec<_> = r.headers().get_all("vary").iter().collect();
    assert_eq!(vary, ["Accept-Language, Accept-Encoding"]);
    let french_etag = r.headers()["etag"].to_str().unwrap().to_owned();
    let french = r.text().await.unwrap();
    let parsed = feed_rs::parser::parse(french.as_bytes()).expect("valid Atom");
    assert_eq!(parsed.entries.len(), 2, "{french}");
    assert!(french.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">"));
    assert_eq!(
        french.matches("<entry xml:lang=\"fr\">").count(),
        2,
        "{french}"
    );
    assert!(
        french.contains("<title>Registre des NRI : toutes les initiatives</title>"),
        "{french}"
    );
    assert!(
        french.contains("label=\"Gouvernance des données\""),
        "{french}"
    );
    assert!(french.contains(", Moldavie. "), "{french}");
    assert!(french.contains("messages clés.</summary>"), "{french}");
    assert!(french.contains(&format!(
        "<id>{}/api/v1/feeds/global.atom?lang=fr</id>",
        app.address
    )));
    // Entries keep their ids and links in every language.
    let entries = |x: &str| {
        x.split("<entry")
            .skip(1)
            .flat_map(|e| {
                e.lines()
                    .filter(|l| l.contains("<id>") || l.contains("href="))
            })
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(entries(&french).len(), 4);
    assert_eq!(entries(&french), entries(&english));

    // Accept-Language when no `lang` is given; `lang` over the header.
    let r = get(
        "/feeds/global.atom",
        Some(("accept-language", "ar, en;q=0.5")),
    )
    .await
    .unwrap();
    assert_eq!(r.headers()["content-language"], "ar");
    assert!(r.text().await.unwrap().contains("xml:lang=\"ar\""));
    let r = get(
        "/feeds/global.json?lang=es",
        Some(("accept-language", "ar")),
    )
    .await
    .unwrap();
    assert_eq!(r.headers()["content-language"], "es");
    let json: Value = r.json().await.unwrap();
    assert_eq!(json["language"], "es");
    let moldova = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["_nri"]["initiative"] == "moldova-igf")
        .expect("Moldova's item");
    assert_eq!(moldova["language"], "es");
    assert!(
        moldova["tags"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Gobernanza de datos")),
        "{moldova}"
    );
    assert_eq!(
        moldova["_nri"]["key_messages"][0]["theme"],
        "data_governance"
    );

    // Each language its own ETag, and its own 304.
    let english_etag = get("/feeds/global.atom", None).await.unwrap().headers()["etag"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_ne!(french_etag, english_etag);
    let r = get(
        "/feeds/global.atom?lang=fr",
        Some(("if-none-match", &french_etag)),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(r.headers()["etag"].to_str().unwrap(), french_etag);
    let r = get(
        "/feeds/global.atom?lang=fr",
        Some(("if-none-match", &english_etag)),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::OK);

    let r = get("/feeds/global.atom?lang=xx", None).await.unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let problem: Value = r.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "lang", "{problem}");

    let dashboard = page_in(&app, "/dashboards/global/2025", "fr").await;
    // minijinja escapes `/` in attributes.
    let dashboard = dashboard.replace("&#x2f;", "/");
    assert!(
        dashboard.contains("href=\"/api/v1/feeds/global.atom?lang=fr\""),
        "{dashboard}"
    );
    assert!(
        dashboard.contains("href=\"/api/v1/feeds/global.json?lang=fr\""),
        "{dashboard}"
    );
}
