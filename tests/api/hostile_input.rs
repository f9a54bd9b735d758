//! Hostile input: control characters, extreme dates, trailing text and odd
//! numbers get a 400 problem naming the field, identically on both
//! databases; a report stored with such values by an earlier version does
//! not stop the aggregates; and every operation of the OpenAPI document,
//! driven with hostile values, answers without a 5xx.
use crate::helpers::{Account, TestApp, eventually, national, spawn_app, spawn_app_with};
use crate::reports::complete_report;
use nri_api::config::WorkerMode;
use reqwest::{Method, StatusCode};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{Map, Value, json};
use std::time::Instant;

/// What a request got: status, content type and body, or why it got none.
struct Answer {
    status: StatusCode,
    content_type: String,
    body: Value,
}

/// Sends a request and reads the answer; a reset connection is an `Err`.
async fn answer(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<Vec<u8>>,
) -> Result<Answer, String> {
    let mut req = app.client.request(method, app.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req
            .header("content-type", "application/json")
            .header("if-match", "*")
            .body(b);
    }
    let resp = req.send().await.map_err(|e| format!("no answer: {e}"))?;
    let status = resp.status();
    let content_type = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let text = resp.text().await.map_err(|e| format!("no body: {e}"))?;
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Ok(Answer {
        status,
        content_type,
        body,
    })
}

/// A refusal expected: (method, path, JSON body or "", the field the 400
/// must name). `{id}` in a path stands for an id the test created.
type Refusal = (&'static str, &'static str, &'static str, &'static str);

/// Sends every row, then fails once listing every row that did not get a
/// 400 validation problem naming its field.
async fn expect_refusals(app: &TestApp, token: &str, id: &str, rows: &[Refusal]) {
    let mut wrong = Vec::new();
    for (method, path, body, field) in rows {
        let path = path.replace("{id}", id);
        let what = format!("{method} {path} {body}");
        let method = method.parse().expect("a method");
        let body = (!body.is_empty()).then(|| body.as_bytes().to_vec());
        let a = match answer(app, method, &path, Some(token), body).await {
            Ok(a) => a,
            Err(e) => {
                wrong.push(format!("{what}: {e}"));
                continue;
            }
        };
        let named = a.body["errors"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|e| e["field"] == *field);
        let ok = a.status == StatusCode::BAD_REQUEST
            && a.content_type == "application/problem+json"
            && a.body["type"] == "/problems/validation"
            && named;
        if !ok {
            wrong.push(format!(
                "{what}: want 400 naming `{field}`, got {} {}",
                a.status, a.body
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// An app with one national initiative whose focal point is `focal`.
async fn with_initiative() -> (TestApp, Account) {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@liberia.example.org", "Focal").await;
    app.register(&focal.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    (app, focal)
}

/// Control characters in every kind of input, as the IGF Secretariat sends them.
#[rustfmt::skip]
const CONTROL_CHARACTERS: &[Refusal] = &[
    ("GET", "/initiatives/liberia%00igf", "", "slug"),
    ("GET", "/initiatives/liberia-igf/reports/2025%00", "", "year"),
    ("GET", "/initiatives/liberia%01igf/committee", "", "slug"),
    ("DELETE", "/initiatives/liberia-igf/members/a%00b%40example.org", "", "user"),
    ("GET", "/initiatives?q=a%00b", "", "q"),
    ("GET", "/initiatives?q=a%0Ab", "", "q"),
    ("GET", "/initiatives?cursor=%00", "", "cursor"),
    ("GET", "/initiatives?country=L%1bR", "", "country"),
    ("GET", "/audit?initiative=liberia%00igf", "", "initiative"),
    ("GET", "/audit?actor=%7f", "", "actor"),
    ("PATCH", "/initiatives/liberia-igf", r#"{"name":"Liberia\u0000IGF"}"#, "/name"),
    ("PATCH", "/initiatives/liberia-igf", r#"{"name":"Liberia\nIGF"}"#, "/name"),
    ("PATCH", "/initiatives/liberia-igf", r#"{"description":{"en":"a\u0000b"}}"#, "/description/en"),
    ("PATCH", "/initiatives/liberia-igf", r#"{"social_links":{"x\u0000":"https://x.example.org"}}"#, "/social_links/x\u{0}"),
    ("PATCH", "/initiatives/liberia-igf", r#"{"public_email":"igf\u0000@example.org"}"#, "/public_email"),
    ("PUT", "/initiatives/liberia-igf/secretariat", r#"{"host_organisation":"Host\u0000"}"#, "/host_organisation"),
    ("PUT", "/initiatives/liberia-igf/secretariat", r#"{"focal_point":{"name":"F\u001b[31m"}}"#, "/focal_point/name"),
    ("PUT", "/initiatives/liberia-igf/secretariat", r#"{"city":"Mon\u0000rovia"}"#, "/city"),
    ("POST", "/initiatives/liberia-igf/committee", r#"{"name":"A\u0007B","stakeholder_group":"government","role":"member","term_start":"2025-01-01"}"#, "/name"),
    ("PUT", "/initiatives/liberia-igf/contributes-to", r#"{"targets":["x\u0000"]}"#, "/targets/0"),
    ("POST", "/initiatives/liberia-igf/recognition/decisions", r#"{"status":"recognized","reason":"fine\u0000"}"#, "/reason"),
    ("PUT", "/initiatives/liberia-igf/reports/2025", r#"{"edition":"MIGF\u00002025"}"#, "/edition"),
    ("PUT", "/initiatives/liberia-igf/reports/2025", r#"{"key_messages":[{"text":{"en":"a\u0000"},"theme":"gender"}]}"#, "/key_messages/0/text/en"),
    ("POST", "/initiatives/liberia-igf/reports/2025/review", r#"{"decision":"return","comment":"no\u0000"}"#, "/comment"),
    ("POST", "/initiatives/liberia-igf/reports/2025/reopen", r#"{"reason":"why\u0008"}"#, "/reason"),
    ("POST", "/subscriptions", r#"{"scope":"global\u0000","url":"https://hooks.example.org/"}"#, "/scope"),
    ("POST", "/tokens", r#"{"name":"lap\u0000top"}"#, "/name"),
    ("POST", "/users", r#"{"email":"a\u0000@example.org","name":"A","password":"a long enough password"}"#, "/email"),
    ("POST", "/users", r#"{"email":"b@example.org","name":"B\u0000","password":"a long enough password"}"#, "/name"),
];

#[tokio::test]
async fn control_characters_are_refused_naming_the_field() {
    let (app, focal) = with_initiative().await;
    expect_refusals(&app, &app.igf, "", CONTROL_CHARACTERS).await;
    // Nothing was stored: the profile, the sign-ups and the committee are as before.
    let profile = app
        .get("/initiatives/liberia-igf", Some(&focal.token))
        .await;
    assert_eq!(profile.body["name"], "Liberia IGF");
    let committee = app
        .get("/initiatives/liberia-igf/committee", Some(&focal.token))
        .await;
    assert_eq!(committee.body["items"], json!([]), "{:?}", committee.body);
    let signed_up = app
        .post(
            "/tokens",
            None,
            json!({ "email": "b@example.org", "password": "a long enough password" }),
        )
        .await;
    assert_eq!(signed_up.status, StatusCode::UNAUTHORIZED);
}

/// Line breaks and tabs where a single line belongs.
#[rustfmt::skip]
const SINGLE_LINES: &[Refusal] = &[
    ("PATCH", "/initiatives/liberia-igf", r#"{"name":"Liberia\tIGF"}"#, "/name"),
    ("PATCH", "/initiatives/liberia-igf", r#"{"acronym":"L\rIGF"}"#, "/acronym"),
    ("PATCH", "/initiatives/liberia-igf", r#"{"description":{"en":"a\u000bb"}}"#, "/description/en"),
];

#[tokio::test]
async fn long_texts_may_break_lines_and_single_line_texts_may_not() {
    let (app, focal) = with_initiative().await;
    let path = "/initiatives/liberia-igf";
    let multi = "Reviewed against the criteria:\r\n\t- a secretariat\n\t- a committee";
    let r = app
        .send(
            Method::PATCH,
            path,
            Some(&focal.token),
            Some(&json!({ "description": { "en": multi } })),
            &[("if-match", "*")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body["description"]["en"], multi);
    let d = app
        .post(
            "/initiatives/liberia-igf/recognition/decisions",
            Some(&app.igf),
            json!({ "status": "recognized", "reason": multi }),
        )
        .await;
    assert_eq!(d.status, StatusCode::CREATED, "{:?}", d.body);
    expect_refusals(&app, &focal.token, "", SINGLE_LINES).await;
}

#[tokio::test]
async fn trailing_text_after_a_json_body_is_refused() {
    let (app, focal) = with_initiative().await;
    let body = national("ghana-igf", "Ghana IGF", "GH").to_string();
    let register = |sent: String| {
        answer(
            &app,
            Method::POST,
            "/initiatives",
            Some(&focal.token),
            Some(sent.into_bytes()),
        )
    };
    for sent in [
        format!("{body} xyz"),
        format!("{body}{{}}"),
        format!("{body},"),
    ] {
        let a = register(sent.clone()).await.expect("an answer");
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{sent}: {}", a.body);
        assert_eq!(a.content_type, "application/problem+json");
        assert_eq!(a.body["errors"][0]["field"], "", "{}", a.body);
    }
    let none = app.get("/initiatives/ghana-igf", Some(&app.igf)).await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
    // Trailing white space is no text.
    let a = register(format!("{body}\n")).await.expect("an answer");
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
}

/// Dates outside 1990-01-01..=2100-12-31, in bodies and parameters.
#[rustfmt::skip]
const DATES: &[Refusal] = &[
    ("PUT", "/initiatives/liberia-igf/reports/2025", r#"{"end_date":"+262142-12-31"}"#, "/end_date"),
    ("PUT", "/initiatives/liberia-igf/reports/2025", r#"{"start_date":"-262143-01-01"}"#, "/start_date"),
    ("PUT", "/initiatives/liberia-igf/reports/2025", r#"{"end_date":"2101-01-01"}"#, "/end_date"),
    ("PUT", "/initiatives/liberia-igf/reports/2025", r#"{"preparation":{"open_call_date":"1989-12-31"}}"#, "/preparation/open_call_date"),
    ("POST", "/initiatives/liberia-igf/committee", r#"{"name":"B","stakeholder_group":"government","role":"member","term_start":"-262143-01-01"}"#, "/term_start"),
    ("POST", "/initiatives/liberia-igf/committee", r#"{"name":"B","stakeholder_group":"government","role":"member","term_start":"2025-01-01","term_end":"+99999-12-31"}"#, "/term_end"),
    ("PATCH", "/initiatives/liberia-igf/committee/{id}", r#"{"term_end":"+262142-12-31"}"#, "/term_end"),
    ("PATCH", "/initiatives/liberia-igf/committee/{id}", r#"{"term_start":"1989-12-31"}"#, "/term_start"),
    ("PUT", "/initiatives/liberia-igf/secretariat", r#"{"agreement_date":"+99999-01-01"}"#, "/agreement_date"),
    ("PUT", "/initiatives/liberia-igf/secretariat", r#"{"agreement_date":"0001-01-01"}"#, "/agreement_date"),
    ("GET", "/audit?since=0001-01-01T00:00:00Z", "", "since"),
    ("GET", "/audit?since=9999-12-31T23:59:59Z", "", "since"),
    ("GET", "/audit?since=-262143-01-01T00:00:00Z", "", "since"),
];

#[tokio::test]
async fn dates_outside_1990_to_2100_are_refused_naming_the_field() {
    let (app, focal) = with_initiative().await;
    let added = app
        .post(
            "/initiatives/liberia-igf/committee",
            Some(&focal.token),
            json!({ "name": "A", "stakeholder_group": "government", "role": "member", "term_start": "2025-01-01" }),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{:?}", added.body);
    let id = added.body["id"].to_string();
    // As the focal point, who may write the report: past the boundary, an
    // end date near chrono's maximum overflowed the due date into a panic.
    expect_refusals(&app, &focal.token, &id, DATES).await;
    let report = "/initiatives/liberia-igf/reports/2025";
    // The edges of the range are dates like any other; the report's due date
    // (end + 90 days) may pass the range's end.
    let r = app
        .send(
            Method::PUT,
            report,
            Some(&focal.token),
            Some(&json!({ "start_date": "1990-01-01", "end_date": "2100-12-31" })),
            &[("if-match", "*")],
        )
        .await;
    assert!(r.status.is_success(), "{:?}", r.body);
    assert_eq!(r.body["due_date"], "2101-03-31", "{:?}", r.body);
}

/// Writes a report as an earlier version of the service could have stored
/// it: accepted, with control characters in its texts and keys, an end date
/// near chrono's maximum and figures of the wrong size or type.
async fn store_hostile_report(app: &TestApp, initiative_id: i64, year: i32) {
    let mut content = complete_report(year);
    content["edition"] = json!("Moldova\u{0} IGF\u{1b}[2J");
    content["city"] = json!("Chi\u{0}șinău");
    content["end_date"] = json!("+262142-12-31");
    content["participation"]["total"] = json!(99_999_999_999_u64);
    content["participation"]["online"] = json!(-5);
    content["participation"]["by_gender"] = json!({ "fe\u{0}male": 10, "male": 1.5 });
    content["themes"] = json!(["gender\u{0}", 7]);
    content["key_messages"] = json!([
        { "text": { "en": "Access\u{0} for all\u{7f}", "r\u{0}o": "Acces" }, "theme": "access_and_connectivity\u{0}" },
        { "text": "not a map", "theme": null }
    ]);
    let now = chrono::Utc::now();
    entity::annual_report::ActiveModel {
        initiative_id: Set(initiative_id),
        year: Set(year),
        status: Set("accepted".into()),
        content: Set(content.to_string()),
        due_date: Set(None),
        first_submitted_at: Set(Some(now)),
        submitted_at: Set(Some(now)),
        accepted_at: Set(Some(now)),
        submissions: Set(1),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.state.db.write)
    .await
    .expect("store the hostile report");
}

#[tokio::test]
async fn a_report_stored_with_control_characters_does_not_stop_the_aggregates() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let liberia = app.sign_up("focal@liberia.example.org", "Liberia").await;
    let moldova = app.sign_up("focal@moldova.example.org", "Moldova").await;
    app.register(&liberia.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.register(&moldova.token, national("moldova-igf", "Moldova IGF", "MD"))
        .await;
    for slug in ["liberia-igf", "moldova-igf"] {
        app.decide(slug, "recognized").await;
    }
    let md = entity::initiative::Entity::find()
        .filter(entity::initiative::Column::Slug.eq("moldova-igf"))
        .one(&app.state.db.write)
        .await
        .expect("the initiatives table")
        .expect("Moldova IGF");
    store_hostile_report(&app, md.id, 2025).await;
    // Accepting another report of the year recomputes every aggregate of 2025,
    // the hostile report's included.
    let mut report = complete_report(2025);
    report["country"] = json!("LR");
    report["languages"] = json!(["en"]);
    report["key_messages"] =
        json!([{ "text": { "en": "Connect schools." }, "theme": "access_and_connectivity" }]);
    let path = "/initiatives/liberia-igf/reports/2025";
    let put = app.put(path, Some(&liberia.token), report).await;
    assert!(put.status.is_success(), "{:?}", put.body);
    let submitted = app
        .post(&format!("{path}/submit"), Some(&liberia.token), json!({}))
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{:?}", submitted.body);
    let accepted = app
        .post(
            &format!("{path}/review"),
            Some(&app.igf),
            json!({ "decision": "accept" }),
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{:?}", accepted.body);

    let global = eventually(
        "the global aggregate of 2025 with Liberia's report",
        || async {
            let g = app.get("/aggregates/global/2025.json", None).await;
            let contributing: Vec<&str> = g.body["contributing"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c["slug"].as_str())
                .collect();
            if g.status == StatusCode::OK && contributing.contains(&"liberia-igf") {
                assert!(contributing.contains(&"moldova-igf"), "{:?}", g.body);
                return Some(g.body);
            }
            None
        },
    )
    .await;
    let text = global.to_string();
    assert!(
        !text.contains("\\u0000"),
        "a NUL reached the aggregate: {text}"
    );
    let csv = app
        .client
        .get(app.url("/aggregates/global/2025.csv"))
        .send()
        .await
        .expect("the CSV");
    assert_eq!(csv.status(), StatusCode::OK);
    let csv = csv.text().await.expect("the CSV's text");
    assert!(csv.contains("Moldova IGF[2J"), "{csv}");
    assert!(!csv.contains('\u{0}'));
    // Through the API the hostile report is corrupt data (its figures are of
    // the wrong type): a 500 problem that says nothing of it, never a
    // dropped connection or a default (see `stored`). Every job (the other
    // scopes, the feeds) runs to its end, and none failed on the way.
    let read = app
        .get("/initiatives/moldova-igf/reports/2025", Some(&app.igf))
        .await;
    assert_eq!(
        read.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{:?}",
        read.body
    );
    assert_eq!(read.body["type"], "/problems/internal");
    eventually("every job to be done", || async {
        let jobs = app.get("/jobs?limit=100", Some(&app.igf)).await;
        let items = jobs.body["items"].as_array().cloned().unwrap_or_default();
        let troubled: Vec<&Value> = items
            .iter()
            .filter(|j| j["status"] == "failed" || !j["last_error"].is_null())
            .collect();
        assert!(troubled.is_empty(), "jobs failed: {troubled:?}");
        items.iter().all(|j| j["status"] == "done").then_some(())
    })
    .await;
}

/// Signs up through the page as a browser would (CSRF token and cookie
/// from the form), with `name`; returns the page's status.
async fn sign_up_on_the_page(app: &TestApp, email: &str, name: &str) -> StatusCode {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let form = client
        .get(app.page("/sign-up"))
        .send()
        .await
        .expect("the form");
    let cookies: Vec<String> = form
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|c| c.to_str().ok()?.split(';').next().map(str::to_owned))
        .collect();
    let html = form.text().await.expect("the form's HTML");
    let marker = r#"name="csrf" value=""#;
    let at = html.find(marker).expect("a CSRF token") + marker.len();
    let csrf = html[at..].split('"').next().unwrap_or_default().to_owned();
    let password = "a long enough password";
    let fields = [
        ("csrf", csrf.as_str()),
        ("email", email),
        ("name", name),
        ("password", password),
        ("password_again", password),
    ];
    client
        .post(app.page("/sign-up"))
        .header("cookie", cookies.join("; "))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(fields).expect("a form"))
        .send()
        .await
        .expect("the server answers")
        .status()
}

#[tokio::test]
async fn pages_pass_no_control_characters_through() {
    let (app, _focal) = with_initiative().await;
    let refused = sign_up_on_the_page(&app, "nul@example.org", "Nul\u{0}Name").await;
    assert!(refused.is_client_error(), "{refused}");
    let token = app
        .post(
            "/tokens",
            None,
            json!({ "email": "nul@example.org", "password": "a long enough password" }),
        )
        .await;
    assert_eq!(token.status, StatusCode::UNAUTHORIZED, "the account exists");
    // The form itself works: the same sign-up without the NUL goes through.
    let ok = sign_up_on_the_page(&app, "nul@example.org", "No Nul").await;
    assert_eq!(ok, StatusCode::SEE_OTHER);
    for page in [
        "/initiatives/liberia%00igf",
        "/initiatives/liberia-igf/reports/2025%00",
        "/workspace/liberia%00igf/profile",
        "/initiatives/liberia%20igf",
        "/initiatives?q=a%00b",
    ] {
        let r = app
            .client
            .get(app.page(page))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{page}: no answer: {e}"));
        assert!(!r.status().is_server_error(), "{page}: {}", r.status());
    }
}

// ---------------------------------------------------------------------------
// The class test: every operation of the OpenAPI document, hostile values in
// every parameter and every field of every body, as an initiative's focal
// point (who reaches the report's workflow), as the IGF Secretariat and
// anonymously. No answer may be a 5xx (or none at all), and every 4xx is a
// problem document.

/// A request the driver sends.
struct Probe {
    method: Method,
    path: String,
    body: Option<Vec<u8>>,
}

/// Hostile path and query values, percent-encoded as a client would send them.
const HOSTILE_PARAMS: &[&str] = &[
    "%00",
    "a%00b",
    "%01%1F%7F",
    "%E2%80%AEgnp.exe",
    "%0A",
    "%FF%FE",
    "9223372036854775807",
    "-9223372036854775808",
    "99999999999999999999",
    "-1",
    "1.5",
    "%2E%2E%2F%2E%2E",
    "+262142-12-31",
    "-262143-01-01T00:00:00Z",
];

/// Hostile JSON values for a string field.
fn hostile_strings(format: Option<&str>) -> Vec<Value> {
    let mut out: Vec<Value> = [
        "",
        "\u{0}",
        "a\u{1}\u{1f}b\u{7f}",
        "\u{202e}gnp.exe",
        "line\nbreak\ttab",
        "' OR '1'='1",
        "\u{ffff}\u{10ffff}",
    ]
    .map(Value::from)
    .to_vec();
    out.push(json!("x".repeat(20_000)));
    out.extend(match format {
        Some("date" | "naive-date") => vec![
            json!("+262142-12-31"),
            json!("-262143-01-01"),
            json!("0000-01-01"),
            json!("2100-12-31"),
            json!("1990-01-01"),
            json!("2025-02-30"),
        ],
        Some("date-time") => vec![
            json!("+262142-12-31T23:59:59Z"),
            json!("0001-01-01T00:00:00Z"),
            json!("9999-12-31T23:59:59Z"),
        ],
        _ => vec![],
    });
    out
}

/// Hostile JSON values for a number field.
fn hostile_numbers() -> Vec<Value> {
    vec![
        json!(i64::MAX),
        json!(i64::MIN),
        json!(u64::MAX),
        json!(-1),
        json!(0),
        json!(1.5),
        json!(1e300),
        json!(2_147_483_648_i64),
    ]
}

/// Resolves `$ref` and folds `allOf` into one schema.
fn resolve(doc: &Value, schema: &Value) -> Value {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.rsplit('/').next().unwrap_or_default();
        return resolve(doc, &doc["components"]["schemas"][name]);
    }
    let mut out = schema.clone();
    if let Some(parts) = schema["allOf"].as_array() {
        for part in parts {
            if let (Value::Object(o), Value::Object(p)) = (&mut out, resolve(doc, part)) {
                for (k, v) in p {
                    o.entry(k).or_insert(v);
                }
            }
        }
    }
    out
}

/// A plausible value for a field named `name`, so that hostile values in
/// one field meet valid ones in the others and reach the handlers' logic.
fn sample(doc: &Value, schema: &Value, name: &str) -> Value {
    let s = resolve(doc, schema);
    if let Some(first) = s["enum"].as_array().and_then(|e| e.first()) {
        return first.clone();
    }
    match s["type"].as_str().unwrap_or("object") {
        "string" => json!(match (s["format"].as_str(), name) {
            (Some("date" | "naive-date"), _) => "2025-06-01",
            (Some("date-time"), _) => "2025-06-01T10:00:00Z",
            (_, n) if n.contains("email") => "hostile@example.org",
            (_, "url" | "website" | "agenda" | "recordings" | "full_report" | "photos") => {
                "https://example.org/x"
            }
            (_, "country" | "coverage") => "LR",
            (_, "slug" | "parent" | "targets") => "liberia-igf",
            (_, "password") => "a long enough password",
            (_, "scope") => "global",
            (_, "languages" | "working_languages") => "en",
            _ => "text",
        }),
        "integer" => json!(if name.contains("year") { 2025 } else { 1 }),
        "number" => json!(1.0),
        "boolean" => json!(true),
        "array" => json!([sample(doc, &s["items"], name)]),
        _ => {
            let mut o = Map::new();
            for (k, v) in s["properties"].as_object().into_iter().flatten() {
                o.insert(k.clone(), sample(doc, v, k));
            }
            if s["additionalProperties"].is_object() {
                let key = match name {
                    "by_gender" => "female",
                    "by_stakeholder_group" => "government",
                    _ => "en",
                };
                o.insert(key.into(), sample(doc, &s["additionalProperties"], name));
            }
            Value::Object(o)
        }
    }
}

/// Every variant of a body: the sample, hostile values in each field in
/// turn (and hostile keys in each map), and hostile documents as a whole.
fn body_variants(doc: &Value, schema: &Value) -> Vec<Vec<u8>> {
    let base = sample(doc, schema, "");
    let mut out = vec![base.to_string().into_bytes()];
    let mut leaves = Vec::new();
    collect_leaves(doc, schema, &base, String::new(), &mut leaves);
    for (pointer, values) in leaves {
        for v in values {
            let mut b = base.clone();
            if pointer.ends_with("/~key") {
                let map = pointer.trim_end_matches("/~key");
                if let Some(Value::Object(o)) = b.pointer_mut(map) {
                    o.insert(v.as_str().unwrap_or_default().to_owned(), json!("x"));
                }
            } else if let Some(slot) = b.pointer_mut(&pointer) {
                *slot = v;
            }
            out.push(b.to_string().into_bytes());
        }
    }
    let whole: [&[u8]; 10] = [
        b"null",
        b"[]",
        b"\"text\"",
        b"{}",
        b"1e400",
        b"{\"a\":1} xyz",
        b"{\"a\":",
        b"\xff\xfe{}",
        b"{\"\\ud800\":\"\\udfff\"}",
        b"",
    ];
    out.extend(whole.iter().map(|b| b.to_vec()));
    out.push(format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes());
    out
}

/// The scalar fields of `value` (as JSON pointers) with the hostile values
/// their schema calls for; maps get a `~key` entry for hostile keys.
fn collect_leaves(
    doc: &Value,
    schema: &Value,
    value: &Value,
    pointer: String,
    out: &mut Vec<(String, Vec<Value>)>,
) {
    let s = resolve(doc, schema);
    match value {
        Value::Object(o) => {
            if s["additionalProperties"].is_object() {
                out.push((
                    format!("{pointer}/~key"),
                    vec![
                        json!("\u{0}"),
                        json!(""),
                        json!("\u{202e}en"),
                        json!("x".repeat(500)),
                    ],
                ));
            }
            for (k, v) in o {
                let child = s["properties"]
                    .get(k)
                    .or_else(|| s.get("additionalProperties"))
                    .cloned()
                    .unwrap_or(Value::Null);
                collect_leaves(doc, &child, v, format!("{pointer}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect_leaves(doc, &s["items"], v, format!("{pointer}/{i}"), out);
            }
            let mut many = vec![Value::Null; 1];
            many.extend(std::iter::repeat_n(
                items.first().cloned().unwrap_or(Value::Null),
                2000,
            ));
            out.push((pointer, vec![json!({}), Value::Array(many)]));
        }
        Value::String(_) => {
            let mut values = hostile_strings(s["format"].as_str());
            values.extend([json!(null), json!(1)]);
            out.push((pointer, values));
        }
        Value::Number(_) => {
            let mut values = hostile_numbers();
            values.extend([json!(null), json!("1")]);
            out.push((pointer, values));
        }
        Value::Bool(_) => out.push((pointer, vec![json!(null), json!("true"), json!(1)])),
        Value::Null => {}
    }
}

/// A valid value for a path or query parameter (`p`, as the document
/// declares it), for the parameters not under attack; `None` leaves an
/// optional one out.
fn param_value(doc: &Value, p: &Value, path: &str) -> Option<String> {
    let schema = resolve(doc, &p["schema"]);
    if let Some(first) = schema["enum"].as_array().and_then(|e| e.first()) {
        return first.as_str().map(str::to_owned);
    }
    let value = match p["name"].as_str().unwrap_or_default() {
        "cursor" => return None,
        "slug" | "initiative" => "liberia-igf",
        "year" if path.starts_with("/aggregates") => "2025.json",
        "year" => "2025",
        "kind" => "un-region",
        "name" => "africa",
        "file" => "global.json",
        "user" | "actor" => "focal%40liberia.example.org",
        "country" => "LR",
        "q" => "liberia",
        "limit" => "5",
        "since" => "2025-01-01T00:00:00Z",
        "overdue" | "failed" => "true",
        _ => "1",
    };
    Some(value.to_owned())
}

/// Every probe of one operation: the path with each parameter hostile in
/// turn, each query parameter hostile in turn, and each body variant.
fn probes(doc: &Value, path: &str, method: &str, op: &Value) -> Vec<Probe> {
    let params: Vec<&Value> = op["parameters"].as_array().into_iter().flatten().collect();
    let of = |place: &str| -> Vec<(String, Option<String>)> {
        params
            .iter()
            .filter(|p| p["in"] == place)
            .filter_map(|p| Some((p["name"].as_str()?.to_owned(), param_value(doc, p, path))))
            .collect()
    };
    let (in_path, in_query) = (of("path"), of("query"));
    let build = |hostile: Option<(&str, &str)>, query_hostile: Option<(&str, &str)>| {
        let mut p = path.to_owned();
        for (name, valid) in &in_path {
            let v = match hostile {
                Some((h, v)) if h == name => v.to_owned(),
                _ => valid.clone().unwrap_or_default(),
            };
            p = p.replace(&format!("{{{name}}}"), &v);
        }
        let query: Vec<String> = in_query
            .iter()
            .filter_map(|(name, valid)| match query_hostile {
                Some((h, v)) if h == name => Some(format!("{name}={v}")),
                _ => valid.as_ref().map(|v| format!("{name}={v}")),
            })
            .collect();
        if query.is_empty() {
            p
        } else {
            format!("{p}?{}", query.join("&"))
        }
    };
    let method: Method = method.to_uppercase().parse().expect("an HTTP method");
    let body_schema = &op["requestBody"]["content"]["application/json"]["schema"];
    let bodies = if body_schema.is_null() {
        vec![None]
    } else {
        body_variants(doc, body_schema)
            .into_iter()
            .map(Some)
            .collect()
    };
    let valid = build(None, None);
    // A hostile parameter name.
    let mut out = vec![Probe {
        method: method.clone(),
        path: format!(
            "{valid}{}%00%01=1",
            if valid.contains('?') { '&' } else { '?' }
        ),
        body: None,
    }];
    for body in bodies {
        out.push(Probe {
            method: method.clone(),
            path: valid.clone(),
            body,
        });
    }
    let sample_body =
        (!body_schema.is_null()).then(|| sample(doc, body_schema, "").to_string().into_bytes());
    for v in HOSTILE_PARAMS {
        let hostile_paths = in_path.iter().map(|(n, _)| build(Some((n, v)), None));
        let hostile_queries = in_query.iter().map(|(n, _)| build(None, Some((n, v))));
        for p in hostile_paths.chain(hostile_queries) {
            out.push(Probe {
                method: method.clone(),
                path: p,
                body: sample_body.clone(),
            });
        }
    }
    out
}

/// Sends a probe; returns a line when the answer breaks the rules.
async fn check(app: &TestApp, token: Option<&str>, probe: &Probe) -> Result<StatusCode, String> {
    let body = probe
        .body
        .as_ref()
        .map(|b| String::from_utf8_lossy(&b[..b.len().min(300)]).into_owned())
        .unwrap_or_default();
    let what = format!("{} {} {body}", probe.method, probe.path);
    let a = match answer(
        app,
        probe.method.clone(),
        &probe.path,
        token,
        probe.body.clone(),
    )
    .await
    {
        Ok(a) => a,
        Err(e) => return Err(format!("{what}: {e}")),
    };
    if a.status.is_server_error() {
        return Err(format!("{what}: {} {}", a.status, a.body));
    }
    if a.status.is_client_error() && a.content_type != "application/problem+json" {
        return Err(format!("{what}: {} as {:?}", a.status, a.content_type));
    }
    Ok(a.status)
}

#[tokio::test]
async fn every_operation_survives_hostile_values() {
    let (app, focal) = with_initiative().await;
    // Something behind the ids and years the probes name.
    let put = app
        .put(
            "/initiatives/liberia-igf/reports/2025",
            Some(&focal.token),
            json!({ "edition": "Liberia IGF 2025" }),
        )
        .await;
    assert!(put.status.is_success(), "{:?}", put.body);
    let doc = app.get("/api/v1/openapi.json", None).await.body;
    let mut all: Vec<Probe> = Vec::new();
    for (path, ops) in doc["paths"].as_object().expect("paths") {
        for (method, op) in ops.as_object().expect("operations") {
            all.extend(probes(&doc, path, method, op));
        }
    }
    // Deletions last, so that what the other probes name still exists; the
    // caller's own token (`/tokens/1`) at the very end.
    all.sort_by_key(|p| (p.method == Method::DELETE, p.path.starts_with("/tokens")));
    let started = Instant::now();
    let mut wrong = Vec::new();
    // The focal point first: the Secretariat's deletions take its role away.
    let callers = [
        ("the focal point", Some(focal.token.as_str())),
        ("IGF Secretariat", Some(app.igf.as_str())),
        ("anonymous", None),
    ];
    for (who, token) in callers {
        let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
        for probe in &all {
            match check(&app, token, probe).await {
                Ok(status) => *statuses.entry(status.as_u16()).or_default() += 1,
                Err(line) => wrong.push(format!("{who}: {line}")),
            }
        }
        eprintln!("{who}: answers by status {statuses:?}");
    }
    let elapsed = started.elapsed();
    eprintln!("{} probes × 3 callers in {elapsed:?}", all.len());
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "{} of {} probes broke the rules:\n{}",
        wrong.len(),
        all.len() * callers.len(),
        wrong
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
