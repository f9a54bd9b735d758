//! Defects of authorisation and authentication found by an outside audit
//! (issue 11): a slug that named the platform's policy domain, sign-in
//! throttling that locked owners out, account enumeration by timing, and an
//! open redirect after sign-in. Each test failed before its fix.
use crate::helpers::{Account, TestApp, national, spawn_app, spawn_app_with};
use crate::pages::Visitor;
use crate::reports::complete_report;
use nri_api::domain::RESERVED_SLUGS;
use reqwest::{Method, StatusCode};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

#[tokio::test]
async fn reserved_words_are_refused_as_slugs() {
    let app = spawn_app().await;
    let founder = app.sign_up("founder@example.org", "Founder").await;
    let doc = app.get("/api/v1/openapi.json", None).await;
    // The list, words the platform and the pages use, and every first segment of an API path.
    let named = [
        "platform", "admin", "api", "new", "sign-in", "review", "docs", "static", "healthz",
    ];
    let mut words: Vec<String> = RESERVED_SLUGS
        .iter()
        .chain(&named)
        .map(|w| (*w).to_owned())
        .collect();
    for path in doc.body["paths"].as_object().expect("paths").keys() {
        let first = path
            .trim_start_matches("/api/v1")
            .trim_start_matches('/')
            .split(['/', '.'])
            .next()
            .unwrap_or_default();
        if first.len() >= 2 && !words.iter().any(|w| w == first) {
            words.push(first.to_owned());
        }
    }
    assert!(words.iter().any(|w| w == "tokens"), "{words:?}");
    let mut accepted = vec![];
    for word in &words {
        let r = app
            .post(
                "/initiatives",
                Some(&founder.token),
                json!({ "slug": word, "name": "P", "kind": "youth", "un_region": "africa" }),
            )
            .await;
        if r.status != StatusCode::BAD_REQUEST || r.fields() != ["/slug"] {
            accepted.push(format!("{word}: {} {}", r.status, r.body));
        }
    }
    assert!(accepted.is_empty(), "not refused:\n{}", accepted.join("\n"));
    // A slug that merely starts with one is fine.
    app.register(
        &founder.token,
        json!({ "slug": "platform-youth-igf", "name": "P", "kind": "youth", "un_region": "africa" }),
    )
    .await;
}

/// The focal point of one initiative, whose slug is `slug`.
struct Attacker {
    slug: &'static str,
    account: Account,
}

/// Slugs that an attacker's initiative holds. Those a slug may take are
/// registered; the rest are domain strings of the access policy itself,
/// written straight into the database as data from before the fix could be.
const ATTACKER_SLUGS: &[(&str, bool)] = &[
    ("attacker-igf", true),
    // Subjects and role names of the policy, as slugs.
    ("public", true),
    ("authenticated", true),
    ("viewer", true),
    ("editor", true),
    ("focal-point", true),
    ("forum-member", true),
    ("igf", true),
    // Domains of the policy: the platform's before and after the fix, and "any".
    ("platform", false),
    ("@platform", false),
    ("*", false),
];

struct Tenancy {
    app: TestApp,
    victim: Account,
    attackers: Vec<Attacker>,
}

const VICTIM: &str = "/initiatives/moldova-igf";

async fn tenancy() -> Tenancy {
    let app = spawn_app_with(|s| s.signup_burst = 100).await;
    let victim = app.sign_up("focal@migf.example.org", "Victim").await;
    app.register(&victim.token, national("moldova-igf", "Moldova IGF", "MD"))
        .await;
    let secretariat = format!("{VICTIM}/secretariat");
    let etag = app.get(&secretariat, Some(&victim.token)).await.etag();
    let put = app
        .write_if_match(
            Method::PUT,
            &secretariat,
            Some(&victim.token),
            &etag,
            json!({ "host_organisation": "Host", "focal_point": { "name": "Victim", "email": "focal@migf.example.org" } }),
        )
        .await;
    assert!(put.status.is_success(), "{put:?}");
    let c = app
        .post(
            &format!("{VICTIM}/committee"),
            Some(&victim.token),
            json!({ "name": "Private Person", "city": "Privateville", "stakeholder_group": "academia", "role": "member", "term_start": "2025-01-01" }),
        )
        .await;
    assert_eq!(c.status, StatusCode::CREATED, "{c:?}");
    app.decide("moldova-igf", "recognized").await;
    let draft = app
        .put(
            &format!("{VICTIM}/reports/2025"),
            Some(&victim.token),
            complete_report(2025),
        )
        .await;
    assert_eq!(draft.status, StatusCode::CREATED, "{draft:?}");

    let mut attackers = vec![];
    for (i, (slug, registrable)) in ATTACKER_SLUGS.iter().enumerate() {
        let account = app
            .sign_up(&format!("attacker{i}@example.org"), "Attacker")
            .await;
        let registered_as = if *registrable {
            slug.to_string()
        } else {
            format!("legacy-{i}")
        };
        app.register(
            &account.token,
            json!({ "slug": registered_as, "name": "Attacker", "kind": "youth", "un_region": "africa" }),
        )
        .await;
        if !registrable {
            app.state
                .db
                .write
                .execute_unprepared(&format!(
                    "UPDATE initiatives SET slug = '{slug}' WHERE slug = '{registered_as}'"
                ))
                .await
                .expect("rename the initiative");
        }
        attackers.push(Attacker { slug, account });
    }
    app.state.authz.reload().await.expect("reload the policy");
    Tenancy {
        app,
        victim,
        attackers,
    }
}

impl Tenancy {
    /// Sends the request as every attacker (`{me}` in the path is their
    /// e-mail); returns a line per answer other than `want`.
    async fn row(&self, method: Method, path: &str, body: Option<Value>, want: u16) -> Vec<String> {
        let mut wrong = vec![];
        for a in &self.attackers {
            let path = path.replace("{me}", &a.account.email);
            let etag = match method {
                Method::PATCH | Method::PUT => self
                    .app
                    .get(&path, Some(&self.app.igf))
                    .await
                    .headers
                    .get("etag")
                    .map(|v| v.to_str().unwrap().to_owned()),
                _ => None,
            };
            let headers: Vec<(&str, &str)> =
                etag.iter().map(|e| ("if-match", e.as_str())).collect();
            let r = self
                .app
                .send(
                    method.clone(),
                    &path,
                    Some(&a.account.token),
                    body.as_ref(),
                    &headers,
                )
                .await;
            if r.status.as_u16() != want {
                wrong.push(format!(
                    "{method} {path} as the focal point of `{}`: got {}, expected {want} ({})",
                    a.slug, r.status, r.body
                ));
            }
        }
        wrong
    }
}

#[tokio::test]
async fn a_focal_point_can_do_nothing_in_another_initiative_whatever_its_slug() {
    let t = tenancy().await;
    let mut wrong = vec![];
    let rows: Vec<(Method, String, Option<Value>, u16)> = vec![
        // Members: neither read nor written, not even to grant oneself a role.
        (Method::GET, format!("{VICTIM}/members"), None, 404),
        (
            Method::PUT,
            format!("{VICTIM}/members/{{me}}"),
            Some(json!({ "role": "focal_point" })),
            404,
        ),
        (
            Method::DELETE,
            format!("{VICTIM}/members/{}", t.victim.id),
            None,
            404,
        ),
        // The audit log and status decisions.
        (
            Method::GET,
            "/audit?initiative=moldova-igf".into(),
            None,
            404,
        ),
        (
            Method::POST,
            format!("{VICTIM}/recognition/decisions"),
            Some(json!({ "status": "suspended", "reason": "taken over" })),
            404,
        ),
        // Drafts and their versions.
        (Method::GET, format!("{VICTIM}/reports/2025"), None, 404),
        (
            Method::PUT,
            format!("{VICTIM}/reports/2025"),
            Some(complete_report(2025)),
            404,
        ),
        (
            Method::GET,
            format!("{VICTIM}/reports/2025/versions"),
            None,
            404,
        ),
        (
            Method::POST,
            format!("{VICTIM}/reports/2025/submit"),
            Some(json!({})),
            404,
        ),
        // The public profile is readable, but nothing of it writable.
        (
            Method::PATCH,
            VICTIM.into(),
            Some(json!({ "acronym": "PWNED" })),
            403,
        ),
        (
            Method::PUT,
            format!("{VICTIM}/secretariat"),
            Some(
                json!({ "host_organisation": "Attacker", "focal_point": { "name": "A", "email": "a@example.org" } }),
            ),
            403,
        ),
        (
            Method::POST,
            format!("{VICTIM}/committee"),
            Some(
                json!({ "name": "Planted", "stakeholder_group": "government", "role": "member", "term_start": "2025-01-01" }),
            ),
            403,
        ),
        (
            Method::PUT,
            format!("{VICTIM}/contributes-to"),
            Some(json!({ "targets": [] })),
            403,
        ),
        // Platform-wide rights.
        (Method::GET, "/reports".into(), None, 403),
        (Method::GET, "/jobs".into(), None, 403),
    ];
    for (method, path, body, want) in rows {
        wrong.extend(t.row(method, &path, body, want).await);
    }
    // What is readable shows no personal data, and the audit log none of the victim's records.
    for a in &t.attackers {
        let me = Some(a.account.token.as_str());
        let s = t.app.get(&format!("{VICTIM}/secretariat"), me).await;
        if s.status != 200 || s.body["focal_point"].get("email").is_some() {
            wrong.push(format!("secretariat as `{}`: {s:?}", a.slug));
        }
        let c = t.app.get(&format!("{VICTIM}/committee"), me).await;
        if c.status != 200
            || c.body["view"] != "public"
            || c.body.to_string().contains("Privateville")
        {
            wrong.push(format!("committee as `{}`: {c:?}", a.slug));
        }
        let audit = t.app.get("/audit?limit=100", me).await;
        if audit.status != 200 || audit.body.to_string().contains("moldova-igf") {
            wrong.push(format!("audit as `{}`: {audit:?}", a.slug));
        }
    }
    assert!(
        wrong.is_empty(),
        "an outsider reached into another initiative:\n{}",
        wrong.join("\n")
    );
    // The victim's initiative is as it was: one member, its own focal point.
    let members = t
        .app
        .get(&format!("{VICTIM}/members"), Some(&t.app.igf))
        .await;
    assert_eq!(
        members.body["items"].as_array().map(Vec::len),
        Some(1),
        "{members:?}"
    );
}

/// A client whose requests come from `address` (another loopback address:
/// the server sees a different client, as it would another machine).
fn client_from(address: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(address.parse::<std::net::IpAddr>().expect("an address"))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// `POST /tokens` with e-mail and password, from `client`.
async fn sign_in(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(app.url("/tokens"))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .expect("the server answers")
}

const PASSWORD: &str = "a long enough password";

#[tokio::test]
async fn a_guesser_is_throttled_and_the_owner_still_signs_in() {
    let app = spawn_app().await;
    let owner = app.sign_up("owner@example.org", "Owner").await;
    let (guesser, elsewhere) = (client_from("127.0.0.2"), client_from("127.0.0.3"));
    for i in 0..10 {
        let r = sign_in(&app, &guesser, &owner.email, &format!("wrong password {i}")).await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "guess {i}");
    }
    // The guesser is held back, even with the right password...
    let r = sign_in(&app, &guesser, &owner.email, PASSWORD).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=30).contains(&wait), "Retry-After: {wait}");
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    // ...while the owner, from another address, signs in at once.
    let r = sign_in(&app, &elsewhere, &owner.email, PASSWORD).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    // The same on the sign-in page.
    let page_sign_in = async |from: &str| {
        Visitor::with_client(&app, client_from(from))
            .submit(
                "/sign-in",
                "/sign-in",
                &[("email", &owner.email), ("password", PASSWORD)],
            )
            .await
    };
    let p = page_sign_in("127.0.0.2").await;
    assert_eq!(p.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        p.retry_after.is_some(),
        "the page's 429 carries Retry-After"
    );
    let p = page_sign_in("127.0.0.4").await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
}

#[tokio::test]
async fn one_address_guessing_across_accounts_is_throttled() {
    let app = spawn_app_with(|s| s.signin_address_burst = 5).await;
    let owner = app.sign_up("owner@example.org", "Owner").await;
    let sprayer = client_from("127.0.0.2");
    for i in 0..5 {
        let r = sign_in(
            &app,
            &sprayer,
            &format!("user{i}@example.org"),
            "password123456",
        )
        .await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "guess {i}");
    }
    let r = sign_in(&app, &sprayer, "user9@example.org", "password123456").await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().contains_key("retry-after"));
    let r = sign_in(&app, &client_from("127.0.0.3"), &owner.email, PASSWORD).await;
    assert_eq!(r.status(), StatusCode::CREATED);
}

/// The count of Argon2 verifications the server has run.
async fn verifications(app: &TestApp) -> u64 {
    let text = app.get("/metrics", None).await.body;
    let text = text.as_str().expect("the metrics as text");
    text.lines()
        .find_map(|l| l.strip_prefix("nri_password_verifications_total "))
        .map(|n| n.trim().parse().expect("a count"))
        .unwrap_or(0)
}

#[tokio::test]
async fn an_unknown_account_costs_the_same_password_verification_as_a_known_one() {
    let app = spawn_app().await;
    let known = app.sign_up("known@example.org", "Known").await;
    let guess = "a guess at a password";
    let before = verifications(&app).await;
    let unknown = sign_in(&app, &app.client, "nobody@example.org", guess).await;
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        verifications(&app).await,
        before + 1,
        "an unknown e-mail is verified against a dummy hash"
    );
    let wrong = sign_in(&app, &app.client, &known.email, guess).await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(verifications(&app).await, before + 2);
    // The two refusals read the same.
    assert_eq!(unknown.text().await.unwrap(), wrong.text().await.unwrap());
}

#[tokio::test]
async fn signing_in_returns_only_to_this_site() {
    let app = spawn_app_with(|s| s.signin_burst = 1000).await;
    let user = app.sign_up("back@example.org", "Back").await;
    let origin = reqwest::Url::parse(&app.address).expect("the address");
    let mut wrong = vec![];
    let cases: &[(&str, Option<&str>)] = &[
        ("/initiatives/x?y=1", Some("/initiatives/x?y=1")),
        (
            "/workspace/back-igf/reports/2025",
            Some("/workspace/back-igf/reports/2025"),
        ),
        ("/", Some("/")),
        ("//evil.example", None),
        ("///evil.example", None),
        ("/\\evil.example", None),
        ("\\/evil.example", None),
        ("\\\\evil.example", None),
        ("/\t/evil.example", None),
        ("/\n/evil.example", None),
        ("/\r\n/evil.example", None),
        ("\t/\t/evil.example", None),
        (" //evil.example", None),
        ("\u{0}//evil.example", None),
        ("/\u{0}/evil.example", None),
        ("/\u{1f}/evil.example", None),
        ("/%09/evil.example", None),
        ("/%2F/evil.example", None),
        ("/%2f%2fevil.example", None),
        ("/%5C/evil.example", None),
        ("/%5c%5cevil.example", None),
        ("/.//evil.example", None),
        ("/x/..//evil.example", None),
        ("https://evil.example", None),
        ("https:evil.example", None),
        ("http:/evil.example", None),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("evil.example", None),
    ];
    for (next, kept) in cases {
        let mut v = Visitor::new(&app);
        let p = v
            .submit(
                "/sign-in",
                "/sign-in",
                &[
                    ("email", &user.email),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        let location = p.location.clone().unwrap_or_default();
        let resolved = origin.join(&location).ok();
        let same_origin = resolved
            .as_ref()
            .is_some_and(|u| u.origin() == origin.origin());
        let clean = location.starts_with('/')
            && !location.starts_with("//")
            && !location.chars().any(|c| c.is_control() || c == '\\');
        let expected = kept.unwrap_or("/");
        if p.status != StatusCode::SEE_OTHER || !same_origin || !clean || location != expected {
            wrong.push(format!(
                "next={next:?}: {} Location {location:?}, expected {expected:?}",
                p.status
            ));
        }
        // The form carries only a local path too.
        let form = v
            .get(&format!(
                "/sign-in?{}",
                serde_urlencoded::to_string([("next", next)]).unwrap()
            ))
            .await
            .hidden("next");
        if form != expected {
            wrong.push(format!(
                "GET /sign-in?next={next:?}: the form's next is {form:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "redirects away from this site:\n{}",
        wrong.join("\n")
    );
}
