//! State that several API processes must share rather than each keep in
//! memory: rate-limit buckets, and the version counters that tell every
//! process when to reload its access policy or forget its verified tokens.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The counters `state_versions` starts with (see `api::service::versions`).
const COUNTERS: [&str; 2] = ["policy", "tokens"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One row per limiter and key (a SHA-256, so no e-mail address is
        // stored): the key's theoretical arrival time in milliseconds since
        // the epoch (GCRA, the token bucket as one number), and whether the
        // last attempt was let through. A row whose `tat` has passed is a
        // full bucket, the same as no row, and is purged.
        manager
            .create_table(
                Table::create()
                    .table("rate_limits")
                    .col(string("key").primary_key())
                    .col(big_integer("tat"))
                    .col(boolean("allowed"))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_rate_limits_tat")
                    .table("rate_limits")
                    .col("tat")
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("state_versions")
                    .col(string("name").primary_key())
                    .col(big_integer("version"))
                    .take(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table("state_versions")
            .columns(["name", "version"])
            .take();
        for name in COUNTERS {
            insert.values_panic([name.into(), 0i64.into()]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("state_versions").to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table("rate_limits").to_owned())
            .await
    }
}
