//! Indexes the queued aggregate recomputations, which the worker claims
//! before any other job (`worker::queue::claim`): an acceptance must not wait
//! behind a backlog of mail and notices (measured: 19 s behind 4,000 of them
//! after a burst of submissions). A partial index, which SQLite and
//! PostgreSQL both support, so finding the first one costs one index step
//! however long the backlog.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX idx_jobs_queued_aggregates ON jobs (run_at, id) \
                 WHERE status = 'queued' AND kind = 'aggregate'",
            )
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX idx_jobs_queued_aggregates")
            .await
            .map(|_| ())
    }
}
