//! A secretariat's path through the registry: sign up, get a token, register
//! an initiative, fill the secretariat and committee, add an editor, link to a
//! regional initiative; then the IGF Secretariat recognises it.
use crate::helpers::{forum, national, spawn_app};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn a_secretariat_registers_and_fills_in_its_initiative() {
    let app = spawn_app().await;
    let focal = app
        .sign_up("coordinator@igf.org.lr", "Liberia IGF coordinator")
        .await;

    // Register: it starts as applicant and the creator is its focal point.
    let r = app
        .register(
            &focal.token,
            national("liberia-igf", "Liberia Internet Governance Forum", "lr"),
        )
        .await;
    assert_eq!(r.body["status"], "applicant");
    assert_eq!(r.body["un_region"], "africa", "derived from the country");
    assert_eq!(r.body["country"], "LR");
    assert_eq!(r.headers["location"], "/api/v1/initiatives/liberia-igf");
    let me = app.get("/me", Some(&focal.token)).await;
    assert_eq!(
        me.body["roles"],
        json!([{ "initiative": "liberia-igf", "initiative_name": "Liberia Internet Governance Forum", "role": "focal_point" }])
    );

    // The secretariat starts with the focal point named; fill it in.
    let s = app
        .get("/initiatives/liberia-igf/secretariat", Some(&focal.token))
        .await;
    assert_eq!(s.status, StatusCode::OK);
    assert_eq!(s.body["focal_point"]["email"], "coordinator@igf.org.lr");
    let s = app
        .write_if_match(
            Method::PUT,
            "/initiatives/liberia-igf/secretariat",
            Some(&focal.token),
            &s.etag(),
            json!({
                "host_organisation": "Ministry of Post and Telecommunications",
                "host_stakeholder_group": "government",
                "hosting_arrangement": "Agreed in August 2020 between ISOC Liberia Chapter, the LTA, the Ministry and a youth representative.",
                "agreement_date": "2020-08-01",
                "supporting_organisations": ["West Africa IGF", "African IGF"],
                "city": "Monrovia",
                "country": "LR",
                "contact_emails": ["info@igf.org.lr"],
                "focal_point": { "name": "Liberia IGF coordinator", "email": "coordinator@igf.org.lr" }
            }),
        )
        .await;
    assert_eq!(s.status, StatusCode::OK, "{:?}", s.body);
    assert_eq!(s.body["city"], "Monrovia");

    // The organising committee: three stakeholder groups.
    for (name, group, role) in [
        ("A. Chair", "government", "chair"),
        ("B. Member", "technical_community", "member"),
        ("C. Youth", "civil_society", "youth_representative"),
    ] {
        let c = app
            .post(
                "/initiatives/liberia-igf/committee",
                Some(&focal.token),
                json!({ "name": name, "stakeholder_group": group, "role": role, "term_start": "2025-01-01", "gender": "female", "listed_publicly": name != "C. Youth" }),
            )
            .await;
        assert_eq!(c.status, StatusCode::CREATED, "{:?}", c.body);
    }
    let committee = app
        .get("/initiatives/liberia-igf/committee", Some(&focal.token))
        .await;
    assert_eq!(committee.body["view"], "full");
    assert_eq!(committee.body["current_total"], 3);
    assert_eq!(
        committee.body["counts_by_stakeholder_group"]["government"],
        1
    );

    // An editor joins.
    let editor = app.sign_up("editor@igf.org.lr", "Report editor").await;
    let m = app
        .grant("liberia-igf", &focal.token, &editor.email, "editor")
        .await;
    assert_eq!(m.status, StatusCode::CREATED, "{:?}", m.body);
    let members = app
        .get("/initiatives/liberia-igf/members", Some(&editor.token))
        .await;
    let roles: Vec<_> = members.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].clone())
        .collect();
    assert_eq!(roles, [json!("focal_point"), json!("editor")]);

    // The editor declares the link to the regional forums.
    let waigf = app
        .sign_up("secretariat@waigf.example.org", "WAIGF secretariat")
        .await;
    app.register(
        &waigf.token,
        forum(
            "west-africa-igf",
            "West Africa IGF",
            "subregional",
            "africa",
            &["LR", "GH", "NG"],
        ),
    )
    .await;
    let link = app
        .put(
            "/initiatives/liberia-igf/contributes-to",
            Some(&editor.token),
            json!({ "targets": ["west-africa-igf"] }),
        )
        .await;
    assert_eq!(link.status, StatusCode::OK, "{:?}", link.body);
    assert_eq!(link.body["targets"][0]["slug"], "west-africa-igf");

    // Not yet public; the IGF Secretariat recognises it, and then it is.
    assert_eq!(
        app.get("/initiatives/liberia-igf", None).await.status,
        StatusCode::UNAUTHORIZED
    );
    let listed = app.get("/initiatives", None).await;
    assert_eq!(listed.body["items"], json!([]));
    let d = app.decide("liberia-igf", "recognized").await;
    assert_eq!(d.body["from_status"], "applicant");
    assert_eq!(d.body["to_status"], "recognized");
    let public = app.get("/initiatives/liberia-igf", None).await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(public.body["status"], "recognized");

    // The public sees the secretariat without the focal point's e-mail, and
    // the committee as counts and the names of listed members only.
    let s = app.get("/initiatives/liberia-igf/secretariat", None).await;
    assert_eq!(
        s.body["focal_point"],
        json!({ "name": "Liberia IGF coordinator" })
    );
    let c = app.get("/initiatives/liberia-igf/committee", None).await;
    assert_eq!(c.body["view"], "public");
    assert_eq!(c.body["current_total"], 3);
    let names: Vec<_> = c.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].clone())
        .collect();
    assert_eq!(names, [json!("A. Chair"), json!("B. Member")]);
    assert!(
        c.body["items"][0].get("gender").is_none(),
        "no personal data in public: {:?}",
        c.body
    );

    // Directory filters find it.
    for query in [
        "?country=LR",
        "?un_region=africa&kind=national",
        "?q=liberia",
        "?q=LIBERIA",
        "?status=recognized",
    ] {
        let r = app.get(&format!("/initiatives{query}"), None).await;
        let slugs: Vec<_> = r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["slug"].clone())
            .collect();
        assert_eq!(slugs, [json!("liberia-igf")], "{query}");
    }
    let r = app.get("/initiatives?un_region=weog", None).await;
    assert_eq!(r.body["items"], json!([]));
}

#[tokio::test]
async fn the_directory_pages_with_a_cursor() {
    let app = spawn_app().await;
    let a = app.sign_up("a@example.org", "A").await;
    for i in 0..5 {
        app.register(
            &a.token,
            national(&format!("nri-{i}"), &format!("NRI {i}"), "GH"),
        )
        .await;
    }
    let mut seen = vec![];
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/initiatives?limit=2&cursor={c}"),
            None => "/initiatives?limit=2".to_owned(),
        };
        let r = app.get(&path, Some(&a.token)).await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        for i in r.body["items"].as_array().unwrap() {
            seen.push(i["slug"].as_str().unwrap().to_owned());
        }
        match r.body["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen, ["nri-0", "nri-1", "nri-2", "nri-3", "nri-4"]);
    let bad = app.get("/initiatives?cursor=***", None).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.fields(), ["cursor"]);
}
