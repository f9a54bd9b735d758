//! Who holds which role in an initiative. The focal point (or the IGF
//! Secretariat) grants and removes roles; an initiative always keeps at
//! least one focal point. Roles feed the access policy, so a unit that
//! changes them ends with [`commit_and_reload_policy`].
use super::store::{delete_existing, load_initiative, lock_initiative};
use super::{Reader, Unit};
use crate::audit::Change;
use crate::authz::Action;
use crate::domain::{Email, MemberRole};
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use chrono::Utc;
use entity::{initiative, membership, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};
use serde_json::{Value, json};
use std::collections::HashMap;

/// A role someone holds, with who they are.
pub type Member = (membership::Model, user::Model);

/// An initiative, a user and their role there, if any.
type Found = (initiative::Model, user::Model, Option<membership::Model>);

/// A page of the members of `slug`, oldest grant first.
#[tracing::instrument(skip(r, page))]
pub async fn list(
    r: &Reader<'_>,
    slug: &str,
    page: PageRequest,
) -> Result<(Vec<Member>, Option<String>), ApiError> {
    let ini = load_initiative(r.db, slug).await?;
    r.authorize(&ini, Action::ReadMembers).await?;
    let query = membership::Entity::find().filter(membership::Column::InitiativeId.eq(ini.id));
    let (rows, next_cursor) = page
        .by_id(
            query,
            membership::Column::Id,
            sea_orm::Order::Asc,
            |m| m.id,
            r.db,
        )
        .await?;
    let mut users: HashMap<i64, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|m| m.user_id).collect::<Vec<_>>()))
        .all(r.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let members = rows
        .into_iter()
        .filter_map(|m| users.remove(&m.user_id).map(|u| (m, u)))
        .collect();
    Ok((members, next_cursor))
}

/// Gives `user` (an id or an e-mail) the role `role` in `slug`; says whether
/// the role is their first there.
#[tracing::instrument(skip(uow))]
pub async fn put(
    uow: &mut Unit,
    slug: &str,
    user: &str,
    role: MemberRole,
) -> Result<(Member, bool), ApiError> {
    let found = load_membership(uow, slug, user, Some(Action::WriteMembers)).await?;
    record_put(uow, found, role).await
}

/// The same grant for the operator (`nri admin grant`), whose right to grant
/// is settled by holding the database: the rules (a focal point stays) and
/// the audit record are the API's.
#[tracing::instrument(skip(uow))]
pub async fn grant(
    uow: &mut Unit,
    slug: &str,
    user: &str,
    role: MemberRole,
) -> Result<(Member, bool), ApiError> {
    let found = load_membership(uow, slug, user, None).await?;
    record_put(uow, found, role).await
}

async fn record_put(
    uow: &mut Unit,
    (ini, target, existing): Found,
    role: MemberRole,
) -> Result<(Member, bool), ApiError> {
    let now = Utc::now();
    let (row, before) = match existing {
        Some(m) => {
            if m.role != role.as_str() {
                keep_a_focal_point(uow.txn(), &ini, &m).await?;
            }
            let before = audit_view(&m, &target)?;
            let mut active: membership::ActiveModel = m.into();
            active.role = Set(role.as_str().to_owned());
            active.updated_at = Set(now);
            (active.update(uow.txn()).await?, Some(before))
        }
        None => {
            let row = membership::ActiveModel {
                user_id: Set(target.id),
                initiative_id: Set(ini.id),
                role: Set(role.as_str().to_owned()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(uow.txn())
            .await?;
            (row, None)
        }
    };
    let created = before.is_none();
    uow.changes_policy();
    uow.audit(Change {
        initiative: Some(&ini),
        action: "member.put",
        target: format!("initiative/{}/members/{}", ini.slug, target.id),
        before,
        after: Some(audit_view(&row, &target)?),
    });
    Ok(((row, target), created))
}

/// Removes the role of `user` (an id or an e-mail) in `slug`.
#[tracing::instrument(skip(uow))]
pub async fn remove(uow: &mut Unit, slug: &str, user: &str) -> Result<(), ApiError> {
    let (ini, target, existing) =
        load_membership(uow, slug, user, Some(Action::WriteMembers)).await?;
    let no_role =
        || ApiError::not_found(format!("`{}` has no role in `{}`", target.email, ini.slug));
    let m = existing.ok_or_else(no_role)?;
    keep_a_focal_point(uow.txn(), &ini, &m).await?;
    let before = audit_view(&m, &target)?;
    delete_existing::<membership::Entity>(
        uow.txn(),
        Condition::all().add(membership::Column::Id.eq(m.id)),
        no_role,
    )
    .await?;
    uow.changes_policy();
    uow.audit(Change {
        initiative: Some(&ini),
        action: "member.remove",
        target: format!("initiative/{}/members/{}", ini.slug, target.id),
        before: Some(before),
        after: None,
    });
    Ok(())
}

/// Commits `uow` (which moves the policy counter: see `Unit::changes_policy`)
/// and brings this process's access policy up to it at once; other API
/// processes follow the counter before their next authenticated request.
#[tracing::instrument(skip(uow))]
pub async fn commit_and_reload_policy(uow: Unit) -> Result<(), ApiError> {
    let authz = uow.authz().clone();
    uow.commit().await?;
    authz.refresh().await.map_err(ApiError::Internal)
}

/// The initiative `slug` (held until the unit ends: the focal-point rule
/// reads every member's role), the user named by `key` and their role
/// there, once the caller may do `right` (`None`: the operator's settled right).
async fn load_membership(
    uow: &Unit,
    slug: &str,
    key: &str,
    right: Option<Action>,
) -> Result<Found, ApiError> {
    let ini = lock_initiative(uow.txn(), slug).await?;
    if let Some(right) = right {
        uow.authorize(&ini, right).await?;
    }
    let target = find_user(uow.txn(), key).await?;
    let existing = membership::Entity::find()
        .filter(membership::Column::InitiativeId.eq(ini.id))
        .filter(membership::Column::UserId.eq(target.id))
        .one(uow.txn())
        .await?;
    Ok((ini, target, existing))
}

/// Finds the user named by id or e-mail.
async fn find_user(db: &impl ConnectionTrait, key: &str) -> Result<user::Model, ApiError> {
    let found = if let Ok(id) = key.parse::<i64>() {
        user::Entity::find_by_id(id).one(db).await?
    } else {
        let email = Email::parse(key).map_err(|m| ApiError::field("user", m))?;
        user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .one(db)
            .await?
    };
    found.ok_or_else(|| ApiError::not_found(format!("no user `{key}`: they must sign up first")))
}

/// Refuses a change that would leave the initiative with no focal point.
async fn keep_a_focal_point(
    db: &impl ConnectionTrait,
    ini: &initiative::Model,
    leaving: &membership::Model,
) -> Result<(), ApiError> {
    if leaving.role != MemberRole::FocalPoint.as_str() {
        return Ok(());
    }
    let focal_points = membership::Entity::find()
        .filter(membership::Column::InitiativeId.eq(ini.id))
        .filter(membership::Column::Role.eq(MemberRole::FocalPoint.as_str()))
        .count(db)
        .await?;
    if focal_points <= 1 {
        return Err(ApiError::conflict(
            "last-focal-point",
            "Last focal point",
            format!(
                "`{}` must keep at least one focal point; name another first",
                ini.slug
            ),
        ));
    }
    Ok(())
}

/// A role as the audit log keeps it.
fn audit_view(m: &membership::Model, u: &user::Model) -> Result<Value, ApiError> {
    Ok(json!({
        "user_id": u.id,
        "email": u.email,
        "name": u.name,
        "role": crate::stored::parse::<MemberRole>(&m.role)?,
        "since": m.created_at,
    }))
}
