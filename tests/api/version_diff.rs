//! The comparison of a report's submitted versions (issue 15): submitted,
//! returned, two fields changed, resubmitted; the page of version 2 names
//! exactly those two fields (in the reader's language), version 1 says it
//! is the first, the review page and the workspace link them, and only the
//! initiative's members and the IGF Secretariat may open them.
use crate::helpers::{Account, PASSWORD, TestApp, forum, national, spawn_app};
use crate::pages::{Page, Visitor};
use crate::reports::complete_report;
use reqwest::{Method, StatusCode};
use serde_json::json;
use std::collections::BTreeSet;

const R: &str = "/initiatives/moldova-igf/reports/2025";
const V1: &str = "/initiatives/moldova-igf/reports/2025/versions/1";
const V2: &str = "/initiatives/moldova-igf/reports/2025/versions/2";

struct Setup {
    app: TestApp,
    focal: Account,
    viewer: Account,
    /// A member of a forum Moldova feeds into: sees only whether it reported.
    forum: Account,
    /// The focal point of another initiative.
    other: Account,
    reviewer: Account,
}

/// Moldova's 2025 report submitted, returned, changed in its edition and
/// venue, and submitted again: versions 1 and 2.
async fn setup() -> Setup {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@migf.example.org", "Focal").await;
    let viewer = app.sign_up("viewer@migf.example.org", "Viewer").await;
    let forum_user = app.sign_up("focal@seedig.example.org", "Forum").await;
    let other = app.sign_up("focal@liberia.example.org", "Other").await;
    let reviewer = app.sign_up("reviewer@igf.example.org", "Reviewer").await;
    app.make_igf_secretariat(reviewer.id).await;
    app.register(&focal.token, json!({ "slug": "moldova-igf", "name": "Moldova IGF", "kind": "national", "country": "MD", "working_languages": ["ro", "ru", "en"] })).await;
    app.register(
        &forum_user.token,
        forum("seedig", "SEEDIG", "subregional", "eastern_europe", &["MD"]),
    )
    .await;
    app.register(&other.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.grant("moldova-igf", &focal.token, &viewer.email, "viewer")
        .await;
    let linked = app
        .put(
            "/initiatives/moldova-igf/contributes-to",
            Some(&focal.token),
            json!({ "targets": ["seedig"] }),
        )
        .await;
    assert_eq!(linked.status, StatusCode::OK, "{:?}", linked.body);
    app.decide("moldova-igf", "recognized").await;

    let first = app.put(R, Some(&focal.token), complete_report(2025)).await;
    assert_eq!(first.status, StatusCode::CREATED, "{:?}", first.body);
    submit(&app, &focal).await;
    let returned = app
        .post(
            &format!("{R}/review"),
            Some(&reviewer.token),
            json!({ "decision": "return", "comment": "Name the edition in full; the venue moved." }),
        )
        .await;
    assert_eq!(returned.status, StatusCode::OK, "{:?}", returned.body);
    let mut second = complete_report(2025);
    second["edition"] = "MIGF 2025: the tenth edition".into();
    second["venue"] = "Moldova State University".into();
    let etag = app.get(R, Some(&focal.token)).await.etag();
    let edited = app
        .write_if_match(Method::PUT, R, Some(&focal.token), &etag, second)
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{:?}", edited.body);
    submit(&app, &focal).await;
    Setup {
        app,
        focal,
        viewer,
        forum: forum_user,
        other,
        reviewer,
    }
}

async fn submit(app: &TestApp, who: &Account) {
    let r = app
        .post(&format!("{R}/submit"), Some(&who.token), json!({}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
}

/// A browser signed in as `who`.
async fn signed_in<'a>(app: &'a TestApp, who: &Account) -> Visitor<'a> {
    let mut v = Visitor::new(app);
    let p = v
        .submit(
            "/sign-in",
            "/sign-in",
            &[("email", who.email.as_str()), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER, "sign-in: {}", p.body);
    v
}

/// The fields a comparison page names: its rows' `data-field`.
fn changed_fields(page: &Page) -> BTreeSet<String> {
    page.body
        .split("<tr data-field=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn the_comparison_names_exactly_the_fields_changed_between_versions() {
    let s = setup().await;
    let mut reviewer = signed_in(&s.app, &s.reviewer).await;
    let page = reviewer.get(V2).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(
        changed_fields(&page),
        BTreeSet::from(["edition".to_owned(), "venue".to_owned()]),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("What changed since version 1"),
        "{}",
        page.body
    );
    assert!(page.body.contains("2 fields changed."), "{}", page.body);
    // Both values of each field, and the version itself below.
    for text in [
        "<td>MIGF 2025</td><td>MIGF 2025: the tenth edition</td>",
        "<td>Student Hub ASEM</td><td>Moldova State University</td>",
    ] {
        assert!(page.body.contains(text), "{text} in {}", page.body);
    }
    assert!(page.body.contains("Version 2 as submitted"));
    assert!(
        page.body
            .contains("href=\"/review/reports/moldova-igf/2025\""),
        "the reviewer goes back to the review"
    );

    // The first version has nothing before it.
    let first = reviewer.get(V1).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    assert!(changed_fields(&first).is_empty());
    assert!(first.body.contains("This is the first submitted version"));
    assert!(first.body.contains("MIGF 2025</dd>"), "{}", first.body);

    // The review page links each version: the later ones to what changed.
    let review = reviewer.get("/review/reports/moldova-igf/2025").await;
    assert_eq!(review.status, StatusCode::OK, "{}", review.body);
    assert!(
        review.body.contains(&format!("<a href=\"{V1}\">open</a>")),
        "{}",
        review.body
    );
    assert!(
        review
            .body
            .contains(&format!("<a href=\"{V2}\">what changed</a>"))
    );
}

#[tokio::test]
async fn field_names_and_changes_read_in_the_readers_language() {
    let s = setup().await;
    let mut focal = signed_in(&s.app, &s.focal).await;
    focal.cookies.insert("lang".into(), "fr".into());
    let page = focal.get(V2).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("<html lang=\"fr\""));
    assert!(
        page.body
            .contains("<tr data-field=\"edition\"><th scope=\"row\">Édition</th><td>Modifié</td>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<th scope=\"row\">Lieu</th>"));
    assert!(page.body.contains("2 champs ont changé."));
    // A member goes back to the report in the workspace, which links the latest version.
    assert!(
        page.body
            .contains("href=\"/workspace/moldova-igf/reports/2025\"")
    );
    let workspace = focal.get("/workspace/moldova-igf").await;
    assert!(
        workspace.body.contains(&format!("href=\"{V2}\"")),
        "{}",
        workspace.body
    );
}

#[tokio::test]
async fn only_members_and_the_igf_secretariat_may_compare_versions() {
    let s = setup().await;
    // Right roles: the IGF Secretariat, the focal point, a viewer.
    for who in [&s.reviewer, &s.focal, &s.viewer] {
        let mut v = signed_in(&s.app, who).await;
        let p = v.get(V2).await;
        assert_eq!(p.status, StatusCode::OK, "{}: {}", who.email, p.body);
        assert_eq!(changed_fields(&p).len(), 2, "{}", who.email);
    }
    // Wrong role: a forum Moldova feeds may see whether it reported, not
    // what it wrote (403). Wrong tenant: another initiative's focal point
    // learns nothing, not even that there is something (404).
    for (who, status) in [
        (&s.forum, StatusCode::FORBIDDEN),
        (&s.other, StatusCode::NOT_FOUND),
    ] {
        let mut v = signed_in(&s.app, who).await;
        let p = v.get(V2).await;
        assert_eq!(p.status, status, "{}: {}", who.email, p.body);
        assert!(
            !p.body.contains("Moldova State University"),
            "{}",
            who.email
        );
        assert!(changed_fields(&p).is_empty());
    }
    // Anonymous: sent to sign in, and back here afterwards.
    let mut anonymous = Visitor::new(&s.app);
    let p = anonymous.get(V2).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    assert_eq!(
        p.location.as_deref(),
        Some("/sign-in?next=%2Finitiatives%2Fmoldova-igf%2Freports%2F2025%2Fversions%2F2")
    );
    // A version that does not exist is a page that says so.
    let mut reviewer = signed_in(&s.app, &s.reviewer).await;
    let p = reviewer
        .get("/initiatives/moldova-igf/reports/2025/versions/3")
        .await;
    assert_eq!(p.status, StatusCode::NOT_FOUND, "{}", p.body);
}
