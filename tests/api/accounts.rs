//! Accounts and tokens: sign-up, tokens shown once and stored hashed, expiry,
//! revocation, the bootstrap IGF Secretariat, rate limiting; and the probes.
use crate::helpers::{spawn_app, spawn_app_with};
use entity::api_token;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, Database, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::json;

#[tokio::test]
async fn tokens_are_shown_once_expire_and_can_be_revoked() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    let me = app.get("/me", Some(&a.token)).await;
    assert_eq!(me.body["email"], "a@example.org");
    assert_eq!(me.body["roles"], json!([]), "a new account has no role");

    // A second token, made with the first; listed without its secret.
    let t = app
        .post(
            "/tokens",
            Some(&a.token),
            json!({ "name": "laptop", "expires_in_days": 7 }),
        )
        .await;
    assert_eq!(t.status, StatusCode::CREATED);
    let second = t.body["secret"].as_str().unwrap().to_owned();
    let id = t.body["token"]["id"].as_i64().unwrap();
    let list = app.get("/tokens", Some(&second)).await;
    assert_eq!(list.body["items"].as_array().unwrap().len(), 2);
    assert!(
        !list.body.to_string().contains(&second),
        "the secret is never shown again"
    );

    // Stored only as a hash.
    let db = Database::connect(&app.database_url).await.unwrap();
    let rows = api_token::Entity::find().all(&db).await.unwrap();
    assert!(
        rows.iter()
            .all(|r| r.token_hash != second && !r.token_hash.starts_with("nri_"))
    );

    // Revoked: refused from then on.
    assert_eq!(
        app.delete(&format!("/tokens/{id}"), Some(&a.token))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let r = app.get("/me", Some(&second)).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.content_type(), "application/problem+json");

    // Expired: refused.
    api_token::Entity::update_many()
        .col_expr(
            api_token::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::hours(1)),
        )
        .filter(api_token::Column::UserId.eq(a.id))
        .exec(&db)
        .await
        .unwrap();
    let r = app.get("/me", Some(&a.token)).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body["detail"].as_str().unwrap().contains("expired"));

    // Wrong password, unknown token, malformed header.
    let r = app
        .post(
            "/tokens",
            None,
            json!({ "email": "a@example.org", "password": "wrong password!" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.get("/me", Some("nri_nope")).await.status,
        StatusCode::UNAUTHORIZED
    );
    let r = app
        .client
        .get(app.url("/me"))
        .header("authorization", "Basic abc")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.get("/me", None).await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_user_cannot_revoke_another_users_token() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    let b = app.sign_up("b@example.org", "B").await;
    let mine = app.get("/tokens", Some(&a.token)).await;
    let id = mine.body["items"][0]["id"].as_i64().unwrap();
    assert_eq!(
        app.delete(&format!("/tokens/{id}"), Some(&b.token))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get("/me", Some(&a.token)).await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_bootstrap_token_is_the_igf_secretariat() {
    let app = spawn_app().await;
    let me = app.get("/me", Some(&app.igf)).await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.body["platform_role"], "igf_secretariat");
}

#[tokio::test]
async fn sign_up_is_rate_limited_and_emails_are_unique() {
    let app = spawn_app_with(|s| s.signup_burst = 2).await;
    let a = app.sign_up("a@example.org", "A").await;
    let dup = app
        .post("/users", None, json!({ "email": "A@Example.org", "name": "A again", "password": "another long password" }))
        .await;
    // The same answer as a new account's (it does not tell), and no second account.
    assert_eq!(dup.status, StatusCode::CREATED, "{:?}", dup.body);
    assert_eq!(dup.body["email"], "a@example.org");
    assert_eq!(
        app.post(
            "/tokens",
            None,
            json!({ "email": "a@example.org", "password": "another long password" })
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED,
        "e-mails compare case-insensitively: the second sign-up made nothing"
    );
    assert_eq!(app.get("/me", Some(&a.token)).await.body["name"], "A");
    let r = app
        .post(
            "/users",
            None,
            json!({ "email": "c@example.org", "name": "C", "password": "a long enough password" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.content_type(), "application/problem+json");
    let short = spawn_app().await;
    let r = short
        .post(
            "/users",
            None,
            json!({ "email": "d@example.org", "name": "D", "password": "short" }),
        )
        .await;
    assert_eq!(r.fields(), ["/password"]);
}

#[tokio::test]
async fn probes_metrics_and_request_ids() {
    let app = spawn_app().await;
    assert_eq!(app.get("/healthz", None).await.status, StatusCode::OK);
    let ready = app.get("/readyz", None).await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(ready.body["status"], "ready");
    let r = app
        .send(
            reqwest::Method::GET,
            "/initiatives",
            None,
            None,
            &[("x-request-id", "trace-me-42")],
        )
        .await;
    assert_eq!(r.headers["x-request-id"], "trace-me-42");
    let generated = app.get("/initiatives", None).await;
    assert!(!generated.headers["x-request-id"].is_empty());
    let metrics = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains(
            "nri_http_requests_total{method=\"GET\",operation=\"list_initiatives\",status=\"200\"}"
        ),
        "{metrics}"
    );
}
