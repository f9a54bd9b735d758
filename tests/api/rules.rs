//! The rules every endpoint follows: If-Match (428, 412, nothing lost),
//! Idempotency-Key, the acyclic contributes-to graph, the 1 MiB body limit,
//! and 400s that name the field.
use crate::helpers::{forum, national, spawn_app};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn a_stale_if_match_is_refused_and_nothing_is_lost() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    let b = app.sign_up("b@example.org", "B").await;
    app.register(&a.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.grant("liberia-igf", &a.token, &b.email, "editor").await;
    let p = "/initiatives/liberia-igf";
    let read = app.get(p, Some(&a.token)).await;
    let etag = read.etag();

    // Without If-Match: 428.
    let r = app
        .send(
            Method::PATCH,
            p,
            Some(&a.token),
            Some(&json!({ "acronym": "X" })),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(r.content_type(), "application/problem+json");

    // Two editors saved with the same ETag: the first wins, the second gets 412.
    let first = app
        .write_if_match(
            Method::PATCH,
            p,
            Some(&a.token),
            &etag,
            json!({ "acronym": "LIGF" }),
        )
        .await;
    assert_eq!(first.status, StatusCode::OK);
    assert_ne!(first.etag(), etag);
    let second = app
        .write_if_match(
            Method::PATCH,
            p,
            Some(&b.token),
            &etag,
            json!({ "acronym": "OTHER" }),
        )
        .await;
    assert_eq!(
        second.status,
        StatusCode::PRECONDITION_FAILED,
        "{:?}",
        second.body
    );
    assert_eq!(second.body["current_etag"], first.etag());
    let now = app.get(p, Some(&a.token)).await;
    assert_eq!(now.body["acronym"], "LIGF");
    assert_eq!(now.etag(), first.etag());

    // The same for the secretariat.
    let s = "/initiatives/liberia-igf/secretariat";
    let old = app.get(s, Some(&a.token)).await.etag();
    let body =
        json!({ "city": "Monrovia", "focal_point": { "name": "A", "email": "a@example.org" } });
    assert_eq!(
        app.write_if_match(Method::PUT, s, Some(&a.token), &old, body.clone())
            .await
            .status,
        StatusCode::OK
    );
    let stale = app
        .write_if_match(
            Method::PUT,
            s,
            Some(&a.token),
            &old,
            json!({ "city": "Elsewhere" }),
        )
        .await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(app.get(s, Some(&a.token)).await.body["city"], "Monrovia");
    let r = app
        .send(Method::PUT, s, Some(&a.token), Some(&body), &[])
        .await;
    assert_eq!(r.status, StatusCode::PRECONDITION_REQUIRED);
}

#[tokio::test]
async fn a_retried_post_with_the_same_idempotency_key_acts_once() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    let body = national("liberia-igf", "Liberia IGF", "LR");
    let key = [("idempotency-key", "register-liberia-1")];
    let first = app
        .send(
            Method::POST,
            "/initiatives",
            Some(&a.token),
            Some(&body),
            &key,
        )
        .await;
    assert_eq!(first.status, StatusCode::CREATED);
    let again = app
        .send(
            Method::POST,
            "/initiatives",
            Some(&a.token),
            Some(&body),
            &key,
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::CREATED,
        "replayed, not a 409 for a taken slug: {:?}",
        again.body
    );
    assert_eq!(again.body, first.body);
    assert_eq!(again.headers["idempotent-replayed"], "true");
    assert_eq!(again.headers["location"], first.headers["location"]);
    let creations = app
        .audit_of("liberia-igf")
        .await
        .into_iter()
        .filter(|r| r["action"] == "initiative.create")
        .count();
    assert_eq!(creations, 1);

    // The same key with another request is refused.
    let other = national("moldova-igf", "Moldova IGF", "MD");
    let r = app
        .send(
            Method::POST,
            "/initiatives",
            Some(&a.token),
            Some(&other),
            &key,
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.get("/initiatives/moldova-igf", Some(&a.token))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Keys belong to the caller: another user's identical key acts on its own.
    let b = app.sign_up("b@example.org", "B").await;
    let r = app
        .send(
            Method::POST,
            "/initiatives",
            Some(&b.token),
            Some(&other),
            &key,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);

    // A retried decision is recorded once.
    let d = json!({ "status": "recognized", "reason": "criteria met" });
    let k = [("idempotency-key", "decision-1")];
    for _ in 0..2 {
        let r = app
            .send(
                Method::POST,
                "/initiatives/liberia-igf/recognition/decisions",
                Some(&app.igf),
                Some(&d),
                &k,
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    let list = app
        .get(
            "/initiatives/liberia-igf/recognition/decisions",
            Some(&app.igf),
        )
        .await;
    assert_eq!(list.body["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_cycle_in_contributes_to_is_refused_with_its_path() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    app.register(&a.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.register(
        &a.token,
        forum("west-africa-igf", "WAIGF", "subregional", "africa", &["LR"]),
    )
    .await;
    app.register(
        &a.token,
        forum("african-igf", "AfIGF", "regional", "africa", &["LR"]),
    )
    .await;
    let put = |slug: &str, targets: serde_json::Value| {
        let path = format!("/initiatives/{slug}/contributes-to");
        let token = a.token.clone();
        let app = &app;
        async move {
            app.put(&path, Some(&token), json!({ "targets": targets }))
                .await
        }
    };
    assert_eq!(
        put("liberia-igf", json!(["west-africa-igf", "african-igf"]))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        put("west-africa-igf", json!(["african-igf"])).await.status,
        StatusCode::OK
    );
    let r = put("african-igf", json!(["west-africa-igf"])).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{:?}", r.body);
    assert_eq!(
        r.body["cycle"],
        json!(["african-igf", "west-africa-igf", "african-igf"])
    );
    assert!(
        r.body["detail"]
            .as_str()
            .unwrap()
            .contains("african-igf → west-africa-igf → african-igf")
    );
    // Nothing changed.
    let r = app
        .get("/initiatives/african-igf/contributes-to", Some(&a.token))
        .await;
    assert_eq!(r.body["targets"], json!([]));
    // Only forums can be targets, and not oneself.
    let r = put(
        "west-africa-igf",
        json!(["liberia-igf", "west-africa-igf", "nowhere"]),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.fields(), ["/targets/0", "/targets/1", "/targets/2"]);
}

#[tokio::test]
async fn a_body_over_one_mebibyte_gets_413() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    let mut body = national("liberia-igf", "Liberia IGF", "LR");
    body["description"] = json!({ "en": "x".repeat(2 * 1024 * 1024) });
    let r = app.post("/initiatives", Some(&a.token), body).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.content_type(), "application/problem+json");
    assert_eq!(r.body["status"], 413);
    assert_eq!(
        app.get("/initiatives/liberia-igf", Some(&a.token))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn malformed_input_gets_400_naming_the_field() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;

    let r = app
        .post(
            "/initiatives",
            Some(&a.token),
            national("Liberia IGF!", "Liberia IGF", "LR"),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.fields(), ["/slug"]);
    assert_eq!(r.body["type"], "/problems/validation");
    assert_eq!(r.content_type(), "application/problem+json");

    let r = app
        .post(
            "/initiatives",
            Some(&a.token),
            national("liberia-igf", "Liberia IGF", "XX"),
        )
        .await;
    assert_eq!(r.fields(), ["/country"]);

    let r = app
        .post(
            "/users",
            None,
            json!({ "email": "not-an-email", "name": "X", "password": "long enough password" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.fields(), ["/email"]);

    // Unknown fields are refused, by name.
    let mut body = national("liberia-igf", "Liberia IGF", "LR");
    body["status"] = json!("recognized");
    let r = app.post("/initiatives", Some(&a.token), body).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.fields(), ["/status"]);

    // A wrong type and a value outside a vocabulary name their field.
    let r = app
        .post(
            "/initiatives",
            Some(&a.token),
            json!({ "slug": "x-igf", "name": "X", "kind": "global", "country": "LR" }),
        )
        .await;
    assert_eq!(r.fields(), ["/kind"]);
    let r = app
        .post("/initiatives", Some(&a.token), json!({ "slug": "x-igf", "name": "X", "kind": "national", "country": "LR", "established_year": "2010" }))
        .await;
    assert_eq!(r.fields(), ["/established_year"]);

    // Every problem at once.
    let r = app
        .post(
            "/initiatives",
            Some(&a.token),
            json!({ "slug": "x", "name": "", "kind": "national", "country": "ZZ", "website": "igf", "public_email": "@" }),
        )
        .await;
    let mut fields = r.fields();
    fields.sort();
    assert_eq!(
        fields,
        ["/country", "/name", "/public_email", "/slug", "/website"]
    );

    // Not JSON at all, or the wrong media type.
    let r = app
        .client
        .post(app.url("/initiatives"))
        .bearer_auth(&a.token)
        .header("content-type", "application/json")
        .body("{ not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    let r = app
        .client
        .post(app.url("/initiatives"))
        .bearer_auth(&a.token)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    // A bad query parameter names it too; nothing was stored by any of this.
    let r = app.get("/initiatives?limit=0", None).await;
    assert_eq!(r.fields(), ["limit"]);
    let r = app.get("/initiatives?country=XX", None).await;
    assert_eq!(r.fields(), ["country"]);
    let r = app.get("/initiatives", Some(&a.token)).await;
    assert_eq!(r.body["items"], json!([]));
}

#[tokio::test]
async fn a_taken_slug_is_a_conflict() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    app.register(&a.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    let r = app
        .post(
            "/initiatives",
            Some(&a.token),
            national("liberia-igf", "Another", "LR"),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.body["field"], "/slug");
}

/// A stored state is read back through its type: a corrupt value (here
/// written behind the service's back) is a 500 problem that leaks nothing,
/// never a default that would, say, show a withdrawn initiative as an
/// applicant or a draft as accepted.
#[tokio::test]
async fn a_corrupt_stored_state_is_an_error_not_a_default() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    app.register(&a.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    let p = "/initiatives/liberia-igf";
    assert_eq!(app.get(p, Some(&a.token)).await.status, StatusCode::OK);
    app.state
        .db
        .write
        .execute_unprepared(
            "UPDATE initiatives SET status = 'recognised-ish' WHERE slug = 'liberia-igf'",
        )
        .await
        .unwrap();
    for token in [Some(a.token.as_str()), Some(app.igf.as_str()), None] {
        let r = app.get(p, token).await;
        assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{r:?}");
        assert_eq!(r.body["type"], "/problems/internal");
        assert!(!r.body.to_string().contains("recognised-ish"), "{r:?}");
    }
}
