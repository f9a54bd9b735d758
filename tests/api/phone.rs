//! The pages on a 360 px phone, in Chromium: in English, French and Arabic
//! nothing is wider than the screen or cut off at its edge, axe-core finds no
//! serious or critical violation, the document says its language (and, in
//! Arabic, its direction), chart text is readable and dates are unambiguous.
//! And the report form takes several key messages before it is saved, with
//! no JavaScript involved. One browser per test: the CI machine is small.
use crate::browser::{Browser, wait_for_text, worker_app};
use crate::helpers::{PASSWORD, TestApp, forum, national, spawn_app};
use crate::pages::Visitor;
use reqwest::StatusCode;
use serde_json::{Value, json};

const WIDTH: u32 = 360;
const LANGUAGES: [&str; 3] = ["en", "fr", "ar"];

/// What is wrong with the current page at phone width, one line per problem.
async fn phone_problems(b: &Browser, lang: &str, path: &str) -> Vec<String> {
    let mut found: Vec<String> = b
        .accessibility_violations()
        .await
        .into_iter()
        .map(|v| format!("{lang} {path}: axe {v}"))
        .collect();
    let facts = b
        .client
        .execute(
            r#"const vw = window.innerWidth;
               const cut = [...document.querySelectorAll('main *')].filter(e => {
                   if (e.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)')) return false;
                   const r = e.getBoundingClientRect();
                   return r.width > 1 && (r.right > vw + 0.5 || r.left < -0.5);
               }).slice(0, 3).map(e => e.tagName + '.' + (e.getAttribute('class') || ''));
               const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
                   const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                   return Math.min(...[...svg.querySelectorAll('text')].map(t => Number(t.getAttribute('font-size')) * scale));
               });
               return { overflow: document.documentElement.scrollWidth - vw, cut, charts,
                        lang: document.documentElement.lang, dir: document.documentElement.dir,
                        text: document.body.innerText };"#,
            vec![],
        )
        .await
        .expect("measure the page");
    if facts["overflow"].as_i64().is_none_or(|o| o > 0) {
        found.push(format!(
            "{lang} {path}: the page scrolls sideways by {}px",
            facts["overflow"]
        ));
    }
    if facts["cut"].as_array().is_none_or(|c| !c.is_empty()) {
        found.push(format!(
            "{lang} {path}: cut off at the screen's edge: {}",
            facts["cut"]
        ));
    }
    if path.starts_with("/dashboards/") && facts["charts"].as_array().is_none_or(Vec::is_empty) {
        found.push(format!("{lang} {path}: no chart to measure"));
    }
    for px in facts["charts"].as_array().into_iter().flatten() {
        if px.as_f64().is_none_or(|px| px < 12.0) {
            found.push(format!("{lang} {path}: chart text renders at {px} px"));
        }
    }
    if facts["lang"] != lang {
        found.push(format!("{lang} {path}: <html lang={}>", facts["lang"]));
    }
    let dir = if lang == "ar" { "rtl" } else { "ltr" };
    if facts["dir"] != dir {
        found.push(format!("{lang} {path}: <html dir={}>", facts["dir"]));
    }
    let text = facts["text"]
        .as_str()
        .expect("the page script reports its text");
    if let Some(date) = ambiguous_date(text) {
        found.push(format!("{lang} {path}: an ambiguous date: {date}"));
    }
    found
}

/// A date written as `6/12/2026` or a raw timestamp (`2026-12-06T14:03`).
fn ambiguous_date(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .iter()
        .find(|w| {
            let parts: Vec<&str> = w.split(['/', '.']).collect();
            (parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                && parts[2].len() >= 2)
                || (w.len() >= 16 && w.as_bytes()[4] == b'-' && w.as_bytes()[10] == b'T')
        })
        .map(|w| (*w).to_owned())
}

#[test]
fn dates_that_read_two_ways_are_found() {
    assert_eq!(ambiguous_date("due 6/12/2026"), Some("6/12/2026".into()));
    assert_eq!(
        ambiguous_date("at 2026-12-06T14:03:00Z"),
        Some("2026-12-06T14:03:00Z".into())
    );
    assert_eq!(ambiguous_date("due 2026-12-06, 3 / 4 done, v1.2"), None);
}

async fn in_language(b: &Browser, app: &TestApp, lang: &str) {
    b.goto(app, &format!("/language/{lang}?next=/")).await;
}

#[tokio::test]
async fn the_main_pages_fit_a_phone_in_english_french_and_arabic() {
    let app = worker_app().await;
    nri_api::demo::load(&app.state.db.write)
        .await
        .expect("demo data");
    let reviewer = app
        .sign_up("phone-reviewer@example.org", "Phone Reviewer")
        .await;
    app.make_igf_secretariat(reviewer.id).await;
    let b = Browser::open("phone", WIDTH, 780).await;
    b.goto(&app, "/").await;
    let width = b
        .client
        .execute("return window.innerWidth;", vec![])
        .await
        .expect("measure");
    assert_eq!(width, json!(WIDTH), "a phone-sized viewport");
    // The dashboard is drawn by the worker: wait for it once.
    wait_for_text(
        &b,
        &app,
        "/dashboards/initiative/african-igf/2025",
        "Key messages by theme",
    )
    .await;
    let public = [
        "/",
        "/initiatives",
        "/initiatives/liberia-igf",
        "/initiatives/liberia-igf/reports/2025",
        "/dashboards/initiative/african-igf/2025",
        "/sign-in",
    ];
    let signed_in = [
        "/workspace/liberia-igf",
        "/workspace/liberia-igf/reports/2025",
        "/workspace/african-igf/profile",
        "/register",
        "/review",
    ];
    let mut found = Vec::new();
    for lang in LANGUAGES {
        in_language(&b, &app, lang).await;
        for path in public {
            b.goto(&app, path).await;
            found.extend(phone_problems(&b, lang, path).await);
        }
    }
    b.sign_in(&app, "phone-reviewer@example.org").await;
    for lang in LANGUAGES {
        in_language(&b, &app, lang).await;
        for path in signed_in {
            b.goto(&app, path).await;
            let title = b.client.title().await.expect("the page has a title");
            assert!(
                b.client
                    .find(fantoccini::Locator::Css("main h1"))
                    .await
                    .is_ok(),
                "{lang} {path}: {title}"
            );
            found.extend(phone_problems(&b, lang, path).await);
        }
    }
    // The coverage picker: with its script, typing narrows the list.
    in_language(&b, &app, "en").await;
    b.goto(&app, "/register").await;
    b.fill("f-coverage-filter", "moldo").await;
    let shown = b
        .client
        .execute(
            "return [...document.querySelectorAll('#f-coverage-list label')].filter(l => !l.hidden).map(l => l.textContent.trim());",
            vec![],
        )
        .await
        .expect("the listed countries");
    assert_eq!(shown, json!(["Moldova"]));
    in_language(&b, &app, "ar").await;
    b.goto(&app, "/review").await;
    b.screenshot("-review-ar").await;
    b.close().await;
    assert!(found.is_empty(), "at {WIDTH} px:\n{}", found.join("\n"));
}

/// The value of the input with this id.
async fn value(b: &Browser, id: &str) -> String {
    b.client
        .find(fantoccini::Locator::Id(id))
        .await
        .unwrap_or_else(|_| panic!("no #{id}"))
        .prop("value")
        .await
        .expect("a value")
        .unwrap_or_else(|| panic!("#{id} has no value property"))
}

#[tokio::test]
async fn a_secretariat_adds_two_key_messages_before_saving_the_draft() {
    let app = spawn_app().await;
    let focal = app
        .sign_up("focal@gambia-igf.example.org", "Gambia IGF")
        .await;
    let r = app
        .register(&focal.token, national("gambia-igf", "Gambia IGF", "GM"))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let report = "/api/v1/initiatives/gambia-igf/reports/2025";
    let b = Browser::open("phone-form", WIDTH, 780).await;
    b.sign_in(&app, "focal@gambia-igf.example.org").await;
    b.goto(&app, "/workspace/gambia-igf/reports/2025").await;
    b.fill("f-edition", "5th Gambia IGF").await;
    b.choose("f-key_messages-0-theme", "data_governance").await;
    b.fill("f-key_messages-0-text-en", "Open data first").await;
    b.click("button[value='add-key_messages']").await;
    b.choose("f-key_messages-1-theme", "digital_inclusion")
        .await;
    b.fill("f-key_messages-1-text-en", "Local languages online")
        .await;
    b.click("button[value='add-key_messages']").await;

    // Everything typed is still there, a third empty entry is offered, nothing is stored.
    assert_eq!(value(&b, "f-edition").await, "5th Gambia IGF");
    assert_eq!(
        value(&b, "f-key_messages-0-text-en").await,
        "Open data first"
    );
    assert_eq!(
        value(&b, "f-key_messages-1-text-en").await,
        "Local languages online"
    );
    assert_eq!(
        value(&b, "f-key_messages-1-theme").await,
        "digital_inclusion"
    );
    assert_eq!(value(&b, "f-key_messages-2-text-en").await, "");
    assert_eq!(app.get(report, Some(&focal.token)).await.status, 404);
    let problems = phone_problems(&b, "en", "the report form").await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    b.click("button[value='save']:not(.visually-hidden)").await;
    assert!(
        b.path().await.ends_with("/reports/2025"),
        "{}",
        b.path().await
    );
    let saved = app.get(report, Some(&focal.token)).await;
    assert_eq!(saved.status, 200, "{}\n{}", saved.body, b.text().await);
    let texts: Vec<&Value> = saved.body["content"]["key_messages"]
        .as_array()
        .expect("key messages")
        .iter()
        .map(|m| &m["text"]["en"])
        .collect();
    assert_eq!(
        texts,
        [&json!("Open data first"), &json!("Local languages online")]
    );
    assert_eq!(saved.body["content"]["edition"], "5th Gambia IGF");
    b.close().await;
}

/// A visitor signed in with the password of `TestApp::sign_up`.
async fn signed_in<'a>(app: &'a TestApp, email: &str) -> Visitor<'a> {
    let mut v = Visitor::new(app);
    let p = v
        .submit(
            "/sign-in",
            "/sign-in",
            &[("email", email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    v
}

/// A forum's countries are ticked boxes on its profile page (no Ctrl-click),
/// sorted by name; saving changes them, for its own secretariat only.
#[tokio::test]
async fn a_forum_changes_its_countries_with_checkboxes_on_its_profile() {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@sahel-igf.example.org", "Sahel").await;
    let r = app
        .register(
            &focal.token,
            forum(
                "sahel-igf",
                "Sahel IGF",
                "subregional",
                "africa",
                &["ML", "NE"],
            ),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let other = app.sign_up("focal@ghana-igf.example.org", "Ghana").await;
    let r = app
        .register(&other.token, national("ghana-igf", "Ghana IGF", "GH"))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let coverage = || async {
        app.get("/api/v1/initiatives/sahel-igf", Some(&focal.token))
            .await
            .body["coverage"]
            .clone()
    };
    let form = "/workspace/sahel-igf/profile";

    let mut v = signed_in(&app, "focal@sahel-igf.example.org").await;
    let page = v.get(form).await;
    assert_eq!(page.status, StatusCode::OK);
    for code in ["ML", "NE"] {
        assert!(
            page.body
                .contains(&format!(r#"name="i.coverage" value="{code}" checked>"#)),
            "{code} ticked"
        );
    }
    let (benin, mali, zambia) = (
        page.body.find("> Benin</label>").expect("Benin listed"),
        page.body.find("> Mali</label>").expect("Mali listed"),
        page.body.find("> Zambia</label>").expect("Zambia listed"),
    );
    assert!(benin < mali && mali < zambia, "sorted by name");
    let etag = page.hidden("etag");
    let fields = [
        ("etag", etag.as_str()),
        ("i.name", "Sahel IGF"),
        ("i.kind", "subregional"),
        ("i.working_languages", "en"),
        ("coverage_listed", "1"),
        ("i.coverage", "BF"),
        ("i.coverage", "ML"),
    ];

    // Another initiative's focal point cannot change them.
    let mut stranger = signed_in(&app, "focal@ghana-igf.example.org").await;
    let refused = stranger.submit("/account", form, &fields).await;
    assert!(
        matches!(refused.status.as_u16(), 403 | 404),
        "{}",
        refused.status
    );
    assert_eq!(coverage().await, json!(["ML", "NE"]));

    let saved = v.submit(form, form, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(coverage().await, json!(["BF", "ML"]));
}

/// "Add another" without a browser: the posted form comes back with one more
/// empty session, a malformed number marked beside its field, nothing stored.
#[tokio::test]
async fn adding_an_entry_keeps_errors_beside_their_fields_and_stores_nothing() {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@togo-igf.example.org", "Togo").await;
    let r = app
        .register(&focal.token, national("togo-igf", "Togo IGF", "TG"))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let form = "/workspace/togo-igf/reports/2025";
    let mut v = signed_in(&app, "focal@togo-igf.example.org").await;
    let page = v
        .submit(
            form,
            form,
            &[
                ("etag", ""),
                ("action", "add-sessions"),
                ("r.participation.total", "lots"),
                ("r.sessions.0.title.en", "Opening"),
                ("r.sessions.0.type", "plenary"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains(r#"id="f-participation-total-error""#),
        "the error is beside its field"
    );
    assert!(
        page.body
            .contains(r#"aria-invalid="true" aria-describedby="f-participation-total-error""#)
    );
    assert!(
        page.body.contains(r#"value="lots""#),
        "what was typed is kept"
    );
    assert!(
        page.body
            .contains(r#"id="f-sessions-0-title-en" name="r.sessions.0.title.en" value="Opening""#)
    );
    assert!(
        page.body.contains(r#"id="f-sessions-1-title-en""#),
        "a new empty session"
    );
    assert!(
        !page.body.contains(r#"id="f-sessions-2-title-en""#),
        "only one"
    );
    assert_eq!(
        app.get(
            "/api/v1/initiatives/togo-igf/reports/2025",
            Some(&focal.token)
        )
        .await
        .status,
        404,
        "nothing stored"
    );
}
