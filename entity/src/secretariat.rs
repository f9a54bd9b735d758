//! The secretariat of an initiative (one per initiative). JSON columns:
//! `supporting_organisations`, `contact_emails` (arrays of strings).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "secretariats")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub initiative_id: i64,
    pub host_organisation: Option<String>,
    pub host_stakeholder_group: Option<String>,
    pub hosting_arrangement: Option<String>,
    pub agreement_date: Option<Date>,
    pub supporting_organisations: String,
    pub city: Option<String>,
    pub country: Option<String>,
    pub contact_emails: String,
    pub focal_point_name: Option<String>,
    pub focal_point_email: Option<String>,
    pub version: i64,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
