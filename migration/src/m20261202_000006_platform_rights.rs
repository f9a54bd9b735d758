//! Moves the last access decisions that handlers took by themselves (the IGF
//! Secretariat sees every initiative in the directory and manages every
//! webhook subscription) into the policy, so that `authz` is the one place
//! that decides.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::seed_policy(manager, crate::PLATFORM_POLICY_CSV).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::unseed_policy(manager, crate::PLATFORM_POLICY_CSV).await
    }
}
