//! Indexes `report_reviews` by report: every read of a report with its
//! reviews (the API's report page, the review queue, the demo and synthetic
//! loads) looked a report's reviews up by scanning the whole table, a cost
//! that grew with the registry (the 2,000 × 20 synthetic load: 86.7 s
//! without this index, 47.7 s with it).
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const NAME: &str = "idx_report_reviews_report_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(NAME)
                    .table("report_reviews")
                    .col("report_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(NAME).table("report_reviews").to_owned())
            .await
    }
}
