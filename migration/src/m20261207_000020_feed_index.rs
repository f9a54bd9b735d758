//! Indexes accepted reports by when they were accepted: a scope's feed is
//! its newest accepted reports, and without this index each feed the worker
//! renders sorted every accepted report of the registry (at 2,000 × 20,
//! 40,000 rows with their content) to keep 100, a cost that grew with the
//! registry on the path from an acceptance to its feeds.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const NAME: &str = "idx_annual_reports_status_accepted_at";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(NAME)
                    .table("annual_reports")
                    .col("status")
                    .col("accepted_at")
                    .col("id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(NAME).table("annual_reports").to_owned())
            .await
    }
}
