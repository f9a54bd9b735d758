//! The SPEC's access table, row by row: each resource asked by anonymous,
//! another tenant's focal point, a viewer, an editor, the focal point and the
//! IGF Secretariat, with the exact status expected. Anonymous gets 401; a
//! caller who may not read the resource gets 404 (another tenant's private
//! data does not reveal itself); one who may read it but lacks the right, 403.
use crate::helpers::{Account, TestApp, national, spawn_app};
use reqwest::Method;
use serde_json::{Value, json};

const WHO: [&str; 6] = [
    "anonymous",
    "other tenant",
    "viewer",
    "editor",
    "focal point",
    "IGF Secretariat",
];

struct Fixture {
    app: TestApp,
    other: Account,
    viewer: Account,
    editor: Account,
    focal: Account,
    committee_id: i64,
}

impl Fixture {
    fn token(&self, who: usize) -> Option<&str> {
        match who {
            0 => None,
            1 => Some(&self.other.token),
            2 => Some(&self.viewer.token),
            3 => Some(&self.editor.token),
            4 => Some(&self.focal.token),
            _ => Some(&self.app.igf),
        }
    }

    /// The current ETag of `path`, read by the IGF Secretariat (who can read everything).
    async fn etag(&self, path: &str) -> String {
        let r = self.app.get(path, Some(&self.app.igf)).await;
        r.headers
            .get("etag")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    }

    /// Sends the same request as each caller in turn; returns a mismatch line per wrong status.
    async fn row(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        expected: [u16; 6],
    ) -> Vec<String> {
        let mut wrong = vec![];
        for (who, want) in expected.iter().enumerate() {
            // The profile and the secretariat require If-Match; committee members take it optionally.
            let needs_etag = (method == Method::PATCH && !path.contains("/committee/"))
                || (method == Method::PUT && path.ends_with("/secretariat"));
            let etag = if needs_etag {
                self.etag(path).await
            } else {
                String::new()
            };
            let headers: Vec<(&str, &str)> = if needs_etag {
                vec![("if-match", etag.as_str())]
            } else {
                vec![]
            };
            let r = self
                .app
                .send(
                    method.clone(),
                    path,
                    self.token(who),
                    body.as_ref(),
                    &headers,
                )
                .await;
            if r.status.as_u16() != *want {
                wrong.push(format!(
                    "{method} {path} as {}: got {}, expected {want} ({})",
                    WHO[who], r.status, r.body
                ));
            } else if r.status.as_u16() >= 400 {
                assert_eq!(
                    r.content_type(),
                    "application/problem+json",
                    "{method} {path} as {}",
                    WHO[who]
                );
            }
        }
        wrong
    }
}

async fn fixture() -> Fixture {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@liberia.example.org", "Focal").await;
    let editor = app.sign_up("editor@liberia.example.org", "Editor").await;
    let viewer = app.sign_up("viewer@liberia.example.org", "Viewer").await;
    let other = app
        .sign_up("focal@moldova.example.org", "Other tenant")
        .await;
    app.sign_up("newcomer@example.org", "Newcomer").await;
    app.register(&focal.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.register(&other.token, national("moldova-igf", "Moldova IGF", "MD"))
        .await;
    app.register(&other.token, json!({ "slug": "west-africa-igf", "name": "WAIGF", "kind": "subregional", "un_region": "africa", "coverage": ["LR"] })).await;
    app.decide("west-africa-igf", "recognized").await;
    assert_eq!(
        app.grant("liberia-igf", &focal.token, &editor.email, "editor")
            .await
            .status,
        201
    );
    assert_eq!(
        app.grant("liberia-igf", &focal.token, &viewer.email, "viewer")
            .await
            .status,
        201
    );
    let c = app
        .post(
            "/initiatives/liberia-igf/committee",
            Some(&focal.token),
            json!({ "name": "Member", "stakeholder_group": "academia", "role": "member", "term_start": "2025-01-01" }),
        )
        .await;
    let committee_id = c.body["id"].as_i64().unwrap();
    Fixture {
        app,
        other,
        viewer,
        editor,
        focal,
        committee_id,
    }
}

fn secretariat_body() -> Value {
    json!({ "host_organisation": "Host", "focal_point": { "name": "Focal", "email": "focal@liberia.example.org" } })
}

fn committee_body() -> Value {
    json!({ "name": "New member", "stakeholder_group": "government", "role": "member", "term_start": "2025-01-01" })
}

#[tokio::test]
async fn access_to_a_private_initiative() {
    let f = fixture().await;
    let p = "/initiatives/liberia-igf";
    let mut wrong = vec![];
    wrong.extend(
        f.row(Method::GET, p, None, [401, 404, 200, 200, 200, 200])
            .await,
    );
    wrong.extend(
        f.row(
            Method::PATCH,
            p,
            Some(json!({ "acronym": "LIGF" })),
            [401, 404, 403, 200, 200, 403],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/secretariat"),
            None,
            [401, 404, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::PUT,
            &format!("{p}/secretariat"),
            Some(secretariat_body()),
            [401, 404, 403, 200, 200, 403],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/committee"),
            None,
            [401, 404, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::POST,
            &format!("{p}/committee"),
            Some(committee_body()),
            [401, 404, 403, 201, 201, 403],
        )
        .await,
    );
    let member = format!("{p}/committee/{}", f.committee_id);
    wrong.extend(
        f.row(
            Method::PATCH,
            &member,
            Some(json!({ "city": "Monrovia" })),
            [401, 404, 403, 200, 200, 403],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/contributes-to"),
            None,
            [401, 404, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::PUT,
            &format!("{p}/contributes-to"),
            Some(json!({ "targets": ["west-africa-igf"] })),
            [401, 404, 403, 200, 200, 403],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/members"),
            None,
            [401, 404, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::PUT,
            &format!("{p}/members/newcomer@example.org"),
            Some(json!({ "role": "viewer" })),
            [401, 404, 403, 403, 201, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/recognition/decisions"),
            None,
            [401, 404, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            "/audit?initiative=liberia-igf",
            None,
            [401, 404, 200, 200, 200, 200],
        )
        .await,
    );
    // Only the IGF Secretariat changes status; the focal point may not.
    wrong.extend(
        f.row(
            Method::POST,
            &format!("{p}/recognition/decisions"),
            Some(json!({ "status": "recognized", "reason": "criteria met" })),
            [401, 404, 403, 403, 403, 201],
        )
        .await,
    );
    assert!(
        wrong.is_empty(),
        "access table mismatches:\n{}",
        wrong.join("\n")
    );

    // The private initiative is not in another tenant's directory, but is in its members'.
    let listed = |r: crate::helpers::Reply| {
        r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["slug"] == "liberia-igf")
    };
    assert!(listed(
        f.app.get("/initiatives", Some(&f.viewer.token)).await
    ));
    assert!(listed(f.app.get("/initiatives", Some(&f.app.igf)).await));
}

#[tokio::test]
async fn access_to_a_recognised_then_suspended_initiative() {
    let f = fixture().await;
    f.app.decide("liberia-igf", "recognized").await;
    let p = "/initiatives/liberia-igf";
    let mut wrong = vec![];
    wrong.extend(
        f.row(Method::GET, p, None, [200, 200, 200, 200, 200, 200])
            .await,
    );
    wrong.extend(
        f.row(
            Method::PATCH,
            p,
            Some(json!({ "acronym": "LIGF" })),
            [401, 403, 403, 200, 200, 403],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/secretariat"),
            None,
            [200, 200, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::PUT,
            &format!("{p}/secretariat"),
            Some(secretariat_body()),
            [401, 403, 403, 200, 200, 403],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/committee"),
            None,
            [200, 200, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::POST,
            &format!("{p}/committee"),
            Some(committee_body()),
            [401, 403, 403, 201, 201, 403],
        )
        .await,
    );
    let member = format!("{p}/committee/{}", f.committee_id);
    wrong.extend(
        f.row(
            Method::DELETE,
            &member,
            None,
            [401, 403, 403, 204, 404, 403],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/contributes-to"),
            None,
            [200, 200, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::PUT,
            &format!("{p}/contributes-to"),
            Some(json!({ "targets": [] })),
            [401, 403, 403, 200, 200, 403],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/members"),
            None,
            [401, 404, 200, 200, 200, 200],
        )
        .await,
    );
    let newcomer = format!("{p}/members/newcomer@example.org");
    wrong.extend(
        f.row(
            Method::PUT,
            &newcomer,
            Some(json!({ "role": "viewer" })),
            [401, 404, 403, 403, 201, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::DELETE,
            &newcomer,
            None,
            [401, 404, 403, 403, 204, 404],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            &format!("{p}/recognition/decisions"),
            None,
            [401, 404, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::GET,
            "/audit?initiative=liberia-igf",
            None,
            [401, 404, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::POST,
            &format!("{p}/recognition/decisions"),
            Some(json!({ "status": "suspended", "reason": "no report for two cycles" })),
            [401, 404, 403, 403, 403, 201],
        )
        .await,
    );
    // Suspended: private again.
    wrong.extend(
        f.row(Method::GET, p, None, [401, 404, 200, 200, 200, 200])
            .await,
    );
    assert!(
        wrong.is_empty(),
        "access table mismatches:\n{}",
        wrong.join("\n")
    );
}

#[tokio::test]
async fn personal_data_is_for_members_and_the_igf_secretariat() {
    let f = fixture().await;
    f.app.decide("liberia-igf", "recognized").await;
    let s = "/initiatives/liberia-igf/secretariat";
    for who in [2, 3, 4, 5] {
        let r = f.app.get(s, f.token(who)).await;
        assert_eq!(
            r.body["focal_point"]["email"], "focal@liberia.example.org",
            "{}",
            WHO[who]
        );
    }
    for who in [0, 1] {
        let r = f.app.get(s, f.token(who)).await;
        assert!(
            r.body["focal_point"].get("email").is_none(),
            "{}: {:?}",
            WHO[who],
            r.body
        );
    }
    let c = "/initiatives/liberia-igf/committee";
    assert_eq!(f.app.get(c, f.token(1)).await.body["view"], "public");
    assert_eq!(f.app.get(c, f.token(2)).await.body["view"], "full");
    assert_eq!(f.app.get(c, f.token(5)).await.body["view"], "full");
}

#[tokio::test]
async fn status_changes_follow_the_spec() {
    let f = fixture().await;
    let path = "/initiatives/liberia-igf/recognition/decisions";
    // An applicant cannot be suspended: 409 naming the current status and the allowed ones.
    let r = f
        .app
        .post(
            path,
            Some(&f.app.igf),
            json!({ "status": "suspended", "reason": "test" }),
        )
        .await;
    assert_eq!(r.status, 409, "{:?}", r.body);
    assert_eq!(r.body["current"], "applicant");
    assert_eq!(r.body["allowed"], json!(["recognized", "withdrawn"]));
    // A reason is required.
    let r = f
        .app
        .post(
            path,
            Some(&f.app.igf),
            json!({ "status": "recognized", "reason": "  " }),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.fields(), ["/reason"]);
    let r = f
        .app
        .post(path, Some(&f.app.igf), json!({ "status": "recognized" }))
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.fields(), ["/reason"]);
    // applicant → recognized → suspended → recognized → lapsed → withdrawn, each kept.
    for s in [
        "recognized",
        "suspended",
        "recognized",
        "lapsed",
        "withdrawn",
    ] {
        f.app.decide("liberia-igf", s).await;
    }
    let r = f
        .app
        .post(
            path,
            Some(&f.app.igf),
            json!({ "status": "recognized", "reason": "back" }),
        )
        .await;
    assert_eq!(r.status, 409);
    let list = f.app.get(path, Some(&f.focal.token)).await;
    let to: Vec<_> = list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["to_status"].clone())
        .collect();
    assert_eq!(
        to,
        [
            "recognized",
            "suspended",
            "recognized",
            "lapsed",
            "withdrawn"
        ]
    );
}

#[tokio::test]
async fn an_initiative_keeps_a_focal_point() {
    let f = fixture().await;
    let me = format!("/initiatives/liberia-igf/members/{}", f.focal.id);
    let r = f.app.delete(&me, Some(&f.focal.token)).await;
    assert_eq!(r.status, 409, "{:?}", r.body);
    let r = f
        .app
        .put(&me, Some(&f.focal.token), json!({ "role": "editor" }))
        .await;
    assert_eq!(r.status, 409);
    // With a second focal point, the first may step down.
    assert_eq!(
        f.app
            .grant(
                "liberia-igf",
                &f.focal.token,
                &f.editor.email,
                "focal_point"
            )
            .await
            .status,
        200
    );
    assert_eq!(f.app.delete(&me, Some(&f.focal.token)).await.status, 204);
    // Once removed, the former focal point is an outsider to the private initiative.
    assert_eq!(
        f.app
            .get("/initiatives/liberia-igf", Some(&f.focal.token))
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn a_hidden_initiative_answers_exactly_like_a_missing_one() {
    let f = fixture().await;
    for path in [
        "",
        "/secretariat",
        "/committee",
        "/members",
        "/recognition/decisions",
    ] {
        let hidden = f
            .app
            .get(&format!("/initiatives/liberia-igf{path}"), f.token(1))
            .await;
        let missing = f
            .app
            .get(&format!("/initiatives/no-such-igf{path}"), f.token(1))
            .await;
        assert_eq!(hidden.status, 404, "{path}");
        assert_eq!(missing.status, 404, "{path}");
        let hidden_detail = hidden.body["detail"]
            .as_str()
            .unwrap()
            .replace("liberia-igf", "SLUG");
        let missing_detail = missing.body["detail"]
            .as_str()
            .unwrap()
            .replace("no-such-igf", "SLUG");
        assert_eq!(hidden_detail, missing_detail, "{path}");
        assert_eq!(hidden.body["type"], missing.body["type"], "{path}");
    }
}

#[tokio::test]
async fn access_to_the_callers_own_notification_choices() {
    let f = fixture().await;
    let choices = json!({
        "report_submitted": true, "report_returned": true, "report_accepted": true,
        "report_reopened": true, "report_due": false, "new_applicant": true, "at_risk": true
    });
    let mut wrong = vec![];
    wrong.extend(
        f.row(
            Method::GET,
            "/me/notifications",
            None,
            [401, 200, 200, 200, 200, 200],
        )
        .await,
    );
    wrong.extend(
        f.row(
            Method::PUT,
            "/me/notifications",
            Some(choices),
            [401, 200, 200, 200, 200, 200],
        )
        .await,
    );
    // Open to anyone holding a message's link; a token never sent is refused alike.
    wrong.extend(
        f.row(
            Method::POST,
            "/notifications/unsubscribe",
            Some(json!({ "token": "never-sent" })),
            [400, 400, 400, 400, 400, 400],
        )
        .await,
    );
    assert!(
        wrong.is_empty(),
        "access table mismatches:\n{}",
        wrong.join("\n")
    );
}

#[tokio::test]
async fn access_to_ones_own_account() {
    let f = fixture().await;
    let mut wrong = vec![];
    wrong.extend(
        f.row(Method::GET, "/me", None, [401, 200, 200, 200, 200, 200])
            .await,
    );
    // Every signed-up caller may ask for a link to its unconfirmed address;
    // the IGF Secretariat's (bootstrap) address counts as confirmed.
    wrong.extend(
        f.row(
            Method::POST,
            "/me/email-verification",
            None,
            [401, 202, 202, 202, 202, 409],
        )
        .await,
    );
    // Open: the token is the secret, and a forged one is refused for everyone.
    wrong.extend(
        f.row(
            Method::POST,
            "/email-verifications/confirm",
            Some(json!({ "token": "forged" })),
            [400, 400, 400, 400, 400, 400],
        )
        .await,
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
