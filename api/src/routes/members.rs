//! `/initiatives/{slug}/members`: who holds which role in an initiative. The
//! focal point (or the IGF Secretariat) grants and removes roles; an
//! initiative always keeps at least one focal point.
use super::Tag;
use crate::auth::Caller;
use crate::domain::MemberRole;
use crate::domain::Slug;
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::members;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::{membership, user};
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::{Deserialize, Serialize};

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

fn to_out(m: &membership::Model, u: &user::Model) -> Result<MemberOut, ApiError> {
    Ok(MemberOut {
        user_id: u.id,
        email: u.email.clone(),
        name: u.name.clone(),
        role: crate::stored::parse::<MemberRole>(&m.role)?,
        since: m.created_at,
    })
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Members")]
impl Api {
    /// Who has which role here
    #[oai(path = "/:slug/members", method = "get", operation_id = "list_members")]
    async fn list(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<MemberPage>, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let (rows, next_cursor) =
            members::list(&self.0.reader(&caller), slug.0.as_str(), page).await?;
        let items = rows
            .iter()
            .map(|(m, u)| to_out(m, u))
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
        slug: Path<Slug>,
        user: Path<String>,
        body: JsonBody<RoleIn>,
    ) -> Result<PutResponse, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let ((row, target), created) =
            members::put(&mut uow, slug.0.as_str(), &user.0, body.0.role).await?;
        members::commit_and_reload_policy(uow).await?;
        let out = Json(to_out(&row, &target)?);
        Ok(if created {
            PutResponse::Created(out)
        } else {
            PutResponse::Ok(out)
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
        slug: Path<Slug>,
        user: Path<String>,
    ) -> Result<Deleted, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        members::remove(&mut uow, slug.0.as_str(), &user.0).await?;
        members::commit_and_reload_policy(uow).await?;
        Ok(Deleted::NoContent)
    }
}
