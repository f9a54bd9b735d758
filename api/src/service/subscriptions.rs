//! Webhook subscriptions on a scope's aggregate and their delivery log. A
//! member of an initiative subscribes to its scope; the IGF Secretariat to
//! any, and manages every subscription. Others' subscriptions answer 404.
use super::store::{delete_existing, load_initiative};
use super::{Reader, Unit};
use crate::audit::Change;
use crate::auth::Principal;
use crate::authz::{Action, Authz, PlatformRight};
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use chrono::Utc;
use entity::{initiative, webhook_attempt, webhook_delivery, webhook_subscription as subscription};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use worker::aggregate::Scope;
use worker::guard::GuardPolicy;

/// A subscription request that passed every check: the caller may subscribe
/// to its scope and its target is a public address. Only [`check`] makes one.
#[derive(Debug)]
pub struct Checked {
    scope: Scope,
    forum: Option<initiative::Model>,
    url: reqwest::Url,
}

/// A delivery with its attempts, oldest first.
#[derive(Debug)]
pub struct Delivery {
    pub delivery: webhook_delivery::Model,
    pub attempts: Vec<webhook_attempt::Model>,
}

/// The forum a scope belongs to, if it is an initiative's scope.
async fn forum_of(
    db: &impl ConnectionTrait,
    scope: &Scope,
) -> Result<Option<initiative::Model>, ApiError> {
    match scope {
        Scope::Initiative(slug) => Ok(Some(load_initiative(db, slug).await?)),
        _ => Ok(None),
    }
}

/// Whether the caller manages every subscription, not only its own.
async fn manages_all(authz: &Authz, principal: &Principal) -> bool {
    authz
        .allowed_platform(principal, PlatformRight::ManageAllSubscriptions)
        .await
}

/// The subscription `id`, if the caller may see it (else 404).
async fn owned(
    db: &impl ConnectionTrait,
    authz: &Authz,
    principal: &Principal,
    id: i64,
) -> Result<subscription::Model, ApiError> {
    let user = principal.require_user()?;
    let sub = subscription::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no subscription {id}")))?;
    if sub.created_by != user.id && !manages_all(authz, principal).await {
        return Err(ApiError::not_found(format!("no subscription {id}")));
    }
    Ok(sub)
}

/// Checks that the caller may subscribe `url` to `scope`: a member of the
/// scope's initiative, or the IGF Secretariat for any scope; and that `url`
/// resolves only to public addresses. Runs before the unit of work begins:
/// resolving a name can take a while, and must not hold a transaction.
#[tracing::instrument(skip(r, guard))]
pub async fn check(
    r: &Reader<'_>,
    scope: Scope,
    url: &str,
    guard: GuardPolicy,
) -> Result<Checked, ApiError> {
    r.caller.principal.require_user()?;
    let forum = forum_of(r.db, &scope).await?;
    if !manages_all(r.authz, &r.caller.principal).await {
        match &forum {
            Some(f) => r.authorize(f, Action::ReadMembers).await?,
            None => {
                return Err(ApiError::Forbidden(
                    "only the IGF Secretariat subscribes to this scope".into(),
                ));
            }
        }
    }
    let url =
        reqwest::Url::parse(url.trim()).map_err(|e| ApiError::field("/url", e.to_string()))?;
    worker::outbound::checked_addrs(&url, guard)
        .await
        .map_err(|e| ApiError::field("/url", e.to_string()))?;
    Ok(Checked { scope, forum, url })
}

/// Subscribes the caller as [`check`]ed; returns the subscription and its
/// signing secret (to be shown once).
#[tracing::instrument(skip(uow))]
pub async fn create(
    uow: &mut Unit,
    checked: Checked,
) -> Result<(subscription::Model, String), ApiError> {
    let user = uow.caller().principal.require_user()?.id;
    let secret = worker::webhooks::new_secret();
    let row = subscription::ActiveModel {
        scope: Set(checked.scope.key()),
        url: Set(checked.url.to_string()),
        secret: Set(secret.clone()),
        created_by: Set(user),
        active: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(uow.txn())
    .await?;
    uow.audit(Change {
        initiative: checked.forum.as_ref(),
        action: "subscription.create",
        target: format!("subscription/{}", row.id),
        before: None,
        after: Some(json!({ "scope": row.scope, "url": row.url })),
    });
    Ok((row, secret))
}

/// The caller's subscriptions (all of them for the IGF Secretariat), oldest
/// first, with the cursor of the next page.
#[tracing::instrument(skip(r, page))]
pub async fn list(
    r: &Reader<'_>,
    page: PageRequest,
) -> Result<(Vec<subscription::Model>, Option<String>), ApiError> {
    let user = r.caller.principal.require_user()?;
    let mut query = subscription::Entity::find();
    if !manages_all(r.authz, &r.caller.principal).await {
        query = query.filter(subscription::Column::CreatedBy.eq(user.id));
    }
    page.by_id(query, subscription::Column::Id, Order::Asc, |s| s.id, r.db)
        .await
}

/// Unsubscribes: the subscription and its delivery log are removed.
#[tracing::instrument(skip(uow))]
pub async fn delete(uow: &mut Unit, id: i64) -> Result<(), ApiError> {
    let sub = owned(uow.txn(), uow.authz(), &uow.caller().principal, id).await?;
    let forum = match Scope::parse(&sub.scope) {
        // The initiative may be gone: the record is then the platform's.
        Some(scope) => forum_of(uow.txn(), &scope).await.ok().flatten(),
        None => None,
    };
    delete_existing::<subscription::Entity>(
        uow.txn(),
        Condition::all().add(subscription::Column::Id.eq(sub.id)),
        || ApiError::not_found(format!("no subscription {}", sub.id)),
    )
    .await?;
    uow.audit(Change {
        initiative: forum.as_ref(),
        action: "subscription.delete",
        target: format!("subscription/{}", sub.id),
        before: Some(json!({ "scope": sub.scope, "url": sub.url })),
        after: None,
    });
    Ok(())
}

/// Subscription `id`'s deliveries, newest first, each with its attempts;
/// with `failed`, only those whose last attempt failed.
#[tracing::instrument(skip(r, page))]
pub async fn deliveries(
    r: &Reader<'_>,
    id: i64,
    failed: bool,
    page: PageRequest,
) -> Result<(Vec<Delivery>, Option<String>), ApiError> {
    let sub = owned(r.db, r.authz, &r.caller.principal, id).await?;
    let mut query = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::SubscriptionId.eq(sub.id));
    if failed {
        query = query.filter(webhook_delivery::Column::LastError.is_not_null());
    }
    let (rows, next_cursor) = page
        .by_id(
            query,
            webhook_delivery::Column::Id,
            Order::Desc,
            |d| d.id,
            r.db,
        )
        .await?;
    let attempts = webhook_attempt::Entity::find()
        .filter(webhook_attempt::Column::DeliveryId.is_in(rows.iter().map(|d| d.id)))
        .order_by_asc(webhook_attempt::Column::Id)
        .all(r.db)
        .await?;
    let items = rows
        .into_iter()
        .map(|delivery| Delivery {
            attempts: attempts
                .iter()
                .filter(|a| a.delivery_id == delivery.id)
                .cloned()
                .collect(),
            delivery,
        })
        .collect();
    Ok((items, next_cursor))
}

/// Queues delivery `delivery` of subscription `id` again (same `webhook-id`);
/// 409 while it is still queued.
#[tracing::instrument(skip(uow))]
pub async fn redeliver(uow: &mut Unit, id: i64, delivery: i64) -> Result<(), ApiError> {
    let sub = owned(uow.txn(), uow.authz(), &uow.caller().principal, id).await?;
    let d = webhook_delivery::Entity::find_by_id(delivery)
        .filter(webhook_delivery::Column::SubscriptionId.eq(sub.id))
        .one(uow.txn())
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no delivery {delivery}")))?;
    if !worker::webhooks::redeliver(uow.txn(), d.id).await? {
        return Err(ApiError::conflict(
            "delivery-pending",
            "Delivery pending",
            format!("delivery {} is already queued", d.id),
        ));
    }
    uow.audit(Change {
        initiative: None,
        action: "delivery.redeliver",
        target: format!("subscription/{}/deliveries/{}", sub.id, d.id),
        before: Some(json!({ "status": d.status })),
        after: Some(json!({ "status": "pending" })),
    });
    Ok(())
}
