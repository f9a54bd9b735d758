//! Concurrent clients: every state transition is a compare-and-set, so of ten
//! identical requests racing on one state exactly one acts (one audit record,
//! one review, one outbox event) and the others get the answer a later request
//! would get; creations racing on one unique key never answer 5xx. SQLite runs
//! one transaction at a time; the PostgreSQL run is the real proof.
use crate::helpers::{Account, Reply, TestApp, national, spawn_app, spawn_app_with};
use crate::reports::complete_report;
use entity::{audit_log, outbox_event};
use futures::future::join_all;
use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// How many identical requests race.
const RACERS: usize = 10;

/// Sends `RACERS` copies of one request at once and returns every reply.
async fn race(
    app: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> Vec<Reply> {
    join_all((0..RACERS).map(|_| app.send(method.clone(), path, Some(token), body.as_ref(), &[])))
        .await
}

/// How many replies had each status, e.g. `{200: 1, 409: 9}`.
fn tally(replies: &[Reply]) -> BTreeMap<u16, usize> {
    let mut counts = BTreeMap::new();
    for r in replies {
        *counts.entry(r.status.as_u16()).or_default() += 1;
    }
    counts
}

/// Asserts exactly one reply was `won` and all others `lost` (problem
/// documents when `lost` is an error).
fn one_winner(what: &str, replies: &[Reply], won: StatusCode, lost: StatusCode) {
    let expected = BTreeMap::from([(won.as_u16(), 1), (lost.as_u16(), RACERS - 1)]);
    assert_eq!(
        tally(replies),
        expected,
        "{what}: {:#?}",
        replies.iter().map(|r| &r.body).collect::<Vec<_>>()
    );
    for r in replies
        .iter()
        .filter(|r| r.status == lost && lost.is_client_error())
    {
        assert_eq!(r.content_type(), "application/problem+json", "{what}");
        assert_eq!(r.body["status"], lost.as_u16(), "{what}: {:?}", r.body);
    }
}

async fn audit_count(app: &TestApp, action: &str) -> u64 {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .count(&app.state.db.write)
        .await
        .expect("count audit records")
}

async fn outbox_count(app: &TestApp, kind: &str) -> u64 {
    outbox_event::Entity::find()
        .filter(outbox_event::Column::Kind.eq(kind))
        .count(&app.state.db.write)
        .await
        .expect("count outbox events")
}

const R: &str = "/initiatives/moldova-igf/reports/2025";

/// Moldova IGF, recognised, with a complete 2025 draft; returns its focal point.
async fn with_draft(app: &TestApp) -> Account {
    let focal = app.sign_up("focal@migf.example.org", "Focal").await;
    app.register(&focal.token, json!({ "slug": "moldova-igf", "name": "Moldova IGF", "kind": "national", "country": "MD", "working_languages": ["ro", "ru", "en"] })).await;
    app.decide("moldova-igf", "recognized").await;
    let r = app.put(R, Some(&focal.token), complete_report(2025)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    focal
}

#[tokio::test]
async fn concurrent_report_transitions_act_once_each() {
    let app = spawn_app().await;
    let focal = with_draft(&app).await;

    let submits = race(
        &app,
        Method::POST,
        &format!("{R}/submit"),
        &focal.token,
        Some(json!({})),
    )
    .await;
    one_winner("submit", &submits, StatusCode::OK, StatusCode::CONFLICT);
    assert_eq!(audit_count(&app, "report.submit").await, 1);
    let versions = app.get(&format!("{R}/versions"), Some(&focal.token)).await;
    assert_eq!(versions.body["items"].as_array().map(Vec::len), Some(1));

    let reviews = race(
        &app,
        Method::POST,
        &format!("{R}/review"),
        &app.igf,
        Some(json!({ "decision": "accept" })),
    )
    .await;
    one_winner("review", &reviews, StatusCode::OK, StatusCode::CONFLICT);
    for lost in reviews.iter().filter(|r| r.status == StatusCode::CONFLICT) {
        assert_eq!(lost.body["current"], "accepted", "{:?}", lost.body);
    }
    assert_eq!(audit_count(&app, "report.accept").await, 1);
    assert_eq!(outbox_count(&app, "report.accepted").await, 1);

    let reopens = race(
        &app,
        Method::POST,
        &format!("{R}/reopen"),
        &app.igf,
        Some(json!({ "reason": "the participation figures were counted twice" })),
    )
    .await;
    one_winner("reopen", &reopens, StatusCode::OK, StatusCode::CONFLICT);
    assert_eq!(audit_count(&app, "report.reopen").await, 1);
    assert_eq!(outbox_count(&app, "report.reopened").await, 1);

    // One review row per act: the accept and the reopening.
    let report = app.get(R, Some(&focal.token)).await;
    let decisions: Vec<&str> = report.body["reviews"]
        .as_array()
        .expect("reviews")
        .iter()
        .filter_map(|r| r["decision"].as_str())
        .collect();
    assert_eq!(decisions, ["accept", "reopen"]);
}

#[tokio::test]
async fn concurrent_status_decisions_act_once() {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@migf.example.org", "Focal").await;
    app.register(&focal.token, national("moldova-igf", "Moldova IGF", "MD"))
        .await;
    let decisions = race(
        &app,
        Method::POST,
        "/initiatives/moldova-igf/recognition/decisions",
        &app.igf,
        Some(json!({ "status": "recognized", "reason": "meets the criteria" })),
    )
    .await;
    one_winner(
        "decision",
        &decisions,
        StatusCode::CREATED,
        StatusCode::CONFLICT,
    );
    let listed = app
        .get(
            "/initiatives/moldova-igf/recognition/decisions",
            Some(&app.igf),
        )
        .await;
    assert_eq!(listed.body["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(audit_count(&app, "initiative.status").await, 1);
    assert_eq!(outbox_count(&app, "initiative.status_changed").await, 1);
}

#[tokio::test]
async fn concurrent_deletes_remove_once() {
    let app = spawn_app_with(|s| s.outbound.outbound_allow_loopback = true).await;
    let focal = app.sign_up("focal@migf.example.org", "Focal").await;
    let viewer = app.sign_up("viewer@migf.example.org", "Viewer").await;
    app.register(&focal.token, national("moldova-igf", "Moldova IGF", "MD"))
        .await;

    // One of each thing a DELETE removes (or revokes).
    let member = app
        .post(
            "/initiatives/moldova-igf/committee",
            Some(&focal.token),
            json!({ "name": "Ana", "stakeholder_group": "civil_society", "role": "member", "term_start": "2025-01-01" }),
        )
        .await;
    assert_eq!(member.status, StatusCode::CREATED, "{:?}", member.body);
    let role = app
        .grant("moldova-igf", &focal.token, &viewer.email, "viewer")
        .await;
    assert_eq!(role.status, StatusCode::CREATED, "{:?}", role.body);
    let token = app
        .post("/tokens", Some(&viewer.token), json!({ "name": "laptop" }))
        .await;
    assert_eq!(token.status, StatusCode::CREATED, "{:?}", token.body);
    let sub = app
        .post(
            "/subscriptions",
            Some(&app.igf),
            json!({ "scope": "global", "url": "http://127.0.0.1:9/hook" }),
        )
        .await;
    assert_eq!(sub.status, StatusCode::CREATED, "{:?}", sub.body);

    // (path, caller, audit action): one 204 and one record each, the rest 404.
    let rows = [
        (
            format!("/initiatives/moldova-igf/committee/{}", member.body["id"]),
            &focal.token,
            "committee.remove",
        ),
        (
            format!("/initiatives/moldova-igf/members/{}", viewer.id),
            &focal.token,
            "member.remove",
        ),
        (
            format!("/tokens/{}", token.body["token"]["id"]),
            &viewer.token,
            "token.revoke",
        ),
        (
            format!("/subscriptions/{}", sub.body["subscription"]["id"]),
            &app.igf,
            "subscription.delete",
        ),
    ];
    for (path, caller, action) in rows {
        let deletes = race(&app, Method::DELETE, &path, caller, None).await;
        one_winner(
            &path,
            &deletes,
            StatusCode::NO_CONTENT,
            StatusCode::NOT_FOUND,
        );
        assert_eq!(audit_count(&app, action).await, 1, "{path}");
    }
}

#[tokio::test]
async fn concurrent_demotions_keep_a_focal_point() {
    let app = spawn_app().await;
    let mut focal_points = Vec::new();
    for name in ["a", "b", "c"] {
        let email = format!("{name}@migf.example.org");
        focal_points.push(app.sign_up(&email, name).await);
    }
    app.register(
        &focal_points[0].token,
        national("moldova-igf", "Moldova IGF", "MD"),
    )
    .await;
    for fp in &focal_points[1..] {
        let r = app
            .grant(
                "moldova-igf",
                &focal_points[0].token,
                &fp.email,
                "focal_point",
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    }
    // Each removes the next at the same moment (a removes b, b c, c a): each
    // alone leaves a focal point; all three together would leave none.
    let paths: Vec<String> = (0..3)
        .map(|i| {
            format!(
                "/initiatives/moldova-igf/members/{}",
                focal_points[(i + 1) % 3].id
            )
        })
        .collect();
    let replies =
        join_all((0..3).map(|i| app.delete(&paths[i], Some(&focal_points[i].token)))).await;
    // A loser is refused by the rule (409) or, once a winner's change shows in
    // the policy, as no longer a member of a private initiative (404).
    for r in &replies {
        assert!([204, 404, 409].contains(&r.status.as_u16()), "{:?}", r.body);
    }
    let members = app
        .get("/initiatives/moldova-igf/members", Some(&app.igf))
        .await;
    let left = members.body["items"]
        .as_array()
        .expect("members")
        .iter()
        .filter(|m| m["role"] == "focal_point")
        .count();
    let removed = replies
        .iter()
        .filter(|r| r.status == StatusCode::NO_CONTENT)
        .count();
    assert!(left >= 1, "no focal point left: {:?}", members.body);
    assert_eq!(left + removed, 3, "{:?}", members.body);
}

#[tokio::test]
async fn concurrent_creations_of_one_thing_create_it_once() {
    let app = spawn_app_with(|s| s.signup_burst = 100).await;
    let focal = with_draft_free(&app).await;

    // The same new report: one creates it; the others now edit an existing
    // report without If-Match, as a later request would (428).
    let path = "/initiatives/moldova-igf/reports/2024";
    let puts = race(
        &app,
        Method::PUT,
        path,
        &focal.token,
        Some(complete_report(2024)),
    )
    .await;
    one_winner(
        "report create",
        &puts,
        StatusCode::CREATED,
        StatusCode::PRECONDITION_REQUIRED,
    );
    assert_eq!(audit_count(&app, "report.create").await, 1);

    // The same year's attestation of the principles: likewise.
    let p = json!({ "attested": true, "evidence": "Open call for inputs; minutes published.", "evidence_urls": ["https://example.org/minutes"] });
    let attest = json!({ "open_transparent": p, "inclusive": p, "bottom_up": p, "multistakeholder": p, "non_commercial": p });
    let puts = race(
        &app,
        Method::PUT,
        "/initiatives/moldova-igf/principles/2025",
        &focal.token,
        Some(attest),
    )
    .await;
    one_winner(
        "attestation create",
        &puts,
        StatusCode::CREATED,
        StatusCode::PRECONDITION_REQUIRED,
    );
    assert_eq!(audit_count(&app, "principles.put").await, 1);

    // One slug.
    let posts = race(
        &app,
        Method::POST,
        "/initiatives",
        &focal.token,
        Some(national("liberia-igf", "Liberia IGF", "LR")),
    )
    .await;
    one_winner(
        "initiative create",
        &posts,
        StatusCode::CREATED,
        StatusCode::CONFLICT,
    );
    for lost in posts.iter().filter(|r| r.status == StatusCode::CONFLICT) {
        assert_eq!(lost.body["type"], "/problems/slug-taken", "{:?}", lost.body);
    }

    // One e-mail.
    let twice = json!({ "email": "twice@example.org", "name": "Twice", "password": "a long enough password" });
    let signups =
        join_all((0..RACERS).map(|_| app.send(Method::POST, "/users", None, Some(&twice), &[])))
            .await;
    // Every racer gets the one answer sign-up gives (it does not tell whether
    // the address had an account), and exactly one account exists.
    for r in &signups {
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
        assert_eq!(r.body, signups[0].body);
    }
    let accounts = entity::user::Entity::find()
        .filter(entity::user::Column::Email.eq("twice@example.org"))
        .count(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(accounts, 1, "one account for one e-mail");

    // One new member: created once, then set to the same role.
    let newcomer = app.sign_up("new@migf.example.org", "New").await;
    let puts = race(
        &app,
        Method::PUT,
        &format!("/initiatives/moldova-igf/members/{}", newcomer.id),
        &focal.token,
        Some(json!({ "role": "editor" })),
    )
    .await;
    one_winner("member put", &puts, StatusCode::CREATED, StatusCode::OK);
}

/// Moldova IGF without any report yet; returns its focal point.
async fn with_draft_free(app: &TestApp) -> Account {
    let focal = app.sign_up("focal@migf.example.org", "Focal").await;
    app.register(&focal.token, json!({ "slug": "moldova-igf", "name": "Moldova IGF", "kind": "national", "country": "MD", "working_languages": ["ro", "ru", "en"] })).await;
    focal
}

#[tokio::test]
async fn a_delivery_whose_subscription_was_deleted_is_skipped_not_failed() {
    // The worker is off: the test runs it once, after the unsubscription.
    let app = spawn_app_with(|s| s.outbound.outbound_allow_loopback = true).await;
    let s = app
        .post(
            "/subscriptions",
            Some(&app.igf),
            json!({ "scope": "global", "url": "http://127.0.0.1:9/hook" }),
        )
        .await;
    assert_eq!(s.status, StatusCode::CREATED, "{:?}", s.body);
    // The global aggregate changed: a delivery is queued for the subscription.
    let queued = worker::webhooks::fan_out(&app.state.db.write, "global", 2025, "{}")
        .await
        .expect("queue the delivery");
    assert_eq!(queued, 1);
    // Unsubscribed before the worker gets to it.
    let path = format!("/subscriptions/{}", s.body["subscription"]["id"]);
    assert_eq!(
        app.delete(&path, Some(&app.igf)).await.status,
        StatusCode::NO_CONTENT
    );

    let (_stop_tx, stop) = tokio::sync::watch::channel(false);
    let ran = app
        .state
        .settings
        .worker(app.state.db.write.clone())
        .expect("a worker")
        .tick(&stop)
        .await;
    assert!(ran, "the worker found the delivery job");

    let failed = app.get("/jobs?status=failed", Some(&app.igf)).await;
    assert_eq!(failed.body["items"], json!([]), "{:?}", failed.body);
    let jobs = app.get("/jobs", Some(&app.igf)).await;
    let webhook: Vec<&Value> = jobs.body["items"]
        .as_array()
        .expect("jobs")
        .iter()
        .filter(|j| j["kind"] == "webhook")
        .collect();
    assert_eq!(webhook.len(), 1, "{:?}", jobs.body);
    assert_eq!(
        (
            &webhook[0]["status"],
            &webhook[0]["attempts"],
            &webhook[0]["last_error"]
        ),
        (&json!("done"), &json!(1), &Value::Null),
        "skipped at once, not retried: {:?}",
        webhook[0]
    );
}
