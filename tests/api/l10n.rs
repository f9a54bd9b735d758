//! The pages in the reader's language: `Accept-Language`, the language
//! switcher (a cookie), a signed-in user's preference (`PUT /me/preferences`
//! or the account page), right-to-left Arabic, and English for anything else.
//! The message files themselves are checked by the unit tests beside
//! `api/src/web/l10n.rs` and `templates.rs`.
use crate::helpers::{TestApp, spawn_app};
use crate::pages::Visitor;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, HeaderMap, HeaderValue};
use serde_json::json;

/// A browser that asks for `accept_language` on every request and does not
/// follow redirects.
pub(crate) fn browser<'a>(app: &'a TestApp, accept_language: &str) -> Visitor<'a> {
    let mut headers = HeaderMap::new();
    headers.insert(
        ACCEPT_LANGUAGE,
        HeaderValue::from_str(accept_language).expect("a header value"),
    );
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .expect("client");
    Visitor::with_client(app, client)
}

/// The `<html …>` start tag of a page.
fn html_tag(body: &str) -> &str {
    let start = body.find("<html").expect("an <html> element");
    let end = body[start..].find('>').expect("a closed tag") + start;
    &body[start..=end]
}

#[tokio::test]
async fn accept_language_chooses_the_language_and_anything_unknown_reads_english() {
    let app = spawn_app().await;
    let cases = [
        ("fr", r#"<html lang="fr" dir="ltr">"#, "Annuaire"),
        (
            "de;q=1, pt-BR;q=0.8, en;q=0.5",
            r#"<html lang="pt" dir="ltr">"#,
            "Diretório",
        ),
        ("ar", r#"<html lang="ar" dir="rtl">"#, "الدليل"),
        ("zh-Hans-CN", r#"<html lang="zh" dir="ltr">"#, "名录"),
        (
            "ru;q=0, es;q=0.3",
            r#"<html lang="es" dir="ltr">"#,
            "Directorio",
        ),
        ("de, ja", r#"<html lang="en" dir="ltr">"#, "Directory"),
        ("*", r#"<html lang="en" dir="ltr">"#, "Directory"),
    ];
    let mut wrong = Vec::new();
    for (header, tag, word) in cases {
        let page = browser(&app, header).get("/").await;
        if page.status != StatusCode::OK
            || html_tag(&page.body) != tag
            || !page.body.contains(&format!(">{word}</a>"))
        {
            wrong.push(format!(
                "{header}: {} {} (wanted {tag} and {word})",
                page.status,
                html_tag(&page.body)
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // Without the header: English, and every page offers the switcher.
    let page = Visitor::new(&app).get("/initiatives").await;
    assert_eq!(html_tag(&page.body), r#"<html lang="en" dir="ltr">"#);
    assert!(
        page.body
            .contains(r#"href="/language/ar?next=&#x2f;initiatives""#),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(r#"lang="fr" hreflang="fr">Français</a>"#)
    );
    // The API does not follow: its problems stay English.
    let problem = reqwest::Client::new()
        .get(app.url("/initiatives/no-such-initiative"))
        .header(ACCEPT_LANGUAGE, "fr")
        .send()
        .await
        .expect("the API answers");
    assert_eq!(problem.status(), StatusCode::NOT_FOUND);
    let body: serde_json::Value = problem.json().await.expect("a problem document");
    assert!(
        body["type"].is_string() && !body.to_string().contains("Introuvable"),
        "{body}"
    );
}

#[tokio::test]
async fn the_switcher_overrides_the_header_until_it_is_cleared() {
    let app = spawn_app().await;
    let mut b = browser(&app, "fr");
    assert!(html_tag(&b.get("/dashboards").await.body).contains(r#"lang="fr""#));
    let chosen = b.get("/language/es?next=%2Fdashboards").await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    assert_eq!(chosen.location.as_deref(), Some("/dashboards"));
    assert_eq!(b.cookies.get("lang").map(String::as_str), Some("es"));
    let page = b.get("/dashboards").await;
    assert_eq!(html_tag(&page.body), r#"<html lang="es" dir="ltr">"#);
    assert!(page.body.contains("<h1>Paneles</h1>"), "{}", page.body);
    // Arabic through the switcher: right to left.
    b.get("/language/ar?next=%2F").await;
    assert_eq!(
        html_tag(&b.get("/").await.body),
        r#"<html lang="ar" dir="rtl">"#
    );
    // An unknown language forgets the choice; a foreign `next` stays here.
    let unknown = b.get("/language/xx?next=https%3A%2F%2Fevil.example").await;
    assert_eq!(unknown.status, StatusCode::SEE_OTHER);
    assert_eq!(unknown.location.as_deref(), Some("/"));
    assert!(!b.cookies.contains_key("lang"));
    assert!(html_tag(&b.get("/").await.body).contains(r#"lang="fr""#));
}

/// Signs up through the pages (and so is signed in).
async fn sign_up(v: &mut Visitor<'_>, email: &str) {
    let p = v
        .submit(
            "/sign-up",
            "/sign-up",
            &[
                ("name", "A Reader"),
                ("email", email),
                ("password", "a long enough password"),
                ("password_again", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
}

#[tokio::test]
async fn a_signed_in_users_preference_wins_over_the_header_and_the_switcher_over_it() {
    let app = spawn_app().await;
    let mut b = browser(&app, "fr");
    sign_up(&mut b, "reader@example.org").await;
    assert!(html_tag(&b.get("/account").await.body).contains(r#"lang="fr""#));
    let saved = b
        .submit("/account", "/account/language", &[("locale", "ru")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location.as_deref(), Some("/account?language=1"));
    let page = b.get("/account?language=1").await;
    assert_eq!(html_tag(&page.body), r#"<html lang="ru" dir="ltr">"#);
    assert!(page.body.contains("Язык сохранён."), "{}", page.body);
    assert!(
        page.body
            .contains(r#"<option value="ru" lang="ru" selected>"#)
    );
    // The switcher still overrides the preference; saving forgets it again.
    b.get("/language/pt?next=%2F").await;
    assert!(html_tag(&b.get("/").await.body).contains(r#"lang="pt""#));
    b.submit("/account", "/account/language", &[("locale", "ar")])
        .await;
    assert!(!b.cookies.contains_key("lang"));
    assert!(html_tag(&b.get("/").await.body).contains(r#"lang="ar" dir="rtl""#));
    // Back to following the browser.
    b.submit("/account", "/account/language", &[("locale", "")])
        .await;
    assert!(html_tag(&b.get("/").await.body).contains(r#"lang="fr""#));
}

#[tokio::test]
async fn preferences_are_each_users_own_validated_and_audited() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    let other = app.sign_up("b@example.org", "B").await;
    assert_eq!(
        app.put("/me/preferences", None, json!({ "locale": "fr" }))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    let bad = app
        .put("/me/preferences", Some(&a.token), json!({ "locale": "xx" }))
        .await;
    assert!(bad.status.is_client_error(), "{:?}", bad.body);
    assert_eq!(bad.fields(), vec!["/locale".to_owned()], "{:?}", bad.body);
    let unknown = app
        .put("/me/preferences", Some(&a.token), json!({ "lang": "fr" }))
        .await;
    assert!(unknown.status.is_client_error(), "{:?}", unknown.body);

    let set = app
        .put("/me/preferences", Some(&a.token), json!({ "locale": "zh" }))
        .await;
    assert_eq!(set.status, StatusCode::OK, "{:?}", set.body);
    assert_eq!(set.body, json!({ "locale": "zh" }));
    assert_eq!(app.get("/me", Some(&a.token)).await.body["locale"], "zh");
    // Another user's preference is theirs alone.
    app.put(
        "/me/preferences",
        Some(&other.token),
        json!({ "locale": "es" }),
    )
    .await;
    assert_eq!(
        app.get("/me/preferences", Some(&a.token)).await.body,
        json!({ "locale": "zh" })
    );
    assert_eq!(
        app.get("/me", Some(&other.token)).await.body["locale"],
        "es"
    );
    let cleared = app
        .put("/me/preferences", Some(&a.token), json!({ "locale": null }))
        .await;
    assert_eq!(cleared.body, json!({ "locale": null }));
    assert_eq!(
        app.get("/me", Some(&a.token)).await.body["locale"],
        json!(null)
    );

    let audit = app.get("/audit?actor=a@example.org", Some(&app.igf)).await;
    let changes: Vec<_> = audit.body["items"]
        .as_array()
        .expect("audit items")
        .iter()
        .filter(|r| r["action"] == "user.preferences")
        .map(|r| (r["before"]["locale"].clone(), r["after"]["locale"].clone()))
        .collect();
    assert_eq!(changes.len(), 2, "one record per change: {:?}", audit.body);
    assert!(changes.contains(&(json!(null), json!("zh"))), "{changes:?}");
    assert!(changes.contains(&(json!("zh"), json!(null))), "{changes:?}");
}

#[tokio::test]
async fn the_recognition_evidence_reads_in_the_readers_language() {
    let app = spawn_app().await;
    let mut b = browser(&app, "fr");
    sign_up(&mut b, "fp@example.org").await;
    let p = b
        .submit(
            "/register",
            "/register",
            &[
                ("i.name", "Forum du Bénin"),
                ("i.slug", "benin-igf"),
                ("i.kind", "national"),
                ("i.country", "BJ"),
                ("i.working_languages", "fr"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    // The API keeps its English sentence and adds the code and its facts.
    let fp = app.signed_in("fp@example.org").await.token;
    let r = app
        .get("/initiatives/benin-igf/recognition", Some(&fp))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let website = &r.body["criteria"][2];
    assert_eq!(website["evidence"], "no website on the profile");
    assert_eq!(website["evidence_code"], "website-none");
    assert_eq!(website["evidence_args"], json!({}));
    assert_eq!(
        r.body["at_risk_evidence"]["evidence_code"],
        "at-risk-not-recognised"
    );
    // The workspace shows the same in French.
    let page = b.get("/workspace/benin-igf").await;
    assert_eq!(page.status, StatusCode::OK);
    for french in [
        "aucun site web dans le profil",
        "aucun membre du comité avec un mandat en cours",
    ] {
        assert!(page.body.contains(french), "the workspace lacks {french:?}");
    }
    assert!(
        !page.body.contains("no website on the profile"),
        "English evidence on a French page"
    );
}

#[tokio::test]
async fn a_dashboard_heading_joins_scope_and_year_with_the_languages_punctuation() {
    let app = spawn_app().await;
    for (lang, heading) in [
        ("en", ", 2024</h1>"),
        ("ar", "، 2024</h1>"),
        ("zh", "（2024 年）</h1>"),
    ] {
        let page = browser(&app, lang).get("/dashboards/global/2024").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains(heading),
            "{lang}: no {heading:?} in {}",
            page.body
        );
    }
}

/// A refusal from the API shown on a page reads in the page's language: its
/// problem type's message. An English page keeps the API's own detail,
/// which names what was refused.
#[tokio::test]
async fn a_refusal_on_a_page_reads_in_the_pages_language() {
    let app = spawn_app().await;
    for (lang, wanted) in [
        (
            "fr",
            "Il n’y a rien ici, ou ce n’est pas visible pour vous.",
        ),
        ("ar", "لا يوجد شيء هنا، أو أنه غير مرئي لك."),
        ("en", "nope"),
    ] {
        let page = browser(&app, lang).get("/initiatives/nope").await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{lang}");
        assert!(
            page.body.contains(wanted),
            "{lang}: no {wanted:?} in {}",
            page.body
        );
    }
    let french = browser(&app, "fr").get("/initiatives/nope").await;
    assert!(!french.body.contains("no initiative"), "{}", french.body);
}
