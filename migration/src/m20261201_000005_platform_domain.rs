//! Renames the platform-wide domain of the access policy from `platform` to
//! `@platform`. `platform` was a valid initiative slug, so the focal point of
//! an initiative registered as `platform` held `focal_point` in the platform's
//! domain, which every `*` rule matched: focal point of every initiative. A
//! name with `@` can never be a slug. Initiative domains are untouched.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The platform domain before and after this migration. Written out here, not
/// taken from the API, so that the migration means the same thing forever.
const OLD: &str = "platform";
const NEW: &str = "@platform";

/// Moves every policy line from domain `from` to `to`: the domain is `v1` of
/// a `p` line (`p, subject, domain, object, action`) and `v2` of a `g` line
/// (`g, user, role, domain`).
async fn rename_domain(manager: &SchemaManager<'_>, from: &str, to: &str) -> Result<(), DbErr> {
    for (ptype, column) in [("p", "v1"), ("g", "v2")] {
        let update = Query::update()
            .table("casbin_rule")
            .value(column, to)
            .and_where(Expr::col("ptype").like(format!("{ptype}%")))
            .and_where(Expr::col(column).eq(from))
            .take();
        manager.exec_stmt(update).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rename_domain(manager, OLD, NEW).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rename_domain(manager, NEW, OLD).await
    }
}
