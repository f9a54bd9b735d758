//! The right to import a registry (`nri import`), the IGF Secretariat's alone.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::seed_policy(manager, crate::IMPORT_POLICY_CSV).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::unseed_policy(manager, crate::IMPORT_POLICY_CSV).await
    }
}
