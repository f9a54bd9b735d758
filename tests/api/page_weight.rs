//! Page weight (issue 15): the directory and a dashboard stay well under
//! 200 KB of HTML however large the registry, because every list on them is
//! bounded (25 initiatives to a directory page; a dashboard shows the first
//! few entries of each list and links to all of them, a hundred to a page)
//! and the map is bounded by the number of countries (`web::map`'s own test
//! marks every country). Asserted here on a synthetic registry larger than
//! every bound; the 2,000-initiative figures are measured by hand (see
//! BENCHMARKS.md, "Page weight").
use crate::dashboards::section;
use crate::helpers::{eventually_within, spawn_app_with};
use crate::names::page;
use chrono::Datelike;
use nri_api::config::WorkerMode;
use nri_api::synthetic::Synthetic;
use reqwest::StatusCode;
use std::time::Duration;

/// The bound of the issue: 200 KB of HTML.
const BUDGET: usize = 200_000;
/// Larger than every list's bound on the dashboard (10), with three key
/// messages each: more than three per theme.
const INITIATIVES: usize = 60;
const SUBMITTED: usize = 15;

#[tokio::test]
async fn the_directory_and_a_dashboard_stay_small_on_a_large_registry() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let spec = Synthetic {
        initiatives: INITIATIVES,
        years: 1,
        submitted: SUBMITTED,
        seed: 7,
    };
    nri_api::synthetic::load(&app.state.db.write, &spec)
        .await
        .expect("the synthetic registry");
    let year = chrono::Utc::now().year() - 1;
    let accepted = INITIATIVES - SUBMITTED;
    eventually_within(
        Duration::from_secs(120),
        "every accepted synthetic report in the global aggregate",
        || async {
            let r = app
                .get(&format!("/aggregates/global/{year}.json"), None)
                .await;
            (r.body["contributing"].as_array()?.len() == accepted).then_some(())
        },
    )
    .await;

    let directory = page(&app, "/initiatives").await;
    assert!(
        directory.len() < BUDGET,
        "directory: {} bytes",
        directory.len()
    );
    assert_eq!(
        directory
            .matches("<tr><td data-label=\"Initiative\"><a href=\"/initiatives/")
            .count(),
        25
    );
    assert!(directory.contains("<svg class=\"world-map\" id=\"directory-map\""));

    let dashboard = page(&app, &format!("/dashboards/global/{year}")).await;
    assert!(
        dashboard.len() < BUDGET,
        "dashboard: {} bytes",
        dashboard.len()
    );
    // Each list bounded, with a link to all of it.
    let included = section(&dashboard, "Reports included");
    assert_eq!(included.matches("<li>").count(), 10, "{included}");
    assert!(
        included.contains(&format!("?list=contributing\">See all {accepted}</a>")),
        "{included}"
    );
    // To the public a submitted report's status is private: the submitted
    // ones are among those not reported yet.
    let missing = section(&dashboard, "Not reported yet");
    assert_eq!(missing.matches("<li>").count(), 10, "{missing}");
    assert!(missing.contains("?list=missing\">See all "), "{missing}");
    let messages = section(&dashboard, "Key messages by theme");
    for group in messages.split("<h3>").skip(1) {
        assert!(group.matches("<blockquote>").count() <= 3, "{group}");
    }
    assert!(
        messages.contains(&format!("See all {}", accepted * 3)),
        "{messages}"
    );

    // The whole lists, a hundred to a page.
    let all = page(
        &app,
        &format!("/dashboards/global/{year}?list=key_messages"),
    )
    .await;
    assert!(all.len() < BUDGET, "key messages: {} bytes", all.len());
    assert_eq!(all.matches("<blockquote>").count(), 100);
    assert!(all.contains("Page 1 of 2."), "{all}");
    let second = page(
        &app,
        &format!("/dashboards/global/{year}?list=key_messages&page=2"),
    )
    .await;
    assert_eq!(second.matches("<blockquote>").count(), accepted * 3 - 100);
    let missing = page(&app, &format!("/dashboards/global/{year}?list=missing")).await;
    assert!(
        missing.matches("<li><a href=\"/initiatives/syn-").count() >= SUBMITTED,
        "{missing}"
    );
    let unknown = app
        .client
        .get(app.page(&format!("/dashboards/global/{year}?list=everything")))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}
