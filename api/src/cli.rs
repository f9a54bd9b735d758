//! The command line: `serve`, `worker`, `migrate`, `admin`, `export`, `import` and `demo`.
use crate::auth::{Caller, Principal, hash_password, new_token_secret};
use crate::config::{Flags, Secret, Settings};
use crate::domain::{Email, MemberRole};
use crate::service::users::{self, NewAccount};
use crate::service::{Unit, members, passwords, tokens};
use crate::startup::Application;
use anyhow::Context;
use chrono::Duration;
use clap::{Parser, Subcommand};
use entity::user;

#[derive(Debug, Parser)]
#[command(
    name = "nri",
    version,
    about = "The NRI Registry: registry and reporting for IGF national and regional initiatives"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API (and, unless NRI_WORKER=off, run the worker in-process).
    Serve {
        #[command(flatten)]
        flags: Flags,
        /// Load the demo registry first (and print an IGF Secretariat token).
        #[arg(long)]
        demo: bool,
    },
    /// Run the background worker alone, with its probes and metrics on NRI_WORKER_BIND.
    Worker {
        #[command(flatten)]
        flags: Flags,
    },
    /// Apply database migrations and exit.
    Migrate {
        #[command(flatten)]
        flags: Flags,
    },
    /// Load a small registry of real initiatives (idempotent), or with
    /// `--synthetic N` a large synthetic one for benchmarks (into an empty database).
    Demo {
        #[command(flatten)]
        flags: Flags,
        /// How many synthetic national and youth initiatives.
        #[arg(long)]
        synthetic: Option<usize>,
        /// Years of accepted reports for the synthetic registry.
        #[arg(long, default_value_t = 20)]
        years: i32,
        /// Newest-year reports left `submitted` (for acceptance benchmarks).
        #[arg(long, default_value_t = 0)]
        submitted: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Export the registry (or one initiative) as JSON (`nri-export/1`,
    /// see docs/export.md) or the initiatives as CSV.
    Export {
        #[command(flatten)]
        flags: Flags,
        /// Only this initiative (slug).
        #[arg(long)]
        initiative: Option<String>,
        #[arg(long, value_enum, default_value = "json")]
        format: crate::export::Format,
        /// Write here instead of stdout.
        #[arg(long)]
        output: Option<std::path::PathBuf>,
        /// Include accounts (e-mails, names, roles; never secrets). JSON only.
        #[arg(long)]
        with_accounts: bool,
    },
    /// Import initiatives from an initiatives CSV, or restore an `nri export`
    /// JSON document (see docs/export.md). Every record is checked first: any
    /// problem and nothing is written. Matched by slug, so importing the same
    /// file twice changes nothing the second time.
    Import {
        #[command(flatten)]
        flags: Flags,
        /// The file (`.csv` or `.json`), or `-` for stdin (with --format).
        path: String,
        /// The file's format (by default from its extension).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// Import as this IGF Secretariat account (by e-mail); by default as
        /// the bootstrap IGF Secretariat account.
        #[arg(long = "as", value_name = "EMAIL")]
        as_email: Option<String>,
    },
    /// Print the OpenAPI document.
    Openapi,
    /// Administration: users, tokens, roles.
    Admin {
        #[command(flatten)]
        flags: Flags,
        #[command(subcommand)]
        action: Admin,
    },
}

#[derive(Debug, Subcommand)]
pub enum Admin {
    /// Create a user; the password is read from NRI_PASSWORD (omit it for a token-only account).
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Give the account the platform-wide `igf_secretariat` role.
        #[arg(long)]
        igf_secretariat: bool,
    },
    /// Set a user's password: from NRI_PASSWORD, else asked for on the
    /// terminal (not shown). Ends the account's browser sessions.
    SetPassword {
        #[arg(long)]
        email: String,
    },
    /// Queue probe jobs: each is recorded once in `probe_runs` by whichever
    /// worker runs it, so operators can see the workers are alive.
    QueueProbe {
        #[arg(long, default_value_t = 1)]
        jobs: u32,
        /// Simulated work per job, in milliseconds.
        #[arg(long, default_value_t = 0)]
        work_ms: u64,
    },
    /// Recompute every aggregate and feed now (after an import or a restore).
    RecomputeAll,
    /// Queue the notices the worker's daily sweep sends, as of `--today`
    /// (default: today): due-date reminders (30 and 7 days before a report's
    /// due date, and once overdue) and at-risk notices, each once ever. To
    /// catch up a day the worker missed, or to see what a day would send.
    SendReminders {
        /// The day to sweep as (YYYY-MM-DD).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
    },
    /// Create an API token for a user and print its secret once.
    CreateToken {
        #[arg(long)]
        email: String,
        #[arg(long, default_value_t = 90)]
        days: i64,
    },
    /// Give a user a role in an initiative.
    Grant {
        #[arg(long)]
        email: String,
        #[arg(long)]
        initiative: String,
        /// focal_point, editor or viewer
        #[arg(long)]
        role: String,
    },
}

/// The audit actor of command-line changes.
fn cli_caller() -> Caller {
    Caller {
        principal: Principal::Anonymous,
        request_id: format!("cli-{}", uuid::Uuid::new_v4()),
    }
}

/// The settings of a subcommand: defaults, file, environment, then its flags.
/// Each key that is not a setting is warned about once.
fn settings(flags: &Flags) -> anyhow::Result<Settings> {
    let (settings, warnings) = Settings::load(flags)?;
    for w in warnings {
        tracing::warn!("{w}");
    }
    Ok(settings)
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve { flags, demo } => {
            let mut settings = settings(&flags)?;
            if demo {
                let db = crate::db::connect(settings.database.database_url.expose()).await?;
                crate::db::migrate(&db).await?;
                crate::demo::load(&db).await?;
                let password = crate::demo::set_demo_password(&db).await?;
                println!(
                    "Demo sign-in (password for this run: {password}):\n  {}",
                    crate::demo::DEMO_ACCOUNTS.join("\n  ")
                );
                if settings.bootstrap_token.is_none() {
                    let secret = new_token_secret();
                    println!(
                        "IGF Secretariat token for this demo run (set NRI_BOOTSTRAP_TOKEN to keep one):\n  {secret}"
                    );
                    settings.bootstrap_token = Some(Secret::new(secret));
                }
            }
            let app = Application::build(settings).await?;
            println!(
                "NRI Registry listening on http://{}  (open it in a browser; API explorer: /docs)",
                app.state()
                    .settings
                    .bind
                    .replace(":0", &format!(":{}", app.port()))
            );
            app.run_until_stopped().await
        }
        Command::Worker { flags } => {
            let process = crate::probes::WorkerProcess::build(settings(&flags)?).await?;
            println!(
                "NRI worker running; /healthz, /readyz and /metrics on http://{}",
                process.address()
            );
            process.run_until_stopped().await
        }
        Command::Migrate { flags } => {
            let url = settings(&flags)?.database.database_url;
            let db = crate::db::connect(url.expose()).await?;
            crate::db::migrate(&db).await?;
            println!("migrations applied to {}", url.redacted());
            Ok(())
        }
        Command::Demo {
            flags,
            synthetic,
            years,
            submitted,
            seed,
        } => {
            let url = settings(&flags)?.database.database_url;
            let db = crate::db::connect(url.expose()).await?;
            crate::db::migrate(&db).await?;
            match synthetic {
                None => crate::demo::load(&db).await,
                Some(initiatives) => {
                    let spec = crate::synthetic::Synthetic {
                        initiatives,
                        years,
                        submitted,
                        seed,
                    };
                    crate::synthetic::load(&db, &spec).await?;
                    println!(
                        "synthetic registry loaded: {initiatives} initiatives x {years} years"
                    );
                    Ok(())
                }
            }
        }
        Command::Export {
            flags,
            initiative,
            format,
            output,
            with_accounts,
        } => {
            let url = settings(&flags)?.database.database_url;
            let db = crate::db::connect(url.expose()).await?;
            crate::db::migrate(&db).await?;
            let opts = crate::export::Options {
                initiative,
                format,
                with_accounts,
            };
            let text = crate::export::export(&db, &opts).await?;
            match output {
                Some(path) => std::fs::write(&path, text)
                    .with_context(|| format!("writing {}", path.display()))?,
                None => std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes())?,
            }
            Ok(())
        }
        Command::Import {
            flags,
            path,
            format,
            as_email,
        } => {
            let url = settings(&flags)?.database.database_url;
            let db = crate::db::connect(url.expose()).await?;
            crate::db::migrate(&db).await?;
            let opts = crate::import::Options {
                path,
                format,
                as_email,
            };
            match crate::import::import(&db, &opts).await {
                Ok(outcome) => {
                    println!("{outcome}");
                    Ok(())
                }
                Err(e) => {
                    if let Some(crate::import::Rejected::Problems(problems)) = e.downcast_ref() {
                        for p in problems {
                            eprintln!("{p}");
                        }
                    }
                    Err(e)
                }
            }
        }
        Command::Openapi => {
            // The document needs the API's state; an in-memory database is enough.
            let app = Application::build(Settings::new("sqlite::memory:", "127.0.0.1:0")).await?;
            println!("{}", crate::startup::openapi_json(app.state()));
            Ok(())
        }
        Command::Admin { flags, action } => {
            let settings = settings(&flags)?;
            let db = crate::db::connect(settings.database.database_url.expose()).await?;
            crate::db::migrate(&db).await?;
            admin(&db, &settings, action).await
        }
    }
}

async fn admin(
    db: &sea_orm::DatabaseConnection,
    settings: &Settings,
    action: Admin,
) -> anyhow::Result<()> {
    let caller = cli_caller();
    match action {
        Admin::CreateUser {
            email,
            name,
            igf_secretariat,
        } => {
            let email = Email::parse(&email).map_err(anyhow::Error::msg)?;
            let password_hash = match std::env::var("NRI_PASSWORD") {
                Ok(p) => match users::password_problem(&p) {
                    None => Some(hash_password(p).await?),
                    Some(problem) => anyhow::bail!("NRI_PASSWORD {problem}"),
                },
                Err(_) => None,
            };
            let mut uow = unit(db, &caller).await?;
            let row = users::create(
                &mut uow,
                NewAccount {
                    email: &email,
                    name: &name,
                    password_hash,
                    platform_role: igf_secretariat.then_some("igf_secretariat"),
                    // The operator vouches for the address.
                    email_confirmed: true,
                    locale: None,
                },
            )
            .await?;
            uow.commit().await?;
            println!("user {} created: {}", row.id, row.email);
        }
        Admin::SetPassword { email } => {
            let account = find_user(db, &email).await?;
            let password = new_password()?;
            if let Some(problem) = users::password_problem(&password) {
                anyhow::bail!("the password {problem}");
            }
            let hash = hash_password(password).await?;
            let mut uow = unit(db, &caller).await?;
            passwords::set(&mut uow, &account, hash).await?;
            uow.commit().await?;
            println!("password of {} set", account.email);
        }
        Admin::RecomputeAll => {
            let started = std::time::Instant::now();
            let bar = RecomputeProgress(std::cell::OnceCell::new());
            let n =
                worker::aggregation::recompute_all_with(db, &settings.public_url(), &bar).await?;
            if let Some(p) = bar.0.get() {
                p.finish();
            }
            println!(
                "{n} aggregates recomputed in {:.2} s",
                started.elapsed().as_secs_f64()
            );
        }
        Admin::QueueProbe { jobs, work_ms } => {
            crate::service::jobs::queue_probes(db, jobs, work_ms).await?;
            println!("{jobs} probe jobs queued");
        }
        Admin::SendReminders { today } => {
            let today = today.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let n = worker::notify::sweep::sweep(db, today).await?;
            println!("{n} notices queued as of {today}");
        }
        Admin::CreateToken { email, days } => {
            let u = find_user(db, &email).await?;
            let mut uow = unit(db, &caller).await?;
            let (secret, _) = tokens::create(&mut uow, u.id, "cli", Duration::days(days)).await?;
            uow.commit().await?;
            println!("{secret}");
        }
        Admin::Grant {
            email,
            initiative: slug,
            role,
        } => {
            let role = MemberRole::parse(&role).map_err(anyhow::Error::msg)?;
            let mut uow = unit(db, &caller).await?;
            let ((_, u), _) = members::grant(&mut uow, &slug, &email, role).await?;
            members::commit_and_reload_policy(uow).await?;
            println!("{} is now {} of {}", u.email, role, slug);
        }
    }
    Ok(())
}

/// A new password: NRI_PASSWORD, else asked for twice on the terminal
/// without echo; an error without either.
fn new_password() -> anyhow::Result<String> {
    use std::io::IsTerminal;
    if let Ok(p) = std::env::var("NRI_PASSWORD") {
        return Ok(p);
    }
    anyhow::ensure!(
        std::io::stdin().is_terminal(),
        "set NRI_PASSWORD, or run this on a terminal to be asked for the password"
    );
    let password = rpassword::prompt_password("New password: ")?;
    let again = rpassword::prompt_password("The same again: ")?;
    anyhow::ensure!(password == again, "the two passwords differ");
    Ok(password)
}

/// `recompute-all`'s progress on stderr: a bar on a terminal, plain lines
/// otherwise, sized once the worker knows how many aggregates there are.
struct RecomputeProgress(std::cell::OnceCell<crate::export::Progress>);

impl worker::aggregation::Progress for RecomputeProgress {
    fn start(&self, steps: u64) {
        let _ = self.0.set(crate::export::Progress::new(
            steps,
            "recomputing aggregates",
        ));
    }

    fn step(&self, what: &str) {
        if let Some(p) = self.0.get() {
            p.inc(what);
        }
    }
}

/// A unit of work for a command-line change by `caller`.
async fn unit(db: &sea_orm::DatabaseConnection, caller: &Caller) -> anyhow::Result<Unit> {
    let authz = crate::authz::Authz::new(db.clone()).await?;
    Ok(Unit::begin(db, &authz, caller).await?)
}

async fn find_user(db: &sea_orm::DatabaseConnection, email: &str) -> anyhow::Result<user::Model> {
    let email = Email::parse(email).map_err(anyhow::Error::msg)?;
    users::find_by_email(db, &email)
        .await?
        .with_context(|| format!("no user {}", email.as_str()))
}
