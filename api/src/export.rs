//! `nri export` and `GET /initiatives.csv`: the registry written out.
//!
//! The CSV of initiatives (one row per initiative, the columns of the SPEC)
//! is rendered here for both the endpoint and the command; reading goes
//! through the services. Nothing here writes to the database.
use crate::problem::ApiError;
use crate::routes::initiatives::to_out;
use crate::service::export::{self as read, People};
use crate::service::initiatives::{self, WithParent};
use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::DatabaseConnection;
use serde_json::json;
use std::io::IsTerminal;

/// What `nri export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Csv,
}

/// An export's options, as the command line gives them.
#[derive(Debug, Clone)]
pub struct Options {
    /// Only this initiative (by slug); the whole registry otherwise.
    pub initiative: Option<String>,
    pub format: Format,
    /// Include the accounts (JSON only): e-mails, names and roles, never secrets.
    pub with_accounts: bool,
}

/// The export as `nri export` writes it (the operator's view: every
/// initiative, whatever its status), with progress on stderr.
pub async fn export(db: &DatabaseConnection, opts: &Options) -> anyhow::Result<String> {
    anyhow::ensure!(
        !(opts.with_accounts && opts.format == Format::Csv),
        "--with-accounts needs --format json (the CSV has one row per initiative)"
    );
    let rows = initiatives::every(db, opts.initiative.as_deref()).await?;
    if opts.format == Format::Csv {
        return Ok(initiatives_csv(&rows)?);
    }
    let people = People::load(db).await?;
    let progress = Progress::new(rows.len() as u64, "exporting initiatives");
    let mut records = Vec::with_capacity(rows.len());
    for row in &rows {
        let profile =
            serde_json::to_value(crate::routes::initiatives::to_out(&row.0, row.1.clone())?)?;
        records.push(read::initiative_record(db, &people, row, profile).await?);
        progress.inc(&row.0.slug);
    }
    progress.finish();
    let mut doc = json!({
        "format": read::FORMAT,
        "exported_at": chrono::Utc::now(),
        "initiatives": records,
    });
    if opts.with_accounts {
        doc["accounts"] = read::accounts(db).await?.into();
    }
    let mut text = serde_json::to_string_pretty(&doc)?;
    text.push('\n');
    Ok(text)
}

/// Progress of a long command: a bar on a terminal, a few plain lines
/// (about every tenth) when stderr is not one.
pub struct Progress {
    bar: Option<ProgressBar>,
    total: u64,
    done: std::cell::Cell<u64>,
    what: &'static str,
}

impl Progress {
    pub fn new(total: u64, what: &'static str) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total).with_message(what);
            if let Ok(style) =
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {prefix} ({eta})")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Self {
            bar,
            total,
            done: std::cell::Cell::new(0),
            what,
        }
    }

    /// One more item done, `current` naming it.
    pub fn inc(&self, current: &str) {
        let done = self.done.get() + 1;
        self.done.set(done);
        match &self.bar {
            Some(bar) => {
                bar.set_prefix(current.to_owned());
                bar.inc(1);
            }
            None => {
                let step = (self.total / 10).max(1);
                if done.is_multiple_of(step) || done == self.total {
                    eprintln!("{}: {done}/{}", self.what, self.total);
                }
            }
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// The columns of the initiatives CSV, in the SPEC's order (what
/// `nri import` reads back).
pub use domain::import::COLUMNS as INITIATIVE_COLUMNS;

/// The initiatives CSV (spreadsheet-safe, see `domain::csv`): the header,
/// then one row per initiative; lists are space-separated, absent values empty.
pub fn initiatives_csv(rows: &[WithParent]) -> Result<String, ApiError> {
    let mut out = domain::csv::Writer::new();
    out.row(&INITIATIVE_COLUMNS);
    for (ini, parent) in rows {
        let p = to_out(ini, parent.clone())?;
        out.row(&[
            p.slug,
            p.name,
            or_empty(p.acronym),
            p.kind.to_string(),
            or_empty(p.country),
            p.coverage.join(" "),
            p.un_region.to_string(),
            or_empty(p.parent),
            or_empty(p.website),
            or_empty(p.public_email),
            or_empty(p.established_year.map(|y| y.to_string())),
            p.working_languages.join(" "),
            p.status.to_string(),
        ]);
    }
    Ok(out.finish())
}

/// An absent value is an empty cell.
fn or_empty(v: Option<String>) -> String {
    v.unwrap_or_default()
}
