//! Dashboards across years and the public initiative page (issue 15): the
//! reporting rate and participation of every stored year as charts and a
//! table with the right numbers; recommendations; a report awaiting review
//! said plainly, not listed as not reported (a returned one is not reported
//! again); and the public page of an initiative with its website, public
//! e-mail, social links, youth track, and the names of the committee members
//! who agreed to be listed, never the others nor anyone's private data.
use crate::helpers::{Account, PASSWORD, TestApp, eventually, national, spawn_app, spawn_app_with};
use crate::names::{once_it_holds, page};
use crate::reports::complete_report;
use chrono::Datelike;
use nri_api::config::WorkerMode;
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Files `body` as `slug`'s report for `year` and submits it; the IGF
/// Secretariat then accepts it when `accept`.
async fn file(app: &TestApp, token: &str, slug: &str, year: i32, body: Value, accept: bool) {
    let r = format!("/initiatives/{slug}/reports/{year}");
    let put = app.put(&r, Some(token), body).await;
    assert!(put.status.is_success(), "{:?}", put.body);
    let submitted = app
        .post(&format!("{r}/submit"), Some(token), json!({}))
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{:?}", submitted.body);
    if accept {
        let accepted = app
            .post(
                &format!("{r}/review"),
                Some(&app.igf),
                json!({ "decision": "accept" }),
            )
            .await;
        assert_eq!(accepted.status, StatusCode::OK, "{:?}", accepted.body);
    }
}

/// The part of `html` from the heading `heading` to the next `<h2`.
pub(crate) fn section<'a>(html: &'a str, heading: &str) -> &'a str {
    let start = html
        .find(&format!(">{heading}</h2>"))
        .unwrap_or_else(|| panic!("no section {heading} in {html}"));
    let rest = &html[start..];
    let end = rest[1..].find("<h2").map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

/// A visitor signed in to the pages as `email` (password `PASSWORD`).
async fn signed_in<'a>(app: &'a TestApp, email: &str) -> crate::pages::Visitor<'a> {
    let mut v = crate::pages::Visitor::new(app);
    let r = v
        .submit(
            "/sign-in",
            "/sign-in",
            &[("email", email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    v
}

/// Moldova, Liberia and Ghana (working in Romanian and English),
/// recognised, and their reports: 2024, Moldova's accepted (200
/// participants); 2025, Moldova's and Liberia's accepted (200 + 300, Liberia
/// recommending to the global level), Ghana's submitted and awaiting review.
/// Returns their focal point (`focal@example.org`).
pub(crate) async fn three_reporting_initiatives(app: &TestApp) -> Account {
    let focal = app.sign_up("focal@example.org", "Focal").await;
    for (slug, name, country) in [
        ("moldova-igf", "Moldova IGF", "MD"),
        ("liberia-igf", "Liberia IGF", "LR"),
        ("ghana-igf", "Ghana IGF", "GH"),
    ] {
        let mut body = national(slug, name, country);
        body["working_languages"] = json!(["ro", "en"]);
        app.register(&focal.token, body).await;
        app.decide(slug, "recognized").await;
    }
    file(
        app,
        &focal.token,
        "moldova-igf",
        2024,
        complete_report(2024),
        true,
    )
    .await;
    file(
        app,
        &focal.token,
        "moldova-igf",
        2025,
        complete_report(2025),
        true,
    )
    .await;
    let mut liberia = complete_report(2025);
    liberia["participation"]["total"] = json!(300);
    liberia["participation"]["online"] = json!(100);
    liberia["participation"]["youth"] = json!(50);
    liberia["recommendations"] =
        json!([{ "text": { "en": "Harmonise cybersecurity laws." }, "addressed_to": "global" }]);
    file(app, &focal.token, "liberia-igf", 2025, liberia, true).await;
    file(
        app,
        &focal.token,
        "ghana-igf",
        2025,
        complete_report(2025),
        false,
    )
    .await;
    focal
}

#[tokio::test]
async fn a_dashboard_shows_the_reporting_rate_and_participation_of_every_year() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    three_reporting_initiatives(&app).await;

    let row_2025 = r#"<th scope="row"><a href="/dashboards/global/2025">2025</a></th><td class="num">2</td><td class="num">3</td><td class="num">67%</td><td class="num">500</td><td class="num">160</td><td class="num">90</td>"#;
    // The row and the sections come from one read of the aggregate; the
    // history of other years from their stored summaries, which the
    // aggregate's own read may lag for a moment: wait for both.
    let html = eventually(
        "the 2025 dashboard with its row and recommendations",
        || async {
            let body = page(&app, "/dashboards/global/2025").await;
            (body.contains(row_2025) && body.contains(">Recommendations</h2>")).then_some(body)
        },
    )
    .await;
    let history = section(&html, "Across the years");
    assert!(
        history.contains(r#"<th scope="row"><a href="/dashboards/global/2024">2024</a></th><td class="num">1</td><td class="num">3</td><td class="num">33%</td><td class="num">200</td><td class="num">60</td><td class="num">40</td>"#),
        "{history}"
    );
    // Oldest first, and only the years that have an aggregate (every year
    // from the first report's to the current one).
    assert!(history.find(">2024</a></th>") < history.find(">2025</a></th>"));
    assert!(!history.contains(">2023</a></th>"), "{history}");
    // The same figures as charts, each described (this year has no report yet).
    let current = chrono::Utc::now().year();
    assert!(
        history.contains(&format!("<title id=\"chart-rate-t\">Reporting rate per year (% of recognised initiatives)</title><desc id=\"chart-rate-d\">2024: 33; 2025: 67; {current}: 0</desc>")),
        "{history}"
    );
    assert!(
        history.contains(&format!(
            "<desc id=\"chart-participants-d\">2024: 200; 2025: 500; {current}: 0</desc>"
        )),
        "{history}"
    );
    // The year before shows the same history.
    let earlier = page(&app, "/dashboards/global/2024").await;
    assert!(earlier.contains(row_2025), "{earlier}");

    // Recommendations, with whom they address.
    let recommendations = section(&html, "Recommendations");
    assert!(
        recommendations.contains("Fund community networks."),
        "{recommendations}"
    );
    assert!(
        recommendations.contains("Addressed to: Regional level"),
        "{recommendations}"
    );
    assert!(
        recommendations.contains("Harmonise cybersecurity laws."),
        "{recommendations}"
    );
    assert!(
        recommendations.contains("Addressed to: Global level"),
        "{recommendations}"
    );

    // A report's status is private: the public reads Ghana as not reported.
    assert!(!html.contains(">Awaiting review</h2>"), "{html}");
    assert!(
        section(&html, "Not reported yet").contains(">Ghana IGF</a>"),
        "{html}"
    );
    // Ghana's focal point reads that its report awaits review, not "not reported".
    let mut focal_view = signed_in(&app, "focal@example.org").await;
    let html = focal_view.get("/dashboards/global/2025").await.body;
    let awaiting = section(&html, "Awaiting review");
    assert!(awaiting.contains(">Ghana IGF</a>"), "{awaiting}");
    let missing = section(&html, "Not reported yet");
    assert!(!missing.contains("Ghana IGF"), "{missing}");
    assert!(
        missing
            .contains("Every other recognised initiative in this scope has submitted its report."),
        "{missing}"
    );
}

#[tokio::test]
async fn a_report_awaiting_review_is_said_so_and_a_returned_one_is_not_reported_again() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    nri_api::demo::load(&app.state.db.write)
        .await
        .expect("demo data");
    // West Africa's 2025 report is submitted; the African IGF's is an overdue
    // draft. Whose report is submitted is for the IGF Secretariat, the
    // initiative's members and the members of the forums it feeds: not for
    // the public, nor for the member of an unrelated initiative.
    let reviewer = app.sign_up("reviewer@example.org", "Reviewer").await;
    app.make_igf_secretariat(reviewer.id).await;
    let stranger = app.sign_up("stranger@example.org", "Stranger").await;
    app.register(&stranger.token, national("ghana-igf", "Ghana IGF", "GH"))
        .await;
    for (who, token, expected) in [
        ("the public", None, json!([])),
        ("an unrelated member", Some(&stranger.token), json!([])),
        (
            "the IGF Secretariat",
            Some(&reviewer.token),
            json!(["west-africa-igf"]),
        ),
    ] {
        let r = app
            .get("/reports/2025/awaiting-review", token.map(String::as_str))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{who}: {:?}", r.body);
        assert_eq!(r.body["year"], json!(2025), "{who}");
        assert_eq!(r.body["initiatives"], expected, "{who}");
    }
    let public = once_it_holds(
        &app,
        "/dashboards/global/2025",
        "Moldova Internet Governance Forum",
    )
    .await;
    assert!(!public.contains("awaiting review"), "{public}");
    assert!(
        section(&public, "Not reported yet").contains("West Africa"),
        "{public}"
    );
    let mut view = signed_in(&app, "reviewer@example.org").await;
    let html = view.get("/dashboards/global/2025").await.body;
    assert!(
        html.contains("One more report has been submitted and is awaiting review."),
        "{html}"
    );
    // Every key message is on the page: no link to "all" of them.
    let messages = section(&html, "Key messages by theme");
    assert!(messages.contains("3 key messages."), "{messages}");
    assert!(!messages.contains("See all"), "{messages}");
    let section_awaiting = section(&html, "Awaiting review");
    assert!(
        section_awaiting
            .contains(r#"<li><a href="/initiatives/west-africa-igf">West Africa Internet Governance Forum</a></li>"#),
        "{section_awaiting}"
    );
    let missing = section(&html, "Not reported yet");
    assert!(!missing.contains("West Africa"), "{missing}");
    assert!(
        missing.contains(r#"<a href="/initiatives/african-igf">African Internet Governance Forum</a> <span class="badge overdue">Overdue</span>"#),
        "{missing}"
    );
    // The forum's own dashboard says the same.
    let forum = view
        .get("/dashboards/initiative/african-igf/2025")
        .await
        .body;
    assert!(
        section(&forum, "Awaiting review").contains("West Africa"),
        "{forum}"
    );

    // Returned for changes, it is no longer awaiting review: not reported again.
    let returned = app
        .post(
            "/initiatives/west-africa-igf/reports/2025/review",
            Some(&app.igf),
            json!({ "decision": "return", "comment": "Add the participation by gender." }),
        )
        .await;
    assert_eq!(returned.status, StatusCode::OK, "{:?}", returned.body);
    let r = app
        .get("/reports/2025/awaiting-review", Some(&reviewer.token))
        .await;
    assert_eq!(r.body["initiatives"], json!([]));
    let html = view.get("/dashboards/global/2025").await.body;
    assert!(
        section(&html, "Not reported yet").contains("West Africa"),
        "{html}"
    );
    assert!(
        section(&html, "Awaiting review").contains("No report is awaiting review."),
        "{html}"
    );
    // Nothing of the reviewer's comment reaches the public page.
    assert!(!html.contains("participation by gender"), "{html}");

    let bad = app.get("/reports/0/awaiting-review", None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{:?}", bad.body);
    assert!(bad.fields().contains(&"year".to_owned()), "{:?}", bad.body);
}

#[tokio::test]
async fn the_public_page_lists_profile_links_youth_tracks_and_only_the_listed_members() {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@example.org", "Focal").await;
    let mut moldova = national("moldova-igf", "Moldova IGF", "MD");
    moldova["website"] = json!("https://igf.md");
    moldova["public_email"] = json!("info@igf.md");
    moldova["social_links"] = json!({ "mastodon": "https://social.example.org/@migf" });
    app.register(&focal.token, moldova).await;
    let mut youth = national("youth-igf-md", "Youth IGF Moldova", "MD");
    youth["kind"] = json!("youth");
    youth["parent"] = json!("moldova-igf");
    app.register(&focal.token, youth).await;
    for slug in ["moldova-igf", "youth-igf-md"] {
        app.decide(slug, "recognized").await;
    }
    let member = |name: &str, listed: bool| {
        json!({
            "name": name, "organisation": "Comunitatea Internet", "stakeholder_group": "civil_society",
            "role": "chair", "gender": "female", "city": "Secretville", "country": "MD",
            "term_start": "2025-01-01", "listed_publicly": listed
        })
    };
    for (name, listed) in [("Ana Listed", true), ("Ion Private", false)] {
        let r = app
            .post(
                "/initiatives/moldova-igf/committee",
                Some(&focal.token),
                member(name, listed),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    }

    let html = page(&app, "/initiatives/moldova-igf").await;
    assert!(
        html.contains(r#"<a href="https:&#x2f;&#x2f;igf.md">https:&#x2f;&#x2f;igf.md</a>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<a href="mailto:info@igf.md">info@igf.md</a>"#),
        "{html}"
    );
    assert!(
        html.contains(
            r#"<a href="https:&#x2f;&#x2f;social.example.org&#x2f;@migf" rel="nofollow noopener">mastodon</a>"#
        ),
        "{html}"
    );
    assert!(
        html.contains(r#"<dt>Youth tracks</dt><dd><ul class="inline-list"><li><a href="/initiatives/youth-igf-md">Youth IGF Moldova</a></li></ul></dd>"#),
        "{html}"
    );
    assert!(
        html.contains("<li>Ana Listed, Comunitatea Internet <span class=\"muted\">(Chair, Civil society)</span></li>"),
        "{html}"
    );
    assert!(!html.contains("Ion Private"), "{html}");
    // The committee counts both; nobody's private data is shown.
    assert!(html.contains("2 current members."), "{html}");
    assert!(!html.contains("Secretville"), "{html}");
    assert!(!html.contains("focal@example.org"), "{html}");

    // The focal point, who may see everyone, still reads the public page.
    let mut v = crate::pages::Visitor::new(&app);
    let signed_in = v
        .submit(
            "/sign-in",
            "/sign-in",
            &[("email", "focal@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    let as_member = v.get("/initiatives/moldova-igf").await.body;
    assert!(as_member.contains("Ana Listed"), "{as_member}");
    assert!(!as_member.contains("Ion Private"), "{as_member}");

    // The youth track names its parent.
    let youth = page(&app, "/initiatives/youth-igf-md").await;
    assert!(
        youth.contains(
            r#"<dt>Youth track of</dt><dd><a href="/initiatives/moldova-igf">Moldova IGF</a></dd>"#
        ),
        "{youth}"
    );
    // The directory API filters by parent.
    let tracks = app.get("/initiatives?parent=moldova-igf", None).await;
    let slugs: Vec<&str> = tracks.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["youth-igf-md"]);
}
