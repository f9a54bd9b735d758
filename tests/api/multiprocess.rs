//! Many processes, one truth: what one API process changes holds in every
//! other at its next request (roles, revocations, rate limits, idempotency
//! keys), whatever is killed loses nothing acknowledged, and SIGTERM stops a
//! process cleanly. The processes are the real `nri` binary, started here.
use crate::helpers::{TestApp, eventually, eventually_within, national, spawn_app};
use crate::worker::{aggregate_of, liberia_report};
use entity::{job, probe_run};
use reqwest::{Method, StatusCode};
use sea_orm::{ColumnTrait, Database, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use std::process::{ExitStatus, Stdio};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// How long a stopped process may take to exit: the API's drain bound (10 s)
/// or the worker's grace (set per test), with room for a loaded machine.
const EXIT_BOUND: Duration = Duration::from_secs(30);

/// An `nri` process this test started; killed if the test ends first.
pub(crate) struct Process {
    child: Child,
    /// `http://127.0.0.1:port` of an `nri serve`.
    pub(crate) address: String,
}

impl Process {
    fn pid(&self) -> u32 {
        self.child.id().expect("the process is running")
    }

    /// Sends `signal` (`TERM`, `KILL`) with the system's `kill`.
    async fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(self.pid().to_string())
            .status()
            .await
            .expect("kill runs");
        assert!(status.success(), "kill -{signal} {}", self.pid());
    }

    async fn exit_status(&mut self) -> ExitStatus {
        tokio::time::timeout(EXIT_BOUND, self.child.wait())
            .await
            .expect("the process exits within its bound")
            .expect("the exit status")
    }
}

fn nri(app: &TestApp, subcommand: &str, env: &[(&str, &str)]) -> Command {
    let mut cmd = crate::helpers::nri_command();
    cmd.arg(subcommand)
        .env("NRI_DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

/// `nri serve` with its worker off on `app`'s database, on a port of its own.
pub(crate) async fn serve(app: &TestApp, env: &[(&str, &str)]) -> Process {
    let mut child = nri(app, "serve", env)
        .env("NRI_BIND", "127.0.0.1:0")
        .env("NRI_WORKER", "off")
        .env("NRI_BOOTSTRAP_TOKEN", &app.igf)
        .stdout(Stdio::piped())
        .spawn()
        .expect("nri serve starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    // The banner names the port it bound: "listening on http://127.0.0.1:port".
    let address = tokio::time::timeout(Duration::from_secs(120), async {
        while let Some(line) = lines.next_line().await.expect("stdout reads") {
            if let Some((_, rest)) = line.split_once("listening on ") {
                return rest.split_whitespace().next().map(str::to_owned);
            }
        }
        None
    })
    .await
    .expect("nri serve says where it listens")
    .expect("nri serve printed its address before exiting");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Process { child, address }
}

/// `nri worker` on `app`'s database.
pub(crate) fn work(app: &TestApp, env: &[(&str, &str)]) -> Process {
    let child = nri(app, "worker", env)
        // Each worker's probes on a port of its own (two share this host).
        .env("NRI_WORKER_BIND", "127.0.0.1:0")
        .stdout(Stdio::null())
        .spawn()
        .expect("nri worker starts");
    Process {
        child,
        address: String::new(),
    }
}

/// Whether this run is against PostgreSQL (the production shape).
fn on_postgres() -> bool {
    std::env::var("NRI_TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty())
}

async fn sign_in(api: &TestApp, email: &str, password: &str) -> StatusCode {
    api.post(
        "/tokens",
        None,
        json!({ "email": email, "password": password, "name": "sign-in" }),
    )
    .await
    .status
}

/// Two `nri serve` (worker off) and two `nri worker` on one PostgreSQL. The
/// test alternates between the API processes and shows that a role revoked
/// through one is refused by the other at once, that the sign-in limit
/// counts attempts through both, that an `Idempotency-Key` used through one
/// replays through the other, that an accepted report reaches the other's
/// aggregate within a second, and that killing a worker and an API process
/// (SIGKILL) loses no acknowledged write and no job.
#[tokio::test]
async fn two_api_processes_and_two_workers_share_one_truth() {
    if !on_postgres() {
        eprintln!(
            "two_api_processes_and_two_workers_share_one_truth: skipped on SQLite, whose \
             production shape is one process; it runs in the PostgreSQL pass of .ci/run"
        );
        return;
    }
    let app = spawn_app().await;
    let limits = [("NRI_SIGNIN_BURST", "4"), ("NRI_SIGNUP_BURST", "1000")];
    let (pa, mut pb) = (serve(&app, &limits).await, serve(&app, &limits).await);
    let workers_env = [("NRI_WORKER_LEASE_SECS", "2")];
    let mut workers = [work(&app, &workers_env), work(&app, &workers_env)];
    let (a, b) = (app.via(&pa.address), app.via(&pb.address));
    let mut requests = 0u32;

    // A role revoked through one process is refused by the other next.
    let owner = a.sign_up("owner@liberia.example.org", "Owner").await;
    let viewer = b.sign_up("viewer@liberia.example.org", "Viewer").await;
    requests += 4;
    b.register(&owner.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    let members = "/initiatives/liberia-igf/members";
    let granted = a
        .grant("liberia-igf", &owner.token, &viewer.email, "viewer")
        .await;
    assert!(granted.status.is_success(), "{:?}", granted.body);
    let seen = b.get(members, Some(&viewer.token)).await;
    assert_eq!(seen.status, StatusCode::OK, "granted through A, held by B");
    let removed = a
        .delete(&format!("{members}/{}", viewer.id), Some(&owner.token))
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{:?}", removed.body);
    let refused = b.get(members, Some(&viewer.token)).await;
    assert!(
        [StatusCode::FORBIDDEN, StatusCode::NOT_FOUND].contains(&refused.status),
        "revoked through A, refused by B on the next request: {:?}",
        refused.status
    );
    requests += 5;

    // A token revoked through one process is refused by the other next, even
    // though the other has just verified (and remembered) it.
    let extra = a
        .post("/tokens", Some(&viewer.token), json!({ "name": "extra" }))
        .await;
    assert_eq!(extra.status, StatusCode::CREATED);
    let secret = extra.body["secret"].as_str().expect("secret").to_owned();
    assert_eq!(b.get("/me", Some(&secret)).await.status, StatusCode::OK);
    let id = extra.body["token"]["id"].as_i64().expect("id");
    let revoked = a.delete(&format!("/tokens/{id}"), Some(&secret)).await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT, "{:?}", revoked.body);
    assert_eq!(
        b.get("/me", Some(&secret)).await.status,
        StatusCode::UNAUTHORIZED,
        "revoked through A, refused by B on the next request"
    );
    requests += 4;

    // The sign-in limit (4 here) counts the attempts made through both: the
    // owner's sign-up signed in once through A, three more alternate.
    for i in 0..3 {
        let api = if i % 2 == 0 { &a } else { &b };
        assert_eq!(
            sign_in(api, &owner.email, "not the password").await,
            StatusCode::UNAUTHORIZED,
            "attempt {i}"
        );
    }
    for api in [&a, &b] {
        assert_eq!(
            sign_in(api, &owner.email, "not the password").await,
            StatusCode::TOO_MANY_REQUESTS,
            "the fifth attempt, through either process"
        );
    }
    requests += 5;

    // An Idempotency-Key used through one process replays through the other.
    let key = [("idempotency-key", "register-moldova-1")];
    let body = national("moldova-igf", "Moldova IGF", "MD");
    let mut replies = Vec::new();
    for api in [&a, &b] {
        let r = api
            .send(
                Method::POST,
                "/initiatives",
                Some(&owner.token),
                Some(&body),
                &key,
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{:?}", r.body);
        replies.push(r);
    }
    let (first, again) = (&replies[0], &replies[1]);
    assert_eq!(again.body, first.body);
    assert_eq!(again.headers["idempotent-replayed"], "true");
    requests += 2;

    // A report accepted through one process is in the aggregate the other
    // serves within a second (the workers are separate processes too).
    a.decide("liberia-igf", "recognized").await;
    let report = "/initiatives/liberia-igf/reports/2025";
    let put = b.put(report, Some(&owner.token), liberia_report()).await;
    assert!(put.status.is_success(), "{:?}", put.body);
    let submit = format!("{report}/submit");
    assert_eq!(
        a.post(&submit, Some(&owner.token), json!({})).await.status,
        StatusCode::OK
    );
    let review = format!("{report}/review");
    let accepted = b
        .post(&review, Some(&b.igf), json!({ "decision": "accept" }))
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{:?}", accepted.body);
    requests += 4;
    let contributing = |agg: &Value| {
        agg["contributing"]
            .as_array()
            .is_some_and(|c| c.iter().any(|i| i["slug"] == "liberia-igf"))
    };
    eventually_within(
        Duration::from_secs(1),
        "the report accepted through B in A's aggregate",
        || async {
            aggregate_of(&a, "global", 2025)
                .await
                .filter(|agg| contributing(agg))
        },
    )
    .await;

    // Kill one worker and one API process in the middle of writes and jobs:
    // every acknowledged write is stored, every job is done exactly once.
    nri_api::service::jobs::queue_probes(&app.state.db.write, 200, 20)
        .await
        .expect("probe jobs queued");
    let mut acknowledged: Vec<String> = Vec::new();
    let mut refused_writes = 0u32;
    const WRITES: u32 = 60;
    for i in 0..WRITES {
        if i == 20 {
            workers[0].signal("KILL").await;
            let _ = workers[0].child.wait().await;
        }
        if i == 30 {
            pb.signal("KILL").await;
            let _ = pb.child.wait().await;
        }
        let via = if i % 2 == 0 { &a } else { &b };
        let sent = via
            .client
            .post(via.url("/tokens"))
            .bearer_auth(&owner.token)
            .json(&json!({ "name": format!("write {i}") }))
            .send()
            .await;
        match sent {
            Ok(r) if r.status() == StatusCode::CREATED => {
                let body: Value = r.json().await.expect("a token");
                acknowledged.push(body["secret"].as_str().expect("secret").to_owned());
            }
            Ok(r) => panic!("write {i} answered {}", r.status()),
            // The killed process: the write was never acknowledged.
            Err(_) => refused_writes += 1,
        }
    }
    requests += WRITES;
    for secret in &acknowledged {
        assert_eq!(
            a.get("/me", Some(secret)).await.status,
            StatusCode::OK,
            "an acknowledged write is stored"
        );
    }
    requests += u32::try_from(acknowledged.len()).expect("a count");
    let db = Database::connect(&app.database_url).await.expect("connect");
    let probes = || job::Entity::find().filter(job::Column::Kind.eq("probe"));
    eventually_within(Duration::from_secs(120), "every probe job done", || async {
        let open = probes()
            .filter(job::Column::Status.ne("done"))
            .count(&db)
            .await
            .expect("count");
        (open == 0).then_some(())
    })
    .await;
    assert_eq!(probes().count(&db).await.expect("count"), 200);
    assert_eq!(
        probe_run::Entity::find().count(&db).await.expect("count"),
        200,
        "each job ran exactly once"
    );
    let failed = job::Entity::find()
        .filter(job::Column::Status.eq("failed"))
        .count(&db)
        .await
        .expect("count");
    assert_eq!(failed, 0, "no job failed");
    println!(
        "multi-process: 2 API + 2 worker processes; {requests} requests; killed 1 API and 1 worker \
         (SIGKILL); {} writes acknowledged and all stored, {refused_writes} refused by the killed \
         process; 200 of 200 probe jobs done exactly once; 0 failed jobs",
        acknowledged.len()
    );
    assert_eq!(
        acknowledged.len() + refused_writes as usize,
        WRITES as usize
    );
    let _ = workers[1].child.start_kill();
    drop(pa);
}

/// SIGTERM on an API process: requests already in flight are answered, then
/// it stops accepting and exits 0.
#[tokio::test]
async fn sigterm_stops_an_api_process_after_its_requests_in_flight() {
    let app = spawn_app().await;
    let mut p = serve(&app, &[("NRI_SIGNIN_BURST", "100")]).await;
    let api = app.via(&p.address);
    let user = api.sign_up("drain@example.org", "Drain").await;
    let verified = || async {
        let text = api.get("/metrics", None).await.body;
        text.as_str()
            .and_then(|t| {
                t.lines()
                    .find_map(|l| l.strip_prefix("nri_password_verifications_total "))
            })
            .map(|n| n.trim().parse::<u64>().expect("a count"))
            .unwrap_or(0)
    };
    let before = verified().await;
    // Sign-ins (two Argon2 checks at a time): most are still in flight when
    // the first is done.
    let in_flight: Vec<_> = (0..6)
        .map(|_| {
            let (client, url, email) = (api.client.clone(), api.url("/tokens"), user.email.clone());
            tokio::spawn(async move {
                client
                    .post(url)
                    .json(&json!({ "email": email, "password": "a long enough password" }))
                    .send()
                    .await
                    .map(|r| r.status())
            })
        })
        .collect();
    eventually("a sign-in under way", || async {
        (verified().await > before).then_some(())
    })
    .await;
    p.signal("TERM").await;
    for (i, r) in in_flight.into_iter().enumerate() {
        let status = r.await.expect("the task").expect("an answer, not a reset");
        assert_eq!(status, StatusCode::CREATED, "sign-in {i}");
    }
    let exit = p.exit_status().await;
    assert!(exit.success(), "exit status {exit:?}");
    assert!(
        api.client.get(api.url("/healthz")).send().await.is_err(),
        "no longer accepting"
    );
}

/// SIGTERM on a worker: the job in hand is finished within the grace period
/// and the worker exits 0; a job longer than the grace is released, and the
/// next worker takes it at once (not after the lease) and finishes it.
#[tokio::test]
async fn sigterm_stops_a_worker_after_finishing_or_releasing_its_job() {
    let app = spawn_app().await;
    let db = &app.state.db.write;
    let running = |id: i64| async move {
        let j = job::Entity::find_by_id(id)
            .one(db)
            .await
            .expect("read")
            .expect("the job");
        (j.status == "running" && j.locked_by.is_some()).then_some(j)
    };
    let only_probe = || async {
        job::Entity::find()
            .filter(job::Column::Kind.eq("probe"))
            .all(db)
            .await
            .expect("read")
    };

    // Finished: a 2 s job, a 20 s grace.
    nri_api::service::jobs::queue_probes(db, 1, 2_000)
        .await
        .expect("queued");
    let first = only_probe().await[0].id;
    let mut w = work(&app, &[("NRI_WORKER_GRACE_SECS", "20")]);
    let held = eventually("the worker to take the job", || running(first)).await;
    w.signal("TERM").await;
    let exit = w.exit_status().await;
    assert!(exit.success(), "exit status {exit:?}");
    let done = job::Entity::find_by_id(first)
        .one(db)
        .await
        .expect("read")
        .expect("the job");
    assert_eq!(done.status, "done", "finished before exiting");
    let run = probe_run::Entity::find()
        .filter(probe_run::Column::JobId.eq(first))
        .one(db)
        .await
        .expect("read")
        .expect("the job's run");
    assert_eq!(Some(run.worker), held.locked_by);

    // Released: a 10 s job, no grace, a lease of 10 minutes.
    nri_api::service::jobs::queue_probes(db, 1, 10_000)
        .await
        .expect("queued");
    let second = only_probe()
        .await
        .into_iter()
        .map(|j| j.id)
        .max()
        .expect("the second job");
    let lease = [
        ("NRI_WORKER_GRACE_SECS", "0"),
        ("NRI_WORKER_LEASE_SECS", "600"),
    ];
    let mut w = work(&app, &lease);
    let held = eventually("the worker to take the long job", || running(second)).await;
    w.signal("TERM").await;
    let exit = w.exit_status().await;
    assert!(exit.success(), "exit status {exit:?}");
    let released = job::Entity::find_by_id(second)
        .one(db)
        .await
        .expect("read")
        .expect("the job");
    assert_ne!(released.status, "done", "not finished: released");
    assert_eq!(released.attempts, 0, "the abandoned attempt is not counted");
    assert!(
        released.locked_until < Some(chrono::Utc::now()),
        "its lease is over, not 10 minutes away"
    );
    let _next = work(&app, &[("NRI_WORKER_LEASE_SECS", "600")]);
    let finished = eventually("another worker to finish the released job", || async {
        let j = job::Entity::find_by_id(second)
            .one(db)
            .await
            .expect("read")
            .expect("the job");
        (j.status == "done").then_some(j)
    })
    .await;
    assert_eq!(finished.attempts, 1);
    assert_ne!(
        finished.locked_by, held.locked_by,
        "taken over by the next worker"
    );
}

/// Two applications on one database, as two API processes (on SQLite too):
/// a role removed and a token revoked through one are refused by the other
/// at its next request, though it had the token verified and remembered;
/// the sign-in limit (10 attempts) counts the attempts through both.
#[tokio::test]
async fn what_one_application_changes_holds_in_the_other_at_its_next_request() {
    let a = spawn_app().await;
    let b = a.twin().await;
    let owner = a.sign_up("owner@example.org", "Owner").await;
    let viewer = b.sign_up("viewer@example.org", "Viewer").await;
    b.register(&owner.token, national("liberia-igf", "Liberia IGF", "LR"))
        .await;
    let members = "/initiatives/liberia-igf/members";
    assert!(
        a.grant("liberia-igf", &owner.token, &viewer.email, "viewer")
            .await
            .status
            .is_success()
    );
    assert_eq!(
        b.get(members, Some(&viewer.token)).await.status,
        StatusCode::OK
    );
    assert!(
        !b.state.verified.is_empty(),
        "B remembers the tokens it verified"
    );
    let removed = a
        .delete(&format!("{members}/{}", viewer.id), Some(&owner.token))
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT, "{:?}", removed.body);
    let refused = b.get(members, Some(&viewer.token)).await.status;
    assert!(
        [StatusCode::FORBIDDEN, StatusCode::NOT_FOUND].contains(&refused),
        "{refused}"
    );

    let me = b.get("/me", Some(&viewer.token)).await;
    assert_eq!(me.status, StatusCode::OK);
    let tokens = a.get("/tokens", Some(&viewer.token)).await;
    let id = tokens.body["items"]
        .as_array()
        .and_then(|items| items.iter().find(|t| t["name"] == "tests"))
        .and_then(|t| t["id"].as_i64())
        .expect("the viewer's token");
    let revoked = a
        .delete(&format!("/tokens/{id}"), Some(&viewer.token))
        .await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT, "{:?}", revoked.body);
    let after = b.get("/me", Some(&viewer.token)).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED, "{:?}", after.body);

    // The owner's sign-up signed in once through A; nine more alternate.
    for i in 0..9 {
        let api = if i % 2 == 0 { &b } else { &a };
        assert_eq!(
            sign_in(api, &owner.email, "not the password").await,
            StatusCode::UNAUTHORIZED,
            "attempt {i}"
        );
    }
    for api in [&a, &b] {
        let r = api
            .post(
                "/tokens",
                None,
                json!({ "email": owner.email, "password": "not the password" }),
            )
            .await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        let wait: u64 = r.headers["retry-after"]
            .to_str()
            .expect("text")
            .parse()
            .expect("seconds");
        assert!((1..=30).contains(&wait), "Retry-After: {wait}");
    }
}
