//! `/initiatives/{slug}/invitations`: the focal point (or the IGF
//! Secretariat) invites someone by e-mail to a role, lists the pending
//! invitations and revokes them; `/invitations/{token}`: whoever holds the
//! link sees the invitation and, signed in, accepts it.
use super::Tag;
use crate::auth::Caller;
use crate::domain::{Email, MemberRole, Slug};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::invitations::{self, Sender};
use crate::service::members;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::invitation;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::Deserialize;

pub struct Api(pub AppState);

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct NewInvitation {
    pub email: String,
    pub role: MemberRole,
}

#[derive(Debug, Object)]
pub struct InvitationOut {
    pub id: i64,
    pub email: String,
    pub role: MemberRole,
    /// `pending`, `accepted`, `revoked` or `expired`.
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Object)]
pub struct InvitationPage {
    pub items: Vec<InvitationOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

/// What the link shows to whoever holds it.
#[derive(Debug, Object)]
pub struct InvitationView {
    pub initiative: String,
    pub initiative_name: String,
    pub email: String,
    pub role: MemberRole,
    /// `pending`, `accepted`, `revoked` or `expired`.
    pub status: String,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Object)]
pub struct Accepted {
    pub initiative: String,
    pub role: MemberRole,
}

#[derive(ApiResponse)]
pub enum Created {
    #[oai(status = 201)]
    Created(Json<InvitationOut>),
}

#[derive(ApiResponse)]
pub enum Revoked {
    #[oai(status = 204)]
    NoContent,
}

fn to_out(i: &invitation::Model) -> Result<InvitationOut, ApiError> {
    Ok(InvitationOut {
        id: i.id,
        email: i.email.clone(),
        role: crate::stored::parse::<MemberRole>(&i.role)?,
        status: invitations::status(i).to_owned(),
        created_at: i.created_at,
        expires_at: i.expires_at,
    })
}

#[OpenApi(tag = "Tag::Members")]
impl Api {
    /// Invite someone by e-mail to a role here (focal point, IGF Secretariat)
    ///
    /// They are sent a link to `/invitations/{token}`, working once for 14
    /// days, where they sign in or sign up and accept.
    #[oai(
        path = "/initiatives/:slug/invitations",
        method = "post",
        operation_id = "create_invitation"
    )]
    async fn create(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        body: JsonBody<NewInvitation>,
    ) -> Result<Created, ApiError> {
        let b = body.0;
        let email = Email::parse(&b.email).map_err(|m| ApiError::field("/email", m))?;
        let public_url = self.0.settings.public_url();
        let sender = Sender {
            mailer: &self.0.mailer,
            public_url: &public_url,
        };
        let mut uow = self.0.unit(&caller).await?;
        let row = invitations::create(&mut uow, &sender, slug.0.as_str(), &email, b.role).await?;
        uow.commit().await?;
        Ok(Created::Created(Json(to_out(&row)?)))
    }

    /// Pending invitations here (focal point, IGF Secretariat)
    #[oai(
        path = "/initiatives/:slug/invitations",
        method = "get",
        operation_id = "list_invitations"
    )]
    async fn list(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<InvitationPage>, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let (rows, next_cursor) =
            invitations::list(&self.0.reader(&caller), slug.0.as_str(), page).await?;
        Ok(Json(InvitationPage {
            items: rows.iter().map(to_out).collect::<Result<_, _>>()?,
            next_cursor,
        }))
    }

    /// Revoke a pending invitation (focal point, IGF Secretariat)
    #[oai(
        path = "/initiatives/:slug/invitations/:id",
        method = "delete",
        operation_id = "revoke_invitation"
    )]
    async fn revoke(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        id: Path<i64>,
    ) -> Result<Revoked, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        invitations::revoke(&mut uow, slug.0.as_str(), id.0).await?;
        uow.commit().await?;
        Ok(Revoked::NoContent)
    }

    /// An invitation, as its link shows it (whoever holds the link)
    #[oai(
        path = "/invitations/:token",
        method = "get",
        operation_id = "get_invitation"
    )]
    async fn view(&self, token: Path<String>) -> Result<Json<InvitationView>, ApiError> {
        let (inv, ini) = invitations::by_token(&self.0.db.read, &token.0).await?;
        Ok(Json(InvitationView {
            initiative: ini.slug,
            initiative_name: ini.name,
            email: inv.email.clone(),
            role: crate::stored::parse::<MemberRole>(&inv.role)?,
            status: invitations::status(&inv).to_owned(),
            expires_at: inv.expires_at,
        }))
    }

    /// Accept an invitation as the signed-in caller
    ///
    /// The role is granted now; the invitation cannot be used again.
    #[oai(
        path = "/invitations/:token/accept",
        method = "post",
        operation_id = "accept_invitation"
    )]
    async fn accept(
        &self,
        caller: Caller,
        token: Path<String>,
    ) -> Result<Json<Accepted>, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let (ini, role) = invitations::accept(&mut uow, &token.0).await?;
        members::commit_and_reload_policy(uow).await?;
        Ok(Json(Accepted {
            initiative: ini.slug,
            role,
        }))
    }
}
