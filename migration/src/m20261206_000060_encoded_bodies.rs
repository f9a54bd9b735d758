//! The Brotli and gzip forms of each stored aggregate's JSON and of each
//! feed, written by the worker once when it stores the body, so the API
//! serves a client that accepts a coding the stored bytes instead of
//! compressing the same body for every request. Nullable: rows stored before
//! this migration have none until the worker next writes them, and are
//! compressed per request meanwhile.
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::blob_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each table with its new columns (one `ALTER TABLE` per column: SQLite
/// adds one column at a time).
const COLUMNS: &[(&str, &[&str])] = &[
    ("aggregates", &["body_br", "body_gz"]),
    ("feeds", &["atom_br", "atom_gz", "json_br", "json_gz"]),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, columns) in COLUMNS {
            for column in *columns {
                manager
                    .alter_table(
                        Table::alter()
                            .table(*table)
                            .add_column(blob_null(*column))
                            .take(),
                    )
                    .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, columns) in COLUMNS {
            for column in *columns {
                manager
                    .alter_table(Table::alter().table(*table).drop_column(*column).take())
                    .await?;
            }
        }
        Ok(())
    }
}
