//! The registry the scenarios run on: a synthetic one loaded straight into
//! the database before the server starts, then the editors' roles and tokens
//! the scenarios act with, made as a client would.
use crate::servers::Server;
use crate::system::run;
use anyhow::{Context, ensure};
use nri_api::auth::{Caller, Principal};
use serde_json::{Value, json};
use std::collections::VecDeque;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::process::Command;

/// The size of a synthetic registry.
#[derive(Clone, Copy)]
pub struct Size {
    pub initiatives: usize,
    pub years: i32,
}

/// What the scenarios need from a loaded registry.
pub struct Fixture {
    /// Synthetic national initiatives, each with its own editor's token.
    pub editors: Vec<(String, String)>,
    /// The newest year with reports.
    pub last: i32,
    /// The next years each initiative has no report for (write path).
    pub free_years: Vec<VecDeque<i32>>,
}

/// Loads the synthetic registry and its aggregates into the empty database
/// at `url`, leaving the newest year's first 100 reports submitted; with
/// `editors`, also one editor account (no password, roles granted later over
/// HTTP) per synthetic initiative. Returns the seconds it took.
pub async fn prepare(url: &str, size: Size, editors: bool) -> anyhow::Result<f64> {
    let t = Instant::now();
    let db = nri_api::db::connect(url).await?;
    nri_api::db::migrate(&db).await?;
    nri_api::synthetic::load(
        &db,
        &nri_api::synthetic::Synthetic {
            initiatives: size.initiatives,
            years: size.years,
            submitted: 100.min(size.initiatives),
            seed: 1,
        },
    )
    .await?;
    worker::aggregation::recompute_all(&db, "http://127.0.0.1:8080").await?;
    // The recomputation reflects every event the load wrote: the server's
    // worker follows only the scenarios' changes.
    nri_api::synthetic::settle_outbox(&db).await?;
    if editors {
        let caller = Caller {
            principal: Principal::Anonymous,
            request_id: "nri-load".into(),
        };
        let authz = nri_api::authz::Authz::new(db.clone()).await?;
        for i in 0..size.initiatives {
            let email =
                nri_api::domain::Email::parse(&editor_email(i)).map_err(anyhow::Error::msg)?;
            // One unit per account: a sign-up's unit acts as the account it creates.
            let mut uow = nri_api::service::Unit::begin(&db, &authz, &caller).await?;
            nri_api::service::users::create(
                &mut uow,
                nri_api::service::users::NewAccount {
                    email: &email,
                    name: &format!("Bench editor {i}"),
                    password_hash: None,
                    platform_role: None,
                    email_confirmed: true,
                    locale: None,
                },
            )
            .await
            .context("creating a bench user")?;
            uow.commit().await?;
        }
    }
    db.close().await?;
    Ok(t.elapsed().as_secs_f64())
}

fn editor_email(i: usize) -> String {
    format!("editor-{i}@bench.example.org")
}

/// The generator's index of a synthetic initiative (`syn-{i}-{cc}`).
fn synthetic_index(slug: &str) -> Option<usize> {
    slug.split('-').nth(1)?.parse().ok()
}

/// Over HTTP, as a client would: the synthetic national initiatives, an
/// editor role and a token for each.
pub async fn fixture(
    server: &Server,
    admin: &str,
    years: i32,
    bin: &Path,
    url: &str,
) -> anyhow::Result<Fixture> {
    let api = server.api();
    let client = reqwest::Client::new();
    let mut slugs = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut req = client
            .get(format!("{api}/initiatives"))
            .query(&[("kind", "national"), ("q", "syn-"), ("limit", "100")])
            .bearer_auth(admin);
        if let Some(c) = &cursor {
            req = req.query(&[("cursor", c)]);
        }
        let page: Value = req.send().await?.error_for_status()?.json().await?;
        for i in page["items"].as_array().into_iter().flatten() {
            let slug = i["slug"].as_str().context("an initiative without a slug")?;
            slugs.push(slug.to_owned());
        }
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    ensure!(!slugs.is_empty(), "no synthetic initiatives");
    // Order by the generator's index, so that initiative 0 comes first.
    slugs.sort_by_key(|s| synthetic_index(s).unwrap_or(usize::MAX));
    let newest: Value = client
        .get(format!("{api}/initiatives/{}/reports", slugs[0]))
        .query(&[("limit", "1")])
        .bearer_auth(admin)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let last = newest["items"][0]["year"]
        .as_i64()
        .context("the newest report's year")? as i32;
    let jobs: Vec<(String, String)> = slugs
        .iter()
        .map(|s| {
            let i = synthetic_index(s).with_context(|| format!("the index of {s}"))?;
            Ok((s.clone(), editor_email(i)))
        })
        .collect::<anyhow::Result<_>>()?;
    parallel(16, jobs.clone(), {
        let client = client.clone();
        let api = api.clone();
        let admin = admin.to_owned();
        move |(slug, email): (String, String)| {
            let client = client.clone();
            let api = api.clone();
            let admin = admin.clone();
            async move {
                let r = client
                    .put(format!("{api}/initiatives/{slug}/members/{email}"))
                    .bearer_auth(&admin)
                    .json(&json!({ "role": "editor" }))
                    .send()
                    .await?;
                ensure!(r.status().is_success(), "grant {slug}: {}", r.status());
                Ok(())
            }
        }
    })
    .await?;
    // Tokens from the command line (`nri admin create-token`), in processes
    // of their own: signing in with a password over HTTP would run Argon2
    // (19 MiB each) in the server and leave its memory inflated for the
    // whole run, which is not what the scenarios are about.
    let bin = bin.to_owned();
    let url = url.to_owned();
    let mut made = parallel(
        4,
        jobs.into_iter().enumerate().collect(),
        move |(n, (slug, email)): (usize, (String, String))| {
            let bin = bin.clone();
            let url = url.clone();
            async move {
                let out = run(Command::new(&bin).env("RUST_LOG", "error").args([
                    "admin",
                    "--database-url",
                    &url,
                    "create-token",
                    "--email",
                    &email,
                    "--days",
                    "2",
                ]))
                .await?;
                let token = out
                    .lines()
                    .last()
                    .context("token secret")?
                    .trim()
                    .to_owned();
                Ok((n, (slug, token)))
            }
        },
    )
    .await?;
    made.sort_by_key(|(n, _)| *n);
    let editors: Vec<(String, String)> = made.into_iter().map(|(_, e)| e).collect();
    let spare: Vec<i32> = ((last + 1)..=2100).chain(1990..=(last - years)).collect();
    let free_years = editors
        .iter()
        .map(|_| spare.iter().copied().collect())
        .collect();
    Ok(Fixture {
        editors,
        last,
        free_years,
    })
}

/// Runs `f` over `jobs` with at most `width` at once; all results, or the first error.
pub async fn parallel<J, T, F, Fut>(width: usize, jobs: Vec<J>, f: F) -> anyhow::Result<Vec<T>>
where
    J: Send + 'static,
    T: Send + 'static,
    F: Fn(J) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = anyhow::Result<T>> + Send + 'static,
{
    let queue = Arc::new(Mutex::new(VecDeque::from(jobs)));
    let f = Arc::new(f);
    let mut handles = Vec::new();
    for _ in 0..width {
        let queue = queue.clone();
        let f = f.clone();
        handles.push(tokio::spawn(async move {
            let mut out = Vec::new();
            loop {
                let job = queue.lock().expect("queue").pop_front();
                match job {
                    Some(j) => out.push(f(j).await?),
                    None => return anyhow::Ok(out),
                }
            }
        }));
    }
    let mut all = Vec::new();
    for h in handles {
        all.extend(h.await??);
    }
    Ok(all)
}
