//! Mail and passwords: a reset requested, mailed through a real SMTP server
//! (`smtp.rs`, on loopback), followed from the message's link and used once;
//! retries while the server refuses; `.eml` files without SMTP, read by
//! Python's `email` parser; password change; `nri admin set-password`; and
//! the password rules.
use crate::helpers::{TestApp, eventually, national, spawn_app_with};
use crate::smtp::{SmtpServer, first_eml, link_in, parse_with_python};
use chrono::Utc;
use entity::{job, mail_message};
use nri_api::config::{Secret, WorkerMode};
use reqwest::StatusCode;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

const OLD: &str = "a long enough password";
const NEW: &str = "a brand new passphrase";
pub(crate) const PUBLIC: &str = "https://nri.example.test";

/// An app whose worker mails through `smtp`, with links from `PUBLIC`.
pub(crate) async fn app_with_smtp(smtp: &SmtpServer) -> TestApp {
    let url = smtp.url();
    spawn_app_with(|s| {
        s.worker = WorkerMode::On;
        s.outbound.smtp_url = Some(Secret::new(url));
        s.outbound.public_url = Some(PUBLIC.into());
    })
    .await
}

/// Signs in with e-mail and password; the status of `POST /tokens`.
pub(crate) async fn sign_in(app: &TestApp, email: &str, password: &str) -> StatusCode {
    app.post(
        "/tokens",
        None,
        json!({ "email": email, "password": password }),
    )
    .await
    .status
}

/// Asks for a reset link for `email`; asserts the one answer everyone gets.
pub(crate) async fn ask_reset(app: &TestApp, email: &str) -> Value {
    let r = app
        .post("/password-resets", None, json!({ "email": email }))
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{:?}", r.body);
    r.body
}

/// Waits until no job is queued or running: every reset asked for has been
/// handled and every message sent.
pub(crate) async fn settled(app: &TestApp) {
    eventually("the queue to settle", || async {
        let busy = job::Entity::find()
            .filter(job::Column::Status.is_in(["queued", "running"]))
            .all(&app.state.db.write)
            .await
            .ok()?;
        busy.is_empty().then_some(())
    })
    .await;
}

/// The audit record of `action` by user `actor`, as the IGF Secretariat reads it.
pub(crate) async fn audit_record(app: &TestApp, actor: i64, action: &str) -> Value {
    let audit = app
        .get(&format!("/audit?actor={actor}&limit=100"), Some(&app.igf))
        .await;
    audit.body["items"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["action"] == action)
        .cloned()
        .unwrap_or_else(|| panic!("no {action} record: {:?}", audit.body))
}

/// The reset token in a message's plain text, with the link it came in.
fn reset_link(parsed: &Value, base: &str) -> (String, String) {
    let text = parsed["text"].as_str().expect("a plain text part");
    let link = link_in(text, &format!("{base}/reset-password?token="))
        .unwrap_or_else(|| panic!("no absolute reset link from {base} in {text}"));
    let token = link.rsplit_once("token=").expect("a token").1.to_owned();
    (link, token)
}

#[tokio::test]
async fn a_reset_link_arrives_by_smtp_sets_the_password_once_and_ends_every_session() {
    let smtp = SmtpServer::start(0).await;
    let app = app_with_smtp(&smtp).await;
    let ada = app
        .confirmed_account("ada@example.org", "Ada Lovelace")
        .await;
    // A browser session besides the API token sign-up made.
    let session = app
        .post(
            "/tokens",
            None,
            json!({ "email": ada.email, "password": OLD, "name": "Browser session" }),
        )
        .await;
    let session = session.body["secret"]
        .as_str()
        .expect("a session")
        .to_owned();

    // The same answer for an account and for nobody; only the account is mailed.
    let known = ask_reset(&app, "Ada@Example.org").await;
    let unknown = ask_reset(&app, "nobody@example.org").await;
    assert_eq!(known, unknown);
    settled(&app).await;
    let got = smtp.messages();
    assert_eq!(got.len(), 1, "one message, to the account: {got:?}");
    assert_eq!(got[0].to, ["ada@example.org"]);
    assert_eq!(got[0].from, "registry@localhost");

    let parsed = parse_with_python(got[0].data.as_bytes());
    assert_eq!(parsed["subject"], "Reset your NRI Registry password");
    assert_eq!(parsed["content_type"], "multipart/alternative");
    assert_eq!(parsed["defects"], json!([]));
    assert!(parsed["to"].as_str().unwrap().contains("ada@example.org"));
    assert_eq!(
        parsed["list_unsubscribe"],
        Value::Null,
        "not a notification"
    );
    let (link, token) = reset_link(&parsed, PUBLIC);
    assert!(
        parsed["html_unescaped"]
            .as_str()
            .unwrap()
            .contains(&format!("href=\"{link}\"")),
        "the HTML part links to {link}"
    );
    // Once sent, the stored copy (which holds the token) is erased.
    let stored = mail_message::Entity::find()
        .all(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (stored[0].status.as_str(), stored[0].message.as_deref()),
        ("sent", None)
    );

    // A weak password is refused without using the token up.
    let weak = app
        .post(
            "/password-resets/confirm",
            None,
            json!({ "token": token, "password": "password123" }),
        )
        .await;
    assert_eq!(weak.status, StatusCode::BAD_REQUEST, "{:?}", weak.body);
    assert_eq!(weak.fields(), ["/password"]);

    // Two confirms at once: exactly one wins.
    let confirm = || {
        app.post(
            "/password-resets/confirm",
            None,
            json!({ "token": token, "password": NEW }),
        )
    };
    let (a, b) = tokio::join!(confirm(), confirm());
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::NO_CONTENT, StatusCode::BAD_REQUEST],
        "{a:?} {b:?}"
    );
    let loser = if a.status == StatusCode::BAD_REQUEST {
        a
    } else {
        b
    };
    assert_eq!(loser.fields(), ["/token"]);

    // The new password signs in, the old one does not; every old session and token is over.
    assert_eq!(sign_in(&app, &ada.email, NEW).await, StatusCode::CREATED);
    assert_eq!(
        sign_in(&app, &ada.email, OLD).await,
        StatusCode::UNAUTHORIZED
    );
    for old in [&ada.token, &session] {
        assert_eq!(
            app.get("/me", Some(old)).await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    // The link does not work twice.
    let again = confirm().await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert_eq!(again.fields(), ["/token"]);

    // The reset is audited without any secret (that it confirms the
    // address is in `verification`).
    let reset = audit_record(&app, ada.id, "user.password_reset").await;
    assert_eq!(reset["target"], format!("user/{}", ada.id));
    assert_eq!(reset["after"]["tokens_revoked"], 2);
    let shown = reset.to_string();
    assert!(!shown.contains(&token) && !shown.contains(NEW), "{shown}");
}

#[tokio::test]
async fn a_message_the_server_refuses_at_first_arrives_once_after_retries() {
    let smtp = SmtpServer::start(2).await;
    let app = app_with_smtp(&smtp).await;
    app.confirmed_account("bea@example.org", "Bea").await;
    ask_reset(&app, "bea@example.org").await;
    // Drive the back-off without waiting for it: each retry is made due now.
    let got = eventually("the message after two refusals", || async {
        job::Entity::update_many()
            .col_expr(job::Column::RunAt, Expr::value(Utc::now()))
            .filter(job::Column::Kind.eq("mail"))
            .filter(job::Column::Status.eq("queued"))
            .exec(&app.state.db.write)
            .await
            .ok()?;
        let got = smtp.messages();
        (!got.is_empty()).then_some(got)
    })
    .await;
    settled(&app).await;
    assert_eq!(smtp.messages().len(), 1, "sent once: {got:?}");
    assert_eq!(smtp.attempts(), 3, "two refusals, then the message");
    let mail_job = job::Entity::find()
        .filter(job::Column::Kind.eq("mail"))
        .all(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(mail_job.len(), 1);
    assert_eq!(
        (mail_job[0].status.as_str(), mail_job[0].attempts),
        ("done", 3)
    );
    // The same bytes on every attempt: the message id of the stored message.
    let parsed = parse_with_python(got[0].data.as_bytes());
    assert!(
        parsed["message_id"]
            .as_str()
            .unwrap()
            .ends_with("@localhost>")
    );
}

#[tokio::test]
async fn a_message_that_keeps_failing_is_listed_with_the_failed_jobs() {
    let smtp = SmtpServer::start(usize::MAX).await;
    let app = app_with_smtp(&smtp).await;
    app.confirmed_account("cy@example.org", "Cy").await;
    ask_reset(&app, "cy@example.org").await;
    let failed = eventually("the mail job to fail for good", || async {
        // One attempt left at most, made due now.
        job::Entity::update_many()
            .col_expr(job::Column::MaxAttempts, Expr::value(1))
            .col_expr(job::Column::RunAt, Expr::value(Utc::now()))
            .filter(job::Column::Kind.eq("mail"))
            .filter(job::Column::Status.eq("queued"))
            .exec(&app.state.db.write)
            .await
            .ok()?;
        let r = app.get("/jobs?status=failed", Some(&app.igf)).await;
        let items = r.body["items"].as_array()?.clone();
        (!items.is_empty()).then_some(items)
    })
    .await;
    assert_eq!(failed[0]["kind"], "mail");
    assert!(
        failed[0]["last_error"].as_str().unwrap().contains("451"),
        "{failed:?}"
    );
    assert!(smtp.messages().is_empty());
}

#[tokio::test]
async fn without_smtp_messages_are_eml_files_that_python_reads() {
    let dir = tempfile::tempdir().unwrap();
    let mail_dir = dir.path().join("mail");
    let app = spawn_app_with(|s| {
        s.worker = WorkerMode::On;
        s.outbound.mail_dir = mail_dir.clone();
    })
    .await;
    app.confirmed_account("dee@example.org", "Dee").await;
    ask_reset(&app, "dee@example.org").await;
    let file = eventually("an .eml file", || async { first_eml(&mail_dir) }).await;
    let parsed = parse_with_python(&std::fs::read(&file).unwrap());
    assert_eq!(parsed["subject"], "Reset your NRI Registry password");
    assert_eq!(parsed["defects"], json!([]));
    assert!(parsed["to"].as_str().unwrap().contains("dee@example.org"));
    // Links are absolute from the public URL, by default the bound address.
    let (link, _) = reset_link(&parsed, &app.address);
    let page = app.client.get(&link).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("Choose a new password"));
    settled(&app).await;
    let files = std::fs::read_dir(&mail_dir).unwrap().count();
    assert_eq!(files, 1, "one file, no partial ones left");
}

#[tokio::test]
async fn a_password_is_changed_only_with_the_current_one() {
    let app = spawn_app_with(|_| {}).await;
    let eve = app.sign_up("eve@example.org", "Eve").await;
    let session = app
        .post(
            "/tokens",
            None,
            json!({ "email": eve.email, "password": OLD, "name": "Browser session" }),
        )
        .await;
    let session = session.body["secret"].as_str().unwrap().to_owned();
    let change = |current: &str, new: &str| {
        app.post(
            "/me/password",
            Some(&eve.token),
            json!({ "current_password": current, "new_password": new }),
        )
    };
    let wrong = change("not the password", NEW).await;
    assert!(wrong.status.is_client_error(), "{:?}", wrong.body);
    assert_eq!(wrong.fields(), ["/current_password"]);
    let weak = change(OLD, "qwertyuiop").await;
    assert_eq!(weak.status, StatusCode::BAD_REQUEST);
    assert_eq!(weak.fields(), ["/new_password"]);
    assert!(
        weak.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("most common")
    );
    assert_eq!(
        app.post(
            "/me/password",
            None,
            json!({ "current_password": OLD, "new_password": NEW })
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(change(OLD, NEW).await.status, StatusCode::NO_CONTENT);
    assert_eq!(sign_in(&app, &eve.email, NEW).await, StatusCode::CREATED);
    assert_eq!(
        sign_in(&app, &eve.email, OLD).await,
        StatusCode::UNAUTHORIZED
    );
    // The caller's own token goes on; the other browser session ends.
    assert_eq!(
        app.get("/me", Some(&eve.token)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.get("/me", Some(&session)).await.status,
        StatusCode::UNAUTHORIZED
    );
    let changed = audit_record(&app, eve.id, "user.password_change").await;
    assert_eq!(changed["after"]["sessions_revoked"], 1);
    assert!(!changed.to_string().contains(NEW));
}

#[tokio::test]
async fn weak_passwords_are_refused_at_sign_up_naming_the_field() {
    let app = spawn_app_with(|_| {}).await;
    for (password, says) in [
        ("short", "at least 10"),
        ("Password123", "most common"),
        ("1234567890", "most common"),
        ("xxxxxxxxxxxx", "repeated"),
    ] {
        let r = app
            .post(
                "/users",
                None,
                json!({ "email": "f@example.org", "name": "F", "password": password }),
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{password}");
        assert_eq!(r.fields(), ["/password"], "{password}");
        assert!(
            r.body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains(says),
            "{password}: {:?}",
            r.body
        );
    }
}

/// Runs `nri admin set-password` against the app's database.
async fn set_password(app: &TestApp, email: &str, password: Option<&str>) -> std::process::Output {
    let mut cmd = crate::helpers::nri_command();
    cmd.args(["admin", "set-password", "--email", email])
        .env("NRI_DATABASE_URL", &app.database_url)
        .env_remove("NRI_PASSWORD")
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::null());
    if let Some(p) = password {
        cmd.env("NRI_PASSWORD", p);
    }
    cmd.output().await.expect("run nri admin set-password")
}

#[tokio::test]
async fn an_operator_sets_a_password_from_the_command_line() {
    let app = spawn_app_with(|_| {}).await;
    let gus = app.sign_up("gus@example.org", "Gus").await;
    let out = set_password(&app, "gus@example.org", Some(NEW)).await;
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("password of gus@example.org set"));
    assert_eq!(sign_in(&app, &gus.email, NEW).await, StatusCode::CREATED);
    assert_eq!(
        sign_in(&app, &gus.email, OLD).await,
        StatusCode::UNAUTHORIZED
    );
    // No password given and no terminal to ask on: an error, nothing changed.
    let out = set_password(&app, "gus@example.org", None).await;
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("NRI_PASSWORD"),
        "{out:?}"
    );
    // The rules hold here too.
    let out = set_password(&app, "gus@example.org", Some("password123")).await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("most common"));
    let out = set_password(&app, "nobody@example.org", Some(NEW)).await;
    assert!(!out.status.success());
    assert_eq!(sign_in(&app, &gus.email, NEW).await, StatusCode::CREATED);
    let audit = app.get("/audit?limit=100", Some(&app.igf)).await;
    let set: Vec<&Value> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "user.password_set")
        .collect();
    assert_eq!(set.len(), 1, "{:?}", audit.body);
    assert_eq!(set[0]["target"], format!("user/{}", gus.id));
    assert!(!set[0].to_string().contains(NEW));
}

#[tokio::test]
async fn reset_requests_are_rate_limited_per_address_and_per_email() {
    let app = spawn_app_with(|s| {
        s.password_reset_burst = 2;
        s.password_reset_refill_secs = 3600;
    })
    .await;
    ask_reset(&app, "h1@example.org").await;
    ask_reset(&app, "h1@example.org").await;
    let r = app
        .post(
            "/password-resets",
            None,
            json!({ "email": "h1@example.org" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{:?}", r.body);
    assert!(r.headers.contains_key("retry-after"));
    let bad = app
        .post(
            "/password-resets",
            None,
            json!({ "email": "not an address" }),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.fields(), ["/email"]);
}

/// The invitation link in a message: `{base}/invitations/{token}`, and the token.
fn invitation_link(raw: &[u8], base: &str) -> (String, String) {
    let parsed = parse_with_python(raw);
    assert_eq!(parsed["defects"], json!([]));
    let text = parsed["text"].as_str().expect("a plain text part");
    let link = link_in(text, &format!("{base}/invitations/"))
        .unwrap_or_else(|| panic!("no absolute invitation link from {base} in {text}"));
    let token = link.rsplit_once('/').expect("a token").1.to_owned();
    (link, token)
}

#[tokio::test]
async fn an_invitation_is_mailed_then_accepted_once_by_a_new_account_and_audited() {
    let smtp = SmtpServer::start(0).await;
    let app = app_with_smtp(&smtp).await;
    let fp = app
        .confirmed_account("fp@liberia-igf.example.org", "Focal Point")
        .await;
    app.register(&fp.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    let invite = |email: &'static str| {
        app.post(
            "/initiatives/liberia-igf/invitations",
            Some(&fp.token),
            json!({ "email": email, "role": "editor" }),
        )
    };
    let r = invite("New.Editor@example.org").await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    assert_eq!(
        (r.body["email"].as_str(), r.body["status"].as_str()),
        (Some("new.editor@example.org"), Some("pending"))
    );
    let again = invite("new.editor@example.org").await;
    assert_eq!(
        again.status,
        StatusCode::CONFLICT,
        "one pending invitation per address"
    );
    let listed = app
        .get("/initiatives/liberia-igf/invitations", Some(&fp.token))
        .await;
    assert_eq!(listed.body["items"].as_array().unwrap().len(), 1);

    settled(&app).await;
    let got = smtp.messages();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].to, ["new.editor@example.org"]);
    let (_, token) = invitation_link(got[0].data.as_bytes(), PUBLIC);
    // The page the link opens (served here, whatever the public address).
    let page = app
        .client
        .get(app.page(&format!("/invitations/{token}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("Liberia IGF") && html.contains("create an account"));

    // A new account accepts: the role is there, and audited.
    let newbie = app.sign_up("new.editor@example.org", "New Editor").await;
    let accept_path = format!("/invitations/{token}/accept");
    let accept = |who: &'static str| app.post(&accept_path, Some(who), json!({}));
    let ok = app.post(&accept_path, Some(&newbie.token), json!({})).await;
    assert_eq!(ok.status, StatusCode::OK, "{:?}", ok.body);
    assert_eq!(ok.body["role"], "editor");
    let me = app.get("/me", Some(&newbie.token)).await;
    assert_eq!(
        me.body["roles"],
        json!([{ "initiative": "liberia-igf", "initiative_name": "Liberia IGF", "role": "editor" }])
    );
    let actions: Vec<String> = app
        .audit_of("liberia-igf")
        .await
        .iter()
        .map(|r| r["action"].as_str().unwrap_or_default().to_owned())
        .collect();
    for a in ["invitation.create", "invitation.accept"] {
        assert!(actions.iter().any(|x| x == a), "{a} in {actions:?}");
    }
    let audit = app.audit_of("liberia-igf").await.to_vec();
    assert!(
        !Value::Array(audit).to_string().contains(&token),
        "no token in the audit"
    );

    // The link works once.
    let other = app
        .sign_up("someone.else@example.org", "Someone Else")
        .await;
    assert_eq!(
        app.post(&accept_path, Some(&other.token), json!({}))
            .await
            .status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        app.get("/me", Some(&other.token)).await.body["roles"],
        json!([])
    );
    assert_eq!(accept("not-a-token").await.status, StatusCode::UNAUTHORIZED);
    let listed = app
        .get("/initiatives/liberia-igf/invitations", Some(&fp.token))
        .await;
    assert_eq!(listed.body["items"], json!([]));
}

#[tokio::test]
async fn only_the_focal_point_or_the_igf_secretariat_invites_and_a_revoked_invitation_is_refused() {
    // No worker: the stored message keeps its link for the test to read.
    let app = spawn_app_with(|_| {}).await;
    let fp = app
        .sign_up("fp@liberia-igf.example.org", "Focal Point")
        .await;
    app.register(&fp.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    let editor = app
        .sign_up("editor@liberia-igf.example.org", "Editor")
        .await;
    app.grant("liberia-igf", &fp.token, &editor.email, "editor")
        .await;
    let ghana = app.sign_up("fp@ghana-igf.example.org", "Ghana FP").await;
    app.register(&ghana.token, national("ghana-igf", "Ghana IGF", "GH"))
        .await;
    let path = "/initiatives/liberia-igf/invitations";
    let body = json!({ "email": "x@example.org", "role": "viewer" });
    for (who, expected) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some(&editor.token), StatusCode::FORBIDDEN),
        (Some(&ghana.token), StatusCode::NOT_FOUND),
    ] {
        let r = app.post(path, who.map(String::as_str), body.clone()).await;
        assert_eq!(r.status, expected, "{who:?}: {:?}", r.body);
        let l = app.get(path, who.map(String::as_str)).await;
        assert_eq!(l.status, expected, "listing, {who:?}");
    }
    let bad = app
        .post(
            path,
            Some(&fp.token),
            json!({ "email": "x@example.org", "role": "owner" }),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{:?}", bad.body);
    // The IGF Secretariat may invite a focal point.
    let r = app
        .post(
            path,
            Some(&app.igf),
            json!({ "email": "first.fp@example.org", "role": "focal_point" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);

    let r = app.post(path, Some(&fp.token), body).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let id = r.body["id"].as_i64().unwrap();
    let revoke = format!("{path}/{id}");
    assert_eq!(
        app.delete(&revoke, Some(&editor.token)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.delete(&revoke, Some(&fp.token)).await.status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.delete(&revoke, Some(&fp.token)).await.status,
        StatusCode::NOT_FOUND
    );
    let stored = mail_message::Entity::find()
        .filter(mail_message::Column::Recipient.eq("x@example.org"))
        .one(&app.state.db.write)
        .await
        .unwrap()
        .expect("the invitation's message");
    let (link, token) = invitation_link(stored.message.unwrap().as_bytes(), &app.address);
    assert!(link.starts_with(&app.address));
    let x = app.sign_up("x@example.org", "X").await;
    let r = app
        .post(
            &format!("/invitations/{token}/accept"),
            Some(&x.token),
            json!({}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{:?}", r.body);
    assert!(r.body["detail"].as_str().unwrap().contains("revoked"));
    assert_eq!(
        app.get("/me", Some(&x.token)).await.body["roles"],
        json!([])
    );
    let actions: Vec<String> = app
        .audit_of("liberia-igf")
        .await
        .iter()
        .map(|r| r["action"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(
        actions.iter().any(|a| a == "invitation.revoke"),
        "{actions:?}"
    );
}
