//! Aggregation proportional to the change: one stored contribution per
//! initiative and year (what its accepted report gives the aggregates, as
//! `domain::aggregate::Contribution` JSON, with the identity of the report
//! version it was built from), and each aggregate's content hash, so that
//! "did the aggregate change" is a comparison of two hashes rather than a
//! re-read of the previous body.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("contributions")
                    .col(big_integer("initiative_id"))
                    .col(integer("year"))
                    // The accepted report version it was built from
                    // (`worker::aggregation::source_of`).
                    .col(string("source"))
                    .col(text("body"))
                    .primary_key(Index::create().col("initiative_id").col("year"))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_contributions_year")
                    .table("contributions")
                    .col("year")
                    .take(),
            )
            .await?;
        // The reconciliation reads the identities of a year's accepted reports.
        manager
            .create_index(
                Index::create()
                    .name("idx_annual_reports_year_status")
                    .table("annual_reports")
                    .col("year")
                    .col("status")
                    .take(),
            )
            .await?;
        // Null for aggregates stored before this migration: compared by
        // their body once, then by hash.
        manager
            .alter_table(
                Table::alter()
                    .table("aggregates")
                    .add_column(string_null("content_hash"))
                    .take(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("aggregates")
                    .drop_column("content_hash")
                    .take(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_annual_reports_year_status")
                    .table("annual_reports")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table("contributions").to_owned())
            .await
    }
}
