//! Bringing a registry in: `nri import` of the initiatives CSV (checked
//! whole before anything is written, idempotent, audited, statuses reached
//! by decisions with the reason `imported`) and of an `nri-export/1`
//! document (a restore that exports back identically), and the worker
//! following an import of hundreds of initiatives with one recomputation per
//! aggregate.
use crate::helpers::{TestApp, eventually_within, spawn_app, spawn_app_with};
use entity::job;
use nri_api::config::WorkerMode;
use nri_api::import::{Options, Rejected};
use nri_api::service::import::Outcome;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

const HEADER: &str = "slug,name,acronym,kind,country,coverage,un_region,parent,website,public_email,established_year,working_languages,status";

/// A file holding `text` in a fresh temporary directory (kept with the guard).
fn file(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// Imports `path` into `app`'s database as `as_email` (the bootstrap
/// account when `None`).
async fn import(app: &TestApp, path: &Path, as_email: Option<&str>) -> anyhow::Result<Outcome> {
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    let opts = Options {
        path: path.to_str().unwrap().to_owned(),
        format: None,
        as_email: as_email.map(str::to_owned),
    };
    nri_api::import::import(&db, &opts).await
}

/// The problems of an import that was refused.
fn problems(result: anyhow::Result<Outcome>) -> Vec<String> {
    let e = result.expect_err("the import is refused");
    match e.downcast_ref::<Rejected>() {
        Some(Rejected::Problems(p)) => p.iter().map(ToString::to_string).collect(),
        None => panic!("refused for another reason: {e:#}"),
    }
}

/// How many audit records the database holds.
async fn audit_count(app: &TestApp) -> usize {
    let r = app.get("/audit?limit=1", Some(&app.igf)).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    entity::audit_log::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn a_csv_import_creates_reaches_statuses_and_changes_nothing_the_second_time() {
    let app = spawn_app().await;
    let csv = format!(
        "\u{feff}{HEADER}\r\n\
         ci-igf,\"C\u{f4}te d'Ivoire IGF, the \"\"national\"\" forum\",CIIGF,national,CI,,africa,,https://ci-igf.example.org,contact@ci-igf.example.org,2014,fr en,recognized\r\n\
         wa-igf,West Africa IGF,,subregional,,CI GH LR,africa,,,,,,recognized\r\n\
         formula-igf,\"'=HYPERLINK(\"\"x\"\")\",,national,GH,,,,,,,,\r\n\
         ci-youth,Youth IGF C\u{f4}te d'Ivoire,,youth,CI,,,ci-igf,,,,fr,\r\n\
         old-igf,Old IGF,,national,LR,,,,,,,,lapsed\r\n"
    );
    let (_dir, path) = file("directory.csv", &csv);
    let outcome = import(&app, &path, None).await.expect("the import");
    assert_eq!(outcome.created, 5);
    assert_eq!(outcome.changed(), 5);
    assert_eq!(
        outcome.decisions, 4,
        "ci, wa: one step; old: two (via recognized)"
    );

    let ci = app.get("/initiatives/ci-igf", Some(&app.igf)).await;
    assert_eq!(ci.status, StatusCode::OK);
    assert_eq!(
        ci.body["name"],
        "C\u{f4}te d'Ivoire IGF, the \"national\" forum"
    );
    assert_eq!(ci.body["status"], "recognized");
    assert_eq!(
        ci.body["working_languages"],
        serde_json::json!(["fr", "en"])
    );
    assert_eq!(ci.body["established_year"], 2014);
    let formula = app.get("/initiatives/formula-igf", Some(&app.igf)).await;
    assert_eq!(
        formula.body["name"], "=HYPERLINK(\"x\")",
        "read back as written"
    );
    assert_eq!(formula.body["status"], "applicant", "no status: applicant");
    let youth = app.get("/initiatives/ci-youth", Some(&app.igf)).await;
    assert_eq!(
        youth.body["parent"], "ci-igf",
        "the parent is created first"
    );
    let old = app.get("/initiatives/old-igf", Some(&app.igf)).await;
    assert_eq!(old.body["status"], "lapsed");

    // Each status is a recorded decision with the reason `imported`, audited
    // as the importing account.
    let decisions = app
        .get("/initiatives/old-igf/recognition/decisions", Some(&app.igf))
        .await;
    let steps: Vec<(&str, &str)> = decisions.body["items"]
        .as_array()
        .expect("decisions")
        .iter()
        .map(|d| {
            (
                d["to_status"].as_str().unwrap(),
                d["reason"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(steps.contains(&("recognized", "imported")), "{steps:?}");
    assert!(steps.contains(&("lapsed", "imported")), "{steps:?}");
    let audit = app.audit_of("ci-igf").await;
    let actions: Vec<&str> = audit
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["initiative.create", "initiative.status"]);
    assert_eq!(audit[0]["actor_email"], "igf-secretariat@bootstrap.invalid");

    // The same file again: nothing changes, nothing is audited.
    let before = audit_count(&app).await;
    let again = import(&app, &path, None).await.expect("the second import");
    assert_eq!(again.changed(), 0);
    assert_eq!(again.unchanged, 5);
    assert!(again.to_string().starts_with("0 changed"), "{again}");
    assert_eq!(audit_count(&app).await, before);

    // The directory's export reads back unchanged, and exports identically
    // from an empty registry.
    let exported = app.export(&["--format", "csv"]).await;
    let (_d2, exported_path) = file("export.csv", &exported);
    let unchanged = import(&app, &exported_path, None).await.unwrap();
    assert_eq!(unchanged.changed(), 0, "{unchanged}");
    let elsewhere = spawn_app().await;
    let copied = import(&elsewhere, &exported_path, None).await.unwrap();
    assert_eq!(copied.created, 5);
    assert_eq!(elsewhere.export(&["--format", "csv"]).await, exported);

    // A file that leaves columns out keeps the stored values; an empty cell clears.
    let (_d3, partial) = file(
        "partial.csv",
        "slug,name,kind,website\r\nci-igf,C\u{f4}te d'Ivoire IGF,national,\r\n",
    );
    let changed = import(&app, &partial, None).await.unwrap();
    assert_eq!((changed.updated, changed.decisions), (1, 0));
    let ci = app.get("/initiatives/ci-igf", Some(&app.igf)).await;
    assert_eq!(ci.body["website"], Value::Null);
    assert_eq!(
        ci.body["country"], "CI",
        "a column the file leaves out is kept"
    );
    assert_eq!(ci.body["acronym"], "CIIGF");
    let audit = app.audit_of("ci-igf").await;
    assert_eq!(audit.last().unwrap()["action"], "initiative.update");
}

#[tokio::test]
async fn a_csv_with_bad_rows_names_every_problem_and_writes_nothing() {
    let app = spawn_app().await;
    let csv = format!(
        "{HEADER}\n\
         lr-igf,Liberia IGF,,national,LR,,,,,,,,recognized\n\
         zz-igf,Nowhere IGF,,national,ZZ,,,,,,,,\n\
         wa-igf,West Africa IGF,,regional,,,africa,,,,,,\n\
         lr-igf,Liberia IGF again,,national,LR,,,,,,,,\n"
    );
    let (_dir, path) = file("bad.csv", &csv);
    let before = audit_count(&app).await;

    // The real binary: non-zero exit, each problem on its own line of stderr.
    let out = crate::helpers::nri_command()
        .args(["import", path.to_str().unwrap()])
        .env("NRI_DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .await
        .expect("nri import runs");
    assert!(!out.status.success(), "an import with problems fails");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("line ")).collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(lines[0].starts_with("line 3: country: "), "{stderr}");
    assert!(lines[1].starts_with("line 4: coverage: "), "{stderr}");
    assert!(
        lines[2].starts_with("line 5: slug: `lr-igf` appears twice (first at line 2)"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was imported"), "{stderr}");

    // Nothing was written, not even the valid first row.
    let lr = app.get("/initiatives/lr-igf", Some(&app.igf)).await;
    assert_eq!(lr.status, StatusCode::NOT_FOUND);
    assert_eq!(audit_count(&app).await, before);

    // A status the machine never reaches from the stored one is a problem too.
    let (_d, ok) = file(
        "ok.csv",
        &format!("{HEADER}\nlr-igf,Liberia IGF,,national,LR,,,,,,,,withdrawn\n"),
    );
    import(&app, &ok, None).await.unwrap();
    let (_d2, back) = file(
        "back.csv",
        &format!("{HEADER}\nlr-igf,Liberia IGF,,national,LR,,,,,,,,recognized\n"),
    );
    assert_eq!(
        problems(import(&app, &back, None).await),
        ["line 2: status: an initiative cannot go from `withdrawn` to `recognized`"]
    );
}

#[tokio::test]
async fn only_the_igf_secretariat_imports() {
    let app = spawn_app().await;
    let focal = app.sign_up("focal@example.org", "Focal").await;
    let (_dir, path) = file(
        "one.csv",
        &format!("{HEADER}\nlr-igf,Liberia IGF,,national,LR,,,,,,,,\n"),
    );
    let refused = import(&app, &path, Some(&focal.email)).await.unwrap_err();
    assert!(
        refused.to_string().contains("only the IGF Secretariat"),
        "{refused:#}"
    );
    let unknown = import(&app, &path, Some("nobody@example.org"))
        .await
        .unwrap_err();
    assert!(unknown.to_string().contains("no account"), "{unknown:#}");
    assert_eq!(
        app.get("/initiatives/lr-igf", Some(&app.igf)).await.status,
        StatusCode::NOT_FOUND
    );
    // A named IGF Secretariat account imports, and is the audited actor.
    app.make_igf_secretariat(focal.id).await;
    import(&app, &path, Some(&focal.email)).await.unwrap();
    let audit = app.audit_of("lr-igf").await;
    assert_eq!(audit[0]["actor_email"], "focal@example.org");
}

/// An export without the moment it was made: what must survive a round trip.
fn without_time(text: &str) -> Value {
    let mut doc: Value = serde_json::from_str(text).unwrap();
    doc.as_object_mut().unwrap().remove("exported_at");
    doc
}

#[tokio::test]
async fn export_then_import_into_an_empty_registry_exports_identically() {
    let source = spawn_app().await;
    let db = nri_api::db::connect(&source.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();
    let first = source.export(&["--with-accounts"]).await;
    let (_dir, path) = file("registry.json", &first);

    let target = spawn_app().await;
    let outcome = import(&target, &path, None).await.expect("the restore");
    assert_eq!(outcome.created, 4, "{outcome}");
    let second = target.export(&["--with-accounts"]).await;
    let (a, b) = (without_time(&first), without_time(&second));
    if a != b {
        // Name the first difference rather than print two whole documents.
        for (i, (x, y)) in a["initiatives"]
            .as_array()
            .unwrap()
            .iter()
            .zip(b["initiatives"].as_array().unwrap())
            .enumerate()
        {
            for key in x.as_object().unwrap().keys() {
                assert_eq!(x[key], y[key], "initiative {i}: {key}");
            }
        }
        assert_eq!(a["accounts"], b["accounts"]);
    }
    assert_eq!(a, b);

    // The restore is audited and announced like any other change.
    let audit = target.audit_of("liberia-igf").await;
    assert_eq!(audit[0]["action"], "initiative.restore");
    let liberia_report = target
        .get("/initiatives/liberia-igf/reports/2025", None)
        .await;
    assert_eq!(
        liberia_report.status,
        StatusCode::OK,
        "{:?}",
        liberia_report.body
    );

    // Again: nothing changes and nothing is audited.
    let before = audit_count(&target).await;
    let again = import(&target, &path, None).await.unwrap();
    assert_eq!(again.changed(), 0, "{again}");
    assert_eq!(audit_count(&target).await, before);

    // A broken document names each problem by its JSON pointer.
    let mut broken: Value = serde_json::from_str(&first).unwrap();
    broken["initiatives"][1]["profile"]["country"] = "ZZ".into();
    broken["initiatives"][2]["reports"][0]["versions"][0]["submitted_by"] = "not-an-email".into();
    let (_d2, broken_path) = file("broken.json", &broken.to_string());
    let fresh = spawn_app().await;
    let found = problems(import(&fresh, &broken_path, None).await);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("/initiatives/1/profile/country: ")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("/initiatives/2: names a person by `not-an-email`")),
        "{found:?}"
    );
    assert_eq!(
        fresh
            .get("/initiatives/liberia-igf", Some(&fresh.igf))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "nothing written"
    );
}

#[tokio::test]
async fn an_import_of_200_initiatives_recomputes_each_aggregate_once() {
    let source = spawn_app().await;
    let db = nri_api::db::connect(&source.database_url).await.unwrap();
    let spec = nri_api::synthetic::Synthetic {
        initiatives: 200,
        years: 2,
        submitted: 0,
        seed: 7,
    };
    nri_api::synthetic::load(&db, &spec).await.unwrap();
    let (_dir, path) = file("synthetic.json", &source.export(&[]).await);

    let target = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let outcome = import(&target, &path, None).await.expect("the import");
    assert!(outcome.created > 200, "{outcome}");

    // Wait for the worker to follow: the outbox relayed and no job waiting.
    let target_db = nri_api::db::connect(&target.database_url).await.unwrap();
    eventually_within(
        Duration::from_secs(120),
        "the worker to follow the import",
        || async {
            let pending = entity::outbox_event::Entity::find()
                .filter(entity::outbox_event::Column::ProcessedAt.is_null())
                .all(&target_db)
                .await
                .ok()?;
            let waiting = job::Entity::find()
                .filter(job::Column::Kind.is_in(["aggregate", "aggregate_refresh"]))
                .filter(job::Column::Status.is_in(["queued", "running"]))
                .all(&target_db)
                .await
                .ok()?;
            (pending.is_empty() && waiting.is_empty()).then_some(())
        },
    )
    .await;
    let mut runs: BTreeMap<String, usize> = BTreeMap::new();
    // A recomputation, whether of a change or a refresh (one dedupe key).
    for j in job::Entity::find()
        .filter(job::Column::Kind.is_in(["aggregate", "aggregate_refresh"]))
        .all(&target_db)
        .await
        .unwrap()
    {
        *runs
            .entry(j.dedupe_key.expect("aggregate jobs have a key"))
            .or_default() += 1;
    }
    assert!(runs.len() > 10, "every scope and year: {}", runs.len());
    let twice: Vec<_> = runs.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "computed more than once: {twice:?}");
    let global = target
        .get(
            &format!(
                "/aggregates/global/{}.json",
                chrono::Utc::now().format("%Y")
            ),
            None,
        )
        .await;
    assert_eq!(global.status, StatusCode::OK, "{:?}", global.body);
}

#[tokio::test]
async fn recompute_all_reports_its_progress_in_plain_lines_off_a_terminal() {
    let app = spawn_app().await;
    let db = nri_api::db::connect(&app.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();
    let out = crate::helpers::nri_command()
        .args(["admin", "recompute-all"])
        .env("NRI_DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "error")
        .output()
        .await
        .expect("nri admin recompute-all runs");
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("aggregates recomputed"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr
        .lines()
        .rfind(|l| l.starts_with("recomputing aggregates: "))
        .unwrap_or_else(|| panic!("no progress lines: {stderr}"));
    let (done, total) = last["recomputing aggregates: ".len()..]
        .split_once('/')
        .expect("done/total");
    assert_eq!(done, total, "the last line says it is complete: {last}");
}

/// The content of a served aggregate: without the moment it was computed
/// and the change it reflects.
fn aggregate_content(mut body: Value) -> Value {
    let o = body.as_object_mut().expect("an aggregate is an object");
    o.remove("generated_at");
    o.remove("change_seq");
    body
}

/// A restore writes accepted reports directly (no report event): the
/// running worker still folds them into the aggregates, the same as a full
/// recomputation of the source registry gives.
#[tokio::test]
async fn accepted_reports_restored_by_an_import_are_aggregated_without_a_restart() {
    let source = spawn_app().await;
    let db = nri_api::db::connect(&source.database_url).await.unwrap();
    nri_api::demo::load(&db).await.unwrap();
    worker::aggregation::recompute_all(&db, "http://127.0.0.1")
        .await
        .unwrap();
    let path = "/aggregates/global/2025.json";
    let want = source.get(path, None).await;
    assert_eq!(want.status, StatusCode::OK, "{:?}", want.body);
    let want = aggregate_content(want.body);
    assert!(
        want["reporting"].as_u64().unwrap() >= 2,
        "the demo's accepted 2025 reports: {want}"
    );
    let (_dir, export) = file("registry.json", &source.export(&[]).await);

    let target = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    import(&target, &export, None).await.expect("the restore");
    let got = eventually_within(
        Duration::from_secs(60),
        "the restored reports in the global aggregate",
        || async {
            let r = target.get(path, None).await;
            let got = (r.status == StatusCode::OK).then(|| aggregate_content(r.body))?;
            (got["reporting"] == want["reporting"]).then_some(got)
        },
    )
    .await;
    assert_eq!(got, want);
}
