//! Annual reports: the full life of a report, every forbidden transition,
//! who may do what, two editors on one draft, the review queue, and the
//! outbox events written with the changes.
use crate::helpers::{Account, Reply, TestApp, forum, national, spawn_app};
use entity::outbox_event;
use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, Database, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

/// A report that passes every submission check for `year`.
pub fn complete_report(year: i32) -> Value {
    json!({
        "edition": format!("MIGF {year}"),
        "start_date": format!("{year}-10-01"),
        "end_date": format!("{year}-10-02"),
        "city": "Chișinău",
        "country": "MD",
        "venue": "Student Hub ASEM",
        "format": "hybrid",
        "preparation": { "open_call": true, "open_call_date": format!("{year}-06-01"), "consultations": 3 },
        "participation": {
            "total": 200, "online": 60, "youth": 40, "countries_represented": 4,
            "by_stakeholder_group": { "civil_society": 80, "government": 40, "technical_community": 50 },
            "by_gender": { "female": 100, "male": 90 }
        },
        "sessions": [{ "title": { "en": "Opening plenary" }, "type": "plenary", "theme": "access_and_connectivity" }],
        "themes": ["cybersecurity_and_trust", "ai_and_emerging_technologies"],
        "tags": ["elections"],
        "key_messages": [{ "text": { "en": "Connectivity must reach rural areas.", "ro": "Conectivitatea trebuie să ajungă în zonele rurale." }, "theme": "access_and_connectivity" }],
        "recommendations": [{ "text": { "en": "Fund community networks." }, "addressed_to": "regional" }],
        "languages": ["ro", "en"],
        "links": { "agenda": "https://example.org/agenda" }
    })
}

struct Setup {
    app: TestApp,
    focal: Account,
    editor: Account,
    viewer: Account,
    /// A member of a forum Moldova feeds into.
    forum: Account,
    /// The focal point of an unrelated initiative.
    other: Account,
}

async fn setup() -> Setup {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@migf.example.org", "Focal").await;
    let editor = app.sign_up("editor@migf.example.org", "Editor").await;
    let viewer = app.sign_up("viewer@migf.example.org", "Viewer").await;
    let forum_user = app.sign_up("secretariat@seedig.example.org", "Forum").await;
    let other = app.sign_up("focal@liberia.example.org", "Other").await;
    app.register(&focal.token, json!({ "slug": "moldova-igf", "name": "Moldova IGF", "kind": "national", "country": "MD", "working_languages": ["ro", "ru", "en"] })).await;
    app.register(
        &forum_user.token,
        forum(
            "seedig",
            "SEEDIG",
            "subregional",
            "eastern_europe",
            &["MD", "RO"],
        ),
    )
    .await;
    app.register(&other.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.grant("moldova-igf", &focal.token, &editor.email, "editor")
        .await;
    app.grant("moldova-igf", &focal.token, &viewer.email, "viewer")
        .await;
    let r = app
        .put(
            "/initiatives/moldova-igf/contributes-to",
            Some(&focal.token),
            json!({ "targets": ["seedig"] }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    app.decide("moldova-igf", "recognized").await;
    Setup {
        app,
        focal,
        editor,
        viewer,
        forum: forum_user,
        other,
    }
}

const R: &str = "/initiatives/moldova-igf/reports/2025";

#[tokio::test]
async fn the_full_life_of_a_report() {
    let s = setup().await;
    let app = &s.app;
    // A draft may be incomplete.
    let draft = app.put(R, Some(&s.editor.token), json!({ "edition": "MIGF 2025", "end_date": "2024-12-31", "start_date": "2025-01-02", "participation": { "total": 10, "by_gender": { "female": 8, "male": 7 } } })).await;
    assert_eq!(draft.status, StatusCode::CREATED, "{:?}", draft.body);
    assert_eq!(draft.body["status"], "draft");
    assert_eq!(draft.body["due_date"], "2025-03-31");

    // Submission is refused with every problem listed by field.
    let refused = app
        .post(&format!("{R}/submit"), Some(&s.editor.token), json!({}))
        .await;
    assert_eq!(
        refused.status,
        StatusCode::BAD_REQUEST,
        "{:?}",
        refused.body
    );
    let mut fields = refused.fields();
    fields.sort();
    assert_eq!(
        fields,
        [
            "/city",
            "/country",
            "/end_date",
            "/end_date",
            "/format",
            "/key_messages",
            "/participation/by_gender",
            "/venue"
        ],
        "{:?}",
        refused.body
    );
    assert_eq!(
        app.get(R, Some(&s.editor.token)).await.body["status"],
        "draft",
        "a refused submission changes nothing"
    );

    // Fixed, submitted: version 1.
    let etag = app.get(R, Some(&s.editor.token)).await.etag();
    let fixed = app
        .write_if_match(
            Method::PUT,
            R,
            Some(&s.editor.token),
            &etag,
            complete_report(2025),
        )
        .await;
    assert_eq!(fixed.status, StatusCode::OK, "{:?}", fixed.body);
    let sub = app
        .post(&format!("{R}/submit"), Some(&s.editor.token), json!({}))
        .await;
    assert_eq!(sub.status, StatusCode::OK, "{:?}", sub.body);
    assert_eq!(sub.body["status"], "submitted");
    assert_eq!(sub.body["submissions"], 1);

    // Returned with a comment (required).
    let no_comment = app
        .post(
            &format!("{R}/review"),
            Some(&app.igf),
            json!({ "decision": "return" }),
        )
        .await;
    assert_eq!(no_comment.status, StatusCode::BAD_REQUEST);
    assert_eq!(no_comment.fields(), ["/comment"]);
    let returned = app
        .post(
            &format!("{R}/review"),
            Some(&app.igf),
            json!({ "decision": "return", "comment": "Add the youth track's key messages." }),
        )
        .await;
    assert_eq!(returned.status, StatusCode::OK, "{:?}", returned.body);
    assert_eq!(returned.body["status"], "returned");
    let seen = app.get(R, Some(&s.viewer.token)).await;
    assert_eq!(
        seen.body["reviewer_comment"],
        "Add the youth track's key messages."
    );

    // Corrected and resubmitted: version 2; accepted.
    let mut v2 = complete_report(2025);
    v2["key_messages"].as_array_mut().unwrap().push(
        json!({ "text": { "en": "Youth must shape AI policy." }, "theme": "youth_engagement" }),
    );
    let etag = app.get(R, Some(&s.editor.token)).await.etag();
    assert_eq!(
        app.write_if_match(Method::PUT, R, Some(&s.editor.token), &etag, v2.clone())
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        app.post(&format!("{R}/submit"), Some(&s.focal.token), json!({}))
            .await
            .status,
        StatusCode::OK
    );
    let accepted = app
        .post(
            &format!("{R}/review"),
            Some(&app.igf),
            json!({ "decision": "accept" }),
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK);
    assert_eq!(accepted.body["status"], "accepted");

    // Accepted is locked: editing is refused, naming the state and what is allowed.
    let etag = app.get(R, Some(&s.editor.token)).await.etag();
    let locked = app
        .write_if_match(
            Method::PUT,
            R,
            Some(&s.editor.token),
            &etag,
            complete_report(2025),
        )
        .await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
    assert_eq!(locked.body["current"], "accepted");
    assert_eq!(locked.body["allowed"], json!(["reopen"]));
    // The public now reads it, without reviewer comments.
    let public = app.get(R, None).await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(public.body["view"], "public");
    assert!(public.body.get("reviewer_comment").is_none() && public.body.get("reviews").is_none());

    // Reopened with a reason, edited, resubmitted: version 3.
    let no_reason = app
        .post(
            &format!("{R}/reopen"),
            Some(&app.igf),
            json!({ "reason": "" }),
        )
        .await;
    assert_eq!(no_reason.fields(), ["/reason"]);
    let reopened = app
        .post(
            &format!("{R}/reopen"),
            Some(&app.igf),
            json!({ "reason": "Participation figures were double-counted." }),
        )
        .await;
    assert_eq!(reopened.status, StatusCode::OK);
    assert_eq!(reopened.body["status"], "returned");
    assert_eq!(
        app.get(R, None).await.status,
        StatusCode::UNAUTHORIZED,
        "no longer public: anonymous is told to sign in"
    );
    assert_eq!(
        app.get(R, Some(&s.other.token)).await.status,
        StatusCode::NOT_FOUND
    );
    let mut v3 = v2.clone();
    v3["participation"]["total"] = json!(190);
    let etag = app.get(R, Some(&s.editor.token)).await.etag();
    assert_eq!(
        app.write_if_match(Method::PUT, R, Some(&s.editor.token), &etag, v3.clone())
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        app.post(&format!("{R}/submit"), Some(&s.editor.token), json!({}))
            .await
            .status,
        StatusCode::OK
    );

    // Versions 1..3, each exactly as submitted.
    let versions = app
        .get(&format!("{R}/versions"), Some(&s.viewer.token))
        .await;
    let numbers: Vec<_> = versions.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["number"].clone())
        .collect();
    assert_eq!(numbers, [json!(1), json!(2), json!(3)]);
    let viewer = s.viewer.token.clone();
    let v = |n: i32| {
        let path = format!("{R}/versions/{n}");
        let token = viewer.clone();
        async move { app.get(&path, Some(&token)).await.body["content"].clone() }
    };
    assert_eq!(v(1).await["key_messages"].as_array().unwrap().len(), 1);
    assert_eq!(v(2).await["key_messages"].as_array().unwrap().len(), 2);
    assert_eq!(v(2).await["participation"]["total"], 200);
    assert_eq!(v(3).await["participation"]["total"], 190);
    assert_eq!(v(1).await["edition"], complete_report(2025)["edition"]);
    assert_eq!(
        app.get(&format!("{R}/versions/4"), Some(&s.viewer.token))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // The review history, and one audit record per step.
    let full = app.get(R, Some(&s.focal.token)).await;
    let decisions: Vec<_> = full.body["reviews"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["decision"].clone())
        .collect();
    assert_eq!(
        decisions,
        [json!("return"), json!("accept"), json!("reopen")]
    );
    let actions: Vec<String> = app
        .audit_of("moldova-igf")
        .await
        .iter()
        .map(|r| r["action"].as_str().unwrap().to_owned())
        .filter(|a| a.starts_with("report."))
        .collect();
    assert_eq!(
        actions,
        [
            "report.create",
            "report.update",
            "report.submit",
            "report.return",
            "report.update",
            "report.submit",
            "report.accept",
            "report.reopen",
            "report.update",
            "report.submit"
        ]
    );
}

#[tokio::test]
async fn every_forbidden_transition_is_a_409_naming_the_state() {
    let s = setup().await;
    let app = &s.app;
    let (ed, igf) = (&s.editor.token, &app.igf);
    let act = |path: &'static str, token: &str, body: Value| {
        let token = token.to_owned();
        async move { app.post(&format!("{R}/{path}"), Some(&token), body).await }
    };
    // No report yet: 404 for every action.
    assert_eq!(
        act("submit", ed, json!({})).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.put(R, Some(ed), complete_report(2025)).await.status,
        StatusCode::CREATED
    );
    // draft: no review, no reopen.
    for (path, body) in [
        ("review", json!({ "decision": "accept" })),
        ("review", json!({ "decision": "return", "comment": "x" })),
        ("reopen", json!({ "reason": "x" })),
    ] {
        let r = act(path, igf, body).await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{path}: {:?}", r.body);
        assert_eq!(r.body["current"], "draft");
        assert_eq!(r.body["allowed"], json!(["edit", "submit"]));
    }
    assert_eq!(act("submit", ed, json!({})).await.status, StatusCode::OK);
    // submitted: no edit, no second submit, no reopen.
    let etag = app.get(R, Some(ed)).await.etag();
    let r = app
        .write_if_match(Method::PUT, R, Some(ed), &etag, complete_report(2025))
        .await;
    assert_eq!(
        (r.status, r.body["current"].clone()),
        (StatusCode::CONFLICT, json!("submitted"))
    );
    assert_eq!(
        act("submit", ed, json!({})).await.status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        act("reopen", igf, json!({ "reason": "x" })).await.status,
        StatusCode::CONFLICT
    );
    // returned: no review, no reopen.
    assert_eq!(
        act(
            "review",
            igf,
            json!({ "decision": "return", "comment": "fix" })
        )
        .await
        .status,
        StatusCode::OK
    );
    assert_eq!(
        act("review", igf, json!({ "decision": "accept" }))
            .await
            .body["current"],
        "returned"
    );
    assert_eq!(
        act("reopen", igf, json!({ "reason": "x" })).await.status,
        StatusCode::CONFLICT
    );
    // accepted: no submit, no review.
    assert_eq!(act("submit", ed, json!({})).await.status, StatusCode::OK);
    assert_eq!(
        act("review", igf, json!({ "decision": "accept" }))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        act("submit", ed, json!({})).await.body["current"],
        "accepted"
    );
    assert_eq!(
        act(
            "review",
            igf,
            json!({ "decision": "return", "comment": "x" })
        )
        .await
        .status,
        StatusCode::CONFLICT
    );
}

/// Sends the same request as each caller in turn; returns the statuses.
async fn as_each(
    who: &[(&str, Option<&str>)],
    send: impl AsyncFn(Option<&str>) -> Reply,
) -> Vec<u16> {
    let mut got = vec![];
    for (_, t) in who {
        got.push(send(*t).await.status.as_u16());
    }
    got
}

#[tokio::test]
async fn who_may_do_what_with_reports() {
    let s = setup().await;
    let app = &s.app;
    let who: [(&str, Option<&str>); 7] = [
        ("anonymous", None),
        ("other tenant", Some(&s.other.token)),
        ("forum member", Some(&s.forum.token)),
        ("viewer", Some(&s.viewer.token)),
        ("editor", Some(&s.editor.token)),
        ("focal point", Some(&s.focal.token)),
        ("IGF Secretariat", Some(&app.igf)),
    ];
    let mut wrong = vec![];
    let mut check = |what: &str, got: Vec<u16>, want: [u16; 7]| {
        if got != want {
            wrong.push(format!(
                "{what}: got {got:?}, expected {want:?} for {:?}",
                who.map(|w| w.0)
            ));
        }
    };
    // Creating the draft: editors and the focal point only.
    let got = as_each(&who, async |t| {
        app.put(
            "/initiatives/moldova-igf/reports/2024",
            t,
            complete_report(2024),
        )
        .await
    })
    .await;
    // The editor created it (201); the focal point then edits without If-Match (428).
    check("PUT (create)", got, [401, 404, 403, 403, 201, 428, 403]);
    app.put(R, Some(&s.editor.token), complete_report(2025))
        .await;

    let got = as_each(&who, async |t| app.get(R, t).await).await;
    check("GET a draft", got, [401, 404, 200, 200, 200, 200, 200]);
    let views: Vec<Value> = {
        let mut v = vec![];
        for (_, t) in &who[2..] {
            v.push(app.get(R, *t).await.body["view"].clone());
        }
        v
    };
    assert_eq!(
        views,
        [
            json!("status"),
            json!("full"),
            json!("full"),
            json!("full"),
            json!("full")
        ]
    );
    let status_only = app.get(R, Some(&s.forum.token)).await;
    assert!(
        status_only.body.get("content").is_none() && status_only.body.get("status").is_none(),
        "{:?}",
        status_only.body
    );
    assert_eq!(status_only.body["submitted"], false);

    let got = as_each(&who, async |t| app.get(&format!("{R}/versions"), t).await).await;
    check("GET versions", got, [401, 404, 403, 200, 200, 200, 200]);

    let got = as_each(&who, async |t| {
        app.post(&format!("{R}/review"), t, json!({ "decision": "accept" }))
            .await
    })
    .await;
    check("review a draft", got, [401, 404, 403, 403, 403, 403, 409]);

    let got = as_each(&who, async |t| {
        app.post(&format!("{R}/submit"), t, json!({})).await
    })
    .await;
    check("submit", got, [401, 404, 403, 403, 200, 409, 403]);

    let got = as_each(&who, async |t| {
        app.post(&format!("{R}/review"), t, json!({ "decision": "accept" }))
            .await
    })
    .await;
    check("accept", got, [401, 404, 403, 403, 403, 403, 200]);

    let got = as_each(&who, async |t| app.get(R, t).await).await;
    check(
        "GET an accepted report",
        got,
        [200, 200, 200, 200, 200, 200, 200],
    );

    let got = as_each(&who, async |t| {
        app.post(&format!("{R}/reopen"), t, json!({ "reason": "recount" }))
            .await
    })
    .await;
    check("reopen", got, [401, 404, 403, 403, 403, 403, 200]);

    let got = as_each(&who, async |t| {
        app.get("/initiatives/moldova-igf/reports", t).await
    })
    .await;
    check("list", got, [200, 200, 200, 200, 200, 200, 200]);
    assert!(
        wrong.is_empty(),
        "report access mismatches:\n{}",
        wrong.join("\n")
    );

    // The public list holds only accepted reports (none, after the reopen); members see all.
    assert_eq!(
        app.get("/initiatives/moldova-igf/reports", None).await.body["items"],
        json!([])
    );
    let mine = app
        .get("/initiatives/moldova-igf/reports", Some(&s.viewer.token))
        .await;
    let years: Vec<_> = mine.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["year"].clone())
        .collect();
    assert_eq!(years, [json!(2025), json!(2024)]);
}

#[tokio::test]
async fn two_editors_on_one_draft_lose_nothing() {
    let s = setup().await;
    let app = &s.app;
    app.put(R, Some(&s.editor.token), json!({ "edition": "MIGF 2025" }))
        .await;
    let etag = app.get(R, Some(&s.editor.token)).await.etag();
    let first = app
        .write_if_match(
            Method::PUT,
            R,
            Some(&s.editor.token),
            &etag,
            json!({ "edition": "MIGF 2025", "city": "Chișinău" }),
        )
        .await;
    let second = app
        .write_if_match(
            Method::PUT,
            R,
            Some(&s.focal.token),
            &etag,
            json!({ "edition": "MIGF 2025", "venue": "ASEM" }),
        )
        .await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(second.status, StatusCode::PRECONDITION_FAILED);
    let now = app.get(R, Some(&s.viewer.token)).await;
    assert_eq!(now.body["content"]["city"], "Chișinău");
    assert!(now.body["content"]["venue"].is_null());
    // The loser reads again and reapplies on top: both changes stand.
    let r = app
        .write_if_match(
            Method::PUT,
            R,
            Some(&s.focal.token),
            &now.etag(),
            json!({ "edition": "MIGF 2025", "city": "Chișinău", "venue": "ASEM" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["content"]["venue"], "ASEM");
}

#[tokio::test]
async fn malformed_report_values_are_refused_even_in_drafts() {
    let s = setup().await;
    let app = &s.app;
    let r = app
        .put(R, Some(&s.editor.token), json!({ "themes": ["astrology"], "participation": { "by_stakeholder_group": { "aliens": 3 } } }))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.fields(),
        ["/themes/0"],
        "the vocabulary is enforced at the boundary"
    );
    let r = app.put(R, Some(&s.editor.token), json!({ "participation": { "by_stakeholder_group": { "aliens": 3 } }, "country": "XX" })).await;
    let mut f = r.fields();
    f.sort();
    assert_eq!(
        f,
        ["/country", "/participation/by_stakeholder_group/aliens"]
    );
    let r = app
        .put(R, Some(&s.editor.token), json!({ "colour": "blue" }))
        .await;
    assert_eq!(r.fields(), ["/colour"]);
    assert_eq!(
        app.put(
            "/initiatives/moldova-igf/reports/1066",
            Some(&s.editor.token),
            json!({})
        )
        .await
        .fields(),
        ["year"]
    );
    // A key message in a language the initiative does not work in is refused at submission.
    let mut body = complete_report(2025);
    body["key_messages"][0]["text"]["fr"] = json!("Connectivité rurale.");
    app.put(R, Some(&s.editor.token), body).await;
    let r = app
        .post(&format!("{R}/submit"), Some(&s.editor.token), json!({}))
        .await;
    assert_eq!(r.fields(), ["/key_messages/0/text/fr"]);
}

#[tokio::test]
async fn the_review_queue_lists_submitted_and_overdue_reports() {
    let s = setup().await;
    let app = &s.app;
    app.put(R, Some(&s.editor.token), complete_report(2025))
        .await;
    app.post(&format!("{R}/submit"), Some(&s.editor.token), json!({}))
        .await;
    // 2024's event ended long ago and its report was never submitted: overdue.
    app.put(
        "/initiatives/moldova-igf/reports/2024",
        Some(&s.editor.token),
        json!({ "end_date": "2024-10-02" }),
    )
    .await;
    let q = app.get("/reports?status=submitted", Some(&app.igf)).await;
    assert_eq!(q.status, StatusCode::OK, "{:?}", q.body);
    let items = q.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(
        (items[0]["initiative"].clone(), items[0]["year"].clone()),
        (json!("moldova-igf"), json!(2025))
    );
    let q = app.get("/reports?status=overdue", Some(&app.igf)).await;
    let items = q.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["year"], 2024);
    assert_eq!(items[0]["overdue"], true);
    assert_eq!(items[0]["due_date"], "2024-12-31");
    let own = app
        .get(
            "/initiatives/moldova-igf/reports?overdue=true",
            Some(&s.viewer.token),
        )
        .await;
    assert_eq!(own.body["items"].as_array().unwrap().len(), 1);
    // The forum member sees it is overdue, not what it says.
    let seen = app
        .get(
            "/initiatives/moldova-igf/reports/2024",
            Some(&s.forum.token),
        )
        .await;
    assert_eq!(
        (seen.body["overdue"].clone(), seen.body["view"].clone()),
        (json!(true), json!("status"))
    );
    assert_eq!(
        app.get("/reports", Some(&s.focal.token)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get("/reports", None).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn outbox_events_are_written_with_their_change_and_only_then() {
    let s = setup().await;
    let app = &s.app;
    let db = Database::connect(&app.database_url).await.unwrap();
    let events = || async {
        outbox_event::Entity::find()
            .order_by_asc(outbox_event::Column::Id)
            .all(&db)
            .await
            .unwrap()
            .into_iter()
            .map(|e| {
                (
                    e.kind,
                    e.year,
                    serde_json::from_str::<Value>(&e.payload).unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    // Setup registered three initiatives (the IGF Secretariat is told), and
    // changed links and status: one event each, in order.
    let kinds: Vec<String> = events().await.into_iter().map(|e| e.0).collect();
    assert_eq!(
        kinds,
        [
            "initiative.registered",
            "initiative.registered",
            "initiative.registered",
            "initiative.links_changed",
            "initiative.status_changed"
        ]
    );

    app.put(R, Some(&s.editor.token), complete_report(2025))
        .await;
    app.post(&format!("{R}/submit"), Some(&s.editor.token), json!({}))
        .await;
    let all = events().await;
    assert_eq!(
        all.len(),
        6,
        "drafts are not the worker's business; a submission is (its reviewers are told)"
    );
    assert_eq!(
        (all[5].0.as_str(), all[5].1),
        ("report.submitted", Some(2025))
    );
    // A refused transition writes nothing.
    assert_eq!(
        app.post(
            &format!("{R}/reopen"),
            Some(&app.igf),
            json!({ "reason": "x" })
        )
        .await
        .status,
        StatusCode::CONFLICT
    );
    // A refused authorisation writes nothing.
    assert_eq!(
        app.post(
            &format!("{R}/review"),
            Some(&s.focal.token),
            json!({ "decision": "accept" })
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(events().await.len(), 6);
    app.post(
        &format!("{R}/review"),
        Some(&app.igf),
        json!({ "decision": "return", "comment": "fix" }),
    )
    .await;
    app.post(&format!("{R}/submit"), Some(&s.editor.token), json!({}))
        .await;
    app.post(
        &format!("{R}/review"),
        Some(&app.igf),
        json!({ "decision": "accept" }),
    )
    .await;
    app.post(
        &format!("{R}/reopen"),
        Some(&app.igf),
        json!({ "reason": "recount" }),
    )
    .await;
    let all = events().await;
    let tail: Vec<(String, Option<i32>)> = all[6..].iter().map(|e| (e.0.clone(), e.1)).collect();
    assert_eq!(
        tail,
        [
            ("report.returned".to_owned(), Some(2025)),
            ("report.submitted".to_owned(), Some(2025)),
            ("report.accepted".to_owned(), Some(2025)),
            ("report.reopened".to_owned(), Some(2025))
        ]
    );
    assert_eq!(all[8].2["initiative"], "moldova-igf");
    // An unchanged link list is not an event; a changed one is.
    app.put(
        "/initiatives/moldova-igf/contributes-to",
        Some(&s.focal.token),
        json!({ "targets": ["seedig"] }),
    )
    .await;
    assert_eq!(events().await.len(), 10);
    app.put(
        "/initiatives/moldova-igf/contributes-to",
        Some(&s.focal.token),
        json!({ "targets": [] }),
    )
    .await;
    let last = events().await.pop().unwrap();
    assert_eq!(last.0, "initiative.links_changed");
    let unprocessed = outbox_event::Entity::find()
        .filter(outbox_event::Column::ProcessedAt.is_null())
        .all(&db)
        .await
        .unwrap();
    assert_eq!(
        unprocessed.len(),
        11,
        "durable until the worker processes them"
    );
}
