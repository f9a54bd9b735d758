//! The world map (issue 15): the directory shows country names in the
//! reader's language and its map links each country with a recognised
//! initiative (of it or covering it) to the directory of that country, with
//! the same countries as a list beside it; `GET /countries` follows the
//! directory's access rules. Dashboards map the countries whose initiatives
//! contribute a report.
use crate::helpers::{TestApp, eventually, forum, national, spawn_app, spawn_app_with};
use nri_api::config::WorkerMode;
use reqwest::StatusCode;
use serde_json::json;

/// A page's HTML in `language`, which must be there.
pub(crate) async fn page_in(app: &TestApp, path: &str, language: &str) -> String {
    let r = app
        .client
        .get(app.page(path))
        .header("accept-language", language)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    r.text().await.unwrap()
}

/// The `<svg>` of the map with `id` in `html`.
fn map_of<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<svg class=\"world-map\" id=\"{id}\""))
        .unwrap_or_else(|| panic!("no map {id} in {html}"));
    let end = html[start..].find("</svg>").expect("the map ends") + start;
    &html[start..end]
}

/// Moldova and Liberia recognised, a forum covering Ghana and Liberia
/// recognised, and an applicant in Brazil (public nowhere).
async fn registry(app: &TestApp) {
    let focal = app.sign_up("focal@example.org", "Focal").await;
    app.register(&focal.token, national("moldova-igf", "Moldova IGF", "MD"))
        .await;
    app.register(&focal.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.register(
        &focal.token,
        forum(
            "waigf",
            "West Africa IGF",
            "subregional",
            "africa",
            &["GH", "LR"],
        ),
    )
    .await;
    app.register(&focal.token, national("brazil-igf", "Brazil IGF", "BR"))
        .await;
    for slug in ["moldova-igf", "liberia-igf", "waigf"] {
        app.decide(slug, "recognized").await;
    }
}

#[tokio::test]
async fn the_directory_names_countries_for_the_reader_and_maps_each_one_with_an_initiative() {
    let app = spawn_app().await;
    registry(&app).await;

    let fr = page_in(&app, "/initiatives", "fr").await;
    let cell = r#"<td data-label="Pays ou couverture">"#;
    assert!(fr.contains(&format!("{cell}Moldavie</td>")), "{fr}");
    assert!(fr.contains(&format!("{cell}Liberia</td>")), "{fr}");
    let map = map_of(&fr, "directory-map");
    assert!(
        map.contains("<title id=\"directory-map-t\">Pays ayant une initiative reconnue</title>"),
        "{map}"
    );
    assert!(
        map.contains(
            r#"<a href="/initiatives?country=MD"><title>Moldavie: 1 initiative</title><path d="M"#
        ),
        "{map}"
    );
    // Liberia has its own initiative and the forum covering it; Ghana only the forum.
    assert!(
        map.contains("<title>Liberia: 2 initiatives</title>"),
        "{map}"
    );
    assert!(map.contains("<title>Ghana: 1 initiative</title>"), "{map}");
    // The applicant's country is not a link, and nothing else is.
    assert!(!map.contains("country=BR"), "{map}");
    assert_eq!(map.matches("<a href=").count(), 3, "{map}");
    // The text alternative: the same countries as links, by French name.
    let list = &fr[fr.find("class=\"world-map-list\"").expect("the list")..];
    let ghana = list.find(">Ghana: 1 initiative</a>").expect("Ghana listed");
    let liberia = list
        .find(">Liberia: 2 initiatives</a>")
        .expect("Liberia listed");
    let moldova = list
        .find(">Moldavie: 1 initiative</a>")
        .expect("Moldova listed");
    assert!(ghana < liberia && liberia < moldova, "{list}");

    // In English, English names; the link leads to the initiatives of the country.
    let en = page_in(&app, "/initiatives", "en").await;
    assert!(map_of(&en, "directory-map").contains("<title>Liberia: 2 initiatives</title>"));
    let liberias = page_in(&app, "/initiatives?country=LR", "en").await;
    assert!(liberias.contains(">Liberia IGF</a>"), "{liberias}");
    assert!(liberias.contains(">West Africa IGF</a>"), "{liberias}");
    assert!(!liberias.contains(">Moldova IGF</a>"), "{liberias}");

    // Filtered by kind, the map shows only that kind's countries.
    let national_only = page_in(&app, "/initiatives?kind=national", "en").await;
    let map = map_of(&national_only, "directory-map");
    assert!(!map.contains("country=GH"), "{map}");
    assert!(
        map.contains("<title>Liberia: 1 initiative</title>"),
        "{map}"
    );
}

#[tokio::test]
async fn the_countries_endpoint_follows_the_directorys_access_rules() {
    let app = spawn_app().await;
    registry(&app).await;
    let public = app.get("/countries", None).await;
    assert_eq!(public.status, StatusCode::OK, "{:?}", public.body);
    assert_eq!(
        public.body,
        json!({ "items": [
            { "code": "GH", "initiatives": [], "covered_by": ["waigf"] },
            { "code": "LR", "initiatives": ["liberia-igf"], "covered_by": ["waigf"] },
            { "code": "MD", "initiatives": ["moldova-igf"], "covered_by": [] },
        ]})
    );
    // The IGF Secretariat also sees the applicant; a status filter narrows it.
    let all = app.get("/countries", Some(&app.igf)).await;
    let codes: Vec<&str> = all.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["BR", "GH", "LR", "MD"]);
    let applicants = app.get("/countries?status=applicant", Some(&app.igf)).await;
    assert_eq!(
        applicants.body,
        json!({ "items": [{ "code": "BR", "initiatives": ["brazil-igf"], "covered_by": [] }] })
    );
    let bad = app.get("/countries?kind=galactic", None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_dashboard_maps_the_countries_whose_initiatives_reported() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    nri_api::demo::load(&app.state.db.write)
        .await
        .expect("demo data");
    // Liberia's and Moldova's 2025 reports are accepted; West Africa's awaits review.
    let html = eventually("the global dashboard of 2025", || async {
        let r = app
            .client
            .get(app.page("/dashboards/global/2025"))
            .header("accept-language", "es")
            .send()
            .await
            .ok()?;
        let body = r.text().await.ok()?;
        body.contains("Moldova Internet Governance Forum")
            .then_some(body)
    })
    .await;
    let map = map_of(&html, "dashboard-map");
    assert!(
        map.contains(r#"<a href="/initiatives/moldova-igf/reports/2025"><title>Moldavia: 1 iniciativa</title>"#),
        "{map}"
    );
    assert!(
        map.contains(r#"<a href="/initiatives/liberia-igf/reports/2025">"#),
        "{map}"
    );
    // West Africa's coverage is not painted: only countries of initiatives that reported.
    assert_eq!(map.matches("<a href=").count(), 2, "{map}");
}
