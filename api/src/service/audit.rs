//! Reading the audit log: the IGF Secretariat reads all of it; members read
//! their own initiatives' records. (Records are written by [`Unit::commit`].)
//!
//! [`Unit::commit`]: super::Unit::commit
use super::Reader;
use super::store::load_initiative;
use crate::authz::{Action, PlatformRight};
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use chrono::{DateTime, Utc};
use entity::{audit_log, membership};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait};

/// Which records to read.
#[derive(Debug, Default)]
pub struct Filter<'a> {
    /// An initiative's slug.
    pub initiative: Option<&'a str>,
    /// An actor's user id or e-mail.
    pub actor: Option<&'a str>,
    /// Only records at or after this time.
    pub since: Option<DateTime<Utc>>,
}

/// The records the caller may read that `filter` selects, newest first, with
/// the cursor of the next page.
#[tracing::instrument(skip(r, page))]
pub async fn list(
    r: &Reader<'_>,
    filter: Filter<'_>,
    page: PageRequest,
) -> Result<(Vec<audit_log::Model>, Option<String>), ApiError> {
    let user = r.caller.principal.require_user()?;
    let mut query = audit_log::Entity::find();
    if let Some(slug) = filter.initiative {
        let ini = load_initiative(r.db, slug).await?;
        r.authorize(&ini, Action::ReadAudit).await?;
        query = query.filter(audit_log::Column::InitiativeId.eq(ini.id));
    } else if !r
        .authz
        .allowed_platform(&r.caller.principal, PlatformRight::ReadAllAudit)
        .await
    {
        // Without a filter, a member sees the records of the initiatives they belong to.
        let mine = membership::Entity::find()
            .select_only()
            .column(membership::Column::InitiativeId)
            .filter(membership::Column::UserId.eq(user.id))
            .into_query();
        query = query.filter(audit_log::Column::InitiativeId.in_subquery(mine));
    }
    if let Some(a) = filter.actor {
        query = match a.parse::<i64>() {
            Ok(id) => query.filter(audit_log::Column::ActorId.eq(id)),
            Err(_) => query.filter(audit_log::Column::ActorEmail.eq(a.to_lowercase())),
        };
    }
    if let Some(t) = filter.since {
        query = query.filter(audit_log::Column::At.gte(t));
    }
    page.by_id(
        query,
        audit_log::Column::Id,
        sea_orm::Order::Desc,
        |r| r.id,
        r.db,
    )
    .await
}
