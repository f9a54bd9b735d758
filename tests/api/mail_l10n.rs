//! Mail in the recipient's language: the account's preference (`PUT
//! /me/preferences`) chooses the words, the plural rules and the HTML's
//! `lang` and `dir`; an account without one is written to in English; an
//! invitation to an address without an account follows the inviter's
//! preference. Through a real SMTP server on loopback, read back by Python's
//! `email` parser.
use crate::helpers::{Account, TestApp, national};
use crate::mail::{app_with_smtp, ask_reset, settled};
use crate::smtp::{SmtpServer, parse_with_python};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn prefer(app: &TestApp, who: &Account, locale: &str) {
    let r = app
        .put(
            "/me/preferences",
            Some(&who.token),
            json!({ "locale": locale }),
        )
        .await;
    assert!(r.status.is_success(), "{:?}", r.body);
}

/// The one message received for `to`, parsed.
fn received_by(smtp: &SmtpServer, to: &str) -> Value {
    let got: Vec<_> = smtp
        .messages()
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t == to))
        .collect();
    assert_eq!(got.len(), 1, "one message to {to}: {got:?}");
    parse_with_python(got[0].data.as_bytes())
}

#[tokio::test]
async fn each_person_is_mailed_in_the_language_they_chose() {
    let smtp = SmtpServer::start(0).await;
    let app = app_with_smtp(&smtp).await;
    let ana = app.confirmed_account("ana@example.org", "Ana").await;
    let nadia = app.confirmed_account("nadia@example.org", "Nadia").await;
    app.confirmed_account("bob@example.org", "Bob").await;
    prefer(&app, &ana, "fr").await;
    prefer(&app, &nadia, "ar").await;
    for email in ["ana@example.org", "nadia@example.org", "bob@example.org"] {
        ask_reset(&app, email).await;
    }
    settled(&app).await;

    let fr = received_by(&smtp, "ana@example.org");
    assert_eq!(
        fr["subject"],
        "Réinitialiser votre mot de passe du registre des NRI"
    );
    let text = fr["text"].as_str().expect("a text part");
    assert!(text.starts_with("Bonjour Ana,"), "{text}");
    assert!(text.contains("une heure"), "the duration in French: {text}");
    assert!(
        fr["html"]
            .as_str()
            .unwrap()
            .contains(r#"<html lang="fr" dir="ltr">"#),
        "{}",
        fr["html"]
    );

    let ar = received_by(&smtp, "nadia@example.org");
    assert_eq!(ar["subject"], "إعادة تعيين كلمة مرور سجل مبادرات NRI");
    assert!(
        ar["html"]
            .as_str()
            .unwrap()
            .contains(r#"<html lang="ar" dir="rtl">"#),
        "{}",
        ar["html"]
    );

    let en = received_by(&smtp, "bob@example.org");
    assert_eq!(en["subject"], "Reset your NRI Registry password");
    assert!(
        en["html"]
            .as_str()
            .unwrap()
            .contains(r#"<html lang="en" dir="ltr">"#)
    );
}

#[tokio::test]
async fn an_invitation_follows_the_invitees_language_else_the_inviters() {
    let smtp = SmtpServer::start(0).await;
    let app = app_with_smtp(&smtp).await;
    let fp = app
        .confirmed_account("fp@moldova-igf.example.org", "Focal Point")
        .await;
    prefer(&app, &fp, "ru").await;
    app.register(&fp.token, national("moldova-igf", "Moldova IGF", "MD"))
        .await;
    let pt = app.confirmed_account("ines@example.org", "Inês").await;
    prefer(&app, &pt, "pt").await;
    for email in ["new@example.org", "ines@example.org"] {
        let r = app
            .post(
                "/initiatives/moldova-igf/invitations",
                Some(&fp.token),
                json!({ "email": email, "role": "editor" }),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    }
    settled(&app).await;
    let ru = received_by(&smtp, "new@example.org");
    assert_eq!(
        ru["subject"], "Вас приглашают в Moldova IGF в реестре NRI",
        "no account: the inviter's language"
    );
    let text = ru["text"].as_str().unwrap();
    assert!(
        text.contains("14 дней") && text.contains("«редактор»"),
        "{text}"
    );
    let pt = received_by(&smtp, "ines@example.org");
    assert_eq!(
        pt["subject"], "Você foi convidado(a) para Moldova IGF no Registro das NRI",
        "an account with a preference: its own language"
    );
}

#[tokio::test]
async fn signing_up_in_a_language_makes_it_the_accounts_and_the_first_mail_speaks_it() {
    let smtp = SmtpServer::start(0).await;
    let app = app_with_smtp(&smtp).await;
    // Through the pages, shown in Spanish by the browser's header.
    let mut b = crate::l10n::browser(&app, "es-AR,es;q=0.9");
    let p = b
        .submit(
            "/sign-up",
            "/sign-up",
            &[
                ("name", "Lucía"),
                ("email", "lucia@example.org"),
                ("password", "a long enough password"),
                ("password_again", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    // Through the API, with the language named; and without one.
    for (email, locale) in [
        ("joao@example.org", json!("pt")),
        ("sam@example.org", Value::Null),
    ] {
        let r = app
            .post(
                "/users",
                None,
                json!({ "email": email, "name": "Someone", "password": "a long enough password", "locale": locale }),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
    }
    settled(&app).await;
    let es = received_by(&smtp, "lucia@example.org");
    assert_eq!(
        es["subject"],
        "Confirme su dirección de correo para el Registro de las NRI"
    );
    let pt = received_by(&smtp, "joao@example.org");
    assert_ne!(
        pt["subject"],
        received_by(&smtp, "sam@example.org")["subject"],
        "Portuguese, not the English of an account without a language"
    );
    assert!(
        pt["html"]
            .as_str()
            .unwrap()
            .contains(r#"<html lang="pt" dir="ltr">"#),
        "{}",
        pt["html"]
    );
    // The language is the account's preference, shown and changeable as any.
    let token = app.signed_in("lucia@example.org").await.token;
    let me = app.get("/me", Some(&token)).await;
    assert_eq!(me.body["locale"], "es", "{:?}", me.body);
    // A language that is not shipped is refused by name, and nothing is created.
    let r = app
        .post(
            "/users",
            None,
            json!({ "email": "xx@example.org", "name": "X", "password": "a long enough password", "locale": "xx" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{:?}", r.body);
    assert!(r.body.to_string().contains("locale"), "{:?}", r.body);
}
