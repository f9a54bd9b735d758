//! Passwords: a reset by mail (asked for here, issued by the worker's
//! `password_reset` job, confirmed here), a change by the signed-in user, and
//! a password set by an operator (`nri admin set-password`). Each is audited
//! without any secret; the new password's Argon2 hash is computed by the
//! caller before the unit begins (it takes a while).
use super::tokens::BROWSER_SESSION;
use super::{Reader, Unit};
use crate::audit::Change;
use crate::auth::{check_password, hash_token};
use crate::domain::Email;
use crate::middleware::metrics::Metrics;
use crate::problem::ApiError;
use chrono::Utc;
use domain::jobs::Job;
use entity::{api_token, password_reset, user};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

/// Which of the account's tokens a new password ends.
#[derive(Debug, Clone, Copy)]
pub enum Revoke {
    /// Every browser session and API token (a reset: whoever knew the old
    /// password may have made some).
    Everything,
    /// Every browser session but `keep` (the caller's own); API tokens stay.
    SessionsBut { keep: Option<i64> },
}

/// Asks for a reset of the password of the account with `email`: queues the
/// worker's `password_reset` job, which mails a link if there is such an
/// account. The same work whether there is or not, so that neither the
/// answer nor its time tells.
#[tracing::instrument(skip(uow, email))]
pub async fn request_reset(uow: &mut Unit, email: &Email) -> Result<(), ApiError> {
    uow.enqueue(&Job::PasswordReset {
        email: email.as_str().to_owned(),
    })
    .await
}

/// Sets a new password with a reset token: compare-and-set on the token
/// (of concurrent confirms exactly one wins), which ends every other
/// outstanding reset of the account; revokes every session and API token of
/// the account; confirms its e-mail address (the link reached it).
#[tracing::instrument(skip(uow, token, password_hash))]
pub async fn confirm_reset(
    uow: &mut Unit,
    token: &str,
    password_hash: String,
) -> Result<(), ApiError> {
    let invalid = || {
        ApiError::field(
            "/token",
            "this link does not work: it was used already, it expired, or it was never sent; ask for a new one",
        )
    };
    let now = Utc::now();
    let reset = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(hash_token(token)))
        .one(uow.txn())
        .await?
        .ok_or_else(invalid)?;
    let used = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(Some(now)))
        .filter(password_reset::Column::Id.eq(reset.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .filter(password_reset::Column::ExpiresAt.gt(now))
        .exec(uow.txn())
        .await?;
    if used.rows_affected != 1 {
        return Err(invalid());
    }
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(Some(now)))
        .filter(password_reset::Column::UserId.eq(reset.user_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(uow.txn())
        .await?;
    let account = user::Entity::find_by_id(reset.user_id)
        .one(uow.txn())
        .await?
        .ok_or_else(invalid)?;
    let confirmed = account.email_confirmed_at.is_none();
    let mut update = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(Some(password_hash)))
        .filter(user::Column::Id.eq(account.id));
    if confirmed {
        update = update.col_expr(user::Column::EmailConfirmedAt, Expr::value(Some(now)));
    }
    update.exec(uow.txn()).await?;
    let revoked = revoke(uow, account.id, Revoke::Everything).await?;
    // The holder of the link acts as the account.
    uow.act_as_if_anonymous(&account);
    uow.audit(Change {
        initiative: None,
        action: "user.password_reset",
        target: format!("user/{}", account.id),
        before: None,
        after: Some(json!({
            "tokens_revoked": revoked,
            "email_confirmed": true,
            "email_newly_confirmed": confirmed,
        })),
    });
    Ok(())
}

/// The signed-in caller's account, if `current` is its password (checked in
/// the same time whether or not it is; refused as a field error otherwise).
#[tracing::instrument(skip(r, metrics, current))]
pub async fn check_current(
    r: &Reader<'_>,
    metrics: &Metrics,
    current: String,
) -> Result<user::Model, ApiError> {
    let me = r.caller.principal.require_user()?;
    let account = user::Entity::find_by_id(me.id)
        .one(r.db)
        .await?
        .ok_or_else(|| ApiError::Unauthorized("the account no longer exists".into()))?;
    if !check_password(metrics, current, account.password_hash.clone()).await? {
        return Err(ApiError::field(
            "/current_password",
            "is not this account's password",
        ));
    }
    Ok(account)
}

/// Changes the password of `account` (as read by [`check_current`]) if it
/// is still the one checked (compare-and-set: a concurrent change wins
/// alone); ends the account's other browser sessions.
#[tracing::instrument(skip(uow, account, password_hash), fields(user = account.id))]
pub async fn change(
    uow: &mut Unit,
    account: &user::Model,
    password_hash: String,
) -> Result<(), ApiError> {
    let me = uow.caller().principal.require_user()?.clone();
    let changed = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(Some(password_hash)))
        .filter(user::Column::Id.eq(account.id))
        .filter(user::Column::PasswordHash.eq(account.password_hash.clone()))
        .exec(uow.txn())
        .await?;
    if changed.rows_affected != 1 {
        return Err(ApiError::changed_concurrently("the password"));
    }
    let revoked = revoke(
        uow,
        account.id,
        Revoke::SessionsBut {
            keep: Some(me.token_id),
        },
    )
    .await?;
    uow.audit(Change {
        initiative: None,
        action: "user.password_change",
        target: format!("user/{}", account.id),
        before: None,
        after: Some(json!({ "sessions_revoked": revoked })),
    });
    Ok(())
}

/// Sets the password of `account` (`nri admin set-password`); ends its
/// browser sessions.
#[tracing::instrument(skip(uow, account, password_hash), fields(user = account.id))]
pub async fn set(
    uow: &mut Unit,
    account: &user::Model,
    password_hash: String,
) -> Result<(), ApiError> {
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(Some(password_hash)))
        .filter(user::Column::Id.eq(account.id))
        .exec(uow.txn())
        .await?;
    let revoked = revoke(uow, account.id, Revoke::SessionsBut { keep: None }).await?;
    uow.audit(Change {
        initiative: None,
        action: "user.password_set",
        target: format!("user/{}", account.id),
        before: None,
        after: Some(json!({ "sessions_revoked": revoked, "by": "command line" })),
    });
    Ok(())
}

/// Revokes the account's tokens that `what` names; returns how many. Every
/// API process forgets the tokens it verified once this unit commits.
async fn revoke(uow: &mut Unit, user_id: i64, what: Revoke) -> Result<u64, ApiError> {
    uow.revokes_tokens();
    let mut q = api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(Some(Utc::now())))
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null());
    if let Revoke::SessionsBut { keep } = what {
        q = q.filter(api_token::Column::Name.eq(BROWSER_SESSION));
        if let Some(id) = keep {
            q = q.filter(api_token::Column::Id.ne(id));
        }
    }
    Ok(q.exec(uow.txn()).await?.rows_affected)
}
