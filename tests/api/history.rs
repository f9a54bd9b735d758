//! A scope's history across the years (issue 15): `GET
//! /aggregates/{scope}/years` gives each stored year's counts, equal to the
//! stored aggregate's own, from the summary the worker stores beside each
//! aggregate; a year without an aggregate is absent; the dashboards draw
//! their charts across the years from it without reading any past year's
//! aggregate; and a year stored without its summary still reads right.
use crate::dashboards::{section, three_reporting_initiatives};
use crate::helpers::{Reply, TestApp, spawn_app};
use crate::names::page;
use chrono::Datelike;
use entity::aggregate;
use reqwest::StatusCode;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

/// Moldova (Eastern Europe), Liberia and Ghana (Africa) and their reports
/// (`dashboards::three_reporting_initiatives`), every aggregate computed
/// (the batch path, so that nothing is computed after the test's own writes).
async fn three_years() -> TestApp {
    let app = spawn_app().await;
    three_reporting_initiatives(&app).await;
    recompute(&app).await;
    app
}

/// Computes every aggregate now, as the worker would.
async fn recompute(app: &TestApp) {
    worker::aggregation::recompute_all(&app.state.db.write, &app.address)
        .await
        .expect("aggregates computed");
}

/// Replaces the stored body of `scope`'s aggregate of `year` with `body`
/// under the ETag `etag` (its coded forms dropped), as a computation would.
pub(crate) async fn replace_stored_body(
    app: &TestApp,
    scope: &str,
    year: i32,
    body: &str,
    etag: &str,
) {
    let replaced = aggregate::Entity::update_many()
        .col_expr(aggregate::Column::Body, Expr::value(body))
        .col_expr(
            aggregate::Column::BodyBr,
            Expr::value(Option::<Vec<u8>>::None),
        )
        .col_expr(
            aggregate::Column::BodyGz,
            Expr::value(Option::<Vec<u8>>::None),
        )
        .col_expr(aggregate::Column::Etag, Expr::value(etag))
        .filter(aggregate::Column::Scope.eq(scope))
        .filter(aggregate::Column::Year.eq(year))
        .exec(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(replaced.rows_affected, 1, "{scope} {year}");
}

/// The global history as a client holding `etag` reads it.
async fn revalidated(app: &TestApp, etag: &str) -> Reply {
    app.send(
        reqwest::Method::GET,
        "/aggregates/global/years",
        None,
        None,
        &[("if-none-match", etag)],
    )
    .await
}

/// The counts of `aggregate` as the history gives them.
fn counts(aggregate: &Value) -> Value {
    json!({
        "reporting": aggregate["reporting"],
        "recognised": aggregate["recognised"],
        "participation": {
            "total": aggregate["participation"]["total"],
            "online": aggregate["participation"]["online"],
            "youth": aggregate["participation"]["youth"],
        },
    })
}

/// The years of a history reply.
fn years_of(history: &Value) -> Vec<i64> {
    history["years"]
        .as_array()
        .expect("years")
        .iter()
        .map(|y| y["year"].as_i64().expect("a year"))
        .collect()
}

#[tokio::test]
async fn a_scopes_history_gives_each_stored_years_counts_as_its_aggregate_has_them() {
    let app = three_years().await;
    let current = i64::from(chrono::Utc::now().year());
    for scope in ["global", "un-region/africa", "un-region/eastern_europe"] {
        let history = app.get(&format!("/aggregates/{scope}/years"), None).await;
        assert_eq!(history.status, StatusCode::OK, "{:?}", history.body);
        assert_eq!(history.body["scope"], scope);
        // Every year from the first report's to the current one, oldest
        // first; 2023 has no aggregate and is absent.
        assert_eq!(
            years_of(&history.body),
            (2024..=current).collect::<Vec<_>>(),
            "{scope}"
        );
        for year in history.body["years"].as_array().unwrap() {
            let path = format!("/aggregates/{scope}/{}.json", year["year"]);
            let aggregate = app.get(&path, None).await;
            assert_eq!(aggregate.status, StatusCode::OK, "{path}");
            assert_eq!(counts(year), counts(&aggregate.body), "{path}");
            assert_eq!(year["aggregate_url"], format!("/api/v1{path}"));
        }
    }
    // The figures themselves (a summary of zeros would equal nothing above
    // by accident): 2025 globally is Moldova and Liberia, of three recognised.
    let global = app.get("/aggregates/global/years", None).await;
    assert_eq!(
        counts(&global.body["years"][1]),
        json!({ "reporting": 2, "recognised": 3, "participation": { "total": 500, "online": 160, "youth": 90 } })
    );
    let africa = app.get("/aggregates/un-region/africa/years", None).await;
    assert_eq!(africa.body["years"][0]["reporting"], 0);
    assert_eq!(africa.body["years"][1]["reporting"], 1);

    // A range gives the years within it.
    let range = app
        .get("/aggregates/global/years?from=2025&to=2025", None)
        .await;
    assert_eq!(range.status, StatusCode::OK, "{:?}", range.body);
    assert_eq!(years_of(&range.body), [2025]);
    let none = app.get("/aggregates/global/years?to=2023", None).await;
    assert_eq!(none.status, StatusCode::OK, "{:?}", none.body);
    assert_eq!(years_of(&none.body), Vec::<i64>::new());
}

#[tokio::test]
async fn a_history_has_an_etag_that_follows_its_aggregates() {
    let app = three_years().await;
    let first = app.get("/aggregates/global/years", None).await;
    let etag = first.etag();
    assert!(
        first.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("must-revalidate")
    );
    let again = revalidated(&app, &etag).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    // Another range is another representation.
    let range = app.get("/aggregates/global/years?from=2025", None).await;
    assert_ne!(range.etag(), etag);
    // Ghana's report accepted: 2025 changes, and so does the ETag.
    app.post(
        "/initiatives/ghana-igf/reports/2025/review",
        Some(&app.igf),
        json!({ "decision": "accept" }),
    )
    .await;
    recompute(&app).await;
    let after = revalidated(&app, &etag).await;
    assert_eq!(after.status, StatusCode::OK);
    assert_ne!(after.etag(), etag);
    assert_eq!(after.body["years"][1]["reporting"], 3);
}

#[tokio::test]
async fn unknown_scopes_are_404_and_bad_scopes_and_years_are_named() {
    let app = three_years().await;
    // A forum that does not exist has no aggregate.
    let r = app
        .get("/aggregates/initiative/no-such-forum/years", None)
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{:?}", r.body);
    for (path, field) in [
        ("/aggregates/un-region/atlantis/years", "scope"),
        ("/aggregates/kind/adults/years", "scope"),
        ("/aggregates/global/years?from=1800", "from"),
        ("/aggregates/global/years?to=soon", "to"),
        ("/aggregates/global/years?from=2025&to=2024", "from"),
    ] {
        let r = app.get(path, None).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{path}: {:?}", r.body);
        assert_eq!(r.fields(), [field], "{path}: {:?}", r.body);
    }
}

#[tokio::test]
async fn a_year_stored_without_its_summary_still_reads_its_own_counts() {
    let app = three_years().await;
    let before = app.get("/aggregates/global/years", None).await;
    // As stored before summaries were kept, and as replaced by a worker that
    // does not keep them (the summary of another body): never zeros, never
    // the other body's counts.
    for (summary_etag, reporting) in [(None, None), (Some("\"another body\""), Some(7))] {
        aggregate::Entity::update_many()
            .col_expr(aggregate::Column::SummaryEtag, Expr::value(summary_etag))
            .col_expr(aggregate::Column::Reporting, Expr::value(reporting))
            .filter(aggregate::Column::Scope.eq("global"))
            .exec(&app.state.db.write)
            .await
            .unwrap();
        let after = app.get("/aggregates/global/years", None).await;
        assert_eq!(after.status, StatusCode::OK, "{:?}", after.body);
        assert_eq!(after.body, before.body);
    }
    let html = page(&app, "/dashboards/global/2025").await;
    let history = section(&html, "Across the years");
    assert!(
        history.contains(r#"<th scope="row"><a href="/dashboards/global/2024">2024</a></th><td class="num">1</td><td class="num">3</td><td class="num">33%</td><td class="num">200</td><td class="num">60</td><td class="num">40</td>"#),
        "{history}"
    );
}

#[tokio::test]
async fn a_dashboard_draws_its_history_without_reading_a_past_years_aggregate() {
    let app = three_years().await;
    // 2024's body replaced by one no reader could use, its summary kept:
    // the history reads the summary, never the body.
    let garbled = "\"garbled\"";
    replace_stored_body(&app, "global", 2024, "not an aggregate", garbled).await;
    aggregate::Entity::update_many()
        .col_expr(aggregate::Column::SummaryEtag, Expr::value(garbled))
        .filter(aggregate::Column::Scope.eq("global"))
        .filter(aggregate::Column::Year.eq(2024))
        .exec(&app.state.db.write)
        .await
        .unwrap();
    let html = page(&app, "/dashboards/global/2025").await;
    let history = section(&html, "Across the years");
    assert!(
        history.contains(r#"<th scope="row"><a href="/dashboards/global/2024">2024</a></th><td class="num">1</td><td class="num">3</td><td class="num">33%</td><td class="num">200</td><td class="num">60</td><td class="num">40</td>"#),
        "{history}"
    );
    assert!(
        history.contains(r#"<th scope="row"><a href="/dashboards/global/2025">2025</a></th><td class="num">2</td><td class="num">3</td><td class="num">67%</td><td class="num">500</td><td class="num">160</td><td class="num">90</td>"#),
        "{history}"
    );
}
