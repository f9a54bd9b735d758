//! The stored aggregate of one scope and year, as served: computed by the
//! worker, never on the request path.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "aggregates")]
pub struct Model {
    /// `global`, `un-region/africa`, `kind/youth`, `initiative/{slug}`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub scope: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub year: i32,
    /// The aggregate as JSON, exactly the bytes served.
    pub body: String,
    pub csv: String,
    /// `body` compressed with Brotli, as served to clients accepting `br`
    /// (absent on rows stored before the worker kept it).
    pub body_br: Option<Vec<u8>>,
    /// `body` compressed with gzip, as served to clients accepting `gzip`.
    pub body_gz: Option<Vec<u8>>,
    /// Strong ETag of `body`.
    pub etag: String,
    /// The id of the latest outbox event this aggregate reflects.
    pub change_seq: i64,
    pub generated_at: DateTimeUtc,
    /// SHA-256 of the body without `generated_at` and `change_seq`: whether
    /// a new computation changed the content (null: stored before it was kept).
    pub content_hash: Option<String>,
    /// The ETag of the body the counts below were taken from: they describe
    /// this row only while it equals `etag` (null: stored before summaries
    /// were kept, or its body did not read).
    pub summary_etag: Option<String>,
    /// The aggregate's `reporting`: initiatives with a public accepted report.
    pub reporting: Option<i64>,
    /// The aggregate's `recognised`: recognised initiatives in scope.
    pub recognised: Option<i64>,
    /// The aggregate's `participation.total`.
    pub participation_total: Option<i64>,
    /// The aggregate's `participation.online`.
    pub participation_online: Option<i64>,
    /// The aggregate's `participation.youth`.
    pub participation_youth: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
