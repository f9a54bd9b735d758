//! Statement budgets of the write path: how many SQL statements editing a
//! draft (`PUT …/reports/{year}` with `If-Match`) and submitting it (`POST
//! …/submit`) send, read from `nri_db_statements_total` on `/metrics` before
//! and after one request of each. A deterministic guard against round trips
//! creeping back in, not a timed test: a change that adds a statement to
//! either request fails here until the budget is raised on purpose.
use crate::helpers::{Account, TestApp, spawn_app};
use crate::reports::complete_report;
use reqwest::{Method, StatusCode};
use serde_json::json;

/// Statements of an edit of a draft: the token's revocation counter, the
/// initiative, the report, the compare-and-set update returning the row,
/// and the audit record (the caller's rights are remembered).
const PUT_BUDGET: u64 = 5;

/// Statements of a submission: as an edit, plus the submitted version and
/// the `report.submitted` outbox event that notifies the reviewers.
const SUBMIT_BUDGET: u64 = 7;

const REPORT: &str = "/initiatives/moldova-igf/reports/2025";

/// The statements counted so far for `operation`.
async fn statements(app: &TestApp, operation: &str) -> u64 {
    let text = app.client.get(app.url("/metrics")).send().await.unwrap();
    let text = text.text().await.unwrap();
    let series = format!("nri_db_statements_total{{operation=\"{operation}\"}} ");
    text.lines()
        .find_map(|l| l.strip_prefix(&series))
        .map_or(0, |n| n.trim().parse().expect("a count"))
}

/// The statements one request sends, for `operation`.
async fn counted<F: std::future::Future<Output = crate::helpers::Reply>>(
    app: &TestApp,
    operation: &str,
    request: F,
) -> (crate::helpers::Reply, u64) {
    let before = statements(app, operation).await;
    let reply = request.await;
    (reply, statements(app, operation).await - before)
}

async fn moldova(app: &TestApp) -> Account {
    let focal = app.sign_up("focal@migf.example.org", "Focal").await;
    app.register(&focal.token, json!({ "slug": "moldova-igf", "name": "Moldova IGF", "kind": "national", "country": "MD", "working_languages": ["ro", "ru", "en"] })).await;
    focal
}

/// A fresh application with Moldova IGF, its focal point, and the focal
/// point's answer to creating the 2025 draft.
async fn drafted() -> (TestApp, Account, crate::helpers::Reply) {
    let app = spawn_app().await;
    let focal = moldova(&app).await;
    let created = app
        .put(REPORT, Some(&focal.token), complete_report(2025))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    (app, focal, created)
}

#[tokio::test]
async fn editing_and_submitting_a_report_stay_within_their_statement_budgets() {
    // The in-process worker is off (as in every test unless asked for), and
    // statements are counted per request in any case.
    let (app, focal, created) = drafted().await;
    let token = Some(focal.token.as_str());

    let mut edited = complete_report(2025);
    edited["city"] = json!("Bălți");
    let (put, put_statements) = counted(
        &app,
        "put_report",
        app.write_if_match(Method::PUT, REPORT, token, &created.etag(), edited),
    )
    .await;
    assert_eq!(put.status, StatusCode::OK, "{:?}", put.body);
    assert_eq!(put.body["content"]["city"], "Bălți");

    let submit_path = format!("{REPORT}/submit");
    let (submitted, submit_statements) = counted(
        &app,
        "submit_report",
        app.send(
            Method::POST,
            &submit_path,
            token,
            Some(&json!({})),
            &[("if-match", &put.etag())],
        ),
    )
    .await;
    assert_eq!(submitted.status, StatusCode::OK, "{:?}", submitted.body);
    assert_eq!(submitted.body["status"], "submitted");
    assert_eq!(submitted.body["submissions"], 1);

    // Counting works at all (a counter stuck at 0 would pass any budget).
    assert!(put_statements > 0 && submit_statements > 0);
    assert!(
        put_statements <= PUT_BUDGET && submit_statements <= SUBMIT_BUDGET,
        "PUT sent {put_statements} statements (budget {PUT_BUDGET}), submit sent \
         {submit_statements} (budget {SUBMIT_BUDGET})"
    );
}

/// Statements of an authenticated read of a submitted report: the shared
/// counters (revocations, policy), the report joined with its initiative,
/// and its reviews (the token is verified already, the caller's rights are
/// remembered). Loading the initiative and then the report took one more.
const GET_BUDGET: u64 = 3;

#[tokio::test]
async fn reading_a_report_stays_within_its_statement_budget() {
    let (app, focal, _) = drafted().await;
    let token = Some(focal.token.as_str());
    let submitted = app
        .post(&format!("{REPORT}/submit"), token, json!({}))
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{:?}", submitted.body);

    let (read, statements) = counted(&app, "get_report", app.get(REPORT, token)).await;
    assert_eq!(read.status, StatusCode::OK, "{:?}", read.body);
    assert_eq!(read.body["status"], "submitted");
    assert!(statements > 0, "counting works at all");
    assert!(
        statements <= GET_BUDGET,
        "GET sent {statements} statements (budget {GET_BUDGET})"
    );
}
