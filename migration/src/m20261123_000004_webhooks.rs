//! Webhook subscriptions on aggregate scopes, their deliveries and the log
//! of every attempt; and the rendered feeds of each scope.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(from: &'static str, col: &'static str, to: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from}_{col}"))
        .from(from, col)
        .to(to, "id")
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("webhook_subscriptions")
                    .col(big_pk_auto("id"))
                    .col(string("scope"))
                    .col(string("url"))
                    .col(string("secret"))
                    .col(big_integer("created_by"))
                    .col(boolean("active"))
                    .col(timestamp_with_time_zone("created_at"))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_subscriptions_scope")
                    .table("webhook_subscriptions")
                    .col("scope")
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("webhook_deliveries")
                    .col(big_pk_auto("id"))
                    .col(big_integer("subscription_id"))
                    .col(string_uniq("message_id"))
                    .col(string("event"))
                    .col(text("body"))
                    .col(string("status"))
                    .col(integer("attempts"))
                    .col(integer_null("last_status_code"))
                    .col(text_null("last_error"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("delivered_at"))
                    .foreign_key(&mut fk(
                        "webhook_deliveries",
                        "subscription_id",
                        "webhook_subscriptions",
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_deliveries_subscription_id")
                    .table("webhook_deliveries")
                    .col("subscription_id")
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("webhook_attempts")
                    .col(big_pk_auto("id"))
                    .col(big_integer("delivery_id"))
                    .col(timestamp_with_time_zone("at"))
                    .col(integer_null("status_code"))
                    .col(text_null("error"))
                    .col(big_integer("duration_ms"))
                    .foreign_key(&mut fk(
                        "webhook_attempts",
                        "delivery_id",
                        "webhook_deliveries",
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_attempts_delivery_id")
                    .table("webhook_attempts")
                    .col("delivery_id")
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("feeds")
                    .col(string("scope").primary_key())
                    .col(text("atom"))
                    .col(text("json"))
                    .col(string("atom_etag"))
                    .col(string("json_etag"))
                    .col(timestamp_with_time_zone("generated_at"))
                    .take(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "feeds",
            "webhook_attempts",
            "webhook_deliveries",
            "webhook_subscriptions",
        ] {
            manager.drop_table(Table::drop().table(t).take()).await?;
        }
        Ok(())
    }
}
