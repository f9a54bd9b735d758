//! Schema migrations. One file per schema change; each runs on SQLite and PostgreSQL.
pub use sea_orm_migration::prelude::*;

mod m20261123_000001_registry_core;
mod m20261123_000002_reports;
mod m20261123_000003_jobs;
mod m20261123_000004_webhooks;
mod m20261201_000005_platform_domain;
mod m20261202_000006_platform_rights;
mod m20261202_000007_report_reviews_index;
mod m20261206_000008_mail;
mod m20261206_000009_invitations;
mod m20261206_000010_shared_state;
mod m20261206_000015_import_right;
mod m20261206_000020_notifications;
mod m20261206_000030_email_verifications;
mod m20261206_000040_user_locale;
mod m20261206_000060_encoded_bodies;
mod m20261206_000070_contributions;
mod m20261207_000020_feed_index;
mod m20261207_000040_aggregate_summaries;
mod m20261207_000050_aggregate_jobs_first;
mod m20261207_000060_feed_models;

pub use m20261206_000030_email_verifications::CONFIRM_EXISTING_ACCOUNTS;

/// The access policy shipped with this schema version, as Casbin `p` lines
/// (`p, subject, domain, object, action`). The migration stores it in `casbin_rule`.
pub const POLICY_CSV: &str = include_str!("policy.csv");

/// The rules added with annual reports, principles and recognition.
pub const REPORT_POLICY_CSV: &str = include_str!("policy_reports.csv");

/// The rules added with the job queue.
pub const JOBS_POLICY_CSV: &str = include_str!("policy_jobs.csv");

/// Platform-wide rights once decided in handlers (the directory, subscriptions).
pub const PLATFORM_POLICY_CSV: &str = include_str!("policy_platform.csv");

/// The right to import a registry.
pub const IMPORT_POLICY_CSV: &str = include_str!("policy_import.csv");

/// Stores the `p` lines of a policy file in `casbin_rule`.
pub(crate) async fn seed_policy(manager: &SchemaManager<'_>, csv: &str) -> Result<(), DbErr> {
    let mut insert = Query::insert()
        .into_table("casbin_rule")
        .columns(["ptype", "v0", "v1", "v2", "v3", "v4", "v5"])
        .take();
    for line in csv.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields: Vec<String> = line.split(',').map(|f| f.trim().to_owned()).collect();
        fields.resize(7, String::new());
        insert.values_panic(fields.into_iter().map(Into::into));
    }
    manager.exec_stmt(insert).await
}

/// Removes the `p` lines of a policy file (for `down`).
pub(crate) async fn unseed_policy(manager: &SchemaManager<'_>, csv: &str) -> Result<(), DbErr> {
    for line in csv.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split(',').map(str::trim).collect();
        let mut delete = Query::delete().from_table("casbin_rule").take();
        for (i, v) in f.iter().enumerate() {
            let col = if i == 0 {
                "ptype".to_owned()
            } else {
                format!("v{}", i - 1)
            };
            delete.and_where(Expr::col(col).eq(*v));
        }
        manager.exec_stmt(delete).await?;
    }
    Ok(())
}

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_registry_core::Migration),
            Box::new(m20261123_000002_reports::Migration),
            Box::new(m20261123_000003_jobs::Migration),
            Box::new(m20261123_000004_webhooks::Migration),
            Box::new(m20261201_000005_platform_domain::Migration),
            Box::new(m20261202_000006_platform_rights::Migration),
            Box::new(m20261202_000007_report_reviews_index::Migration),
            Box::new(m20261206_000008_mail::Migration),
            Box::new(m20261206_000009_invitations::Migration),
            Box::new(m20261206_000010_shared_state::Migration),
            Box::new(m20261206_000015_import_right::Migration),
            Box::new(m20261206_000020_notifications::Migration),
            Box::new(m20261206_000030_email_verifications::Migration),
            Box::new(m20261206_000040_user_locale::Migration),
            Box::new(m20261206_000060_encoded_bodies::Migration),
            Box::new(m20261206_000070_contributions::Migration),
            Box::new(m20261207_000020_feed_index::Migration),
            Box::new(m20261207_000040_aggregate_summaries::Migration),
            Box::new(m20261207_000050_aggregate_jobs_first::Migration),
            Box::new(m20261207_000060_feed_models::Migration),
        ]
    }
}
