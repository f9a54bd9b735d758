//! The principles attestation and the recognition criteria, seen from outside.
use crate::helpers::{Account, TestApp, national, spawn_app};
use crate::reports::complete_report;
use entity::{annual_report, website_check};
use reqwest::{Method, StatusCode};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Database, EntityTrait, QueryFilter, Set, sea_query::Expr,
};
use serde_json::{Value, json};

fn attested() -> Value {
    let p = json!({ "attested": true, "evidence": "Open call for inputs; minutes published.", "evidence_urls": ["https://example.org/minutes"] });
    json!({ "open_transparent": p, "inclusive": p, "bottom_up": p, "multistakeholder": p, "non_commercial": p })
}

#[tokio::test]
async fn principles_are_attested_per_year() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    let b = app.sign_up("b@example.org", "B").await;
    app.register(&a.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    let p = "/initiatives/liberia-igf/principles/2026";
    assert_eq!(
        app.get(p, Some(&a.token)).await.status,
        StatusCode::NOT_FOUND
    );
    let mut body = attested();
    body["inclusive"]["evidence"] = Value::Null;
    let r = app.put(p, Some(&a.token), body).await;
    assert_eq!(r.fields(), ["/inclusive/evidence"]);
    let mut missing = attested();
    missing.as_object_mut().unwrap().remove("bottom_up");
    assert_eq!(
        app.put(p, Some(&a.token), missing).await.fields(),
        ["/bottom_up"]
    );
    let r = app.put(p, Some(&a.token), attested()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    assert_eq!(r.body["complete"], true);
    // Changing it needs If-Match; a stale one loses nothing.
    let mut partial = attested();
    partial["non_commercial"] = json!({ "attested": false });
    assert_eq!(
        app.put(p, Some(&a.token), partial.clone()).await.status,
        StatusCode::PRECONDITION_REQUIRED
    );
    let etag = r.etag();
    let r = app
        .write_if_match(Method::PUT, p, Some(&a.token), &etag, partial.clone())
        .await;
    assert_eq!(
        (r.status, r.body["complete"].clone()),
        (StatusCode::OK, json!(false))
    );
    assert_eq!(
        app.write_if_match(Method::PUT, p, Some(&a.token), &etag, attested())
            .await
            .status,
        StatusCode::PRECONDITION_FAILED
    );
    // Another tenant neither reads (private initiative) nor writes.
    assert_eq!(
        app.get(p, Some(&b.token)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.put(
            "/initiatives/liberia-igf/principles/2025",
            Some(&b.token),
            attested()
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.put("/initiatives/liberia-igf/principles/2025", None, attested())
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

/// An initiative that meets every criterion on today's date: three groups,
/// a focal point, a checked website, this year's principles, and last
/// year's report accepted and submitted on time.
async fn complete_initiative(app: &TestApp) -> Account {
    let a = app.sign_up("focal@example.org", "Focal").await;
    let mut body = national("moldova-igf", "Moldova IGF", "MD");
    body["website"] = json!("https://igf.example.org");
    body["working_languages"] = json!(["ro", "ru", "en"]);
    app.register(&a.token, body).await;
    for (name, group, gender, city) in [
        ("A", "government", "female", "Chișinău"),
        ("B", "civil_society", "male", "Bălți"),
        ("C", "technical_community", "female", "Chișinău"),
    ] {
        let r = app
            .post(
                "/initiatives/moldova-igf/committee",
                Some(&a.token),
                json!({ "name": name, "stakeholder_group": group, "role": "member", "gender": gender, "city": city, "term_start": "2025-01-01" }),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    let this_year = chrono::Utc::now().format("%Y").to_string();
    app.put(
        &format!("/initiatives/moldova-igf/principles/{this_year}"),
        Some(&a.token),
        attested(),
    )
    .await;
    let last_year: i32 = this_year.parse::<i32>().unwrap() - 1;
    let r = format!("/initiatives/moldova-igf/reports/{last_year}");
    app.put(&r, Some(&a.token), complete_report(last_year))
        .await;
    assert_eq!(
        app.post(&format!("{r}/submit"), Some(&a.token), json!({}))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        app.post(
            &format!("{r}/review"),
            Some(&app.igf),
            json!({ "decision": "accept" })
        )
        .await
        .status,
        StatusCode::OK
    );
    // The clock cannot be turned back over HTTP: date the first submission
    // within its due date, and record the worker's website check.
    let db = Database::connect(&app.database_url).await.unwrap();
    let on_time = chrono::NaiveDate::from_ymd_opt(last_year, 12, 1)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc();
    annual_report::Entity::update_many()
        .col_expr(
            annual_report::Column::FirstSubmittedAt,
            Expr::value(on_time),
        )
        .filter(annual_report::Column::Year.eq(last_year))
        .exec(&db)
        .await
        .unwrap();
    let id = app.get("/initiatives/moldova-igf", Some(&a.token)).await;
    assert_eq!(id.status, StatusCode::OK);
    let ini = entity::initiative::Entity::find()
        .filter(entity::initiative::Column::Slug.eq("moldova-igf"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    website_check::ActiveModel {
        initiative_id: Set(ini.id),
        url: Set("https://igf.example.org".into()),
        checked_at: Set(chrono::Utc::now()),
        http_status: Set(Some(200)),
        final_url: Set(Some("https://igf.example.org/".into())),
        error: Set(None),
    }
    .insert(&db)
    .await
    .unwrap();
    a
}

async fn statuses(app: &TestApp, token: &str) -> Vec<String> {
    let r = app
        .get("/initiatives/moldova-igf/recognition", Some(token))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    r.body["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn recognition_criteria_for_a_complete_initiative_and_its_gaps() {
    let app = spawn_app().await;
    let a = complete_initiative(&app).await;
    assert_eq!(
        statuses(&app, &a.token).await,
        ["met", "met", "met", "met", "met", "met"]
    );
    let r = app
        .get("/initiatives/moldova-igf/recognition", Some(&app.igf))
        .await;
    assert_eq!(r.body["all_required_met"], true);
    assert_eq!(r.body["criteria"][5]["advisory"], true);

    // A committee of two stakeholder groups.
    let committee = app
        .get("/initiatives/moldova-igf/committee", Some(&a.token))
        .await;
    let third = committee.body["items"][2]["id"].as_i64().unwrap();
    app.send(
        Method::PATCH,
        &format!("/initiatives/moldova-igf/committee/{third}"),
        Some(&a.token),
        Some(&json!({ "stakeholder_group": "government" })),
        &[],
    )
    .await;
    assert_eq!(statuses(&app, &a.token).await[0], "not_met");

    // No focal point e-mail.
    let s = app
        .get("/initiatives/moldova-igf/secretariat", Some(&a.token))
        .await;
    app.write_if_match(
        Method::PUT,
        "/initiatives/moldova-igf/secretariat",
        Some(&a.token),
        &s.etag(),
        json!({}),
    )
    .await;
    assert_eq!(statuses(&app, &a.token).await[1], "not_met");
}

#[tokio::test]
async fn stale_principles_and_late_or_missing_reports_fail_their_criteria() {
    let app = spawn_app().await;
    let a = complete_initiative(&app).await;
    let db = Database::connect(&app.database_url).await.unwrap();
    let this_year: i32 = chrono::Utc::now().format("%Y").to_string().parse().unwrap();

    // Principles attested two years ago only.
    entity::principles_attestation::Entity::update_many()
        .col_expr(
            entity::principles_attestation::Column::Year,
            Expr::value(this_year - 2),
        )
        .exec(&db)
        .await
        .unwrap();
    let r = app
        .get("/initiatives/moldova-igf/recognition", Some(&a.token))
        .await;
    assert_eq!(r.body["criteria"][3]["status"], "not_met");
    assert!(
        r.body["criteria"][3]["evidence"]
            .as_str()
            .unwrap()
            .contains(&(this_year - 2).to_string())
    );

    // A late report: first submitted after its due date.
    let late = chrono::NaiveDate::from_ymd_opt(this_year, 6, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc();
    annual_report::Entity::update_many()
        .col_expr(annual_report::Column::FirstSubmittedAt, Expr::value(late))
        .exec(&db)
        .await
        .unwrap();
    let r = app
        .get("/initiatives/moldova-igf/recognition", Some(&a.token))
        .await;
    assert_eq!(r.body["criteria"][4]["status"], "not_met");
    assert!(
        r.body["criteria"][4]["evidence"]
            .as_str()
            .unwrap()
            .contains("after it was due"),
        "{}",
        r.body["criteria"][4]
    );

    // No report at all.
    annual_report::Entity::delete_many()
        .exec(&db)
        .await
        .unwrap();
    let r = app
        .get("/initiatives/moldova-igf/recognition", Some(&a.token))
        .await;
    assert_eq!(r.body["criteria"][4]["status"], "not_met");
    assert_eq!(
        r.body["criteria"][4]["evidence"],
        format!("no report for {}", this_year - 1)
    );
    assert_eq!(r.body["all_required_met"], false);
    // Outsiders do not read the checklist.
    let b = app.sign_up("b@example.org", "B").await;
    assert_eq!(
        app.get("/initiatives/moldova-igf/recognition", Some(&b.token))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
