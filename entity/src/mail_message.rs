//! One e-mail to one recipient, stored whole before it is sent so that every
//! retry sends the same bytes. `dedupe_key` (the event and the recipient) is
//! unique: one event never mails one person twice.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mail_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub dedupe_key: String,
    /// Which message (`password_reset`, …).
    pub kind: String,
    pub sender: String,
    pub recipient: String,
    pub subject: String,
    /// The RFC 5322 message; `None` once sent (it may carry a token).
    pub message: Option<String>,
    /// `pending` or `sent`.
    pub status: String,
    /// Where it went: `smtp` or the `.eml` file's path.
    pub sent_to: Option<String>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
