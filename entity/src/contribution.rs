//! What an initiative's accepted report for a year contributes to the
//! aggregates of that year, kept by the worker so that an aggregate is a
//! fold of contributions rather than a re-read of every report.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contributions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub initiative_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub year: i32,
    /// The accepted report version it was built from; a report whose
    /// identity differs (re-accepted, restored, reopened) is built again.
    pub source: String,
    /// `domain::aggregate::Contribution` as JSON.
    pub body: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
