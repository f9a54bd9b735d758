//! The demo registry and the command line: `nri demo` loads real initiatives
//! from public facts (idempotently), and `nri admin` manages accounts and roles.
use crate::helpers::spawn_app;
use clap::Parser;
use nri_api::cli::{Cli, run};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn the_demo_records_its_initiatives_as_the_api_does() {
    let app = spawn_app().await;
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();
    let records = app.audit_of("liberia-igf").await;
    let actions: Vec<&str> = records
        .iter()
        .filter_map(|r| r["action"].as_str())
        .filter(|a| !a.starts_with("report"))
        .collect();
    assert_eq!(
        actions,
        [
            "initiative.create",
            "secretariat.update",
            "committee.add",
            "committee.add",
            "committee.add",
            "committee.add",
            "contributes_to.update",
            "initiative.status",
        ]
    );
    let record = |action: &str| {
        records
            .iter()
            .find(|r| r["action"] == action)
            .unwrap_or_else(|| panic!("no {action} record"))
    };
    let created = record("initiative.create");
    assert_eq!(
        created["actor_email"], "focal-point@liberia-igf.example.org",
        "registered by its focal point"
    );
    assert_eq!(created["after"]["status"], "applicant");
    let hosted = &record("secretariat.update")["after"];
    assert_eq!(
        hosted["host_organisation"],
        "Ministry of Post and Telecommunications"
    );
    assert_eq!(
        hosted["focal_point"]["email"],
        "focal-point@liberia-igf.example.org"
    );
    let links = &record("contributes_to.update")["after"]["targets"];
    let targets: Vec<_> = links
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["slug"].clone())
        .collect();
    assert_eq!(targets, [json!("african-igf"), json!("west-africa-igf")]);

    // The demo's registration record has the shape of the API's.
    let focal = app
        .sign_up("api-focal@example.org", "API focal point")
        .await;
    app.register(
        &focal.token,
        crate::helpers::national("ghana-igf", "Ghana IGF", "GH"),
    )
    .await;
    let by_api = &app.audit_of("ghana-igf").await[0];
    let keys = |r: &serde_json::Value| {
        let mut k: Vec<String> = r["after"].as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(by_api["action"], "initiative.create");
    assert_eq!(keys(created), keys(by_api));
}

#[tokio::test]
async fn the_demo_registry_is_alive_and_loads_once() {
    let app = spawn_app().await;
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();
    let audit_before = app.get("/audit?limit=100", Some(&app.igf)).await.body["items"]
        .as_array()
        .unwrap()
        .len();
    nri_api::demo::load(&db).await.unwrap();
    let audit_after = app.get("/audit?limit=100", Some(&app.igf)).await.body["items"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(audit_before, audit_after, "a second load changes nothing");

    let r = app.get("/initiatives", None).await;
    let slugs: Vec<_> = r.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].clone())
        .collect();
    assert_eq!(
        slugs,
        [
            "african-igf",
            "liberia-igf",
            "moldova-igf",
            "west-africa-igf"
        ]
    );
    assert!(
        r.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["status"] == "recognized")
    );

    let liberia = app.get("/initiatives/liberia-igf", None).await;
    assert_eq!(liberia.body["un_region"], "africa");
    let links = app
        .get("/initiatives/liberia-igf/contributes-to", None)
        .await;
    assert_eq!(
        links.body["targets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["slug"].clone())
            .collect::<Vec<_>>(),
        [json!("african-igf"), json!("west-africa-igf")]
    );
    let links = app
        .get("/initiatives/west-africa-igf/contributes-to", None)
        .await;
    assert_eq!(links.body["targets"][0]["slug"], "african-igf");
    let s = app.get("/initiatives/liberia-igf/secretariat", None).await;
    assert_eq!(
        s.body["host_organisation"],
        "Ministry of Post and Telecommunications"
    );
    assert_eq!(s.body["city"], "Monrovia");

    let moldova = app.get("/initiatives/moldova-igf", None).await;
    assert_eq!(moldova.body["un_region"], "eastern_europe");
    assert_eq!(moldova.body["working_languages"], json!(["ro", "ru", "en"]));
    let c = app.get("/initiatives/moldova-igf/committee", None).await;
    assert_eq!(
        c.body["counts_by_stakeholder_group"]
            .as_object()
            .unwrap()
            .len(),
        6
    );
    let s = app.get("/initiatives/moldova-igf/secretariat", None).await;
    assert_eq!(
        s.body["host_organisation"],
        "Association \"Comunitatea Internet\""
    );

    // Reports: two accepted and public, one awaiting review, one overdue.
    let migf = app.get("/initiatives/moldova-igf/reports/2025", None).await;
    assert_eq!(migf.status, StatusCode::OK, "{:?}", migf.body);
    assert_eq!(migf.body["status"], "accepted");
    assert_eq!(migf.body["content"]["venue"], "Student Hub ASEM");
    assert_eq!(migf.body["content"]["preparation"]["open_call"], true);
    let ligf = app.get("/initiatives/liberia-igf/reports/2025", None).await;
    assert_eq!(ligf.body["status"], "accepted");
    let queue = |status: &'static str| {
        let app = &app;
        async move {
            let r = app
                .get(&format!("/reports?status={status}"), Some(&app.igf))
                .await;
            r.body["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["initiative"].clone())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(queue("submitted").await, [json!("west-africa-igf")]);
    assert_eq!(queue("overdue").await, [json!("african-igf")]);
    assert_eq!(queue("accepted").await.len(), 2);
    let versions = app
        .get(
            "/initiatives/liberia-igf/reports/2025/versions",
            Some(&app.igf),
        )
        .await;
    assert_eq!(versions.body["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn admin_commands_create_users_and_grant_roles() {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@example.org", "Focal").await;
    app.register(
        &focal.token,
        crate::helpers::national("liberia-igf", "Liberia IGF", "LR"),
    )
    .await;
    let url = app.database_url.clone();
    let admin = |args: &[&str]| {
        let mut argv = vec!["nri", "admin", "--database-url", url.as_str()];
        argv.extend_from_slice(args);
        Cli::parse_from(argv)
    };
    run(admin(&[
        "create-user",
        "--email",
        "Reviewer@Example.org",
        "--name",
        "Reviewer",
        "--igf-secretariat",
    ]))
    .await
    .unwrap();
    run(admin(&[
        "grant",
        "--email",
        "reviewer@example.org",
        "--initiative",
        "liberia-igf",
        "--role",
        "viewer",
    ]))
    .await
    .unwrap();
    let members = app
        .get("/initiatives/liberia-igf/members", Some(&app.igf))
        .await;
    let emails: Vec<_> = members.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["email"].clone())
        .collect();
    assert_eq!(
        emails,
        [json!("focal@example.org"), json!("reviewer@example.org")]
    );
    let grants = app
        .audit_of("liberia-igf")
        .await
        .into_iter()
        .filter(|r| r["action"] == "member.put")
        .count();
    assert_eq!(grants, 1, "the grant is audited like any other");
    // Errors are reported, not panics: an unknown role, a duplicate user.
    assert!(
        run(admin(&[
            "grant",
            "--email",
            "reviewer@example.org",
            "--initiative",
            "liberia-igf",
            "--role",
            "owner"
        ]))
        .await
        .is_err()
    );
    assert!(
        run(admin(&[
            "create-user",
            "--email",
            "reviewer@example.org",
            "--name",
            "Again"
        ]))
        .await
        .is_err()
    );
    assert_eq!(
        app.get("/initiatives/liberia-igf", None).await.status,
        StatusCode::UNAUTHORIZED
    );
}
