//! What the public reads is brought up to date first: an acceptance made
//! while the worker has a long backlog of other jobs (mail and notices after
//! a burst of submissions, here probe jobs) is relayed and recomputed before
//! that backlog drains, not after it.
use crate::helpers::{eventually, national, spawn_app_with};
use crate::reports::complete_report;
use entity::job;
use nri_api::config::WorkerMode;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

#[tokio::test]
async fn an_acceptance_overtakes_a_backlog_of_other_jobs() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let focal = app.sign_up("focal@liberia.example.org", "Liberia").await;
    let mut liberia = national("liberia-igf", "Liberia IGF", "LR");
    liberia["working_languages"] = json!(["ro", "en"]);
    app.register(&focal.token, liberia).await;
    app.decide("liberia-igf", "recognized").await;
    let report = "/initiatives/liberia-igf/reports/2025";
    let put = app
        .put(report, Some(&focal.token), complete_report(2025))
        .await;
    assert!(put.status.is_success(), "{:?}", put.body);
    let submit = app
        .post(&format!("{report}/submit"), Some(&focal.token), json!({}))
        .await;
    assert_eq!(submit.status, StatusCode::OK, "{:?}", submit.body);
    // Two seconds of other work, queued before the acceptance.
    nri_api::service::jobs::queue_probes(&app.state.db.write, 400, 5)
        .await
        .expect("probes queued");
    let accept = app
        .post(
            &format!("{report}/review"),
            Some(&app.igf),
            json!({ "decision": "accept" }),
        )
        .await;
    assert_eq!(accept.status, StatusCode::OK, "{:?}", accept.body);
    eventually("the global aggregate to list Liberia", || async {
        let a = app.get("/aggregates/global/2025.json", None).await;
        a.body["contributing"]
            .as_array()?
            .iter()
            .any(|c| c["slug"] == "liberia-igf")
            .then_some(())
    })
    .await;
    let waiting = job::Entity::find()
        .filter(job::Column::Kind.eq("probe"))
        .filter(job::Column::Status.eq("queued"))
        .count(&app.state.db.write)
        .await
        .expect("jobs counted");
    assert!(
        waiting > 0,
        "the aggregate was brought up to date only after the whole backlog ran"
    );
}
