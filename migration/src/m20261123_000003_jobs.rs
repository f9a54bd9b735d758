//! The worker's durable job queue, the stored aggregates it produces, and
//! the log of its probe jobs.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("jobs")
                    .col(big_pk_auto("id"))
                    .col(string("kind"))
                    .col(text("payload"))
                    .col(string("status"))
                    .col(string_null("dedupe_key"))
                    .col(integer("attempts"))
                    .col(integer("max_attempts"))
                    .col(timestamp_with_time_zone("run_at"))
                    .col(string_null("locked_by"))
                    .col(timestamp_with_time_zone_null("locked_until"))
                    .col(text_null("last_error"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_jobs_status_run_at")
                    .table("jobs")
                    .col("status")
                    .col("run_at")
                    .take(),
            )
            .await?;
        // At most one queued job per key: equal work waiting is merged. A
        // partial index, which SQLite and PostgreSQL both support.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_jobs_queued_dedupe_key ON jobs (dedupe_key) WHERE status = 'queued'",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("aggregates")
                    .col(string("scope"))
                    .col(integer("year"))
                    .col(text("body"))
                    .col(text("csv"))
                    .col(string("etag"))
                    .col(big_integer("change_seq"))
                    .col(timestamp_with_time_zone("generated_at"))
                    .primary_key(Index::create().col("scope").col("year"))
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("probe_runs")
                    .col(big_pk_auto("id"))
                    .col(big_integer("job_id"))
                    .col(string("worker"))
                    .col(timestamp_with_time_zone("at"))
                    .take(),
            )
            .await?;
        crate::seed_policy(manager, crate::JOBS_POLICY_CSV).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::unseed_policy(manager, crate::JOBS_POLICY_CSV).await?;
        manager
            .drop_table(Table::drop().table("aggregates").take())
            .await?;
        manager.drop_table(Table::drop().table("jobs").take()).await
    }
}
