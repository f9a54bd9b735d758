//! Which notifications a user receives: every kind is on until they turn it
//! off, on the account page, with `PUT /me/notifications`, or with the
//! one-click unsubscribe link of a message (`/unsubscribe?token=…`, no
//! sign-in: the token is the secret, stored as its SHA-256 by the worker
//! that sent the message). Who receives what is chosen by the worker
//! (`worker::notify::notification_recipients`), which reads these choices.
use super::{Reader, Unit};
use crate::audit::Change;
use crate::domain::NotificationKind;
use crate::problem::ApiError;
use chrono::Utc;
use entity::{notification_opt_out, unsubscribe_token, user};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use std::collections::BTreeSet;

/// The kinds a user turned off.
pub type TurnedOff = BTreeSet<NotificationKind>;

async fn turned_off(db: &impl ConnectionTrait, user_id: i64) -> Result<TurnedOff, ApiError> {
    notification_opt_out::Entity::find()
        .filter(notification_opt_out::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .iter()
        .map(|o| crate::stored::parse::<NotificationKind>(&o.kind))
        .collect()
}

/// Each kind with whether it is on, as the audit log shows a choice.
fn shown(off: &TurnedOff) -> serde_json::Value {
    NotificationKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), json!(!off.contains(k))))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// The kinds the signed-in caller turned off.
#[tracing::instrument(skip(r))]
pub async fn get(r: &Reader<'_>) -> Result<TurnedOff, ApiError> {
    let me = r.caller.principal.require_user()?;
    turned_off(r.db, me.id).await
}

/// Turns `off` off and every other kind on, for the signed-in caller;
/// audited when it changes anything. Concurrent choices do not collide: an
/// opt-out already recorded is kept as it is.
#[tracing::instrument(skip(uow))]
pub async fn set(uow: &mut Unit, off: TurnedOff) -> Result<TurnedOff, ApiError> {
    let me = uow.caller().principal.require_user()?.clone();
    let before = turned_off(uow.txn(), me.id).await?;
    if before == off {
        return Ok(off);
    }
    notification_opt_out::Entity::delete_many()
        .filter(notification_opt_out::Column::UserId.eq(me.id))
        .filter(notification_opt_out::Column::Kind.is_not_in(off.iter().map(|k| k.as_str())))
        .exec(uow.txn())
        .await?;
    for kind in &off {
        turn_off(uow.txn(), me.id, *kind).await?;
    }
    uow.audit(Change {
        initiative: None,
        action: "user.notifications",
        target: format!("user/{}", me.id),
        before: Some(shown(&before)),
        after: Some(shown(&off)),
    });
    Ok(off)
}

/// Records that `user_id` turned `kind` off, unless it is already.
async fn turn_off(
    db: &impl ConnectionTrait,
    user_id: i64,
    kind: NotificationKind,
) -> Result<(), ApiError> {
    notification_opt_out::Entity::insert(notification_opt_out::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.as_str().to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            notification_opt_out::Column::UserId,
            notification_opt_out::Column::Kind,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The account and the kind an unsubscribe link's token names; a token that
/// was never sent is a field error (the same for a forged one).
pub async fn by_token(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<(user::Model, NotificationKind), ApiError> {
    let unknown = || {
        ApiError::field(
            "/token",
            "this unsubscribe link is not one the registry sent: copy the whole link from the message, or choose what you receive on your account page",
        )
    };
    if token.is_empty() || token.len() > 200 {
        return Err(unknown());
    }
    let row = unsubscribe_token::Entity::find()
        .filter(unsubscribe_token::Column::TokenHash.eq(worker::notify::token_hash(token)))
        .one(db)
        .await?
        .ok_or_else(unknown)?;
    let account = user::Entity::find_by_id(row.user_id)
        .one(db)
        .await?
        .ok_or_else(unknown)?;
    Ok((
        account,
        crate::stored::parse::<NotificationKind>(&row.kind)?,
    ))
}

/// Turns off the kind a link's token names, for the account it names,
/// whoever follows it (the token is the secret); audited as that account.
/// Following it again changes nothing.
#[tracing::instrument(skip(uow, token))]
pub async fn unsubscribe(uow: &mut Unit, token: &str) -> Result<NotificationKind, ApiError> {
    let (account, kind) = by_token(uow.txn(), token).await?;
    let before = turned_off(uow.txn(), account.id).await?;
    if before.contains(&kind) {
        return Ok(kind);
    }
    turn_off(uow.txn(), account.id, kind).await?;
    uow.act_as_if_anonymous(&account);
    uow.audit(Change {
        initiative: None,
        action: "user.unsubscribe",
        target: format!("user/{}", account.id),
        before: None,
        after: Some(json!({ "kind": kind, "by": "unsubscribe link" })),
    });
    Ok(kind)
}
