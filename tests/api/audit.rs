//! Every mutation leaves exactly one audit record, with its actor, before and
//! after, and the request id; members read their own initiatives' records.
use crate::helpers::{forum, national, spawn_app};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

#[tokio::test]
async fn every_mutation_leaves_one_audit_record() {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@example.org", "Focal").await;
    let editor = app.sign_up("editor@example.org", "Editor").await;
    app.register(&focal.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.register(
        &focal.token,
        forum("west-africa-igf", "WAIGF", "subregional", "africa", &["LR"]),
    )
    .await;
    let p = "/initiatives/liberia-igf";
    let etag = app.get(p, Some(&focal.token)).await.etag();
    let r = app
        .send(
            Method::PATCH,
            p,
            Some(&focal.token),
            Some(&json!({ "acronym": "LIGF" })),
            &[("if-match", &etag), ("x-request-id", "req-patch-1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let s = format!("{p}/secretariat");
    let etag = app.get(&s, Some(&focal.token)).await.etag();
    app.write_if_match(
        Method::PUT,
        &s,
        Some(&focal.token),
        &etag,
        json!({ "city": "Monrovia" }),
    )
    .await;
    let c = app
        .post(&format!("{p}/committee"), Some(&focal.token), json!({ "name": "M", "stakeholder_group": "academia", "role": "member", "term_start": "2025-01-01" }))
        .await;
    let cid = c.body["id"].as_i64().unwrap();
    app.send(
        Method::PATCH,
        &format!("{p}/committee/{cid}"),
        Some(&focal.token),
        Some(&json!({ "role": "chair" })),
        &[],
    )
    .await;
    app.put(
        &format!("{p}/contributes-to"),
        Some(&focal.token),
        json!({ "targets": ["west-africa-igf"] }),
    )
    .await;
    app.grant("liberia-igf", &focal.token, &editor.email, "editor")
        .await;
    app.grant("liberia-igf", &focal.token, &editor.email, "viewer")
        .await;
    app.delete(&format!("{p}/members/{}", editor.id), Some(&focal.token))
        .await;
    app.delete(&format!("{p}/committee/{cid}"), Some(&focal.token))
        .await;
    app.decide("liberia-igf", "recognized").await;
    // Refused mutations leave nothing.
    app.send(
        Method::PATCH,
        p,
        Some(&focal.token),
        Some(&json!({ "acronym": "X" })),
        &[("if-match", "\"1\"")],
    )
    .await;
    app.post(&format!("{p}/committee"), Some(&editor.token), json!({ "name": "N", "stakeholder_group": "academia", "role": "member", "term_start": "2025-01-01" })).await;

    let records = app.audit_of("liberia-igf").await;
    let actions: Vec<&str> = records
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "initiative.create",
            "initiative.update",
            "secretariat.update",
            "committee.add",
            "committee.update",
            "contributes_to.update",
            "member.put",
            "member.put",
            "member.remove",
            "committee.remove",
            "initiative.status",
        ]
    );
    for r in &records {
        let action = r["action"].as_str().unwrap();
        let expected_actor = if action == "initiative.status" {
            None
        } else {
            Some("focal@example.org")
        };
        if let Some(email) = expected_actor {
            assert_eq!(r["actor_email"], email, "{action}");
        } else {
            assert!(
                r["actor_email"]
                    .as_str()
                    .unwrap()
                    .ends_with("bootstrap.invalid"),
                "{action}"
            );
        }
        assert_eq!(r["initiative"], "liberia-igf");
        assert!(!r["request_id"].as_str().unwrap().is_empty());
        let creates = ["initiative.create", "committee.add"].contains(&action);
        let removes = ["member.remove", "committee.remove"].contains(&action);
        assert_eq!(
            r["before"].is_null(),
            creates || (action == "member.put" && r == &records[6]),
            "{action} before: {r}"
        );
        assert_eq!(r["after"].is_null(), removes, "{action} after: {r}");
    }
    let patch = &records[1];
    assert_eq!(patch["request_id"], "req-patch-1");
    assert_eq!(patch["before"]["acronym"], Value::Null);
    assert_eq!(patch["after"]["acronym"], "LIGF");
    assert_eq!(records[7]["before"]["role"], "editor");
    assert_eq!(records[7]["after"]["role"], "viewer");
    assert_eq!(records[10]["before"]["status"], "applicant");
    assert_eq!(records[10]["after"]["to_status"], "recognized");

    // Filters: by actor and since.
    let r = app
        .get(
            "/audit?actor=focal@example.org&initiative=liberia-igf",
            Some(&app.igf),
        )
        .await;
    assert_eq!(r.body["items"].as_array().unwrap().len(), 10);
    let r = app
        .get("/audit?since=2100-01-01T00:00:00Z", Some(&app.igf))
        .await;
    assert_eq!(r.body["items"], json!([]));
}

#[tokio::test]
async fn members_read_only_their_own_audit_records() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    let b = app.sign_up("b@example.org", "B").await;
    app.register(&a.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.register(&b.token, national("moldova-igf", "Moldova IGF", "MD"))
        .await;
    let mine = app.get("/audit", Some(&a.token)).await;
    let initiatives: Vec<_> = mine.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["initiative"].clone())
        .collect();
    assert_eq!(initiatives, [json!("liberia-igf")]);
    let all = app.get("/audit", Some(&app.igf)).await;
    assert!(
        all.body["items"].as_array().unwrap().len() >= 4,
        "sign-ups, tokens and both registrations: {:?}",
        all.body
    );
    assert_eq!(
        app.get("/audit?initiative=moldova-igf", Some(&a.token))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/audit", None).await.status,
        StatusCode::UNAUTHORIZED
    );
}
