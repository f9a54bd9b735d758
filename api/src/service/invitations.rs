//! Invitations to a role in an initiative. The focal point (or the IGF
//! Secretariat) invites an e-mail address; the message links to
//! `{public_url}/invitations/{token}`, where whoever holds the link signs
//! in (or signs up) and accepts: the role is granted then, through
//! `members`, and audited. The token is stored as its SHA-256; an invitation
//! is used once, can be revoked, and expires after 14 days.
use super::store::load_initiative;
use super::{Reader, Unit};
use crate::audit::Change;
use crate::auth::hash_token;
use crate::authz::Action;
use crate::domain::{Email, MemberRole, PageLocale};
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use chrono::{Duration, Utc};
use entity::{initiative, invitation, user};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use worker::mail::{Mailer, Recipient};

/// How long an invitation can be accepted.
pub const VALID_FOR: Duration = Duration::days(14);

/// Where an invitation stands.
pub fn status(i: &invitation::Model) -> &'static str {
    if i.accepted_at.is_some() {
        "accepted"
    } else if i.revoked_at.is_some() {
        "revoked"
    } else if i.expires_at <= Utc::now() {
        "expired"
    } else {
        "pending"
    }
}

/// What the message needs to say who invites and where links go.
pub struct Sender<'a> {
    pub mailer: &'a Mailer,
    pub public_url: &'a str,
}

/// Invites `email` to `role` in `slug` (the focal point or the IGF
/// Secretariat) and queues the message. A pending invitation of the same
/// address to the same initiative is refused: revoke it first.
#[tracing::instrument(skip(uow, sender, email), fields(email = email.as_str()))]
pub async fn create(
    uow: &mut Unit,
    sender: &Sender<'_>,
    slug: &str,
    email: &Email,
    role: MemberRole,
) -> Result<invitation::Model, ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WriteMembers).await?;
    if !worker::mail::deliverable(email.as_str()) {
        return Err(ApiError::field(
            "/email",
            "mail cannot be sent to this address",
        ));
    }
    let now = Utc::now();
    let pending = invitation::Entity::find()
        .filter(invitation::Column::InitiativeId.eq(ini.id))
        .filter(invitation::Column::Email.eq(email.as_str()))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .one(uow.txn())
        .await?;
    if let Some(p) = pending {
        return Err(ApiError::conflict(
            "invitation-pending",
            "Already invited",
            format!(
                "{} already has a pending invitation here (id {}); revoke it to send another",
                email.as_str(),
                p.id
            ),
        )
        .with("invitation", json!(p.id)));
    }
    let inviter = uow.caller().principal.require_user()?.clone();
    let locale = invitation_locale(uow.txn(), email.as_str(), inviter.id).await?;
    let token = worker::mail::new_token();
    let row = invitation::ActiveModel {
        initiative_id: Set(ini.id),
        email: Set(email.as_str().to_owned()),
        role: Set(role.as_str().to_owned()),
        token_hash: Set(hash_token(&token)),
        invited_by: Set(Some(inviter.id)),
        created_at: Set(now),
        expires_at: Set(now + VALID_FOR),
        ..Default::default()
    }
    .insert(uow.txn())
    .await?;
    let message = sender
        .mailer
        .compose(
            "invitation",
            &format!("invitation:{}", row.id),
            Recipient {
                name: "",
                email: email.as_str(),
                locale,
            },
            json!({
                "initiative": ini.name,
                "role": role.as_str(),
                "inviter": inviter.name,
                "link": format!("{}/invitations/{token}", sender.public_url),
                "valid_days": VALID_FOR.num_days(),
            }),
            sender.public_url,
            None,
        )
        .map_err(ApiError::Internal)?;
    uow.mail(&message).await?;
    uow.audit(Change {
        initiative: Some(&ini),
        action: "invitation.create",
        target: format!("invitation/{}", row.id),
        before: None,
        after: Some(json!({ "email": row.email, "role": row.role, "expires_at": row.expires_at })),
    });
    Ok(row)
}

/// How a role reads in a message.
/// The language of an invitation: the invitee's preference when the address
/// has an account that chose one, else the inviter's, else English.
async fn invitation_locale(
    db: &impl ConnectionTrait,
    email: &str,
    inviter: i64,
) -> Result<PageLocale, ApiError> {
    let people = user::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(user::Column::Email.eq(email))
                .add(user::Column::Id.eq(inviter)),
        )
        .all(db)
        .await?;
    let invitee = people
        .iter()
        .find(|u| u.email == email && u.locale.is_some());
    let chosen = invitee.or_else(|| people.iter().find(|u| u.id == inviter));
    match chosen {
        Some(account) => worker::mail::locale_of(account).map_err(ApiError::Internal),
        None => Ok(PageLocale::En),
    }
}

/// The pending invitations of `slug`, oldest first (the focal point or the
/// IGF Secretariat).
#[tracing::instrument(skip(r, page))]
pub async fn list(
    r: &Reader<'_>,
    slug: &str,
    page: PageRequest,
) -> Result<(Vec<invitation::Model>, Option<String>), ApiError> {
    let ini = load_initiative(r.db, slug).await?;
    r.authorize(&ini, Action::WriteMembers).await?;
    let query = invitation::Entity::find()
        .filter(invitation::Column::InitiativeId.eq(ini.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(Utc::now()));
    page.by_id(
        query,
        invitation::Column::Id,
        sea_orm::Order::Asc,
        |i| i.id,
        r.db,
    )
    .await
}

/// Revokes pending invitation `id` of `slug` (compare-and-set: a concurrent
/// acceptance or revocation wins alone).
#[tracing::instrument(skip(uow))]
pub async fn revoke(uow: &mut Unit, slug: &str, id: i64) -> Result<(), ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WriteMembers).await?;
    let done = invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(Some(Utc::now())))
        .filter(invitation::Column::Id.eq(id))
        .filter(invitation::Column::InitiativeId.eq(ini.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(uow.txn())
        .await?;
    if done.rows_affected != 1 {
        return Err(ApiError::not_found(format!(
            "no pending invitation {id} in {slug}"
        )));
    }
    uow.audit(Change {
        initiative: Some(&ini),
        action: "invitation.revoke",
        target: format!("invitation/{id}"),
        before: None,
        after: None,
    });
    Ok(())
}

/// The invitation a link's token opens, with its initiative (whoever holds
/// the link may see them).
pub async fn by_token(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<(invitation::Model, initiative::Model), ApiError> {
    let unknown = || ApiError::not_found("no invitation has this link");
    let inv = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(hash_token(token)))
        .one(db)
        .await?
        .ok_or_else(unknown)?;
    let ini = initiative::Entity::find_by_id(inv.initiative_id)
        .one(db)
        .await?
        .ok_or_else(unknown)?;
    Ok((inv, ini))
}

/// Accepts the invitation of `token` as the signed-in caller: compare-and-set
/// on the invitation (used once, not revoked, not expired), then the role is
/// granted through `members` (audited there) and the acceptance audited.
/// The caller commits with `members::commit_and_reload_policy`.
#[tracing::instrument(skip(uow, token))]
pub async fn accept(
    uow: &mut Unit,
    token: &str,
) -> Result<(initiative::Model, MemberRole), ApiError> {
    let me = uow.caller().principal.require_user()?.clone();
    let (inv, ini) = by_token(uow.txn(), token).await?;
    let now = Utc::now();
    let used = invitation::Entity::update_many()
        .col_expr(invitation::Column::AcceptedAt, Expr::value(Some(now)))
        .col_expr(invitation::Column::AcceptedBy, Expr::value(Some(me.id)))
        .filter(invitation::Column::Id.eq(inv.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .exec(uow.txn())
        .await?;
    if used.rows_affected != 1 {
        return Err(ApiError::conflict(
            "invitation-unusable",
            "Invitation not usable",
            format!(
                "this invitation is {}: ask the initiative's focal point for a new one",
                status(&inv)
            ),
        ));
    }
    let role = crate::stored::parse::<MemberRole>(&inv.role)?;
    super::members::grant(uow, &ini.slug, &me.id.to_string(), role).await?;
    if me.email == inv.email {
        // The link reached this address.
        user::Entity::update_many()
            .col_expr(user::Column::EmailConfirmedAt, Expr::value(Some(now)))
            .filter(user::Column::Id.eq(me.id))
            .filter(user::Column::EmailConfirmedAt.is_null())
            .exec(uow.txn())
            .await?;
    }
    uow.audit(Change {
        initiative: Some(&ini),
        action: "invitation.accept",
        target: format!("invitation/{}", inv.id),
        before: None,
        after: Some(json!({
            "email": inv.email, "role": inv.role, "accepted_by": me.id, "accepted_by_email": me.email
        })),
    });
    Ok((ini, role))
}
