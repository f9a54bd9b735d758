//! A durable background job. Workers claim it with a lease (`locked_until`);
//! a job whose lease expired is taken again, so a crashed worker loses nothing.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "jobs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// What to do, e.g. `aggregate`.
    pub kind: String,
    pub payload: String,
    /// `queued`, `running`, `done` or `failed`.
    pub status: String,
    /// Equal jobs waiting in the queue are merged on this key.
    pub dedupe_key: Option<String>,
    pub attempts: i32,
    pub max_attempts: i32,
    /// Not before this time (back-off after a failure).
    pub run_at: DateTimeUtc,
    pub locked_by: Option<String>,
    pub locked_until: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
