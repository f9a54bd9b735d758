//! End-to-end tests in headless Chromium, driven through ChromeDriver
//! (WebDriver) with fantoccini. Chromium and its driver come from Debian's
//! `chromium` and `chromium-driver` packages; when they are missing the tests
//! install them (and fail, never skip, if that is impossible). Each test saves
//! a screenshot of its last page under `target/browser/`.
use crate::helpers::{TestApp, eventually, spawn_app_with};
use fantoccini::{Client, ClientBuilder, Locator};
use nri_api::config::WorkerMode;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const PASSWORD: &str = "a long enough password";

/// Installs Chromium and ChromeDriver from Debian's packages when missing.
fn ensure_browser() {
    static INSTALL: Mutex<()> = Mutex::new(());
    let _once = INSTALL.lock().unwrap_or_else(|p| p.into_inner());
    if std::path::Path::new(CHROMIUM).exists() && std::path::Path::new(CHROMEDRIVER).exists() {
        return;
    }
    let run = |args: &[&str]| {
        let status = Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .unwrap_or_else(|e| {
                panic!("the browser tests need Chromium; running apt-get failed: {e}")
            });
        assert!(
            status.success(),
            "apt-get {args:?} failed: install chromium and chromium-driver"
        );
    };
    run(&["update", "-qq"]);
    run(&["install", "-y", "-qq", "chromium", "chromium-driver"]);
}

/// A ChromeDriver process of this test's own, and a browser session in it.
pub(crate) struct Browser {
    driver: Child,
    pub(crate) client: Client,
    name: &'static str,
}

impl Browser {
    pub(crate) async fn open(name: &'static str, width: u32, height: u32) -> Self {
        ensure_browser();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().expect("profile dir").keep();
        let caps: serde_json::Map<String, Value> = json!({
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", profile.display()),
                    format!("--window-size={width},{height}"),
                ],
                // Headless windows have a minimum width; device emulation gives
                // the page exactly this viewport, as a phone would.
                "mobileEmulation": {
                    "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0 }
                }
            }
        })
        .as_object()
        .cloned()
        .unwrap_or_default();
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => break c,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("ChromeDriver did not start a browser: {e}"),
            }
        };
        Self {
            driver,
            client,
            name,
        }
    }

    pub(crate) async fn goto(&self, app: &TestApp, path: &str) {
        self.client.goto(&app.page(path)).await.expect("navigate");
    }

    pub(crate) async fn text(&self) -> String {
        self.client
            .find(Locator::Css("body"))
            .await
            .expect("a body")
            .text()
            .await
            .expect("its text")
    }

    pub(crate) async fn path(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("url")
            .path()
            .to_owned()
    }

    /// Types into the input with this id (after clearing it).
    pub(crate) async fn fill(&self, id: &str, value: &str) {
        let e = self
            .client
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|_| panic!("no #{id}"));
        e.clear().await.expect("clear");
        e.send_keys(value).await.expect("type");
    }

    /// Sets a date input (typing dates depends on the browser's locale).
    pub(crate) async fn set_date(&self, id: &str, value: &str) {
        self.client
            .execute(
                "document.getElementById(arguments[0]).value = arguments[1];",
                vec![json!(id), json!(value)],
            )
            .await
            .expect("set a date");
    }

    pub(crate) async fn choose(&self, id: &str, value: &str) {
        self.client
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|_| panic!("no #{id}"))
            .select_by_value(value)
            .await
            .expect("choose an option");
    }

    /// Ticks a checkbox.
    pub(crate) async fn tick(&self, css: &str) {
        let e = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("nothing matches {css}"));
        e.click().await.expect("tick");
    }

    /// Clicks a link or button and waits for the next page to load.
    pub(crate) async fn click(&self, css: &str) {
        let old = self
            .client
            .find(Locator::Css("html"))
            .await
            .expect("a page");
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("nothing matches {css}"))
            .click()
            .await
            .expect("click");
        let deadline = Instant::now() + Duration::from_secs(15);
        // The old document goes stale once the new one has replaced it.
        while old.tag_name().await.is_ok() {
            assert!(
                Instant::now() < deadline,
                "clicking {css} loaded no new page"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        loop {
            let ready = self
                .client
                .execute("return document.readyState;", vec![])
                .await;
            if matches!(
                ready.as_ref().ok().and_then(|v| v.as_str()),
                Some("complete")
            ) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the page after {css} did not finish loading"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    pub(crate) async fn sign_in(&self, app: &TestApp, email: &str) {
        self.goto(app, "/sign-in").await;
        self.fill("f-email", email).await;
        self.fill("f-password", PASSWORD).await;
        self.click("main form button[type=submit]").await;
    }

    pub(crate) async fn sign_out(&self) {
        self.click("header form[action='/sign-out'] button").await;
    }

    /// Saves a screenshot of the current page as `target/browser/<name>.png`.
    pub(crate) async fn screenshot(&self, suffix: &str) -> PathBuf {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/browser");
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        let path = dir.join(format!("{}{suffix}.png", self.name));
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    pub(crate) async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    /// Runs axe-core on the current page; returns its serious and critical violations.
    pub(crate) async fn accessibility_violations(&self) -> Vec<Value> {
        let axe = include_str!("../vendor/axe-core/axe.min.js");
        self.client
            .execute(axe, vec![])
            .await
            .expect("inject axe-core");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                    .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))
                    .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e) }]));",
                vec![],
            )
            .await
            .expect("run axe-core");
        result
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Normally `close` ended the session; this also ends a test that panicked.
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Polls the current page (reloading it) until its text contains `needle`.
pub(crate) async fn wait_for_text(b: &Browser, app: &TestApp, path: &str, needle: &str) {
    eventually(&format!("{path} to show {needle:?}"), || async {
        b.goto(app, path).await;
        b.text().await.contains(needle).then_some(())
    })
    .await;
}

pub(crate) async fn worker_app() -> TestApp {
    spawn_app_with(|s| s.worker = WorkerMode::On).await
}

#[tokio::test]
async fn a_report_goes_from_sign_up_through_return_and_acceptance_to_the_regional_dashboard() {
    let app = worker_app().await;
    let reviewer = app.sign_up("reviewer@example.org", "IGF Reviewer").await;
    app.make_igf_secretariat(reviewer.id).await;

    // A secretariat signs up and registers its initiative.
    let sec = Browser::open("e2e-secretariat", 1280, 1000).await;
    sec.goto(&app, "/").await;
    sec.click("a[href='/sign-up']").await;
    sec.fill("f-name", "Liberia IGF secretariat").await;
    sec.fill("f-email", "secretariat@liberia-igf.example.org")
        .await;
    sec.fill("f-password", PASSWORD).await;
    sec.fill("f-password_again", PASSWORD).await;
    sec.click("main form button[type=submit]").await;
    assert_eq!(sec.path().await, "/register", "{}", sec.text().await);
    sec.fill("f-name", "Liberia Internet Governance Forum")
        .await;
    sec.fill("f-slug", "liberia-igf").await;
    sec.fill("f-acronym", "LIGF").await;
    sec.choose("f-kind", "national").await;
    sec.choose("f-country", "LR").await;
    sec.click("main form button[type=submit]").await;
    assert_eq!(sec.path().await, "/workspace/liberia-igf");
    assert!(sec.text().await.contains("Your initiative is registered"));

    // The IGF Secretariat recognises it.
    let igf = Browser::open("e2e-reviewer", 1280, 1000).await;
    igf.sign_in(&app, "reviewer@example.org").await;
    igf.goto(&app, "/review").await;
    assert!(
        igf.text()
            .await
            .contains("Initiatives awaiting recognition")
    );
    igf.click("a[href='/review/initiatives/liberia-igf']").await;
    igf.choose("f-status", "recognized").await;
    igf.fill(
        "f-reason",
        "Meets the criteria; checked on a call with the secretariat.",
    )
    .await;
    igf.click("main form[action='/review/initiatives/liberia-igf'] button[type=submit]")
        .await;
    assert!(igf.text().await.contains("The status is now Recognized."));

    // The secretariat fills its 2025 report with one error (gender above the total) and submits.
    sec.click("a[href='/workspace/liberia-igf/reports/2025']")
        .await;
    sec.fill("f-edition", "11th Liberia IGF").await;
    sec.set_date("f-start_date", "2025-10-21").await;
    sec.set_date("f-end_date", "2025-10-22").await;
    sec.choose("f-format", "hybrid").await;
    sec.fill("f-venue", "Ministerial Complex").await;
    sec.fill("f-city", "Monrovia").await;
    sec.choose("f-country", "LR").await;
    sec.tick("input[name='r.themes'][value='access_and_connectivity']")
        .await;
    sec.fill("f-participation-total", "300").await;
    sec.fill("f-participation-online", "80").await;
    sec.fill("f-participation-by_gender-female", "150").await;
    sec.fill("f-participation-by_gender-male", "170").await;
    sec.choose("f-key_messages-0-theme", "access_and_connectivity")
        .await;
    sec.fill(
        "f-key_messages-0-text-en",
        "Affordable rural connectivity must come before new digital services.",
    )
    .await;
    sec.click("button[value=submit]").await;
    let page = sec.text().await;
    assert!(page.contains("There is a problem"), "{page}");
    assert!(
        page.contains("adds up to 320, above the total of 300"),
        "{page}"
    );
    // The summary links to the group of fields, which carries the message.
    sec.client
        .find(Locator::Css(
            ".error-summary a[href='#f-participation-by_gender']",
        ))
        .await
        .expect("the summary links to the field");
    let beside = sec
        .client
        .find(Locator::Css(
            "#f-participation-by_gender #f-participation-by_gender-error",
        ))
        .await
        .expect("the message is beside the field")
        .text()
        .await
        .unwrap();
    assert!(beside.contains("above the total of 300"), "{beside}");
    sec.screenshot("-report-form-errors").await;
    // The user fixes it; what was typed is still there.
    let kept = sec
        .client
        .find(Locator::Id("f-key_messages-0-text-en"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(
        kept.as_deref(),
        Some("Affordable rural connectivity must come before new digital services.")
    );
    sec.fill("f-participation-by_gender-male", "140").await;
    sec.click("button[value=submit]").await;
    assert!(
        sec.text().await.contains("Your report is submitted"),
        "{}",
        sec.text().await
    );

    // The reviewer returns it: first without the required comment, then with one.
    igf.goto(&app, "/review").await;
    igf.click("a[href='/review/reports/liberia-igf/2025']")
        .await;
    igf.click("button[value=return]").await;
    assert!(
        igf.text().await.contains("There is a problem"),
        "a return needs a comment"
    );
    igf.fill("f-comment", "Please add the number of youth participants.")
        .await;
    igf.click("button[value=return]").await;
    assert!(
        igf.text()
            .await
            .contains("The report is returned to its secretariat.")
    );

    // The secretariat sees the comment, corrects and resubmits.
    sec.goto(&app, "/workspace/liberia-igf/reports/2025").await;
    let page = sec.text().await;
    assert!(
        page.contains("The IGF Secretariat returned this report")
            && page.contains("Please add the number of youth participants.")
    );
    sec.fill("f-participation-youth", "120").await;
    sec.click("button[value=submit]").await;
    assert!(sec.text().await.contains("Your report is submitted"));

    // The reviewer accepts.
    igf.goto(&app, "/review/reports/liberia-igf/2025").await;
    igf.click("button[value=accept]").await;
    assert!(igf.text().await.contains("The report is accepted."));
    igf.screenshot("").await;
    igf.close().await;

    // The African dashboard shows the key message once the worker has aggregated it.
    wait_for_text(
        &sec,
        &app,
        "/dashboards/un-region/africa/2025",
        "Affordable rural connectivity must come before new digital services.",
    )
    .await;
    let page = sec.text().await;
    assert!(page.contains("Liberia Internet Governance Forum"));
    assert!(
        sec.client
            .find(Locator::Css("svg.chart title"))
            .await
            .is_ok(),
        "charts drawn"
    );
    assert!(
        sec.client
            .find(Locator::Css(
                "a[href='/api/v1/feeds/un-region/africa.atom']"
            ))
            .await
            .is_ok()
    );
    sec.screenshot("").await;
    sec.close().await;
}

/// The main pages, filled with the demo data, at phone width: axe-core finds
/// no serious or critical accessibility violation on any of them.
#[tokio::test]
async fn the_main_pages_pass_axe_core_at_phone_width() {
    let app = worker_app().await;
    nri_api::demo::load(&app.state.db.write)
        .await
        .expect("demo data");
    let reviewer = app
        .sign_up("axe-reviewer@example.org", "Axe Reviewer")
        .await;
    app.make_igf_secretariat(reviewer.id).await;
    let b = Browser::open("axe", 360, 780).await;
    b.goto(&app, "/").await;
    let width = b
        .client
        .execute("return window.innerWidth;", vec![])
        .await
        .expect("measure");
    assert_eq!(width, json!(360), "a phone-sized viewport");
    b.sign_in(&app, "axe-reviewer@example.org").await;
    let pages = [
        "/",
        "/initiatives",
        "/initiatives/liberia-igf",
        "/initiatives/liberia-igf/reports/2025",
        "/workspace/liberia-igf",
        "/workspace/liberia-igf/reports/2025",
        "/workspace/african-igf/reports/2025",
        "/workspace/liberia-igf/profile",
        "/workspace/liberia-igf/secretariat",
        "/workspace/liberia-igf/committee",
        "/workspace/liberia-igf/members",
        "/workspace/liberia-igf/links",
        "/workspace/liberia-igf/principles/2025",
        "/review",
        "/review/reports/west-africa-igf/2025",
        "/review/initiatives/liberia-igf",
        "/review/jobs",
        "/dashboards",
        "/dashboards/initiative/african-igf/2025",
        "/account",
    ];
    let mut found = Vec::new();
    for path in pages {
        if path.starts_with("/dashboards/") {
            wait_for_text(&b, &app, path, "Key messages by theme").await;
        } else {
            b.goto(&app, path).await;
        }
        let title = b.client.title().await.unwrap_or_default();
        assert!(
            !title.starts_with("Not found") && !title.starts_with("Not allowed"),
            "{path}: {title}"
        );
        for v in b.accessibility_violations().await {
            found.push(format!("{path}: {v}"));
        }
        // Nothing is wider than the phone's screen.
        let overflow = b
            .client
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth;",
                vec![],
            )
            .await
            .expect("measure");
        if overflow.as_i64().unwrap_or(0) > 0 {
            let shot = b.screenshot("-overflow").await;
            let widest = b
                .client
                .execute(
                    "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth).slice(-3).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');",
                    vec![],
                )
                .await
                .unwrap_or_default();
            panic!(
                "{path} scrolls sideways by {overflow}px (too wide: {widest}; see {})",
                shot.display()
            );
        }
    }
    // The signed-out pages too.
    b.sign_out().await;
    for path in ["/sign-in", "/sign-up"] {
        b.goto(&app, path).await;
        for v in b.accessibility_violations().await {
            found.push(format!("{path}: {v}"));
        }
    }
    b.screenshot("").await;
    b.close().await;
    assert!(
        found.is_empty(),
        "serious or critical accessibility violations:\n{}",
        found.join("\n")
    );
}

/// An app with its worker, writing its messages as `.eml` files into a
/// temporary folder (returned: it lives as long as the test holds it).
async fn mailing_app() -> (TestApp, tempfile::TempDir) {
    let mail = tempfile::tempdir().expect("mail dir");
    let dir = mail.path().to_owned();
    let app = spawn_app_with(|s| {
        s.worker = WorkerMode::On;
        s.outbound.mail_dir = dir;
    })
    .await;
    (app, mail)
}

/// A person who forgot their password asks for a link from the sign-in
/// page, follows it from the message (an `.eml` file: no SMTP is set), sets
/// a new password and signs in with it.
#[tokio::test]
async fn a_forgotten_password_is_reset_from_the_sign_in_page() {
    use crate::smtp::{first_eml, link_in, parse_with_python};
    let (app, mail) = mailing_app().await;
    let mail_dir = mail.path().to_owned();
    app.confirmed_account("fay@example.org", "Fay").await;
    let new = "forgotten then found again";

    let b = Browser::open("forgot-password", 1024, 900).await;
    b.goto(&app, "/sign-in").await;
    b.click("a[href='/forgot-password']").await;
    b.fill("f-email", "fay@example.org").await;
    b.click("main form button[type=submit]").await;
    assert!(
        b.text().await.contains("is on its way"),
        "{}",
        b.text().await
    );

    let file = eventually("the reset message", || async { first_eml(&mail_dir) }).await;
    let parsed = parse_with_python(&std::fs::read(&file).expect("the message"));
    let text = parsed["text"].as_str().expect("a plain part");
    let link = link_in(text, &format!("{}/reset-password?token=", app.address))
        .expect("an absolute reset link");
    b.client.goto(&link).await.expect("open the link");
    b.fill("f-password", new).await;
    b.fill("f-password_again", new).await;
    b.click("main form button[type=submit]").await;
    assert_eq!(b.path().await, "/sign-in");
    assert!(b.text().await.contains("Your password was changed"));

    b.fill("f-email", "fay@example.org").await;
    b.fill("f-password", new).await;
    b.click("main form button[type=submit]").await;
    let page = b.text().await;
    assert!(
        page.contains("Sign out") && !page.contains("is wrong"),
        "signed in with the new password: {page}"
    );
    b.screenshot("").await;
    b.close().await;
}

/// A focal point invites someone from the members page; the invited person
/// follows the link from the message, creates an account from the
/// invitation's page, comes back to it, accepts, and lands in the workspace.
#[tokio::test]
async fn an_invitation_is_sent_from_the_members_page_and_accepted_by_a_new_account() {
    use crate::smtp::{first_eml, link_in, parse_with_python};
    let (app, mail) = mailing_app().await;
    let mail_dir = mail.path().to_owned();
    let fp = app
        .confirmed_account("fp@liberia-igf.example.org", "Liberia Focal Point")
        .await;
    app.register(
        &fp.token,
        crate::helpers::national("liberia-igf", "Liberia IGF", "LR"),
    )
    .await;

    let focal = Browser::open("invite-focal-point", 1024, 900).await;
    focal.sign_in(&app, &fp.email).await;
    focal.goto(&app, "/workspace/liberia-igf/members").await;
    focal.fill("f-email", "joe@example.org").await;
    focal.choose("f-invite-role", "editor").await;
    focal
        .click("form[action='/workspace/liberia-igf/invitations'] button")
        .await;
    let page = focal.text().await;
    assert!(
        page.contains("An invitation is on its way to joe@example.org")
            && page.contains("Pending invitations"),
        "{page}"
    );
    focal.close().await;

    let file = eventually("the invitation", || async { first_eml(&mail_dir) }).await;
    let parsed = parse_with_python(&std::fs::read(&file).expect("the message"));
    let text = parsed["text"].as_str().expect("a plain part");
    let link = link_in(text, &format!("{}/invitations/", app.address)).expect("the link");

    let joe = Browser::open("invite-accept", 1024, 900).await;
    joe.client.goto(&link).await.expect("open the link");
    assert!(joe.text().await.contains("Invitation to Liberia IGF"));
    joe.click("main a[href^='/sign-up']").await;
    joe.fill("f-name", "Joe").await;
    joe.fill("f-email", "joe@example.org").await;
    joe.fill("f-password", PASSWORD).await;
    joe.fill("f-password_again", PASSWORD).await;
    joe.click("main form button[type=submit]").await;
    assert!(
        joe.path().await.starts_with("/invitations/"),
        "back to the invitation"
    );
    joe.click("main form button[type=submit]").await;
    assert_eq!(joe.path().await, "/workspace/liberia-igf");
    joe.screenshot("").await;
    joe.close().await;
    let members = app
        .get("/initiatives/liberia-igf/members", Some(&fp.token))
        .await;
    assert!(
        members.body["items"]
            .as_array()
            .expect("members")
            .iter()
            .any(|m| m["email"] == "joe@example.org" && m["role"] == "editor"),
        "{:?}",
        members.body
    );
}
