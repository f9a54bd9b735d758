//! Keeps beside each scope's rendered feeds the model they were rendered
//! from (`worker::feed::FeedModel` as JSON), so that the API can render a
//! feed in any shipped language on request while the worker stores only the
//! English one. Rows rendered before it have none until the worker renders
//! them again (its housekeeping does so within a minute of starting).
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::text_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("feeds")
                    .add_column(text_null("model"))
                    .take(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table("feeds").drop_column("model").take())
            .await
    }
}
