//! An NRI: the tenant. JSON columns: `coverage`, `working_languages` (arrays of
//! strings), `description` (language-keyed object), `social_links` (object).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "initiatives")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub acronym: Option<String>,
    pub kind: String,
    pub country: Option<String>,
    pub coverage: String,
    pub un_region: String,
    pub parent_id: Option<i64>,
    pub established_year: Option<i32>,
    pub description: String,
    pub working_languages: String,
    pub website: Option<String>,
    pub public_email: Option<String>,
    pub social_links: String,
    pub status: String,
    /// Bumped on every write; the ETag is derived from it.
    pub version: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
