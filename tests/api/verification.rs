//! E-mail verification: a sign-up's address confirmed by the link mailed to
//! it (through a real SMTP server on loopback), once; forged and expired
//! links refused; sign-up answering the same for an address that has an
//! account (whose owner is told instead); a password reset confirming the
//! address; operator accounts confirmed from the start; asking for a new
//! link; and which accounts the migration counts as confirmed.
use crate::demo::admin_command;
use crate::helpers::{PASSWORD, TestApp, spawn_app, spawn_app_with};
use crate::mail::{PUBLIC, app_with_smtp, ask_reset, audit_record, settled, sign_in};
use crate::pages::Visitor;
use crate::smtp::{SmtpServer, link_in, parse_with_python};
use chrono::{Duration, Utc};
use entity::{email_verification, user};
use nri_api::cli::run;
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::{Value, json};

const CONFIRM_SUBJECT: &str = "Confirm your e-mail address for the NRI Registry";
const EXISTS_SUBJECT: &str = "You already have an NRI Registry account";

/// The messages the server received for `to` with `subject`, read by Python.
fn received(smtp: &SmtpServer, to: &str, subject: &str) -> Vec<Value> {
    smtp.messages()
        .iter()
        .filter(|m| m.to == [to])
        .map(|m| parse_with_python(m.data.as_bytes()))
        .filter(|p| p["subject"] == subject)
        .collect()
}

/// The verification token of a message, from its absolute link.
fn verification_token(parsed: &Value) -> String {
    assert_eq!(parsed["defects"], json!([]));
    let text = parsed["text"].as_str().expect("a plain text part");
    let link = link_in(text, &format!("{PUBLIC}/verify-email?token="))
        .unwrap_or_else(|| panic!("no absolute verification link in {text}"));
    assert!(
        parsed["html_unescaped"]
            .as_str()
            .unwrap()
            .contains(&format!("href=\"{link}\"")),
        "the HTML part links to {link}"
    );
    link.rsplit_once("token=").expect("a token").1.to_owned()
}

async fn confirmed(app: &TestApp, token: &str) -> Value {
    let me = app.get("/me", Some(token)).await;
    assert_eq!(me.status, StatusCode::OK, "{:?}", me.body);
    me.body["email_confirmed"].clone()
}

async fn confirm(app: &TestApp, token: &str) -> crate::helpers::Reply {
    app.post(
        "/email-verifications/confirm",
        None,
        json!({ "token": token }),
    )
    .await
}

#[tokio::test]
async fn a_sign_up_is_confirmed_by_the_mailed_link_once() {
    let smtp = SmtpServer::start(0).await;
    let app = app_with_smtp(&smtp).await;
    let ada = app.sign_up("ada@example.org", "Ada Lovelace").await;
    // Signing in works before the address is confirmed.
    assert_eq!(confirmed(&app, &ada.token).await, json!(false));
    settled(&app).await;
    let got = received(&smtp, "ada@example.org", CONFIRM_SUBJECT);
    assert_eq!(got.len(), 1, "{:?}", smtp.messages());
    assert_eq!(got[0]["content_type"], "multipart/alternative");
    let token = verification_token(&got[0]);

    // Opening the link shows a button; only pressing it confirms (a mail
    // scanner that fetches the link uses nothing up).
    let mut browser = Visitor::new(&app);
    let path = format!("/verify-email?token={token}");
    let page = browser.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Confirm my address"), "{}", page.body);
    assert_eq!(confirmed(&app, &ada.token).await, json!(false));
    let done = browser
        .submit(&path, "/verify-email", &[("token", &token)])
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("Your e-mail address is confirmed"));
    assert_eq!(confirmed(&app, &ada.token).await, json!(true));
    let record = audit_record(&app, ada.id, "user.email_confirm").await;
    assert_eq!(record["target"], format!("user/{}", ada.id));
    assert!(
        !record.to_string().contains(&token),
        "no token in the audit"
    );

    // The link does not work twice, in the API or the page.
    let again = confirm(&app, &token).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{:?}", again.body);
    assert_eq!(again.fields(), ["/token"]);
    let page = browser
        .submit(&path, "/verify-email", &[("token", &token)])
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(
        page.body.contains("this link does not work"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn forged_and_expired_links_are_refused_clearly() {
    let app = spawn_app().await;
    let bo = app.sign_up("bo@example.org", "Bo").await;
    for token in ["forged-token-of-the-right-sort-of-length-00000", ""] {
        let r = confirm(&app, token).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{:?}", r.body);
        assert_eq!(r.content_type(), "application/problem+json");
        assert_eq!(r.fields(), ["/token"]);
    }
    // A link past its 48 hours, and one sent to an address the account no
    // longer has.
    let now = Utc::now();
    for (token, email, expires_at) in [
        (
            "an-expired-link-token",
            "bo@example.org",
            now - Duration::minutes(1),
        ),
        (
            "a-link-to-another-address",
            "old@example.org",
            now + Duration::hours(1),
        ),
    ] {
        email_verification::ActiveModel {
            user_id: Set(bo.id),
            email: Set(email.into()),
            token_hash: Set(nri_api::auth::hash_token(token)),
            created_at: Set(now - Duration::hours(48)),
            expires_at: Set(expires_at),
            ..Default::default()
        }
        .insert(&app.state.db.write)
        .await
        .unwrap();
        let r = confirm(&app, token).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{token}: {:?}", r.body);
        assert!(
            r.body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("ask for a new one"),
            "{:?}",
            r.body
        );
    }
    assert_eq!(confirmed(&app, &bo.token).await, json!(false));
}

#[tokio::test]
async fn sign_up_with_an_address_that_has_an_account_answers_the_same_and_tells_its_owner() {
    let smtp = SmtpServer::start(0).await;
    let app = app_with_smtp(&smtp).await;
    let sign_up = |email: &'static str, password: &'static str| {
        app.post(
            "/users",
            None,
            json!({ "email": email, "name": "Cy", "password": password }),
        )
    };
    let new = sign_up("cy@example.org", PASSWORD).await;
    let cy = sign_in(&app, "cy@example.org", PASSWORD).await;
    assert_eq!(cy, StatusCode::CREATED);
    // Twice with the address of that account (in another case, with
    // another password), and once with a fresh address: one answer.
    let taken = sign_up("Cy@Example.org", "another long password").await;
    let taken_again = sign_up("cy@example.org", "another long password").await;
    let fresh = sign_up("dy@example.org", PASSWORD).await;
    for r in [&new, &taken, &taken_again, &fresh] {
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
        assert_eq!(r.headers["location"], "/api/v1/me");
        let mut body = r.body.clone();
        body["email"] = json!("…");
        let mut first = new.body.clone();
        first["email"] = json!("…");
        assert_eq!(body, first, "the same body but for the address it echoes");
    }
    assert_eq!(taken.body, new.body);
    assert!(
        new.body.get("id").is_none(),
        "no account id: {:?}",
        new.body
    );

    // No second account: the first password still signs in, the second not.
    settled(&app).await;
    let accounts = user::Entity::find()
        .filter(user::Column::Email.eq("cy@example.org"))
        .all(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0].name, "Cy");
    assert_eq!(
        sign_in(&app, "cy@example.org", "another long password").await,
        StatusCode::UNAUTHORIZED
    );
    // The owner is told, once a day however many times it is tried, with
    // links to signing in and to a new password; no second verification.
    let told = received(&smtp, "cy@example.org", EXISTS_SUBJECT);
    assert_eq!(told.len(), 1, "{:?}", smtp.messages());
    let text = told[0]["text"].as_str().unwrap();
    assert!(text.contains(&format!("{PUBLIC}/sign-in")), "{text}");
    assert!(
        text.contains(&format!("{PUBLIC}/forgot-password")),
        "{text}"
    );
    assert_eq!(received(&smtp, "cy@example.org", CONFIRM_SUBJECT).len(), 1);
    assert_eq!(received(&smtp, "dy@example.org", CONFIRM_SUBJECT).len(), 1);
}

#[tokio::test]
async fn the_sign_up_page_sends_an_address_that_has_an_account_to_signing_in() {
    let app = spawn_app().await;
    let owner = app.sign_up("eve@example.org", "Eve").await;
    let mut browser = Visitor::new(&app);
    let form = |password: &'static str| {
        [
            ("name", "Someone"),
            ("email", "eve@example.org"),
            ("password", password),
            ("password_again", password),
        ]
    };
    let p = browser
        .submit("/sign-up", "/sign-up", &form("another long password"))
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    assert_eq!(p.location.as_deref(), Some("/sign-in?signed_up=1"));
    let page = browser.get("/sign-in?signed_up=1").await;
    assert!(
        page.body.contains("A message is on its way"),
        "{}",
        page.body
    );
    assert_eq!(app.get("/me", Some(&owner.token)).await.body["name"], "Eve");

    // The account page of an unconfirmed account offers a new link.
    let mut eve = Visitor::new(&app);
    let p = eve
        .submit(
            "/sign-in",
            "/sign-in",
            &[
                ("email", "eve@example.org"),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/account"), "{}", p.body);
    let account = eve.get("/account").await;
    assert!(
        account.body.contains("not confirmed yet"),
        "{}",
        account.body
    );
    let sent = eve
        .submit("/account", "/account/email-verification", &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(sent.location.as_deref(), Some("/account?verification=sent"));
    let job = app.get("/jobs?limit=100", Some(&app.igf)).await;
    let kinds: Vec<&Value> = job.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| &j["kind"])
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "email_verification").count(),
        2,
        "the sign-up's and the one asked for: {kinds:?}"
    );
    assert_eq!(kinds.iter().filter(|k| **k == "account_exists").count(), 1);
}

#[tokio::test]
async fn a_password_reset_confirms_the_address() {
    let smtp = SmtpServer::start(0).await;
    let app = app_with_smtp(&smtp).await;
    let fay = app.sign_up("fay@example.org", "Fay").await;
    ask_reset(&app, "fay@example.org").await;
    settled(&app).await;
    assert_eq!(confirmed(&app, &fay.token).await, json!(false));
    let reset = received(&smtp, "fay@example.org", "Reset your NRI Registry password");
    let text = reset[0]["text"].as_str().expect("a plain part");
    let link = link_in(text, &format!("{PUBLIC}/reset-password?token=")).expect("a link");
    let token = link.rsplit_once("token=").unwrap().1;
    let r = app
        .post(
            "/password-resets/confirm",
            None,
            json!({ "token": token, "password": "a brand new passphrase" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{:?}", r.body);
    let t = app
        .post(
            "/tokens",
            None,
            json!({ "email": "fay@example.org", "password": "a brand new passphrase" }),
        )
        .await;
    let token = t.body["secret"].as_str().expect("a token");
    assert_eq!(confirmed(&app, token).await, json!(true));
}

#[tokio::test]
async fn accounts_of_the_demo_the_command_line_and_the_bootstrap_are_confirmed() {
    let app = spawn_app().await;
    assert_eq!(confirmed(&app, &app.igf).await, json!(true), "bootstrap");
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();
    run(admin_command(
        &app.database_url,
        &["create-user", "--email", "op@example.org", "--name", "Op"],
    ))
    .await
    .unwrap();
    let mut emails: Vec<&str> = nri_api::demo::DEMO_ACCOUNTS.to_vec();
    emails.push("op@example.org");
    let rows = user::Entity::find()
        .filter(user::Column::Email.is_in(emails.clone()))
        .all(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(rows.len(), emails.len());
    for u in rows {
        assert!(u.email_confirmed_at.is_some(), "{} is confirmed", u.email);
    }
}

#[tokio::test]
async fn a_new_link_needs_sign_in_is_rate_limited_and_not_for_a_confirmed_address() {
    let app = spawn_app_with(|s| {
        s.password_reset_burst = 2;
        s.password_reset_refill_secs = 3600;
    })
    .await;
    let gus = app.sign_up("gus@example.org", "Gus").await;
    async fn ask(app: &TestApp, token: Option<&str>) -> crate::helpers::Reply {
        app.post("/me/email-verification", token, json!({})).await
    }
    let anonymous = ask(&app, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(anonymous.content_type(), "application/problem+json");
    for _ in 0..2 {
        let r = ask(&app, Some(&gus.token)).await;
        assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
        assert!(r.body["detail"].as_str().unwrap().contains("48 hours"));
    }
    let limited = ask(&app, Some(&gus.token)).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers.contains_key("retry-after"));
    audit_record(&app, gus.id, "user.email_verification_request").await;
    // Another account has its own allowance; a confirmed address needs no link.
    let confirmed = app.confirmed_account("hal@example.org", "Hal").await;
    let r = ask(&app, Some(&confirmed.token)).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{:?}", r.body);
    assert_eq!(r.body["type"], "/problems/email-confirmed");
}

/// The migration's rule for accounts made before verification existed:
/// plain sign-ups stay unconfirmed, everything else is confirmed.
#[tokio::test]
async fn accounts_older_than_verification_are_confirmed_unless_plain_sign_ups() {
    let app = spawn_app().await;
    let signed_up = app.sign_up("signed-up@example.org", "Signed up").await;
    run(admin_command(
        &app.database_url,
        &[
            "create-user",
            "--email",
            "made@example.org",
            "--name",
            "Made",
        ],
    ))
    .await
    .unwrap();
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();
    let promoted = app.sign_up("promoted@example.org", "Promoted").await;
    app.make_igf_secretariat(promoted.id).await;
    // As they were before the migration.
    app.state
        .db
        .write
        .execute_unprepared("UPDATE users SET email_confirmed_at = NULL")
        .await
        .unwrap();
    app.state
        .db
        .write
        .execute_unprepared(migration::CONFIRM_EXISTING_ACCOUNTS)
        .await
        .unwrap();
    let rows = user::Entity::find().all(&app.state.db.write).await.unwrap();
    let unconfirmed: Vec<&str> = rows
        .iter()
        .filter(|u| u.email_confirmed_at.is_none())
        .map(|u| u.email.as_str())
        .collect();
    assert_eq!(unconfirmed, ["signed-up@example.org"], "{rows:?}");
    assert_eq!(confirmed(&app, &signed_up.token).await, json!(false));
    assert!(
        rows.len() >= 8,
        "the demo's accounts, the operator's and the bootstrap"
    );
}
