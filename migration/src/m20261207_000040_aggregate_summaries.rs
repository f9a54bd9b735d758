//! A small summary of each stored aggregate beside its body: how many
//! initiatives reported, how many are recognised, and the participants
//! (total, online, youth), with the ETag of the body they were taken from.
//! A scope's history across the years (`GET /aggregates/{scope}/years`, the
//! dashboards' charts) then reads a few numbers per year instead of every
//! year's whole body (about 2 MB each at 2,000 initiatives).
//!
//! The worker writes the summary in the statement that stores the body.
//! Rows stored before this migration are summarised here from their body,
//! one row at a time; a body that does not read is left without a summary
//! (logged by the API when it reads that year, never shown as zeros). A
//! summary whose ETag is not the row's (a worker of an earlier version
//! replaced the body) is not used either.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{big_integer_null, string_null};
use sea_orm_migration::sea_orm::ConnectionTrait;
use serde::Deserialize;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The counts columns, in the order of [`Counts::values`].
const COUNTS: [&str; 5] = [
    "reporting",
    "recognised",
    "participation_total",
    "participation_online",
    "participation_youth",
];

/// The ETag of the body the counts were taken from.
const SUMMARY_ETAG: &str = "summary_etag";

/// What the summary takes from a stored aggregate's JSON.
#[derive(Deserialize)]
struct Counts {
    reporting: i64,
    recognised: i64,
    participation: Participation,
}

#[derive(Deserialize)]
struct Participation {
    total: i64,
    online: i64,
    youth: i64,
}

impl Counts {
    fn values(&self) -> [i64; 5] {
        let p = &self.participation;
        [self.reporting, self.recognised, p.total, p.online, p.youth]
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column at a time: SQLite adds one per `ALTER TABLE`.
        manager
            .alter_table(
                Table::alter()
                    .table("aggregates")
                    .add_column(string_null(SUMMARY_ETAG))
                    .take(),
            )
            .await?;
        for column in COUNTS {
            manager
                .alter_table(
                    Table::alter()
                        .table("aggregates")
                        .add_column(big_integer_null(column))
                        .take(),
                )
                .await?;
        }
        backfill(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in COUNTS.iter().chain([&SUMMARY_ETAG]) {
            manager
                .alter_table(
                    Table::alter()
                        .table("aggregates")
                        .drop_column(*column)
                        .take(),
                )
                .await?;
        }
        Ok(())
    }
}

/// Summarises every stored aggregate from its body, one body in memory at a
/// time.
async fn backfill(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let keys = db
        .query_all(
            &Query::select()
                .columns(["scope", "year", "etag"])
                .from("aggregates")
                .to_owned(),
        )
        .await?;
    for row in keys {
        let scope: String = row.try_get("", "scope")?;
        let year: i32 = row.try_get("", "year")?;
        let etag: String = row.try_get("", "etag")?;
        let key = Expr::col("scope")
            .eq(scope.as_str())
            .and(Expr::col("year").eq(year));
        let Some(body) = db
            .query_one(
                &Query::select()
                    .column("body")
                    .from("aggregates")
                    .cond_where(key.clone())
                    .to_owned(),
            )
            .await?
        else {
            continue;
        };
        let body: String = body.try_get("", "body")?;
        let Ok(counts) = serde_json::from_str::<Counts>(&body) else {
            // Left without a summary: the API reads this year's body and
            // reports that it does not read.
            continue;
        };
        let mut values: Vec<(&str, SimpleExpr)> = vec![(SUMMARY_ETAG, etag.clone().into())];
        values.extend(
            COUNTS
                .into_iter()
                .zip(counts.values().map(SimpleExpr::from)),
        );
        db.execute(
            &Query::update()
                .table("aggregates")
                .values(values)
                .cond_where(key.and(Expr::col("etag").eq(etag)))
                .to_owned(),
        )
        .await?;
    }
    Ok(())
}
