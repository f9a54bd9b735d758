//! Outgoing mail and password resets: each message as it will be sent (so a
//! retry sends the same bytes), unique per event and recipient; the password
//! reset tokens (hashed, single-use, expiring); and when an account's e-mail
//! address was confirmed.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("mail_messages")
                    .col(big_pk_auto("id"))
                    // The event and the recipient: one event never mails one person twice.
                    .col(string_uniq("dedupe_key"))
                    .col(string("kind"))
                    .col(string("sender"))
                    .col(string("recipient"))
                    .col(string("subject"))
                    // The whole RFC 5322 message; erased once sent (it may hold a token).
                    .col(text_null("message"))
                    .col(string("status"))
                    .col(text_null("sent_to"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("sent_at"))
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("password_resets")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    .col(string_uniq("token_hash"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_password_resets_user_id")
                            .from("password_resets", "user_id")
                            .to("users", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_password_resets_user_id")
                    .table("password_resets")
                    .col("user_id")
                    .take(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("users")
                    .add_column(timestamp_with_time_zone_null("email_confirmed_at"))
                    .take(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("users")
                    .drop_column("email_confirmed_at")
                    .take(),
            )
            .await?;
        for t in ["password_resets", "mail_messages"] {
            manager.drop_table(Table::drop().table(t).take()).await?;
        }
        Ok(())
    }
}
