//! Notifications by e-mail, through the real worker and (where it matters) a
//! real SMTP server on loopback (`smtp.rs`): who is told of each step of the
//! report workflow and of a registration, once per event and recipient even
//! when the event is relayed twice; due-date reminders and at-risk notices
//! from the daily sweep, driven through `nri admin send-reminders --today`;
//! the choices of `/me/notifications`; and the one-click unsubscribe link of
//! a received message.
use crate::helpers::{Account, TestApp, eventually, national, spawn_app_with};
use crate::reports::complete_report;
use crate::smtp::{SmtpServer, link_in, parse_with_python};
use chrono::{Datelike, Duration, NaiveDate, Utc};
use entity::{job, mail_message, outbox_event};
use nri_api::config::{Secret, WorkerMode};
use reqwest::StatusCode;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

const PUBLIC: &str = "https://nri.example.test";

/// Two Moldovan initiatives (so the complete report fits), an IGF
/// Secretariat reviewer, and Chisinau IGF's focal point, editor and viewer.
struct World {
    app: TestApp,
    reviewer: Account,
    focal: Account,
    editor: Account,
    viewer: Account,
    /// Balti IGF's focal point: another initiative's person.
    other: Account,
}

/// A Moldovan initiative's registration body.
fn moldovan(slug: &str, name: &str) -> Value {
    let mut body = national(slug, name, "MD");
    body["working_languages"] = json!(["ro", "en"]);
    body
}

/// The world, its worker mailing through `smtp` (or into `.eml` files).
async fn world(smtp: Option<&SmtpServer>) -> World {
    let url = smtp.map(SmtpServer::url);
    let app = spawn_app_with(|s| {
        s.worker = WorkerMode::On;
        s.outbound.smtp_url = url.map(Secret::new);
        s.outbound.public_url = Some(PUBLIC.into());
    })
    .await;
    let reviewer = app
        .confirmed_account("reviewer@igf.example.org", "Rita Reviewer")
        .await;
    app.make_igf_secretariat(reviewer.id).await;
    let focal = app
        .confirmed_account("focal@chisinau-igf.example.org", "Fiona Focal")
        .await;
    app.register(&focal.token, moldovan("chisinau-igf", "Chisinau IGF"))
        .await;
    let editor = app
        .confirmed_account("editor@chisinau-igf.example.org", "Ed Editor")
        .await;
    let viewer = app
        .confirmed_account("viewer@chisinau-igf.example.org", "Vic Viewer")
        .await;
    for (who, role) in [(&editor, "editor"), (&viewer, "viewer")] {
        let r = app
            .grant("chisinau-igf", &focal.token, &who.email, role)
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    }
    let other = app
        .confirmed_account("focal@balti-igf.example.org", "Otto Other")
        .await;
    app.register(&other.token, moldovan("balti-igf", "Balti IGF"))
        .await;
    World {
        app,
        reviewer,
        focal,
        editor,
        viewer,
        other,
    }
}

/// Waits until every event is relayed and no job waits or runs: every
/// notification that will be sent has been.
async fn quiet(app: &TestApp) {
    eventually("the outbox and the queue to settle", || async {
        let unrelayed = outbox_event::Entity::find()
            .filter(outbox_event::Column::ProcessedAt.is_null())
            .count(&app.state.db.write)
            .await
            .ok()?;
        let busy = job::Entity::find()
            .filter(job::Column::Status.is_in(["queued", "running"]))
            .count(&app.state.db.write)
            .await
            .ok()?;
        (unrelayed == 0 && busy == 0).then_some(())
    })
    .await;
}

/// The messages `email` received over SMTP, as Python's parser reads them
/// (with the raw text under `raw`), in the order they arrived.
fn inbox(smtp: &SmtpServer, email: &str) -> Vec<Value> {
    smtp.messages()
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t == email))
        .map(|m| {
            let mut parsed = parse_with_python(m.data.as_bytes());
            parsed["raw"] = m.data.into();
            parsed
        })
        .collect()
}

fn subjects(messages: &[Value]) -> Vec<String> {
    messages
        .iter()
        .map(|m| m["subject"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// The stored messages of `kind` to `email` (whatever the transport), by
/// subject, oldest first.
async fn stored(app: &TestApp, kind: &str, email: &str) -> Vec<String> {
    mail_message::Entity::find()
        .filter(mail_message::Column::Kind.eq(kind))
        .filter(mail_message::Column::Recipient.eq(email))
        .order_by_asc(mail_message::Column::Id)
        .all(&app.state.db.write)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.subject)
        .collect()
}

/// The last completed cycle: a complete report for it can be submitted.
fn last_year() -> i32 {
    Utc::now().year() - 1
}

/// Saves Chisinau IGF's complete report for the last cycle as `token`,
/// submitting it unless `draft_only`; returns its path.
async fn file_report(app: &TestApp, slug: &str, token: &str, draft_only: bool) -> String {
    let path = format!("/initiatives/{slug}/reports/{}", last_year());
    let put = app
        .put(&path, Some(token), complete_report(last_year()))
        .await;
    assert!(put.status.is_success(), "{:?}", put.body);
    if !draft_only {
        submit(app, &path, token).await;
    }
    path
}

async fn submit(app: &TestApp, path: &str, token: &str) {
    let r = app
        .post(&format!("{path}/submit"), Some(token), json!({}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
}

async fn review(app: &TestApp, path: &str, body: Value) {
    let r = app
        .post(&format!("{path}/review"), Some(&app.igf), body)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
}

#[tokio::test]
async fn registrations_and_submissions_are_mailed_to_the_reviewers_only() {
    let smtp = SmtpServer::start(0).await;
    let w = world(Some(&smtp)).await;
    quiet(&w.app).await;
    let got = inbox(&smtp, &w.reviewer.email);
    assert_eq!(
        subjects(&got),
        [
            "New initiative registered: Chisinau IGF",
            "New initiative registered: Balti IGF"
        ]
    );
    assert_eq!(smtp.messages().len(), 2, "only the reviewer is told");
    let m = &got[0];
    assert_eq!(m["content_type"], "multipart/alternative");
    assert_eq!(m["defects"], json!([]));
    let text = m["text"].as_str().unwrap();
    assert!(text.contains("Hello Rita Reviewer,"), "{text}");
    let link = link_in(text, PUBLIC).expect("an absolute link");
    assert_eq!(link, format!("{PUBLIC}/review/initiatives/chisinau-igf"));
    assert!(
        m["html_unescaped"]
            .as_str()
            .unwrap()
            .contains(&format!("href=\"{link}\""))
    );
    let unsubscribe = m["list_unsubscribe"].as_str().expect("List-Unsubscribe");
    assert!(
        unsubscribe.starts_with(&format!("<{PUBLIC}/unsubscribe?token=")),
        "{unsubscribe}"
    );
    assert!(
        m["raw"]
            .as_str()
            .unwrap()
            .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "RFC 8058 one-click"
    );

    file_report(&w.app, "chisinau-igf", &w.editor.token, false).await;
    quiet(&w.app).await;
    let got = inbox(&smtp, &w.reviewer.email);
    let year = last_year();
    assert_eq!(
        subjects(&got[2..]),
        [format!(
            "Chisinau IGF submitted its {year} report for review"
        )]
    );
    assert_eq!(
        link_in(got[2]["text"].as_str().unwrap(), PUBLIC).as_deref(),
        Some(format!("{PUBLIC}/review/reports/chisinau-igf/{year}").as_str())
    );
    for member in [&w.focal, &w.editor, &w.viewer, &w.other] {
        assert!(inbox(&smtp, &member.email).is_empty(), "{}", member.email);
    }
}

#[tokio::test]
async fn a_return_mails_the_focal_point_and_editors_with_the_comment_once_even_when_relayed_twice()
{
    let smtp = SmtpServer::start(0).await;
    let w = world(Some(&smtp)).await;
    // An editor who signed up but has not confirmed the address yet.
    let unconfirmed = w
        .app
        .sign_up("new-editor@chisinau-igf.example.org", "Nia New")
        .await;
    let r = w
        .app
        .grant("chisinau-igf", &w.focal.token, &unconfirmed.email, "editor")
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    let path = file_report(&w.app, "chisinau-igf", &w.editor.token, false).await;
    let comment = "Please add the participation figures by gender & age.";
    review(
        &w.app,
        &path,
        json!({ "decision": "return", "comment": comment }),
    )
    .await;
    quiet(&w.app).await;
    let year = last_year();
    for member in [&w.focal, &w.editor] {
        let got = inbox(&smtp, &member.email);
        assert_eq!(
            subjects(&got),
            [format!("Your {year} report was returned for changes")],
            "{}",
            member.email
        );
        let text = got[0]["text"].as_str().unwrap();
        assert!(text.contains(comment), "{text}");
        assert!(
            got[0]["html_unescaped"].as_str().unwrap().contains(comment),
            "the comment in the HTML part"
        );
        assert_eq!(
            link_in(text, PUBLIC).as_deref(),
            Some(format!("{PUBLIC}/workspace/chisinau-igf/reports/{year}").as_str())
        );
    }
    assert!(inbox(&smtp, &w.viewer.email).is_empty(), "not a viewer");
    assert!(
        inbox(&smtp, &w.other.email).is_empty(),
        "not another initiative's people"
    );
    assert_eq!(
        subjects(&inbox(&smtp, &unconfirmed.email)),
        ["Confirm your e-mail address for the NRI Registry"],
        "an unconfirmed address gets its confirmation link and no notification"
    );
    let before = smtp.messages().len();

    // The worker runs every notification job again (as after a crash before
    // it recorded them), then relays every event again: nobody is mailed twice.
    let notify_jobs = || {
        job::Entity::find()
            .filter(job::Column::Kind.eq("notify"))
            .count(&w.app.state.db.write)
    };
    assert_eq!(
        notify_jobs().await.unwrap(),
        4,
        "two registrations, a submission, a return"
    );
    job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value("queued"))
        .col_expr(job::Column::RunAt, Expr::value(Utc::now()))
        .filter(job::Column::Kind.eq("notify"))
        .exec(&w.app.state.db.write)
        .await
        .unwrap();
    quiet(&w.app).await;
    outbox_event::Entity::update_many()
        .col_expr(
            outbox_event::Column::ProcessedAt,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .exec(&w.app.state.db.write)
        .await
        .unwrap();
    quiet(&w.app).await;
    assert_eq!(
        notify_jobs().await.unwrap(),
        8,
        "each event was relayed twice"
    );
    assert_eq!(
        smtp.messages().len(),
        before,
        "one message per event and recipient"
    );
}

#[tokio::test]
async fn a_kind_turned_off_is_not_mailed_and_the_others_still_arrive() {
    let smtp = SmtpServer::start(0).await;
    let w = world(Some(&smtp)).await;
    let mut choice = json!({
        "report_submitted": true, "report_returned": true, "report_accepted": false,
        "report_reopened": true, "report_due": true, "new_applicant": true, "at_risk": true
    });
    let r = w
        .app
        .put("/me/notifications", Some(&w.editor.token), choice.clone())
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(r.body, choice);
    let path = file_report(&w.app, "chisinau-igf", &w.focal.token, false).await;
    review(&w.app, &path, json!({ "decision": "accept" })).await;
    let reason = "The participation total does not add up.";
    let r = w
        .app
        .post(
            &format!("{path}/reopen"),
            Some(&w.app.igf),
            json!({ "reason": reason }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    quiet(&w.app).await;
    let year = last_year();
    assert_eq!(
        subjects(&inbox(&smtp, &w.focal.email)),
        [
            format!("Your {year} report was accepted"),
            format!("Your accepted {year} report was reopened")
        ]
    );
    let editor = inbox(&smtp, &w.editor.email);
    assert_eq!(
        subjects(&editor),
        [format!("Your accepted {year} report was reopened")],
        "the editor turned acceptances off, not reopenings"
    );
    assert!(editor[0]["text"].as_str().unwrap().contains(reason));

    // Turned back on, it arrives again.
    choice["report_accepted"] = json!(true);
    let r = w
        .app
        .put("/me/notifications", Some(&w.editor.token), choice)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    submit(&w.app, &path, &w.focal.token).await;
    review(&w.app, &path, json!({ "decision": "accept" })).await;
    quiet(&w.app).await;
    assert_eq!(
        subjects(&inbox(&smtp, &w.editor.email)).last().unwrap(),
        &format!("Your {year} report was accepted")
    );
}

#[tokio::test]
async fn the_unsubscribe_link_of_a_message_turns_its_kind_off_without_signing_in() {
    let smtp = SmtpServer::start(0).await;
    let w = world(Some(&smtp)).await;
    quiet(&w.app).await;
    let got = inbox(&smtp, &w.reviewer.email);
    let header = got[0]["list_unsubscribe"]
        .as_str()
        .expect("List-Unsubscribe");
    let link = header
        .trim_matches(['<', '>'])
        .replace(PUBLIC, &w.app.address);
    assert!(link.starts_with(&format!("{}/unsubscribe?token=", w.app.address)));

    // The link opens a page with a button; nothing changes until it is pressed.
    let page = w.app.client.get(&link).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Stop these e-mails") && html.contains("<form"),
        "{html}"
    );
    let mine = || w.app.get("/me/notifications", Some(&w.reviewer.token));
    assert_eq!(mine().await.body["new_applicant"], true);

    // A mail program's one-click POST (RFC 8058), with no session and no CSRF token.
    let done = w
        .app
        .client
        .post(&link)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), StatusCode::OK);
    let html = done.text().await.unwrap();
    assert!(
        html.contains("no longer receive e-mails when a new initiative registers"),
        "{html}"
    );
    let now = mine().await.body;
    assert_eq!(now["new_applicant"], false, "{now}");
    assert_eq!(now["report_submitted"], true, "only that kind: {now}");
    // Again: nothing more changes.
    let again = w.app.client.post(&link).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::OK);

    // The unsubscription is audited as the account.
    let audit = w
        .app
        .get(
            &format!("/audit?actor={}&limit=100", w.reviewer.id),
            Some(&w.app.igf),
        )
        .await;
    let records: Vec<&Value> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "user.unsubscribe")
        .collect();
    assert_eq!(records.len(), 1, "{:?}", audit.body);
    assert_eq!(records[0]["after"]["kind"], "new_applicant");

    // No more new applicants for the reviewer; submissions still arrive.
    let cahul = w
        .app
        .confirmed_account("focal@cahul-igf.example.org", "Cahul")
        .await;
    w.app
        .register(&cahul.token, moldovan("cahul-igf", "Cahul IGF"))
        .await;
    file_report(&w.app, "chisinau-igf", &w.focal.token, false).await;
    quiet(&w.app).await;
    let year = last_year();
    assert_eq!(
        subjects(&inbox(&smtp, &w.reviewer.email)[2..]),
        [format!(
            "Chisinau IGF submitted its {year} report for review"
        )]
    );

    // A forged token: a clear error, in the page and in the API.
    let forged = w
        .app
        .client
        .post(format!("{}/unsubscribe?token=forged-token", w.app.address))
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);
    assert!(
        forged
            .text()
            .await
            .unwrap()
            .contains("not one the registry sent")
    );
    let api = w
        .app
        .post(
            "/notifications/unsubscribe",
            None,
            json!({ "token": "forged-token" }),
        )
        .await;
    assert_eq!(api.status, StatusCode::BAD_REQUEST, "{:?}", api.body);
    assert_eq!(api.fields(), ["/token"]);
}

/// Runs `nri admin send-reminders --today DAY` on the app's database, then
/// waits for the worker to send what it queued.
async fn sweep(app: &TestApp, day: NaiveDate) {
    use clap::Parser;
    let day = day.to_string();
    let argv = [
        "nri",
        "admin",
        "--database-url",
        &app.database_url,
        "send-reminders",
        "--today",
        &day,
    ];
    nri_api::cli::run(nri_api::cli::Cli::parse_from(argv))
        .await
        .expect("nri admin send-reminders");
    quiet(app).await;
}

#[tokio::test]
async fn reminders_come_30_and_7_days_before_the_due_date_and_once_overdue() {
    let w = world(None).await;
    // Chisinau's report stays a draft; Balti's is submitted: no reminders.
    file_report(&w.app, "chisinau-igf", &w.editor.token, true).await;
    file_report(&w.app, "balti-igf", &w.other.token, false).await;
    quiet(&w.app).await;
    // The event ended on 2 October: due 90 days later.
    let due = NaiveDate::from_ymd_opt(last_year(), 10, 2).unwrap() + Duration::days(90);
    let year = last_year();
    let soon = format!("Reminder: the {year} report of Chisinau IGF is due on {due}");
    let late = format!("The {year} report of Chisinau IGF is overdue");
    let mut expected: Vec<String> = vec![];
    for (days_before, sends) in [
        (31, None),
        (30, Some(&soon)),
        (30, None),
        (29, None),
        (7, Some(&soon)),
        (6, None),
        (0, None),
        (-1, Some(&late)),
        (-2, None),
    ] {
        sweep(&w.app, due - Duration::days(days_before)).await;
        expected.extend(sends.cloned());
        for member in [&w.focal, &w.editor] {
            assert_eq!(
                stored(&w.app, "report_due", &member.email).await,
                expected,
                "{} after the sweep {days_before} days before",
                member.email
            );
        }
    }
    for nobody in [&w.viewer, &w.other, &w.reviewer] {
        assert_eq!(
            stored(&w.app, "report_due", &nobody.email).await,
            Vec::<String>::new(),
            "{}",
            nobody.email
        );
    }
}

#[tokio::test]
async fn an_initiative_at_risk_is_told_once_with_the_igf_secretariat() {
    let w = world(None).await;
    w.app.decide("balti-igf", "recognized").await;
    quiet(&w.app).await;
    let day = NaiveDate::from_ymd_opt(last_year() + 1, 6, 1).unwrap();
    for d in [day, day, day + Duration::days(1)] {
        sweep(&w.app, d).await;
    }
    let (a, b) = (last_year() - 1, last_year());
    let subject = format!("Balti IGF is at risk: no accepted report for {a} or {b}");
    for who in [&w.other, &w.reviewer] {
        assert_eq!(
            stored(&w.app, "at_risk", &who.email).await,
            vec![subject.clone()],
            "{}",
            who.email
        );
    }
    for nobody in [&w.focal, &w.editor] {
        assert!(stored(&w.app, "at_risk", &nobody.email).await.is_empty());
    }
}

#[tokio::test]
async fn notification_choices_are_the_signed_in_users_own_and_checked() {
    let w = world(None).await;
    let path = "/me/notifications";
    assert_eq!(w.app.get(path, None).await.status, StatusCode::UNAUTHORIZED);
    let all_on = json!({
        "report_submitted": true, "report_returned": true, "report_accepted": true,
        "report_reopened": true, "report_due": true, "new_applicant": true, "at_risk": true
    });
    assert_eq!(
        w.app.put(path, None, all_on.clone()).await.status,
        StatusCode::UNAUTHORIZED
    );
    let mine = w.app.get(path, Some(&w.viewer.token)).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(mine.body, all_on, "every kind is on by default");

    let mut unknown = all_on.clone();
    unknown["sms"] = json!(true);
    let r = w.app.put(path, Some(&w.viewer.token), unknown).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{:?}", r.body);
    assert_eq!(r.fields(), ["/sms"]);
    let r = w
        .app
        .put(path, Some(&w.viewer.token), json!({ "report_due": false }))
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "every kind is required");
    let mut wrong = all_on.clone();
    wrong["at_risk"] = json!("no");
    let r = w.app.put(path, Some(&w.viewer.token), wrong).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.fields(), ["/at_risk"]);

    let mut off = all_on.clone();
    off["report_due"] = json!(false);
    let r = w.app.put(path, Some(&w.viewer.token), off.clone()).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert_eq!(w.app.get(path, Some(&w.viewer.token)).await.body, off);
    // Another user's choices are their own.
    assert_eq!(w.app.get(path, Some(&w.editor.token)).await.body, all_on);
    let audit = w
        .app
        .get(
            &format!("/audit?actor={}&limit=100", w.viewer.id),
            Some(&w.app.igf),
        )
        .await;
    let record = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["action"] == "user.notifications")
        .cloned()
        .expect("the choice is audited");
    assert_eq!(record["before"]["report_due"], true);
    assert_eq!(record["after"]["report_due"], false);
    assert_eq!(record["target"], format!("user/{}", w.viewer.id));
}

#[tokio::test]
async fn the_account_page_form_turns_one_kind_off_with_its_csrf_token_only() {
    let app = spawn_app_with(|_| {}).await;
    let mut v = crate::pages::Visitor::new(&app);
    let password = "a long enough password";
    let signed_up = v
        .submit(
            "/sign-up",
            "/sign-up",
            &[
                ("name", "Pat"),
                ("email", "pat@example.org"),
                ("password", password),
                ("password_again", password),
            ],
        )
        .await;
    assert_eq!(
        signed_up.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_up.body
    );
    let page = v.get("/account").await;
    assert!(page.body.contains("E-mail notifications"), "{}", page.body);
    assert!(page.body.contains(r#"name="report_due" checked"#));

    // Every box ticked but one: that kind is off, the others stay on.
    let kinds = [
        "report_submitted",
        "report_returned",
        "report_accepted",
        "report_reopened",
        "new_applicant",
        "at_risk",
    ];
    let ticked: Vec<(&str, &str)> = kinds.iter().map(|k| (*k, "on")).collect();
    let saved = v
        .submit("/account", "/account/notifications", &ticked)
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert!(saved.body.contains("Your notification choices were saved."));
    assert!(saved.body.contains(r#"name="report_due">"#), "unticked now");
    let token = app
        .post(
            "/tokens",
            None,
            json!({ "email": "pat@example.org", "password": password }),
        )
        .await
        .body["secret"]
        .as_str()
        .expect("a token")
        .to_owned();
    let api = app.get("/me/notifications", Some(&token)).await.body;
    assert_eq!(api["report_due"], false, "{api}");
    assert_eq!(api["report_returned"], true, "{api}");

    // Without the form's CSRF token: refused, and nothing changes.
    let forged = app
        .client
        .post(app.page("/account/notifications"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("report_due=on")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.get("/me/notifications", Some(&token)).await.body["report_due"],
        false
    );
}

/// A link without its token is refused by name, never treated as an empty
/// token: the page says it needs the mailed link, a post says what is wrong.
#[tokio::test]
async fn the_unsubscribe_page_without_a_token_asks_for_the_link() {
    let app = crate::helpers::spawn_app().await;
    let page = app
        .client
        .get(app.page("/unsubscribe"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let body = page.text().await.unwrap();
    assert!(
        body.contains("This page needs the link from the message"),
        "{body}"
    );
    assert!(
        !body.contains("name=\"token\""),
        "no form without a token: {body}"
    );
    let posted = app
        .client
        .post(app.page("/unsubscribe"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("other=x")
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), StatusCode::BAD_REQUEST);
}
