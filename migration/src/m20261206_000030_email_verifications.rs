//! E-mail verification: the tokens of the links that confirm an account's
//! address (hashed, single-use, expiring, bound to the address they were
//! sent to), and which accounts that existed before verification count as
//! confirmed.
use sea_orm_migration::{prelude::*, schema::*};

/// Marks as confirmed (at their creation) the accounts that existed before
/// e-mail verification, except plain sign-ups: an account whose `user.create`
/// record was written by the account itself through the API (neither the
/// demo, request id `demo`, nor the command line, `cli-…`). Admin accounts
/// (a platform role), `nri admin create-user`, the demo, imports (created by
/// the importer) and the bootstrap account (never audited) are confirmed; a
/// sign-up whose owner never followed a reset or an invitation link stays
/// unconfirmed until they confirm from the account page. Public so the
/// black-box tests can run it over rows of each kind.
pub const CONFIRM_EXISTING_ACCOUNTS: &str = "UPDATE users SET email_confirmed_at = created_at \
     WHERE email_confirmed_at IS NULL \
     AND (platform_role IS NOT NULL OR NOT EXISTS (\
         SELECT 1 FROM audit_log a \
         WHERE a.action = 'user.create' \
         AND a.actor_id = users.id \
         AND a.target = 'user/' || CAST(users.id AS VARCHAR) \
         AND a.request_id <> 'demo' \
         AND a.request_id NOT LIKE 'cli-%'))";

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("email_verifications")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    // The address the link was sent to: it confirms that one only.
                    .col(string("email"))
                    .col(string_uniq("token_hash"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_email_verifications_user_id")
                            .from("email_verifications", "user_id")
                            .to("users", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_email_verifications_user_id")
                    .table("email_verifications")
                    .col("user_id")
                    .take(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(CONFIRM_EXISTING_ACCOUNTS)
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The confirmations made by `up` stay: they cannot be told apart.
        manager
            .drop_table(Table::drop().table("email_verifications").take())
            .await
    }
}
