//! The web pages over plain HTTP: sessions, CSRF, tenancy, per-field errors
//! and stale edits. (The same flows in a real browser are in `browser`.)
use crate::helpers::{TestApp, spawn_app};
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, RETRY_AFTER, SET_COOKIE};
use std::collections::BTreeMap;

/// A cookie-keeping client that does not follow redirects, so each step is seen.
pub(crate) struct Visitor<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
    pub(crate) cookies: BTreeMap<String, String>,
}

pub(crate) struct Page {
    pub(crate) status: StatusCode,
    pub(crate) location: Option<String>,
    pub(crate) retry_after: Option<String>,
    pub(crate) body: String,
}

impl Page {
    /// The value of the first hidden input `name`.
    pub(crate) fn hidden(&self, name: &str) -> String {
        let marker = format!(r#"name="{name}" value=""#);
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no {name} in the page"))
            + marker.len();
        let raw = self.body[start..].split('"').next().unwrap_or_default();
        raw.replace("&quot;", "\"")
            .replace("&#x2f;", "/")
            .replace("&amp;", "&")
    }
}

impl<'a> Visitor<'a> {
    pub(crate) fn new(app: &'a TestApp) -> Self {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self::with_client(app, client)
    }

    /// A visitor whose requests go through `client` (which must not follow redirects).
    pub(crate) fn with_client(app: &'a TestApp, client: reqwest::Client) -> Self {
        Self {
            app,
            client,
            cookies: BTreeMap::new(),
        }
    }

    async fn request(&mut self, req: reqwest::RequestBuilder) -> Page {
        let cookie = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let resp = req
            .header(COOKIE, cookie)
            .send()
            .await
            .expect("the server answers");
        for c in resp.headers().get_all(SET_COOKIE) {
            let c = c.to_str().unwrap_or_default();
            let pair = c.split(';').next().unwrap_or_default();
            if let Some((k, v)) = pair.split_once('=') {
                if v.is_empty() || c.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_owned(), v.to_owned());
                }
            }
        }
        let header = |name| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        Page {
            status: resp.status(),
            location: header(LOCATION),
            retry_after: header(RETRY_AFTER),
            body: resp.text().await.unwrap_or_default(),
        }
    }

    pub(crate) async fn get(&mut self, path: &str) -> Page {
        let req = self.client.get(self.app.page(path));
        self.request(req).await
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded::to_string(form).expect("a form");
        let req = self
            .client
            .post(self.app.page(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        self.request(req).await
    }

    /// Posts a form with the CSRF token of the page at `from`.
    pub(crate) async fn submit(&mut self, from: &str, action: &str, form: &[(&str, &str)]) -> Page {
        let csrf = self.get(from).await.hidden("csrf");
        let mut fields = vec![("csrf", csrf.as_str())];
        fields.extend_from_slice(form);
        self.post(action, &fields).await
    }

    async fn sign_up(&mut self, email: &str) {
        let p = self
            .submit(
                "/sign-up",
                "/sign-up",
                &[
                    ("name", "A Secretariat"),
                    ("email", email),
                    ("password", "a long enough password"),
                    ("password_again", "a long enough password"),
                ],
            )
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        assert_eq!(p.location.as_deref(), Some("/register"));
    }

    async fn sign_up_and_register(&mut self, email: &str, slug: &str, country: &str) {
        self.sign_up(email).await;
        let p = self
            .submit(
                "/register",
                "/register",
                &[
                    ("i.name", &format!("{slug} forum")),
                    ("i.slug", slug),
                    ("i.kind", "national"),
                    ("i.country", country),
                    ("i.working_languages", "en"),
                ],
            )
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
        assert_eq!(
            p.location.as_deref(),
            Some(format!("/workspace/{slug}?registered=1").as_str())
        );
    }
}

#[tokio::test]
async fn the_start_page_explains_the_registry_and_links_the_way_in() {
    let app = spawn_app().await;
    let mut v = Visitor::new(&app);
    let p = v.get("/").await;
    assert_eq!(p.status, StatusCode::OK);
    for text in [
        "national, regional and youth initiatives",
        "href=\"/initiatives\"",
        "href=\"/sign-up\"",
        "href=\"/dashboards\"",
        "<main id=\"main\"",
    ] {
        assert!(p.body.contains(text), "the start page lacks {text}");
    }
    let missing = v.get("/no-such-page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("<h1>Page not found</h1>"));
    let api_missing = v.get("/api/v1/no-such-thing").await;
    assert_eq!(api_missing.status, StatusCode::NOT_FOUND);
    assert!(
        !api_missing.body.contains("<html"),
        "the API still answers with problems"
    );
    let css = v.get("/static/site.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.body.contains("@media (max-width: 40rem)"));
}

#[tokio::test]
async fn a_form_posted_without_its_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let mut v = Visitor::new(&app);
    v.sign_up_and_register("csrf@example.org", "csrf-igf", "GH")
        .await;
    v.get("/workspace/csrf-igf/profile").await;
    // No token at all, then another browser's token: both refused.
    let p = v
        .post("/workspace/csrf-igf/profile", &[("i.name", "Hijacked")])
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    assert!(p.body.contains("This form has expired"));
    let mut other = Visitor::new(&app);
    let foreign = other.get("/sign-in").await.hidden("csrf");
    let p = v
        .post(
            "/workspace/csrf-igf/profile",
            &[("csrf", &foreign), ("i.name", "Hijacked")],
        )
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    let profile = app.get("/initiatives/csrf-igf", Some(&app.igf)).await;
    assert_eq!(profile.body["name"], "csrf-igf forum");
    // Signing out needs the token too.
    let p = v.post("/sign-out", &[]).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    assert!(
        v.get("/account").await.status == StatusCode::OK,
        "still signed in"
    );
}

#[tokio::test]
async fn another_tenants_workspace_answers_404_and_a_viewer_cannot_save() {
    let app = spawn_app().await;
    let mut ours = Visitor::new(&app);
    ours.sign_up_and_register("ours@example.org", "ours-igf", "GH")
        .await;
    let mut theirs = Visitor::new(&app);
    theirs
        .sign_up_and_register("theirs@example.org", "theirs-igf", "KE")
        .await;
    for path in [
        "/workspace/ours-igf",
        "/workspace/ours-igf/reports/2025",
        "/workspace/ours-igf/secretariat",
        "/workspace/ours-igf/committee",
    ] {
        let p = theirs.get(path).await;
        assert_eq!(p.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            p.body.contains("no initiative"),
            "{path}: worded like a missing initiative"
        );
    }
    // A post to another tenant's form is refused the same way, even with a valid token.
    let p = theirs
        .submit(
            "/workspace/theirs-igf/profile",
            "/workspace/ours-igf/profile",
            &[("i.name", "Taken over"), ("etag", "\"1\"")],
        )
        .await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/initiatives/ours-igf", Some(&app.igf)).await.body["name"],
        "ours-igf forum"
    );
    // A viewer of the initiative sees its workspace but cannot save a form.
    let mut viewer = Visitor::new(&app);
    viewer.sign_up("viewer@example.org").await;
    let granted = app
        .grant("ours-igf", &app.igf, "viewer@example.org", "viewer")
        .await;
    assert_eq!(granted.status, StatusCode::CREATED, "{:?}", granted.body);
    assert_eq!(
        viewer.get("/workspace/ours-igf").await.status,
        StatusCode::OK
    );
    let p = viewer
        .submit(
            "/workspace/ours-igf/profile",
            "/workspace/ours-igf/profile",
            &[("i.name", "Renamed by a viewer"), ("etag", "\"1\"")],
        )
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    assert!(p.body.contains("Not allowed"));
    assert_eq!(
        app.get("/initiatives/ours-igf", Some(&app.igf)).await.body["name"],
        "ours-igf forum"
    );
    // The IGF Secretariat's pages are refused to a secretariat.
    assert_eq!(ours.get("/review").await.status, StatusCode::FORBIDDEN);
    // Anonymous visitors are sent to sign in, and come back afterwards.
    let mut anon = Visitor::new(&app);
    let p = anon.get("/workspace/ours-igf").await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    assert_eq!(
        p.location.as_deref(),
        Some("/sign-in?next=%2Fworkspace%2Fours-igf")
    );
}

#[tokio::test]
async fn report_errors_are_shown_beside_their_fields_and_the_typed_text_is_kept() {
    let app = spawn_app().await;
    let mut v = Visitor::new(&app);
    v.sign_up_and_register("form@example.org", "form-igf", "GH")
        .await;
    let form = "/workspace/form-igf/reports/2025";
    // Gender adds up to more than the total; the rest of the event is missing.
    let fields = [
        ("etag", ""),
        ("action", "submit"),
        ("r.edition", "First Ghana-like forum"),
        ("r.participation.total", "100"),
        ("r.participation.by_gender.female", "70"),
        ("r.participation.by_gender.male", "40"),
        ("r.key_messages.0.theme", "gender"),
        ("r.key_messages.0.text.en", "Close the digital gender gap"),
    ];
    let mut with_bad_number = fields.to_vec();
    with_bad_number.push(("r.participation.youth", "lots"));
    let p = v.submit(form, form, &with_bad_number).await;
    // A value that is not a number is caught before anything is saved.
    assert_eq!(p.status, StatusCode::BAD_REQUEST);
    assert!(
        p.body.contains(r#"id="f-participation-youth-error""#),
        "error beside the youth field"
    );
    assert!(
        p.body.contains("Close the digital gender gap"),
        "typed text kept"
    );
    assert_eq!(
        app.get("/initiatives/form-igf/reports/2025", Some(&app.igf))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "nothing was stored"
    );
    let p = v.submit(form, form, &fields).await;
    // Saved as a draft; the submission's problems are listed at the top and beside each field.
    assert_eq!(p.status, StatusCode::BAD_REQUEST);
    assert!(
        p.body
            .contains("Your draft is saved, but it cannot be submitted yet")
    );
    assert!(
        p.body.contains(r#"<span class="badge draft">Draft</span>"#),
        "the page shows the stored draft's state"
    );
    assert!(
        p.body
            .contains(r#"<div class="error-summary" role="alert""#)
    );
    for field in [
        "f-participation-by_gender-error",
        "f-city-error",
        "f-start_date-error",
        "f-format-error",
    ] {
        assert!(p.body.contains(&format!(r#"id="{field}""#)), "no {field}");
    }
    assert!(
        p.body.contains(r##"href="#f-participation-by_gender""##),
        "the summary links to the field"
    );
    assert!(p.body.contains("Close the digital gender gap"));
    let stored = v.get(form).await;
    assert!(
        stored.body.contains("First Ghana-like forum"),
        "the draft was stored"
    );
    assert!(stored.body.contains(r#"value="70""#));
}

#[tokio::test]
async fn a_stale_edit_says_so_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let mut v = Visitor::new(&app);
    v.sign_up_and_register("stale@example.org", "stale-igf", "GH")
        .await;
    let form = "/workspace/stale-igf/secretariat";
    let page = v.get(form).await;
    let (csrf, etag) = (page.hidden("csrf"), page.hidden("etag"));
    // Someone else saves first (through the API, as another editor would).
    let token = app
        .post("/tokens", None, serde_json::json!({ "email": "stale@example.org", "password": "a long enough password" }))
        .await
        .body["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = app
        .write_if_match(
            reqwest::Method::PUT,
            "/initiatives/stale-igf/secretariat",
            Some(&token),
            &etag,
            serde_json::json!({ "host_organisation": "First Host" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let p = v
        .post(
            form,
            &[
                ("csrf", &csrf),
                ("etag", &etag),
                ("s.host_organisation", "My typed host"),
                ("s.city", "Accra"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::PRECONDITION_FAILED);
    assert!(
        p.body
            .contains("Someone else saved this since you opened it")
    );
    assert!(
        p.body.contains("My typed host") && p.body.contains("Accra"),
        "typed values kept"
    );
    assert_eq!(
        app.get("/initiatives/stale-igf/secretariat", Some(&app.igf))
            .await
            .body["host_organisation"],
        "First Host"
    );
    // The form now carries the current ETag: saving again is a deliberate overwrite.
    let again = p.hidden("etag");
    assert_ne!(again, etag);
    let p = v
        .post(
            form,
            &[
                ("csrf", &csrf),
                ("etag", &again),
                ("s.host_organisation", "My typed host"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    // Saved through the page, audited like any API change, under the user's name.
    let audit = app.audit_of("stale-igf").await;
    let last = audit.last().expect("an audit record");
    assert_eq!(last["action"], "secretariat.update");
    assert_eq!(last["after"]["host_organisation"], "My typed host");
    assert_eq!(last["actor_email"], "stale@example.org");
}

#[tokio::test]
async fn sign_in_is_rate_limited_and_sessions_can_be_ended() {
    let app = spawn_app().await;
    let mut v = Visitor::new(&app);
    v.sign_up_and_register("limit@example.org", "limit-igf", "GH")
        .await;
    let session = v
        .cookies
        .get("nri_session")
        .cloned()
        .expect("a session cookie");
    // The session is an API token: listed on the account page, ended there.
    let account = v.get("/account").await;
    assert!(account.body.contains("Browser session") && account.body.contains("(this browser)"));
    let mut attacker = Visitor::new(&app);
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let p = attacker
            .submit(
                "/sign-in",
                "/sign-in",
                &[
                    ("email", "limit@example.org"),
                    ("password", "wrong password!!"),
                ],
            )
            .await;
        statuses.push(p.status);
    }
    assert_eq!(statuses[0], StatusCode::UNAUTHORIZED);
    assert_eq!(
        *statuses.last().unwrap(),
        StatusCode::TOO_MANY_REQUESTS,
        "{statuses:?}"
    );
    // Signing out revokes the session's token: the old cookie no longer works.
    let csrf = v.get("/account").await.hidden("csrf");
    let p = v.post("/sign-out", &[("csrf", &csrf)]).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    let mut replay = Visitor::new(&app);
    replay.cookies.insert("nri_session".into(), session);
    let p = replay.get("/account").await;
    assert_eq!(
        p.status,
        StatusCode::SEE_OTHER,
        "a revoked session is signed out"
    );
}

#[tokio::test]
async fn a_focal_point_manages_members_and_forum_links_on_the_pages() {
    let app = spawn_app().await;
    let mut focal = Visitor::new(&app);
    focal
        .sign_up_and_register("focal@example.org", "links-igf", "GH")
        .await;
    let colleague = app.sign_up("colleague@example.org", "A Colleague").await;
    let members = "/workspace/links-igf/members";
    // An address without an account is refused beside the field.
    let p = focal
        .submit(
            members,
            members,
            &[("user", "nobody@example.org"), ("role", "editor")],
        )
        .await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    assert!(
        p.body.contains(r#"id="f-user-error""#) && p.body.contains("ask them to sign up first")
    );
    let p = focal
        .submit(
            members,
            members,
            &[("user", "colleague@example.org"), ("role", "editor")],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    let listed = app
        .get("/initiatives/links-igf/members", Some(&colleague.token))
        .await;
    assert!(
        listed.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["email"] == "colleague@example.org" && m["role"] == "editor"),
        "{:?}",
        listed.body
    );
    // The last focal point cannot remove itself; the page says why.
    let me = listed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "focal@example.org")
        .unwrap()["user_id"]
        .clone();
    let p = focal
        .submit(members, &format!("{members}/{me}/remove"), &[])
        .await;
    assert_eq!(p.status, StatusCode::CONFLICT, "{}", p.body);
    assert!(p.body.contains("There is a problem"));
    // An editor sees the members but gets no forms to change them.
    let mut editor = Visitor::new(&app);
    let csrf = editor.get("/sign-in").await.hidden("csrf");
    editor
        .post(
            "/sign-in",
            &[
                ("csrf", &csrf),
                ("email", "colleague@example.org"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    let p = editor.get(members).await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(!p.body.contains("Add a member"));
    let p = editor
        .submit(
            members,
            members,
            &[("user", "colleague@example.org"), ("role", "focal_point")],
        )
        .await;
    assert_eq!(
        p.status,
        StatusCode::FORBIDDEN,
        "an editor cannot promote itself"
    );

    // Declaring the regional forum the initiative feeds into.
    let owner = app.sign_up("forum@example.org", "Forum").await;
    app.register(
        &owner.token,
        crate::helpers::forum(
            "west-forum",
            "West Forum",
            "subregional",
            "africa",
            &["GH", "LR"],
        ),
    )
    .await;
    app.decide("west-forum", "recognized").await;
    let links = "/workspace/links-igf/links";
    assert!(focal.get(links).await.body.contains("West Forum"));
    let p = focal
        .submit(links, links, &[("targets", "west-forum")])
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    let stored = app
        .get("/initiatives/links-igf/contributes-to", Some(&app.igf))
        .await;
    assert_eq!(stored.body["targets"][0]["slug"], "west-forum");
    assert_eq!(
        app.audit_of("links-igf").await.last().unwrap()["actor_email"],
        "focal@example.org"
    );
}
