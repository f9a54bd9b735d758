//! `/initiatives/{slug}/members`: who holds which role in an initiative. The
//! focal point (or the IGF Secretariat) grants and removes roles; an
//! initiative always keeps at least one focal point.
use super::{Tag, delete_existing, load_initiative, lock_initiative};
use crate::audit::{self, Change};
use crate::auth::Caller;
use crate::authz::Action;
use crate::domain::{Email, MemberRole};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::{initiative, membership, user};
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub struct Api(pub AppState);

#[derive(Debug, Clone, Object, Serialize)]
pub struct MemberOut {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub role: MemberRole,
    pub since: DateTime<Utc>,
}

#[derive(Object)]
pub struct MemberPage {
    pub items: Vec<MemberOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct RoleIn {
    pub role: MemberRole,
}

#[derive(ApiResponse)]
pub enum PutResponse {
    /// The role was changed.
    #[oai(status = 200)]
    Ok(Json<MemberOut>),
    /// The user was given a role here for the first time.
    #[oai(status = 201)]
    Created(Json<MemberOut>),
}

#[derive(ApiResponse)]
pub enum Deleted {
    #[oai(status = 204)]
    NoContent,
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

fn to_out(m: &membership::Model, u: &user::Model) -> Result<MemberOut, ApiError> {
    Ok(MemberOut {
        user_id: u.id,
        email: u.email.clone(),
        name: u.name.clone(),
        role: crate::stored::parse::<MemberRole>(&m.role)?,
        since: m.created_at,
    })
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

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Members")]
impl Api {
    /// Who has which role here
    #[oai(path = "/:slug/members", method = "get", operation_id = "list_members")]
    async fn list(
        &self,
        caller: Caller,
        slug: Path<String>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<MemberPage>, ApiError> {
        let db = &self.0.db;
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let ini = load_initiative(db, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadMembers)
            .await?;
        let query = membership::Entity::find().filter(membership::Column::InitiativeId.eq(ini.id));
        let (rows, next_cursor) = page
            .by_id(
                query,
                membership::Column::Id,
                sea_orm::Order::Asc,
                |m| m.id,
                db,
            )
            .await?;
        let users: HashMap<i64, user::Model> = user::Entity::find()
            .filter(user::Column::Id.is_in(rows.iter().map(|m| m.user_id).collect::<Vec<_>>()))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect();
        let items = rows
            .iter()
            .filter_map(|m| users.get(&m.user_id).map(|u| to_out(m, u)))
            .collect::<Result<_, _>>()?;
        Ok(Json(MemberPage { items, next_cursor }))
    }

    /// Give a user a role here (`{user}` is an id or an e-mail)
    #[oai(
        path = "/:slug/members/:user",
        method = "put",
        operation_id = "put_member"
    )]
    async fn put(
        &self,
        caller: Caller,
        slug: Path<String>,
        user: Path<String>,
        body: JsonBody<RoleIn>,
    ) -> Result<PutResponse, ApiError> {
        let txn = self.0.db.begin().await?;
        // Held until commit: the focal-point rule reads every member's role.
        let ini = lock_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteMembers)
            .await?;
        let target = find_user(&txn, &user.0).await?;
        let existing = membership::Entity::find()
            .filter(membership::Column::InitiativeId.eq(ini.id))
            .filter(membership::Column::UserId.eq(target.id))
            .one(&txn)
            .await?;
        let now = Utc::now();
        let role = body.0.role;
        let (row, before, created) = match existing {
            Some(m) => {
                if m.role != role.as_str() {
                    keep_a_focal_point(&txn, &ini, &m).await?;
                }
                let before = to_out(&m, &target)?;
                let mut active: membership::ActiveModel = m.into();
                active.role = Set(role.as_str().to_owned());
                active.updated_at = Set(now);
                (active.update(&txn).await?, Some(before), false)
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
                .insert(&txn)
                .await?;
                (row, None, true)
            }
        };
        let after = to_out(&row, &target)?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: "member.put",
                target: format!("initiative/{}/members/{}", ini.slug, target.id),
                before: before.map(|b| crate::audit::json(&b)),
                after: Some(crate::audit::json(&after)),
            },
        )
        .await?;
        txn.commit().await?;
        self.0.authz.reload().await.map_err(ApiError::Internal)?;
        Ok(if created {
            PutResponse::Created(Json(after))
        } else {
            PutResponse::Ok(Json(after))
        })
    }

    /// Remove a user's role here
    #[oai(
        path = "/:slug/members/:user",
        method = "delete",
        operation_id = "delete_member"
    )]
    async fn delete(
        &self,
        caller: Caller,
        slug: Path<String>,
        user: Path<String>,
    ) -> Result<Deleted, ApiError> {
        let txn = self.0.db.begin().await?;
        // Held until commit: the focal-point rule reads every member's role.
        let ini = lock_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteMembers)
            .await?;
        let target = find_user(&txn, &user.0).await?;
        let m = membership::Entity::find()
            .filter(membership::Column::InitiativeId.eq(ini.id))
            .filter(membership::Column::UserId.eq(target.id))
            .one(&txn)
            .await?
            .ok_or_else(|| {
                ApiError::not_found(format!("`{}` has no role in `{}`", target.email, ini.slug))
            })?;
        keep_a_focal_point(&txn, &ini, &m).await?;
        let before = to_out(&m, &target)?;
        delete_existing::<membership::Entity>(
            &txn,
            Condition::all().add(membership::Column::Id.eq(m.id)),
            || ApiError::not_found(format!("`{}` has no role in `{}`", target.email, ini.slug)),
        )
        .await?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: "member.remove",
                target: format!("initiative/{}/members/{}", ini.slug, target.id),
                before: Some(crate::audit::json(&before)),
                after: None,
            },
        )
        .await?;
        txn.commit().await?;
        self.0.authz.reload().await.map_err(ApiError::Internal)?;
        Ok(Deleted::NoContent)
    }
}
