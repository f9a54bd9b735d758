//! The registry core: users, tokens, initiatives and their secretariat,
//! committee, links, memberships, decisions, the audit log, idempotency keys
//! and the Casbin policy.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    from: &'static str,
    col: &'static str,
    to: &'static str,
    to_col: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from}_{col}"))
        .from(from, col)
        .to(to, to_col)
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}

fn index(table: &'static str, cols: &[&'static str], unique: bool) -> IndexCreateStatement {
    let mut idx = Index::create();
    idx.name(format!("idx_{table}_{}", cols.join("_")))
        .table(table)
        .if_not_exists();
    for col in cols {
        idx.col(*col);
    }
    if unique {
        idx.unique();
    }
    idx.take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("users")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("email"))
                    .col(string("name"))
                    .col(text_null("password_hash"))
                    .col(string_null("platform_role"))
                    .col(timestamp_with_time_zone("created_at"))
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("api_tokens")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    .col(string("name"))
                    .col(string_uniq("token_hash"))
                    .col(string("prefix"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("last_used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(&mut fk("api_tokens", "user_id", "users", "id"))
                    .take(),
            )
            .await?;
        manager
            .create_index(index("api_tokens", &["user_id"], false))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("initiatives")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("slug"))
                    .col(string("name"))
                    .col(string_null("acronym"))
                    .col(string("kind"))
                    .col(string_null("country"))
                    .col(text("coverage"))
                    .col(string("un_region"))
                    .col(big_integer_null("parent_id"))
                    .col(integer_null("established_year"))
                    .col(text("description"))
                    .col(text("working_languages"))
                    .col(string_null("website"))
                    .col(string_null("public_email"))
                    .col(text("social_links"))
                    .col(string("status"))
                    .col(big_integer("version"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk("initiatives", "parent_id", "initiatives", "id"))
                    .take(),
            )
            .await?;
        for cols in [["status"], ["kind"], ["un_region"], ["country"]] {
            manager
                .create_index(index("initiatives", &cols, false))
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table("memberships")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    .col(big_integer("initiative_id"))
                    .col(string("role"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk("memberships", "user_id", "users", "id"))
                    .foreign_key(&mut fk("memberships", "initiative_id", "initiatives", "id"))
                    .take(),
            )
            .await?;
        manager
            .create_index(index("memberships", &["user_id", "initiative_id"], true))
            .await?;
        manager
            .create_index(index("memberships", &["initiative_id"], false))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("secretariats")
                    .col(big_integer("initiative_id").primary_key())
                    .col(string_null("host_organisation"))
                    .col(string_null("host_stakeholder_group"))
                    .col(text_null("hosting_arrangement"))
                    .col(date_null("agreement_date"))
                    .col(text("supporting_organisations"))
                    .col(string_null("city"))
                    .col(string_null("country"))
                    .col(text("contact_emails"))
                    .col(string_null("focal_point_name"))
                    .col(string_null("focal_point_email"))
                    .col(big_integer("version"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "secretariats",
                        "initiative_id",
                        "initiatives",
                        "id",
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("committee_members")
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(string("name"))
                    .col(string_null("organisation"))
                    .col(string("stakeholder_group"))
                    .col(string("role"))
                    .col(string_null("gender"))
                    .col(string_null("city"))
                    .col(string_null("country"))
                    .col(date("term_start"))
                    .col(date_null("term_end"))
                    .col(boolean("listed_publicly"))
                    .col(big_integer("version"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "committee_members",
                        "initiative_id",
                        "initiatives",
                        "id",
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_index(index("committee_members", &["initiative_id"], false))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("contributes_to")
                    .col(big_integer("initiative_id"))
                    .col(big_integer("target_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .primary_key(Index::create().col("initiative_id").col("target_id"))
                    .foreign_key(&mut fk(
                        "contributes_to",
                        "initiative_id",
                        "initiatives",
                        "id",
                    ))
                    .foreign_key(&mut fk("contributes_to", "target_id", "initiatives", "id"))
                    .take(),
            )
            .await?;
        manager
            .create_index(index("contributes_to", &["target_id"], false))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("recognition_decisions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(string("from_status"))
                    .col(string("to_status"))
                    .col(text("reason"))
                    .col(big_integer("decided_by"))
                    .col(timestamp_with_time_zone("decided_at"))
                    .foreign_key(&mut fk(
                        "recognition_decisions",
                        "initiative_id",
                        "initiatives",
                        "id",
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_index(index("recognition_decisions", &["initiative_id"], false))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("audit_log")
                    .col(big_pk_auto("id"))
                    .col(timestamp_with_time_zone("at"))
                    .col(big_integer_null("actor_id"))
                    .col(string_null("actor_email"))
                    .col(big_integer_null("initiative_id"))
                    .col(string_null("initiative_slug"))
                    .col(string("action"))
                    .col(string("target"))
                    .col(text_null("before"))
                    .col(text_null("after"))
                    .col(string("request_id"))
                    .take(),
            )
            .await?;
        manager
            .create_index(index("audit_log", &["initiative_id"], false))
            .await?;
        manager
            .create_index(index("audit_log", &["actor_id"], false))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("idempotency_keys")
                    .col(big_pk_auto("id"))
                    .col(string("scope"))
                    .col(string("key"))
                    .col(string("request_hash"))
                    .col(integer_null("status"))
                    .col(text_null("response_headers"))
                    .col(text_null("response_body"))
                    .col(timestamp_with_time_zone("created_at"))
                    .take(),
            )
            .await?;
        manager
            .create_index(index("idempotency_keys", &["scope", "key"], true))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("casbin_rule")
                    .col(big_pk_auto("id"))
                    .col(string("ptype"))
                    .col(string("v0"))
                    .col(string("v1"))
                    .col(string("v2"))
                    .col(string("v3"))
                    .col(string("v4"))
                    .col(string("v5"))
                    .take(),
            )
            .await?;
        manager
            .create_index(index(
                "casbin_rule",
                &["ptype", "v0", "v1", "v2", "v3", "v4", "v5"],
                true,
            ))
            .await?;
        crate::seed_policy(manager, crate::POLICY_CSV).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "casbin_rule",
            "idempotency_keys",
            "audit_log",
            "recognition_decisions",
            "contributes_to",
            "committee_members",
            "secretariats",
            "memberships",
            "initiatives",
            "api_tokens",
            "users",
        ] {
            manager
                .drop_table(Table::drop().table(table).take())
                .await?;
        }
        Ok(())
    }
}
