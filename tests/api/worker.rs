//! The worker: accepted reports reach exactly the aggregates they affect,
//! transitively, within a deadline; aggregates are served with ETags and as
//! CSV; failed jobs are listed and retryable.
use crate::helpers::{
    Account, TestApp, eventually, eventually_within, forum, national, spawn_app_with,
};
use crate::reports::complete_report;
use entity::{aggregate, job};
use nri_api::config::WorkerMode;
use reqwest::StatusCode;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Database, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use serde_json::{Value, json};
use std::time::Duration;

pub(crate) async fn aggregate_of(app: &TestApp, scope: &str, year: i32) -> Option<Value> {
    let r = app
        .get(&format!("/aggregates/{scope}/{year}.json"), None)
        .await;
    (r.status == StatusCode::OK).then_some(r.body)
}

fn slugs(agg: &Value) -> Vec<String> {
    agg["contributing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["slug"].as_str().unwrap().to_owned())
        .collect()
}

struct Registry {
    app: TestApp,
    liberia: Account,
    moldova: Account,
}

async fn registry() -> Registry {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let liberia = app.sign_up("focal@liberia.example.org", "Liberia").await;
    let moldova = app.sign_up("focal@moldova.example.org", "Moldova").await;
    let forums = app.sign_up("forums@example.org", "Forums").await;
    app.register(
        &forums.token,
        forum(
            "african-igf",
            "African IGF",
            "regional",
            "africa",
            &["LR", "GH"],
        ),
    )
    .await;
    app.register(
        &forums.token,
        forum(
            "west-africa-igf",
            "West Africa IGF",
            "subregional",
            "africa",
            &["LR", "GH"],
        ),
    )
    .await;
    app.register(&liberia.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.register(&moldova.token, json!({ "slug": "moldova-igf", "name": "Moldova IGF", "kind": "national", "country": "MD", "working_languages": ["ro", "ru", "en"] })).await;
    app.put(
        "/initiatives/west-africa-igf/contributes-to",
        Some(&forums.token),
        json!({ "targets": ["african-igf"] }),
    )
    .await;
    app.put(
        "/initiatives/liberia-igf/contributes-to",
        Some(&liberia.token),
        json!({ "targets": ["west-africa-igf"] }),
    )
    .await;
    for slug in [
        "african-igf",
        "west-africa-igf",
        "liberia-igf",
        "moldova-igf",
    ] {
        app.decide(slug, "recognized").await;
    }
    Registry {
        app,
        liberia,
        moldova,
    }
}

pub(crate) async fn accept(app: &TestApp, token: &str, slug: &str, body: Value) {
    let r = format!("/initiatives/{slug}/reports/2025");
    assert!(app.put(&r, Some(token), body).await.status.is_success());
    assert_eq!(
        app.post(&format!("{r}/submit"), Some(token), json!({}))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        app.post(
            &format!("{r}/review"),
            Some(&app.igf),
            json!({ "decision": "accept" })
        )
        .await
        .status,
        StatusCode::OK
    );
}

pub(crate) fn liberia_report() -> Value {
    let mut r = complete_report(2025);
    r["edition"] = json!("Liberia IGF 2025");
    r["city"] = json!("Monrovia");
    r["country"] = json!("LR");
    r["languages"] = json!(["en"]);
    r["key_messages"] = json!([{ "text": { "en": "Cybersecurity policy needs every stakeholder." }, "theme": "cybersecurity_and_trust" }]);
    r
}

/// Whether `agg` lists `slug` as missing, and if so as overdue or not.
fn missing_overdue(agg: &Value, slug: &str) -> Option<bool> {
    agg["missing"]
        .as_array()?
        .iter()
        .find(|m| m["slug"] == slug)
        .and_then(|m| m["overdue"].as_bool())
}

#[tokio::test]
async fn a_report_of_an_earlier_year_opens_that_year_and_its_submission_ends_overdue() {
    use chrono::Datelike;
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let focal = app.sign_up("focal@liberia.example.org", "Liberia").await;
    app.register(&focal.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    app.decide("liberia-igf", "recognized").await;
    let this_year = chrono::Utc::now().year();
    eventually("this year's global aggregate to list Liberia", || async {
        missing_overdue(
            &aggregate_of(&app, "global", this_year).await?,
            "liberia-igf",
        )
        .map(|_| ())
    })
    .await;

    // The report of two years ago: due on 31 March of last year, overdue
    // while it is not submitted. Opening it is no event; its submission is,
    // and from then every scope covers that year and the years since, not
    // only the scopes Liberia feeds.
    let year = this_year - 2;
    let path = format!("/initiatives/liberia-igf/reports/{year}");
    let mut body = complete_report(year);
    body["country"] = json!("LR");
    body["languages"] = json!(["en"]);
    body["key_messages"] =
        json!([{ "text": { "en": "Rural connectivity." }, "theme": "access_and_connectivity" }]);
    assert!(
        app.put(&path, Some(&focal.token), body)
            .await
            .status
            .is_success()
    );
    let submit = app
        .post(&format!("{path}/submit"), Some(&focal.token), json!({}))
        .await;
    assert_eq!(submit.status, StatusCode::OK, "{:?}", submit.body);
    for scope in ["global", "un-region/africa"] {
        eventually(
            &format!("{scope} {year}: Liberia missing, not overdue"),
            || async {
                (missing_overdue(&aggregate_of(&app, scope, year).await?, "liberia-igf")
                    == Some(false))
                .then_some(())
            },
        )
        .await;
    }
    for (scope, year) in [("un-region/weog", year), ("global", year + 1)] {
        eventually(&format!("{scope} {year}"), || async {
            aggregate_of(&app, scope, year).await.map(|_| ())
        })
        .await;
    }
    // Returned for changes, it is unsubmitted again: overdue.
    let r = app
        .post(
            &format!("{path}/review"),
            Some(&app.igf),
            json!({ "decision": "return", "comment": "Add the participation by gender." }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    eventually(&format!("global {year}: Liberia overdue again"), || async {
        (missing_overdue(&aggregate_of(&app, "global", year).await?, "liberia-igf") == Some(true))
            .then_some(())
    })
    .await;
}

#[tokio::test]
async fn an_accepted_report_reaches_exactly_the_scopes_it_feeds() {
    let Registry {
        app,
        liberia,
        moldova,
    } = registry().await;
    accept(&app, &liberia.token, "liberia-igf", liberia_report()).await;

    for scope in [
        "initiative/west-africa-igf",
        "initiative/african-igf",
        "un-region/africa",
        "global",
    ] {
        let agg = eventually(scope, || async {
            aggregate_of(&app, scope, 2025)
                .await
                .filter(|a| slugs(a) == ["liberia-igf"])
        })
        .await;
        assert_eq!(agg["participation"]["total"], 200, "{scope}");
        assert_eq!(
            agg["key_messages"][0]["messages"][0]["initiative"],
            "liberia-igf"
        );
        assert_eq!(
            agg["key_messages"][0]["messages"][0]["report_url"],
            "/api/v1/initiatives/liberia-igf/reports/2025"
        );
        assert!(agg["change_seq"].as_i64().unwrap() > 0 && agg["generated_at"].is_string());
    }
    let africa = aggregate_of(&app, "un-region/africa", 2025).await.unwrap();
    assert_eq!(africa["reporting"], 1);
    assert!(
        aggregate_of(&app, "un-region/weog", 2025)
            .await
            .is_none_or(|a| slugs(&a).is_empty())
    );

    // A change to Moldova's report recomputes Eastern Europe and global, and no African scope.
    let db = Database::connect(&app.database_url).await.unwrap();
    let seq = |scope: &'static str| {
        let db = &db;
        async move {
            aggregate::Entity::find_by_id((scope.to_owned(), 2025))
                .one(db)
                .await
                .unwrap()
                .map(|a| a.change_seq)
        }
    };
    // Every recomputation Liberia's report queued has run: its submission's
    // refresh can already show the acceptance, committed meanwhile, and the
    // acceptance's own recomputation follow it.
    eventually("the worker to finish Liberia's recomputations", || async {
        job::Entity::find()
            .filter(job::Column::Kind.is_in(["aggregate", "aggregate_refresh"]))
            .filter(job::Column::Status.is_in(["queued", "running"]))
            .count(&db)
            .await
            .ok()
            .filter(|n| *n == 0)
    })
    .await;
    let african_before = [
        seq("initiative/west-africa-igf").await,
        seq("initiative/african-igf").await,
        seq("un-region/africa").await,
    ];
    accept(&app, &moldova.token, "moldova-igf", complete_report(2025)).await;
    let ee = eventually("eastern europe", || async {
        aggregate_of(&app, "un-region/eastern_europe", 2025)
            .await
            .filter(|a| slugs(a) == ["moldova-igf"])
    })
    .await;
    eventually("global with both", || async {
        aggregate_of(&app, "global", 2025)
            .await
            .filter(|a| slugs(a) == ["liberia-igf", "moldova-igf"])
    })
    .await;
    let african_after = [
        seq("initiative/west-africa-igf").await,
        seq("initiative/african-igf").await,
        seq("un-region/africa").await,
    ];
    assert_eq!(
        african_before, african_after,
        "no African scope was recomputed for Moldova"
    );
    assert!(
        ee["change_seq"].as_i64() > african_before[2],
        "Moldova's change is later than Liberia's"
    );

    // Reopening Liberia's report takes it out again.
    let r = app
        .post(
            "/initiatives/liberia-igf/reports/2025/reopen",
            Some(&app.igf),
            json!({ "reason": "recount" }),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    for scope in [
        "initiative/west-africa-igf",
        "initiative/african-igf",
        "un-region/africa",
    ] {
        let agg = eventually(scope, || async {
            aggregate_of(&app, scope, 2025)
                .await
                .filter(|a| slugs(a).is_empty())
        })
        .await;
        let missing: Vec<&str> = agg["missing"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["slug"].as_str().unwrap())
            .collect();
        assert!(
            missing.contains(&"liberia-igf"),
            "{scope}: a recognised initiative without a report is missing: {missing:?}"
        );
    }
    eventually("global without Liberia", || async {
        aggregate_of(&app, "global", 2025)
            .await
            .filter(|a| slugs(a) == ["moldova-igf"])
    })
    .await;
}

#[tokio::test]
async fn aggregates_are_served_with_etags_and_as_csv() {
    let Registry { app, liberia, .. } = registry().await;
    accept(&app, &liberia.token, "liberia-igf", liberia_report()).await;
    eventually("global", || async {
        aggregate_of(&app, "global", 2025)
            .await
            .filter(|a| !slugs(a).is_empty())
    })
    .await;
    let r = app.get("/aggregates/global/2025", None).await;
    assert_eq!(r.status, StatusCode::OK);
    let etag = r.etag();
    assert!(
        r.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age")
    );
    let again = app
        .send(
            reqwest::Method::GET,
            "/aggregates/global/2025",
            None,
            None,
            &[("if-none-match", &etag)],
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    let csv = app
        .client
        .get(app.url("/aggregates/global/2025.csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = csv.text().await.unwrap();
    let text = text
        .strip_prefix('\u{feff}')
        .expect("the CSV starts with a byte-order mark");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "slug,name,kind,kind_name,edition,start_date,end_date,participants,report_url"
    );
    assert!(
        lines[1]
            .starts_with("liberia-igf,Liberia IGF,national,National,Liberia IGF 2025,2025-10-01"),
        "{text}"
    );
    // Bad scopes and years name their parameter.
    assert_eq!(
        app.get("/aggregates/un-region/mars/2025", None)
            .await
            .fields(),
        ["scope"]
    );
    assert_eq!(
        app.get("/aggregates/global/twenty", None).await.fields(),
        ["year"]
    );
    assert_eq!(
        app.get("/aggregates/global/1999", None).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn failed_jobs_are_listed_and_can_be_retried() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let a = app.sign_up("a@example.org", "A").await;
    let db = Database::connect(&app.database_url).await.unwrap();
    let now = chrono::Utc::now();
    let bad = job::ActiveModel {
        kind: Set("no-such-kind".into()),
        payload: Set("{}".into()),
        status: Set("queued".into()),
        attempts: Set(0),
        max_attempts: Set(1),
        run_at: Set(now),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let failed = eventually("the job to fail", || async {
        let r = app.get("/jobs?status=failed", Some(&app.igf)).await;
        r.body["items"].as_array().and_then(|a| a.first().cloned())
    })
    .await;
    assert_eq!(failed["id"], bad.id);
    assert!(
        failed["last_error"]
            .as_str()
            .unwrap()
            .contains("no-such-kind")
    );
    assert_eq!(
        app.get("/jobs?status=failed", Some(&a.token)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post(
            &format!("/jobs/{}/retry", bad.id),
            Some(&a.token),
            json!({})
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post(
            &format!("/jobs/{}/retry", bad.id),
            Some(&app.igf),
            json!({})
        )
        .await
        .status,
        StatusCode::ACCEPTED
    );
    // It runs again (and, having no handler, fails again): the retry was real.
    eventually("the retried job to fail again", || async {
        let j = job::Entity::find_by_id(bad.id)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        (j.status == "failed" && j.attempts == 1 && j.updated_at > failed_at(&failed)).then_some(())
    })
    .await;
    assert_eq!(
        app.post("/jobs/999999/retry", Some(&app.igf), json!({}))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

fn failed_at(job: &Value) -> chrono::DateTime<chrono::Utc> {
    job["updated_at"].as_str().unwrap().parse().unwrap()
}

/// Several `nri worker` processes against one PostgreSQL: 1,000 jobs are each
/// done exactly once, and the worker killed with SIGKILL in the middle of a
/// job loses nothing: another finishes that job after its lease expires.
/// (SQLite has a single in-process worker by design, so this runs in the
/// PostgreSQL pass.)
#[tokio::test]
async fn worker_processes_share_the_queue_and_survive_a_kill() {
    use entity::probe_run;
    use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter, QuerySelect};
    if std::env::var("NRI_TEST_DATABASE_URL")
        .unwrap_or_default()
        .is_empty()
    {
        eprintln!(
            "worker_processes_share_the_queue_and_survive_a_kill: PostgreSQL only; it runs in the PostgreSQL pass"
        );
        return;
    }
    let app = crate::helpers::spawn_app().await;
    let url = app.database_url.clone();
    let cli = |args: &[&str]| {
        let mut argv = vec!["nri", "admin", "--database-url", url.as_str()];
        argv.extend_from_slice(args);
        <nri_api::cli::Cli as clap::Parser>::parse_from(argv)
    };
    // The oldest job takes 3 s: whichever worker claims it is certainly in the
    // middle of it when killed (its lease is 2 s, so it is taken over after).
    nri_api::cli::run(cli(&["queue-probe", "--jobs", "1", "--work-ms", "3000"]))
        .await
        .unwrap();
    nri_api::cli::run(cli(&["queue-probe", "--jobs", "1000", "--work-ms", "3"]))
        .await
        .unwrap();
    let db = Database::connect(&url).await.unwrap();
    let long_job = job::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|j| j.id)
        .min()
        .unwrap();
    let mut workers: Vec<tokio::process::Child> = (0..3)
        .map(|_| {
            crate::helpers::nri_command()
                .arg("worker")
                .env("NRI_DATABASE_URL", &url)
                // Each worker serves its probes; three on one host need three ports.
                .env("NRI_WORKER_BIND", "127.0.0.1:0")
                .env("NRI_WORKER_LEASE_SECS", "2")
                .env("RUST_LOG", "warn")
                .kill_on_drop(true)
                .spawn()
                .expect("the nri binary starts")
        })
        .collect();
    let holder = eventually("a worker to take the long job", || async {
        let j = job::Entity::find_by_id(long_job)
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        (j.status == "running").then_some(j.locked_by.unwrap_or_default())
    })
    .await;
    let victim = workers
        .iter()
        .position(|w| {
            w.id()
                .is_some_and(|pid| holder.starts_with(&format!("worker-{pid}-")))
        })
        .expect("the holder is one of ours");
    workers[victim].start_kill().expect("SIGKILL");
    let _ = workers[victim].wait().await;

    let runs = || async { probe_run::Entity::find().count(&db).await.unwrap() };
    let done = || async {
        job::Entity::find()
            .filter(job::Column::Status.eq("done"))
            .count(&db)
            .await
            .unwrap()
    };
    eventually_within(Duration::from_secs(120), "1001 probe jobs done", || async {
        (done().await >= 1001).then_some(())
    })
    .await;
    assert_eq!(runs().await, 1001, "every job ran exactly once");
    let distinct: Vec<i64> = probe_run::Entity::find()
        .select_only()
        .column(probe_run::Column::JobId)
        .distinct()
        .into_tuple()
        .all(&db)
        .await
        .unwrap();
    assert_eq!(distinct.len(), 1001);
    let long_run = probe_run::Entity::find()
        .filter(probe_run::Column::JobId.eq(long_job))
        .one(&db)
        .await
        .unwrap()
        .expect("the long job ran");
    assert_ne!(
        long_run.worker, holder,
        "the killed worker's job was finished by a survivor"
    );
    let long = job::Entity::find_by_id(long_job)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        long.attempts, 2,
        "claimed twice: by the killed worker, then after its lease"
    );
    let survivors: Vec<String> = probe_run::Entity::find()
        .select_only()
        .column(probe_run::Column::Worker)
        .distinct()
        .into_tuple()
        .all(&db)
        .await
        .unwrap();
    assert_eq!(
        survivors.len(),
        2,
        "both survivors worked, the killed one recorded nothing: {survivors:?}"
    );
    assert!(!survivors.contains(&holder));
    for (i, w) in workers.iter_mut().enumerate() {
        if i != victim {
            let _ = w.start_kill();
        }
    }
}
