//! Annual reports with their submitted versions and reviews, principles
//! attestations, website checks, the outbox of events for the worker, and
//! the access rules for them.
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

fn unique(table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut idx = Index::create();
    idx.name(format!("idx_{table}_{}", cols.join("_")))
        .table(table)
        .unique();
    for c in cols {
        idx.col(*c);
    }
    idx.take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("annual_reports")
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(integer("year"))
                    .col(string("status"))
                    .col(text("content"))
                    .col(date_null("due_date"))
                    .col(timestamp_with_time_zone_null("first_submitted_at"))
                    .col(timestamp_with_time_zone_null("submitted_at"))
                    .col(timestamp_with_time_zone_null("accepted_at"))
                    .col(integer("submissions"))
                    .col(text_null("reviewer_comment"))
                    .col(big_integer("version"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk("annual_reports", "initiative_id", "initiatives"))
                    .take(),
            )
            .await?;
        manager
            .create_index(unique("annual_reports", &["initiative_id", "year"]))
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_annual_reports_status_due_date")
                    .table("annual_reports")
                    .col("status")
                    .col("due_date")
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("report_versions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("report_id"))
                    .col(integer("number"))
                    .col(text("content"))
                    .col(big_integer("submitted_by"))
                    .col(timestamp_with_time_zone("submitted_at"))
                    .foreign_key(&mut fk("report_versions", "report_id", "annual_reports"))
                    .take(),
            )
            .await?;
        manager
            .create_index(unique("report_versions", &["report_id", "number"]))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("report_reviews")
                    .col(big_pk_auto("id"))
                    .col(big_integer("report_id"))
                    .col(integer("version_number"))
                    .col(string("decision"))
                    .col(text_null("comment"))
                    .col(big_integer("reviewer_id"))
                    .col(timestamp_with_time_zone("at"))
                    .foreign_key(&mut fk("report_reviews", "report_id", "annual_reports"))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("principles_attestations")
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(integer("year"))
                    .col(text("principles"))
                    .col(big_integer("version"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "principles_attestations",
                        "initiative_id",
                        "initiatives",
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_index(unique(
                "principles_attestations",
                &["initiative_id", "year"],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("website_checks")
                    .col(big_integer("initiative_id").primary_key())
                    .col(string("url"))
                    .col(timestamp_with_time_zone("checked_at"))
                    .col(integer_null("http_status"))
                    .col(string_null("final_url"))
                    .col(text_null("error"))
                    .foreign_key(&mut fk("website_checks", "initiative_id", "initiatives"))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("outbox_events")
                    .col(big_pk_auto("id"))
                    .col(string("kind"))
                    .col(big_integer("initiative_id"))
                    .col(integer_null("year"))
                    .col(text("payload"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("processed_at"))
                    .take(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_events_processed_at_id")
                    .table("outbox_events")
                    .col("processed_at")
                    .col("id")
                    .take(),
            )
            .await?;
        crate::seed_policy(manager, crate::REPORT_POLICY_CSV).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        crate::unseed_policy(manager, crate::REPORT_POLICY_CSV).await?;
        for table in [
            "outbox_events",
            "website_checks",
            "principles_attestations",
            "report_reviews",
            "report_versions",
            "annual_reports",
        ] {
            manager
                .drop_table(Table::drop().table(table).take())
                .await?;
        }
        Ok(())
    }
}
