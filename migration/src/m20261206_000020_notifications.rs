//! Notifications by e-mail: the kinds each user turned off (default: every
//! kind on, so only the offs are rows), the tokens of the one-click
//! unsubscribe links (stored as their SHA-256, each naming a user and a
//! kind), and the scheduled notices already sent (a report's due-date
//! reminders, an initiative's at-risk notice), each once by its key.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A foreign key from `table.user_id` to `users`, deleted with the user.
fn to_user(table: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_user_id"))
        .from(table, "user_id")
        .to("users", "id")
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("notification_opt_outs")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    .col(string("kind"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut to_user("notification_opt_outs"))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notification_opt_outs_user_kind")
                    .table("notification_opt_outs")
                    .col("user_id")
                    .col("kind")
                    .unique()
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("unsubscribe_tokens")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("token_hash"))
                    .col(big_integer("user_id"))
                    .col(string("kind"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut to_user("unsubscribe_tokens"))
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("scheduled_notices")
                    .col(big_pk_auto("id"))
                    // `report_due:{report}:{reminder}` or `at_risk:{initiative}:{year}`.
                    .col(string_uniq("key"))
                    .col(timestamp_with_time_zone("created_at"))
                    .take(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "scheduled_notices",
            "unsubscribe_tokens",
            "notification_opt_outs",
        ] {
            manager.drop_table(Table::drop().table(t).take()).await?;
        }
        Ok(())
    }
}
