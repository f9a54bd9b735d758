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
        pt["subject"], "Foi convidado(a) para Moldova IGF no Registo das NRI",
        "an account with a preference: its own language"
    );
}
