//! A member of an initiative's organising committee (its local MAG).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "committee_members")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub initiative_id: i64,
    pub name: String,
    pub organisation: Option<String>,
    pub stakeholder_group: String,
    pub role: String,
    pub gender: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub term_start: Date,
    pub term_end: Option<Date>,
    /// The member agreed to be named on public pages.
    pub listed_publicly: bool,
    pub version: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
