//! Schema migrations. One file per schema change; each runs on SQLite and PostgreSQL.
pub use sea_orm_migration::prelude::*;

mod m20261123_000001_registry_core;

/// The access policy shipped with this schema version, as Casbin `p` lines
/// (`p, subject, domain, object, action`). The migration stores it in `casbin_rule`.
pub const POLICY_CSV: &str = include_str!("policy.csv");

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(m20261123_000001_registry_core::Migration)]
    }
}
