//! The demo registry and the command line: `nri demo` loads real initiatives
//! from public facts (idempotently), and `nri admin` manages accounts and roles.
use crate::helpers::{TestApp, eventually, spawn_app, spawn_app_with};
use clap::Parser;
use entity::outbox_event;
use nri_api::cli::{Cli, run};
use nri_api::config::WorkerMode;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

/// An initiative's report records in the audit log, oldest first: (action, actor, after).
async fn report_trail(app: &TestApp, slug: &str) -> Vec<(String, String, Value)> {
    app.audit_of(slug)
        .await
        .into_iter()
        .filter(|r| {
            r["action"]
                .as_str()
                .is_some_and(|a| a.starts_with("report."))
        })
        .map(|r| {
            (
                r["action"].as_str().unwrap().to_owned(),
                r["actor_email"].as_str().unwrap().to_owned(),
                r["after"].clone(),
            )
        })
        .collect()
}

/// The demo files its reports through the services the API uses: the focal
/// point drafts and submits (in time for criterion 5), the IGF Secretariat
/// accepts, each step audited as the API audits it, and each acceptance is an
/// outbox event the worker turns into the year's aggregates.
#[tokio::test]
async fn the_demo_files_its_reports_as_the_api_would() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();

    let focal = "focal-point@liberia-igf.example.org";
    let igf = "igf-secretariat@example.org";
    let trail = report_trail(&app, "liberia-igf").await;
    let steps: Vec<_> = trail
        .iter()
        .map(|(a, who, _)| (a.as_str(), who.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            ("report.create", focal),
            ("report.submit", focal),
            ("report.accept", igf)
        ]
    );
    assert_eq!(trail[1].2, json!({ "status": "submitted", "version": 1 }));
    assert_eq!(trail[2].2, json!({ "status": "accepted", "comment": null }));
    let waigf: Vec<_> = report_trail(&app, "west-africa-igf")
        .await
        .into_iter()
        .map(|(a, _, _)| a)
        .collect();
    assert_eq!(waigf, ["report.create", "report.submit"]);
    let afigf: Vec<_> = report_trail(&app, "african-igf")
        .await
        .into_iter()
        .map(|(a, _, _)| a)
        .collect();
    assert_eq!(afigf, ["report.create"]);

    let report = app
        .get("/initiatives/liberia-igf/reports/2025", Some(&app.igf))
        .await;
    let submitted = report.body["submitted_at"].as_str().unwrap().to_owned();
    let due = report.body["due_date"].as_str().unwrap().to_owned();
    assert!(submitted[..10] < *due, "submitted {submitted}, due {due}");
    assert_eq!(report.body["reviews"][0]["decision"], "accept");
    let versions = app
        .get(
            "/initiatives/liberia-igf/reports/2025/versions",
            Some(&app.igf),
        )
        .await;
    assert_eq!(versions.body["items"][0]["submitted_at"], json!(submitted));

    let accepted: Vec<Value> = outbox_event::Entity::find()
        .filter(outbox_event::Column::Kind.eq("report.accepted"))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| serde_json::from_str(&e.payload).unwrap())
        .collect();
    assert_eq!(accepted.len(), 2, "{accepted:?}");
    assert!(accepted.contains(&json!({ "year": 2025, "version": 1, "initiative": "liberia-igf" })));
    let global = eventually(
        "the demo's accepted reports in the 2025 aggregate",
        || async {
            let r = app.get("/aggregates/global/2025.json", None).await;
            (r.status == StatusCode::OK && r.body["contributing"].as_array()?.len() == 2)
                .then_some(r.body)
        },
    )
    .await;
    assert_eq!(global["year"], 2025);
}

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

/// `nri admin <args>` on the database at `url`.
pub(crate) fn admin_command(url: &str, args: &[&str]) -> Cli {
    let mut argv = vec!["nri", "admin", "--database-url", url];
    argv.extend_from_slice(args);
    Cli::parse_from(argv)
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
    let admin = |args: &[&str]| admin_command(&app.database_url, args);
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

#[tokio::test]
async fn admin_create_user_and_create_token_are_audited_as_the_api_audits_them() {
    let app = spawn_app().await;
    let admin = |args: &[&str]| admin_command(&app.database_url, args);
    run(admin(&[
        "create-user",
        "--email",
        "operator@example.org",
        "--name",
        "Operator",
    ]))
    .await
    .unwrap();
    run(admin(&["create-token", "--email", "operator@example.org"]))
        .await
        .unwrap();
    let audit = app.get("/audit?limit=100", Some(&app.igf)).await;
    assert_eq!(audit.status, StatusCode::OK, "{:?}", audit.body);
    let records = audit.body["items"].as_array().unwrap();
    let of = |action: &str| {
        records
            .iter()
            .find(|r| r["action"] == action)
            .unwrap_or_else(|| panic!("no `{action}` record in {records:?}"))
            .clone()
    };
    let created = of("user.create");
    let user_id = created["after"]["id"].as_i64().unwrap();
    assert_eq!(created["target"], format!("user/{user_id}"));
    assert_eq!(created["after"]["email"], "operator@example.org");
    assert_eq!(created["after"]["platform_role"], json!(null));
    // Nobody is signed in on the command line: the new account is the actor,
    // as it is for a sign-up.
    assert_eq!(created["actor_id"], json!(user_id));
    assert!(created["request_id"].as_str().unwrap().starts_with("cli-"));
    let token = of("token.create");
    let token_id = token["after"]["id"].as_i64().unwrap();
    assert_eq!(token["target"], format!("token/{token_id}"));
    assert_eq!(token["after"]["name"], "cli");
    assert!(
        token["after"]["prefix"]
            .as_str()
            .unwrap()
            .starts_with("nri_")
    );
    assert!(token["request_id"].as_str().unwrap().starts_with("cli-"));
    // A token for nobody is an error, and writes nothing.
    assert!(
        run(admin(&["create-token", "--email", "nobody@example.org"]))
            .await
            .is_err()
    );
    let after = app.get("/audit?limit=100", Some(&app.igf)).await;
    assert_eq!(after.body["items"], audit.body["items"]);
}

/// The synthetic registry of the benchmarks goes through the services the
/// API uses: its focal point registers, links and files, the IGF Secretariat
/// recognises and accepts, each step audited and announced to the worker as
/// through the API, and the worker follows the events into the aggregates.
#[tokio::test]
async fn the_synthetic_registry_is_written_as_the_api_writes() {
    use chrono::Datelike;
    use nri_api::synthetic::{FOCAL_POINT, SECRETARIAT, Synthetic};
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    let spec = Synthetic {
        initiatives: 3,
        years: 2,
        submitted: 1,
        seed: 1,
    };
    nri_api::synthetic::load(&db, &spec).await.unwrap();
    let last = chrono::Utc::now().year() - 1;
    let country = nri_api::domain::countries::COUNTRIES[0]
        .code
        .to_ascii_lowercase();
    let first = format!("syn-0-{country}");

    let trail: Vec<(String, String)> = app
        .audit_of(&first)
        .await
        .into_iter()
        .map(|r| {
            (
                r["action"].as_str().unwrap().to_owned(),
                r["actor_email"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let step = |a: &str, who: &str| (a.to_owned(), who.to_owned());
    assert_eq!(
        trail,
        [
            step("initiative.create", FOCAL_POINT),
            step("contributes_to.update", FOCAL_POINT),
            step("initiative.status", SECRETARIAT),
            step("report.create", FOCAL_POINT),
            step("report.submit", FOCAL_POINT),
            step("report.create", FOCAL_POINT),
            step("report.submit", FOCAL_POINT),
            // The newest year's report of the first initiative stays submitted.
            step("report.accept", SECRETARIAT),
        ]
    );

    // Every change announced as the API announces it: 15 forums and 3
    // initiatives registered and recognised, 10 sub-regional forums and 3
    // initiatives linked, 6 reports submitted, less the one left submitted
    // accepted.
    let events = outbox_event::Entity::find().all(&db).await.unwrap();
    let of = |kind: &str| events.iter().filter(|e| e.kind == kind).count();
    assert_eq!(of("initiative.registered"), 18);
    assert_eq!(of("initiative.status_changed"), 18);
    assert_eq!(of("initiative.links_changed"), 13);
    assert_eq!(of("report.submitted"), 6);
    assert_eq!(of("report.accepted"), 5);
    assert_eq!(events.len(), 60, "{events:?}");
    let accepted = events.iter().find(|e| e.kind == "report.accepted").unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&accepted.payload).unwrap(),
        json!({ "year": last - 1, "version": 1, "initiative": first })
    );

    let submitted = app
        .get(
            &format!("/initiatives/{first}/reports/{last}"),
            Some(&app.igf),
        )
        .await;
    assert_eq!(submitted.body["status"], "submitted");
    for (year, contributing) in [(last - 1, 3), (last, 2)] {
        eventually(
            "the synthetic acceptances in the global aggregate",
            || async {
                let r = app
                    .get(&format!("/aggregates/global/{year}.json"), None)
                    .await;
                (r.status == StatusCode::OK
                    && r.body["contributing"].as_array()?.len() == contributing)
                    .then_some(())
            },
        )
        .await;
    }
}
