//! The worker's latest check of an initiative's website (recognition criterion 3).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "website_checks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub initiative_id: i64,
    pub url: String,
    pub checked_at: DateTimeUtc,
    /// The HTTP status of the final response; `None` when no response came.
    pub http_status: Option<i32>,
    pub final_url: Option<String>,
    pub error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
