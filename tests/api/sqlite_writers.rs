//! Many writers on one database at once: clients create, edit, submit and
//! accept reports and edit profiles through two API processes (this one and
//! an `nri serve` on the same database), while an `nri worker` process and
//! the in-process worker recompute the aggregates and a read load runs. No
//! client may see the database busy (no 5xx: neither a 500 from
//! `SQLITE_BUSY` nor a 503), and every acknowledged write is there after.
//!
//! On SQLite this is what one writing connection per process whose
//! transactions begin `IMMEDIATE` buys (`db::Db`, `worker::write`): a
//! deferred transaction that reads and then writes while another process
//! commits gets `SQLITE_BUSY` at once, without waiting. On PostgreSQL the
//! same load shows its pools answer every write too.
use crate::helpers::{Reply, TestApp, eventually, spawn_app_with};
use crate::multiprocess::{serve, work};
use crate::reports::complete_report;
use futures::future::join_all;
use nri_api::config::WorkerMode;
use reqwest::{Method, StatusCode};
use serde_json::json;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Initiatives written at once, each by its own focal point.
const INITIATIVES: usize = 6;

/// The report years each initiative drafts, edits, submits and has accepted.
const YEARS: std::ops::RangeInclusive<i32> = 2019..=2024;

/// Profile edits per initiative, beside its reports.
const PROFILE_EDITS: usize = 8;

/// Clients reading while the writers write.
const READERS: usize = 4;

/// Every answer that was not the one expected, with what was asked.
#[derive(Default)]
struct Mismatches(Mutex<Vec<String>>);

impl Mismatches {
    /// Records `reply` unless its status is `expected`.
    fn check(&self, what: &str, reply: &Reply, expected: StatusCode) {
        if reply.status != expected {
            self.0
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(format!(
                    "{what}: {} (expected {expected}) {}",
                    reply.status, reply.body
                ));
        }
    }

    fn all(&self) -> Vec<String> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

fn city(i: usize, year: i32) -> String {
    format!("City {i} {year}")
}

fn profile_name(i: usize, edit: usize) -> String {
    format!("Writers {i} IGF, edit {edit}")
}

/// Drafts, edits, submits and accepts each year's report of initiative `i`,
/// alternating between the two API processes at every step (so each step
/// also reads what the other process wrote).
async fn write_reports(apis: [&TestApp; 2], i: usize, slug: &str, token: &str, seen: &Mismatches) {
    for (step, year) in YEARS.enumerate() {
        let (a, b) = (apis[step % 2], apis[(step + 1) % 2]);
        let path = format!("/initiatives/{slug}/reports/{year}");
        let created = a.put(&path, Some(token), complete_report(year)).await;
        seen.check(&format!("create {path}"), &created, StatusCode::CREATED);
        if created.status != StatusCode::CREATED {
            continue;
        }
        let mut edited = complete_report(year);
        edited["city"] = json!(city(i, year));
        let edit = b
            .write_if_match(Method::PUT, &path, Some(token), &created.etag(), edited)
            .await;
        seen.check(&format!("edit {path}"), &edit, StatusCode::OK);
        let submitted = a
            .post(&format!("{path}/submit"), Some(token), json!({}))
            .await;
        seen.check(&format!("submit {path}"), &submitted, StatusCode::OK);
        let accepted = b
            .post(
                &format!("{path}/review"),
                Some(&b.igf),
                json!({ "decision": "accept" }),
            )
            .await;
        seen.check(&format!("accept {path}"), &accepted, StatusCode::OK);
    }
}

/// Edits initiative `i`'s profile `PROFILE_EDITS` times, through both processes.
async fn edit_profile(apis: [&TestApp; 2], i: usize, slug: &str, token: &str, seen: &Mismatches) {
    let path = format!("/initiatives/{slug}");
    let mut etag = apis[0].get(&path, Some(token)).await.etag();
    for edit in 0..PROFILE_EDITS {
        let patched = apis[edit % 2]
            .write_if_match(
                Method::PATCH,
                &path,
                Some(token),
                &etag,
                json!({ "name": profile_name(i, edit) }),
            )
            .await;
        seen.check(&format!("edit {path} ({edit})"), &patched, StatusCode::OK);
        if patched.status != StatusCode::OK {
            return;
        }
        etag = patched.etag();
    }
}

/// Reads aggregates, the directory and reports until `done`; any 5xx is a mismatch.
async fn read_load(api: &TestApp, slugs: &[String], done: &AtomicBool, seen: &Mismatches) {
    let mut n = 0usize;
    while !done.load(Ordering::Relaxed) {
        let year = 2019 + (n % 6) as i32;
        let path = match n % 3 {
            0 => format!("/aggregates/global/{year}.json"),
            1 => "/initiatives?limit=50".to_owned(),
            _ => format!("/initiatives/{}/reports/{year}", slugs[n % slugs.len()]),
        };
        let read = api.get(&path, None).await;
        if read.status.is_server_error() {
            seen.check(&format!("read {path}"), &read, StatusCode::OK);
        }
        n += 1;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_writers_never_see_the_database_busy_and_lose_nothing() {
    let app = spawn_app_with(|s| s.worker = WorkerMode::On).await;
    let other_process = serve(&app, &[]).await;
    let _worker_process = work(&app, &[]);
    let other = app.via(&other_process.address);
    let apis = [&app, &other];

    let mut initiatives = Vec::new();
    for i in 0..INITIATIVES {
        let slug = format!("writers-{i}-igf");
        let focal = app
            .sign_up(&format!("focal{i}@writers.example.org"), "Focal")
            .await;
        // Moldova's languages, which `complete_report` is written in.
        let body = json!({ "slug": slug, "name": format!("Writers {i} IGF"), "kind": "national", "country": "MD", "working_languages": ["ro", "ru", "en"] });
        app.register(&focal.token, body).await;
        app.decide(&slug, "recognized").await;
        initiatives.push((slug, focal.token));
    }
    let slugs: Vec<String> = initiatives.iter().map(|(s, _)| s.clone()).collect();

    let seen = Mismatches::default();
    let done = AtomicBool::new(false);
    let writers = async {
        let reports = initiatives
            .iter()
            .enumerate()
            .map(|(i, (slug, token))| write_reports(apis, i, slug, token, &seen));
        let profiles = initiatives
            .iter()
            .enumerate()
            .map(|(i, (slug, token))| edit_profile(apis, i, slug, token, &seen));
        futures::join!(join_all(reports), join_all(profiles));
        done.store(true, Ordering::Relaxed);
    };
    let readers = join_all((0..READERS).map(|r| read_load(apis[r % 2], &slugs, &done, &seen)));
    futures::join!(writers, readers);
    let mismatches = seen.all();
    assert!(
        mismatches.is_empty(),
        "{} answers were not what was expected:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );

    // Every acknowledged write is there, read back through both processes.
    for (i, (slug, token)) in initiatives.iter().enumerate() {
        for (step, year) in YEARS.enumerate() {
            let report = apis[step % 2]
                .get(&format!("/initiatives/{slug}/reports/{year}"), Some(token))
                .await;
            assert_eq!(report.status, StatusCode::OK, "{slug} {year}");
            assert_eq!(report.body["status"], "accepted", "{slug} {year}");
            assert_eq!(report.body["content"]["city"], json!(city(i, year)));
        }
        let profile = other.get(&format!("/initiatives/{slug}"), None).await;
        assert_eq!(
            profile.body["name"],
            json!(profile_name(i, PROFILE_EDITS - 1))
        );
    }
    // And the workers' writes: every year's global aggregate counts every initiative.
    for year in YEARS {
        eventually(
            &format!("the {year} global aggregate with every report"),
            || async {
                let agg = app
                    .get(&format!("/aggregates/global/{year}.json"), None)
                    .await;
                let contributing = agg.body["contributing"].as_array().map(Vec::len);
                (contributing == Some(INITIATIVES)).then_some(())
            },
        )
        .await;
    }
}
