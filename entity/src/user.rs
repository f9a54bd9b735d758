//! A person who can sign in. Roles live in `membership` (per initiative) and
//! `platform_role` (`igf_secretariat` for the whole platform).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    /// Argon2id PHC string; `None` for accounts that only use tokens (the bootstrap account).
    pub password_hash: Option<String>,
    pub platform_role: Option<String>,
    pub created_at: DateTimeUtc,
    /// When the account's e-mail address was shown to reach its owner (a
    /// password reset by mail confirms it).
    pub email_confirmed_at: Option<DateTimeUtc>,
    /// The language the pages speak to this user (`fr`); `None` follows the
    /// browser's `Accept-Language`.
    pub locale: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
