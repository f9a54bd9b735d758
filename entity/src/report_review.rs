//! A reviewer's act on a report: `accept`, `return` (with comments) or `reopen` (with a reason).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "report_reviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub report_id: i64,
    /// The version the act concerns.
    pub version_number: i32,
    pub decision: String,
    pub comment: Option<String>,
    pub reviewer_id: i64,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
