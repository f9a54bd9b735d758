//! A scope's rendered feeds (Atom 1.0 and JSON Feed 1.1) of accepted reports,
//! as served; rendered by the worker whenever the scope's aggregates change.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feeds")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub scope: String,
    pub atom: String,
    pub json: String,
    pub atom_etag: String,
    pub json_etag: String,
    /// The Atom feed compressed with Brotli and with gzip, as served to
    /// clients accepting them (absent on rows rendered before the worker
    /// kept them).
    pub atom_br: Option<Vec<u8>>,
    pub atom_gz: Option<Vec<u8>>,
    /// The JSON Feed compressed with Brotli and with gzip.
    pub json_br: Option<Vec<u8>>,
    pub json_gz: Option<Vec<u8>>,
    pub generated_at: DateTimeUtc,
    /// What the feeds were rendered from (`worker::feed::FeedModel` as
    /// JSON): the API renders the other languages from it. Absent on rows
    /// rendered before it was kept.
    pub model: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
