//! Invitations to a role in an initiative, sent by mail: the token is stored
//! as its SHA-256; single use (`accepted_at`), revocable (`revoked_at`),
//! expiring (`expires_at`).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("invitations")
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(string("email"))
                    .col(string("role"))
                    .col(string_uniq("token_hash"))
                    .col(big_integer_null("invited_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("accepted_at"))
                    .col(big_integer_null("accepted_by"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_invitations_initiative_id")
                            .from("invitations", "initiative_id")
                            .to("initiatives", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitations_initiative_id")
                    .table("invitations")
                    .col("initiative_id")
                    .take(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("invitations").take())
            .await
    }
}
