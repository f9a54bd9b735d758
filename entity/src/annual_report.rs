//! An initiative's annual report for one year. `content` is the report as a
//! JSON document (see the API's `ReportContent`); the columns beside it are
//! what the workflow and the review queue filter on.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "annual_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub initiative_id: i64,
    pub year: i32,
    /// `draft`, `submitted`, `returned` or `accepted`.
    pub status: String,
    pub content: String,
    /// Event end + 90 days, once the end date is known.
    pub due_date: Option<Date>,
    pub first_submitted_at: Option<DateTimeUtc>,
    pub submitted_at: Option<DateTimeUtc>,
    pub accepted_at: Option<DateTimeUtc>,
    /// How many times it was submitted: the number of the latest version.
    pub submissions: i32,
    /// The reviewer's latest comment (return) or reopening reason.
    pub reviewer_comment: Option<String>,
    pub version: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
