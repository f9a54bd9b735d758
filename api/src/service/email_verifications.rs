//! E-mail verification: a signed-in user asks for a (new) link, which the
//! worker's `email_verification` job mails; whoever holds the link confirms
//! the address. Sign-up queues the first link (`users::sign_up`); a password
//! reset and an invitation accepted through their links confirm the address
//! too (`passwords`, `invitations`).
use super::Unit;
use crate::audit::Change;
use crate::auth::hash_token;
use crate::problem::ApiError;
use chrono::Utc;
use domain::jobs::Job;
use entity::{email_verification, user};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

/// Asks for a new verification link for the signed-in caller's address.
/// Refused (409) once the address is confirmed.
#[tracing::instrument(skip(uow))]
pub async fn request(uow: &mut Unit) -> Result<(), ApiError> {
    let me = uow.caller().principal.require_user()?.clone();
    let account = user::Entity::find_by_id(me.id)
        .one(uow.txn())
        .await?
        .ok_or_else(|| ApiError::Unauthorized("the account no longer exists".into()))?;
    if account.email_confirmed_at.is_some() {
        return Err(ApiError::conflict(
            "email-confirmed",
            "E-mail address confirmed",
            "this account's e-mail address is confirmed already",
        ));
    }
    uow.enqueue(&Job::EmailVerification { user: account.id })
        .await?;
    uow.audit(Change {
        initiative: None,
        action: "user.email_verification_request",
        target: format!("user/{}", account.id),
        before: None,
        after: Some(json!({ "email": account.email })),
    });
    Ok(())
}

/// Confirms an address with a link's token: compare-and-set on the token
/// (of concurrent confirms exactly one wins), which ends the account's other
/// outstanding links. The token confirms only the address it was sent to.
/// Whoever holds the link acts as the account.
#[tracing::instrument(skip(uow, token))]
pub async fn confirm(uow: &mut Unit, token: &str) -> Result<(), ApiError> {
    let invalid = || {
        ApiError::field(
            "/token",
            "this link does not work: it was used already, it expired, or it was never sent; sign in and ask for a new one from your account page",
        )
    };
    let now = Utc::now();
    let link = email_verification::Entity::find()
        .filter(email_verification::Column::TokenHash.eq(hash_token(token)))
        .one(uow.txn())
        .await?
        .ok_or_else(invalid)?;
    let used = email_verification::Entity::update_many()
        .col_expr(email_verification::Column::UsedAt, Expr::value(Some(now)))
        .filter(email_verification::Column::Id.eq(link.id))
        .filter(email_verification::Column::UsedAt.is_null())
        .filter(email_verification::Column::ExpiresAt.gt(now))
        .exec(uow.txn())
        .await?;
    if used.rows_affected != 1 {
        return Err(invalid());
    }
    let account = user::Entity::find_by_id(link.user_id)
        .one(uow.txn())
        .await?
        .filter(|a| a.email == link.email)
        .ok_or_else(invalid)?;
    email_verification::Entity::update_many()
        .col_expr(email_verification::Column::UsedAt, Expr::value(Some(now)))
        .filter(email_verification::Column::UserId.eq(account.id))
        .filter(email_verification::Column::UsedAt.is_null())
        .exec(uow.txn())
        .await?;
    let confirmed = user::Entity::update_many()
        .col_expr(user::Column::EmailConfirmedAt, Expr::value(Some(now)))
        .filter(user::Column::Id.eq(account.id))
        .filter(user::Column::Email.eq(link.email.clone()))
        .filter(user::Column::EmailConfirmedAt.is_null())
        .exec(uow.txn())
        .await?;
    uow.act_as_if_anonymous(&account);
    uow.audit(Change {
        initiative: None,
        action: "user.email_confirm",
        target: format!("user/{}", account.id),
        before: None,
        after: Some(json!({
            "email": account.email,
            "email_newly_confirmed": confirmed.rows_affected == 1,
        })),
    });
    Ok(())
}
