//! `nri import PATH`: reads an initiatives CSV or an `nri-export/1` JSON
//! document (the format from the extension, or `--format` with `-` for
//! stdin), finds who imports, and runs the import service in one
//! transaction, with progress on stderr. Either every record is written or,
//! when any has a problem, nothing is and every problem is returned.
use crate::auth::Caller;
use crate::authz::Authz;
use crate::domain::Email;
use crate::export::{Format, Progress};
use crate::service::import::{self as service, Failure, Outcome, Problem};
use crate::service::{Unit, restore, users};
use anyhow::Context;
use sea_orm::DatabaseConnection;
use std::io::Read;
use std::path::Path;

/// An import's options, as the command line gives them.
#[derive(Debug, Clone)]
pub struct Options {
    /// A file, or `-` for stdin.
    pub path: String,
    /// The format; by default from the file's extension.
    pub format: Option<Format>,
    /// The IGF Secretariat account that imports; the bootstrap account
    /// (created if need be) otherwise.
    pub as_email: Option<String>,
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum Rejected {
    /// The file's problems, every one (`line N: column: message`, or a JSON pointer).
    #[error("{} problem(s) in the file: nothing was imported", .0.len())]
    Problems(Vec<Problem>),
}

/// Runs the import; `Rejected` (inside the error) when the file has problems.
pub async fn import(db: &DatabaseConnection, opts: &Options) -> anyhow::Result<Outcome> {
    let format = match opts.format {
        Some(f) => f,
        None => format_of(&opts.path)?,
    };
    let text = read(&opts.path)?;
    let doc = match format {
        Format::Csv => None,
        Format::Json => Some(
            serde_json::from_str::<serde_json::Value>(&text).map_err(|e| {
                Rejected::Problems(vec![Problem {
                    at: format!("line {}, column {}", e.line(), e.column()),
                    message: format!("is not JSON: {e}"),
                }])
            })?,
        ),
    };
    let actor = match &opts.as_email {
        // The operator's identity, committed on its own like the bootstrap
        // token's account (it is that account), so the access policy knows it.
        None => users::bootstrap_account(db).await?,
        Some(email) => {
            let email = Email::parse(email).map_err(|m| anyhow::anyhow!("--as: {m}"))?;
            users::find_by_email(db, &email)
                .await?
                .with_context(|| format!("--as: no account `{}`", email.as_str()))?
        }
    };
    let authz = Authz::new(db.clone()).await?;
    let caller = Caller::acting_as(&actor, format!("import-{}", uuid::Uuid::new_v4()));
    let mut uow = Unit::begin(db, &authz, &caller).await?;
    let result = match &doc {
        None => match domain::import::read_csv(&text) {
            Err(problems) => Err(Failure::Problems(problems)),
            Ok(rows) => {
                let progress = Progress::new(rows.len() as u64, "importing initiatives");
                let done = service::import_csv(&mut uow, &rows, &|slug| progress.inc(slug)).await;
                progress.finish();
                done
            }
        },
        Some(doc) => {
            let total = doc["initiatives"].as_array().map_or(0, Vec::len);
            let progress = Progress::new(total as u64, "restoring initiatives");
            let done = restore::restore(&mut uow, doc, &|slug| progress.inc(slug)).await;
            progress.finish();
            done.map(|(outcome, notes)| {
                for note in notes {
                    tracing::info!("{note}");
                }
                outcome
            })
        }
    };
    match result {
        Ok(outcome) => {
            uow.commit().await?;
            Ok(outcome)
        }
        Err(Failure::Problems(problems)) => Err(Rejected::Problems(problems).into()),
        Err(Failure::Api(e)) => Err(anyhow::anyhow!("{e}")),
    }
}

/// The format a path's extension names.
fn format_of(path: &str) -> anyhow::Result<Format> {
    match Path::new(path).extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("csv") => Ok(Format::Csv),
        Some(e) if e.eq_ignore_ascii_case("json") => Ok(Format::Json),
        _ => anyhow::bail!(
            "cannot tell the format of `{path}`: name a .csv or .json file, or give --format"
        ),
    }
}

fn read(path: &str) -> anyhow::Result<String> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("reading stdin")?;
        Ok(text)
    } else {
        std::fs::read_to_string(path).with_context(|| format!("reading {path}"))
    }
}
