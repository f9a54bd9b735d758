//! At risk: a recognised initiative with no accepted report for either of the
//! last two completed cycles is flagged in its recognition review, and the
//! review queue filters on it. The facts are set through the API. And who is
//! missing, from day one: the current year's aggregates exist before any
//! report is accepted, and feeds of scopes with nothing accepted are empty.
use crate::helpers::{TestApp, eventually, national, spawn_app, spawn_app_with};
use crate::reports::complete_report;
use chrono::{Datelike, Utc};
use nri_api::config::WorkerMode;
use reqwest::StatusCode;
use serde_json::{Value, json};

/// Registers `slug` (Moldova, so the complete report fits) for a new focal point.
async fn recognised(app: &TestApp, slug: &str) -> String {
    let focal = app
        .sign_up(&format!("focal@{slug}.example.org"), "Focal")
        .await;
    let mut body = national(slug, &format!("Name of {slug}"), "MD");
    body["working_languages"] = json!(["ro", "en"]);
    app.register(&focal.token, body).await;
    app.decide(slug, "recognized").await;
    focal.token
}

/// A complete report for `year`, submitted by `token`.
async fn submitted(app: &TestApp, slug: &str, token: &str, year: i32) -> String {
    let path = format!("/initiatives/{slug}/reports/{year}");
    let put = app.put(&path, Some(token), complete_report(year)).await;
    assert_eq!(put.status, StatusCode::CREATED, "{:?}", put.body);
    let sub = app
        .post(&format!("{path}/submit"), Some(token), json!({}))
        .await;
    assert_eq!(sub.status, StatusCode::OK, "{:?}", sub.body);
    path
}

async fn recognition(app: &TestApp, slug: &str) -> Value {
    let r = app
        .get(&format!("/initiatives/{slug}/recognition"), Some(&app.igf))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    r.body
}

async fn queue_slugs(app: &TestApp, query: &str) -> Vec<String> {
    let r = app.get(&format!("/reports?{query}"), Some(&app.igf)).await;
    assert_eq!(r.status, StatusCode::OK, "{query}: {:?}", r.body);
    r.body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["initiative"].as_str().expect("slug").to_owned())
        .collect()
}

#[tokio::test]
async fn no_accepted_report_for_two_cycles_is_at_risk_and_one_last_cycle_is_not() {
    let app = spawn_app().await;
    let last = Utc::now().year() - 1;

    // Kept: its report for the last cycle is accepted.
    let kept = recognised(&app, "kept-igf").await;
    let path = submitted(&app, "kept-igf", &kept, last).await;
    let accepted = app
        .post(
            &format!("{path}/review"),
            Some(&app.igf),
            json!({ "decision": "accept" }),
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{:?}", accepted.body);

    // Lapsing: its report for the last cycle is only submitted, none before.
    let lapsing = recognised(&app, "lapsing-igf").await;
    submitted(&app, "lapsing-igf", &lapsing, last).await;

    let r = recognition(&app, "lapsing-igf").await;
    assert_eq!(r["at_risk"], true, "{r}");
    assert_eq!(r["at_risk_evidence"]["cycles"], json!([last - 1, last]));
    assert_eq!(
        r["at_risk_evidence"]["reports"],
        json!([{ "year": last, "status": "submitted" }])
    );
    assert_eq!(
        r["at_risk_evidence"]["evidence"],
        format!("no accepted report for {} or {last}", last - 1)
    );
    assert_eq!(r["status"], "recognized", "a flag never changes a status");

    let r = recognition(&app, "kept-igf").await;
    assert_eq!(r["at_risk"], false, "{r}");
    assert_eq!(
        r["at_risk_evidence"]["reports"],
        json!([{ "year": last, "status": "accepted" }])
    );

    // An applicant is never at risk.
    let focal = app.sign_up("focal@new.example.org", "New").await;
    app.register(&focal.token, national("new-igf", "New IGF", "LR"))
        .await;
    assert_eq!(recognition(&app, "new-igf").await["at_risk"], false);

    // The review queue filters on the flag.
    assert_eq!(queue_slugs(&app, "at_risk=true").await, ["lapsing-igf"]);
    assert_eq!(queue_slugs(&app, "at_risk=false").await, ["kept-igf"]);
    let mut all = queue_slugs(&app, "").await;
    all.sort();
    assert_eq!(all, ["kept-igf", "lapsing-igf"]);
    assert_eq!(
        queue_slugs(&app, &format!("at_risk=true&status=submitted&year={last}")).await,
        ["lapsing-igf"]
    );

    // Bad input names the parameter; the queue stays the IGF Secretariat's.
    let bad = app.get("/reports?at_risk=maybe", Some(&app.igf)).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{:?}", bad.body);
    assert!(bad.body.to_string().contains("at_risk"), "{:?}", bad.body);
    assert_eq!(
        app.get("/reports?at_risk=true", Some(&lapsing))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get("/reports?at_risk=true", None).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_fresh_demo_has_this_years_aggregate_listing_every_recognised_initiative_as_missing() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();
    let year = Utc::now().year();
    let path = format!("/aggregates/global/{year}.json");
    let global = eventually("this year's global aggregate", || async {
        let r = app.get(&path, None).await;
        (r.status == StatusCode::OK && r.body["missing"].as_array()?.len() == 4).then_some(r.body)
    })
    .await;
    let missing: Vec<&str> = global["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["slug"].as_str().unwrap())
        .collect();
    assert_eq!(
        missing,
        [
            "african-igf",
            "liberia-igf",
            "moldova-igf",
            "west-africa-igf"
        ]
    );
    assert_eq!(global["reporting"], 0);
    assert_eq!(global["recognised"], 4);
    // This year's reports are due on 31 March next year at the earliest: none overdue yet.
    assert!(
        global["missing"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["overdue"] == false),
        "{global}"
    );

    // Last year: a submitted report is not overdue; a draft is once past its due date.
    let last = eventually("last year's global aggregate", || async {
        let r = app
            .get(&format!("/aggregates/global/{}.json", year - 1), None)
            .await;
        (r.status == StatusCode::OK).then_some(r.body)
    })
    .await;
    let overdue = |slug: &str| {
        last["missing"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["slug"] == slug)
            .map(|m| m["overdue"].clone())
    };
    if year - 1 == 2025 {
        // The demo's reports are for 2025.
        assert_eq!(overdue("west-africa-igf"), Some(json!(false)), "{last}");
        let draft = app
            .get("/initiatives/african-igf/reports/2025", Some(&app.igf))
            .await;
        let due = draft.body["due_date"].as_str().expect("a due date");
        let past = *due < *Utc::now().date_naive().to_string();
        assert_eq!(overdue("african-igf"), Some(json!(past)), "{last}");
    }

    // A scope nothing in the registry belongs to has an empty aggregate and empty feeds.
    let weog = eventually("the WEOG aggregate", || async {
        let r = app
            .get(&format!("/aggregates/un-region/weog/{year}.json"), None)
            .await;
        (r.status == StatusCode::OK).then_some(r.body)
    })
    .await;
    assert_eq!(weog["reporting"], 0);
    assert_eq!(weog["missing"], json!([]));
    let feed = eventually("the WEOG JSON feed", || async {
        let r = app.get("/feeds/un-region/weog.json", None).await;
        (r.status == StatusCode::OK).then_some(r)
    })
    .await;
    let body: Value = match &feed.body {
        Value::String(s) => serde_json::from_str(s).expect("a JSON feed"),
        v => v.clone(),
    };
    assert!(
        body["version"]
            .as_str()
            .is_some_and(|v| v.starts_with("https://jsonfeed.org/version/")),
        "{body}"
    );
    assert_eq!(body["items"], json!([]));
    let atom = app.get("/feeds/un-region/weog.atom", None).await;
    assert_eq!(atom.status, StatusCode::OK);
    let text = atom.body.as_str().expect("Atom text");
    assert!(text.contains("<feed") && !text.contains("<entry"), "{text}");
}
