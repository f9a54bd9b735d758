//! `/subscriptions`: webhooks on a scope's aggregate. A member of a regional
//! or sub-regional initiative subscribes to its scope; the IGF Secretariat to
//! any. Targets on internal addresses are refused. Deliveries are logged per
//! attempt, filterable by failure, and can be redelivered by hand.
use super::{Tag, delete_existing, load_initiative};
use crate::audit::{self, Change};
use crate::auth::Caller;
use crate::authz::{Action, PlatformRight};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::{initiative, webhook_attempt, webhook_delivery, webhook_subscription as subscription};
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, Order, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use serde::Deserialize;
use worker::aggregate::Scope;

pub struct Api(pub AppState);

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct NewSubscription {
    /// `global`, `un-region/{region}`, `kind/youth` or `initiative/{slug}`.
    pub scope: String,
    /// Where to POST; must be a public http(s) address.
    pub url: String,
}

#[derive(Debug, Object)]
pub struct SubscriptionOut {
    pub id: i64,
    pub scope: String,
    pub url: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Object)]
pub struct CreatedSubscription {
    pub subscription: SubscriptionOut,
    /// The signing secret (Standard Webhooks), shown only now.
    pub secret: String,
}

#[derive(Object)]
pub struct SubscriptionPage {
    pub items: Vec<SubscriptionOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[derive(Debug, Object)]
pub struct AttemptOut {
    pub at: DateTime<Utc>,
    #[oai(nullable)]
    pub status_code: Option<i32>,
    #[oai(nullable)]
    pub error: Option<String>,
    pub duration_ms: i64,
}

#[derive(Debug, Object)]
pub struct DeliveryOut {
    pub id: i64,
    /// The `webhook-id` header: the same on every attempt.
    pub message_id: String,
    pub event: String,
    /// `pending`, `delivered` or `failed`.
    pub status: String,
    pub attempts: Vec<AttemptOut>,
    pub created_at: DateTime<Utc>,
    #[oai(nullable)]
    pub delivered_at: Option<DateTime<Utc>>,
}

#[derive(Object)]
pub struct DeliveryPage {
    pub items: Vec<DeliveryOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[derive(ApiResponse)]
pub enum Created {
    #[oai(status = 201)]
    Created(Json<CreatedSubscription>),
}

#[derive(ApiResponse)]
pub enum Deleted {
    #[oai(status = 204)]
    NoContent,
}

#[derive(ApiResponse)]
pub enum Redelivery {
    #[oai(status = 202)]
    Accepted,
}

fn to_out(s: &subscription::Model) -> SubscriptionOut {
    SubscriptionOut {
        id: s.id,
        scope: s.scope.clone(),
        url: s.url.clone(),
        active: s.active,
        created_at: s.created_at,
    }
}

impl Api {
    /// The forum a scope belongs to, if it is an initiative's scope.
    async fn forum_of(&self, scope: &Scope) -> Result<Option<initiative::Model>, ApiError> {
        match scope {
            Scope::Initiative(slug) => Ok(Some(load_initiative(&self.0.db, slug).await?)),
            _ => Ok(None),
        }
    }

    /// Whether the caller manages every subscription, not only its own.
    async fn manages_all(&self, caller: &Caller) -> bool {
        self.0
            .authz
            .allowed_platform(&caller.principal, PlatformRight::ManageAllSubscriptions)
            .await
    }

    /// May the caller manage subscriptions on `scope`?
    async fn check_scope(
        &self,
        caller: &Caller,
        scope: &Scope,
    ) -> Result<Option<initiative::Model>, ApiError> {
        caller.principal.require_user()?;
        let forum = self.forum_of(scope).await?;
        if self.manages_all(caller).await {
            return Ok(forum);
        }
        match &forum {
            Some(f) => {
                self.0
                    .authz
                    .decide(&caller.principal, f, Action::ReadMembers)
                    .await?
            }
            None => {
                return Err(ApiError::Forbidden(
                    "only the IGF Secretariat subscribes to this scope".into(),
                ));
            }
        }
        Ok(forum)
    }

    /// The subscription, if the caller may see it (else 404).
    async fn owned(&self, caller: &Caller, id: i64) -> Result<subscription::Model, ApiError> {
        let user = caller.principal.require_user()?;
        let sub = subscription::Entity::find_by_id(id)
            .one(&self.0.db)
            .await?
            .ok_or_else(|| ApiError::not_found(format!("no subscription {id}")))?;
        if sub.created_by != user.id && !self.manages_all(caller).await {
            return Err(ApiError::not_found(format!("no subscription {id}")));
        }
        Ok(sub)
    }
}

#[OpenApi(prefix_path = "/subscriptions", tag = "Tag::Aggregates")]
impl Api {
    /// Subscribe a webhook to a scope's aggregate
    #[oai(path = "/", method = "post", operation_id = "create_subscription")]
    async fn create(
        &self,
        caller: Caller,
        body: JsonBody<NewSubscription>,
    ) -> Result<Created, ApiError> {
        let b = body.0;
        let scope = Scope::parse(&b.scope)
            .ok_or_else(|| ApiError::field("/scope", format!("`{}` is not a scope", b.scope)))?;
        let forum = self.check_scope(&caller, &scope).await?;
        let url = reqwest::Url::parse(b.url.trim())
            .map_err(|e| ApiError::field("/url", e.to_string()))?;
        worker::outbound::checked_addrs(&url, self.0.settings.outbound.guard())
            .await
            .map_err(|e| ApiError::field("/url", e.to_string()))?;
        let user = caller.principal.require_user()?;
        let secret = worker::webhooks::new_secret();
        let txn = self.0.db.begin().await?;
        let row = subscription::ActiveModel {
            scope: Set(scope.key()),
            url: Set(url.to_string()),
            secret: Set(secret.clone()),
            created_by: Set(user.id),
            active: Set(true),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: forum.as_ref(),
                action: "subscription.create",
                target: format!("subscription/{}", row.id),
                before: None,
                after: Some(serde_json::json!({ "scope": row.scope, "url": row.url })),
            },
        )
        .await?;
        txn.commit().await?;
        Ok(Created::Created(Json(CreatedSubscription {
            subscription: to_out(&row),
            secret,
        })))
    }

    /// The caller's subscriptions (all of them for the IGF Secretariat)
    #[oai(path = "/", method = "get", operation_id = "list_subscriptions")]
    async fn list(
        &self,
        caller: Caller,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<SubscriptionPage>, ApiError> {
        let user = caller.principal.require_user()?;
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let mut query = subscription::Entity::find();
        if !self.manages_all(&caller).await {
            query = query.filter(subscription::Column::CreatedBy.eq(user.id));
        }
        let (rows, next_cursor) = page
            .by_id(
                query,
                subscription::Column::Id,
                Order::Asc,
                |s| s.id,
                &self.0.db,
            )
            .await?;
        Ok(Json(SubscriptionPage {
            items: rows.iter().map(to_out).collect(),
            next_cursor,
        }))
    }

    /// Unsubscribe: the subscription and its delivery log are removed
    #[oai(path = "/:id", method = "delete", operation_id = "delete_subscription")]
    async fn delete(&self, caller: Caller, id: Path<i64>) -> Result<Deleted, ApiError> {
        let sub = self.owned(&caller, id.0).await?;
        let forum = match Scope::parse(&sub.scope) {
            Some(scope) => self.forum_of(&scope).await.ok().flatten(),
            None => None,
        };
        let txn = self.0.db.begin().await?;
        delete_existing::<subscription::Entity>(
            &txn,
            Condition::all().add(subscription::Column::Id.eq(sub.id)),
            || ApiError::not_found(format!("no subscription {}", sub.id)),
        )
        .await?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: forum.as_ref(),
                action: "subscription.delete",
                target: format!("subscription/{}", sub.id),
                before: Some(serde_json::json!({ "scope": sub.scope, "url": sub.url })),
                after: None,
            },
        )
        .await?;
        txn.commit().await?;
        Ok(Deleted::NoContent)
    }

    /// A subscription's deliveries, newest first, each with its attempts
    #[oai(
        path = "/:id/deliveries",
        method = "get",
        operation_id = "list_deliveries"
    )]
    async fn deliveries(
        &self,
        caller: Caller,
        id: Path<i64>,
        /// Only deliveries whose last attempt failed.
        failed: Query<Option<bool>>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<DeliveryPage>, ApiError> {
        let sub = self.owned(&caller, id.0).await?;
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let mut query = webhook_delivery::Entity::find()
            .filter(webhook_delivery::Column::SubscriptionId.eq(sub.id));
        if failed.0 == Some(true) {
            query = query.filter(webhook_delivery::Column::LastError.is_not_null());
        }
        let (rows, next_cursor) = page
            .by_id(
                query,
                webhook_delivery::Column::Id,
                Order::Desc,
                |d| d.id,
                &self.0.db,
            )
            .await?;
        let attempts = webhook_attempt::Entity::find()
            .filter(webhook_attempt::Column::DeliveryId.is_in(rows.iter().map(|d| d.id)))
            .order_by_asc(webhook_attempt::Column::Id)
            .all(&self.0.db)
            .await?;
        let items = rows
            .into_iter()
            .map(|d| DeliveryOut {
                attempts: attempts
                    .iter()
                    .filter(|a| a.delivery_id == d.id)
                    .map(|a| AttemptOut {
                        at: a.at,
                        status_code: a.status_code,
                        error: a.error.clone(),
                        duration_ms: a.duration_ms,
                    })
                    .collect(),
                id: d.id,
                message_id: d.message_id,
                event: d.event,
                status: d.status,
                created_at: d.created_at,
                delivered_at: d.delivered_at,
            })
            .collect();
        Ok(Json(DeliveryPage { items, next_cursor }))
    }

    /// Deliver a message again (same `webhook-id`)
    #[oai(
        path = "/:id/deliveries/:delivery/redeliver",
        method = "post",
        operation_id = "redeliver"
    )]
    async fn redeliver(
        &self,
        caller: Caller,
        id: Path<i64>,
        delivery: Path<i64>,
    ) -> Result<Redelivery, ApiError> {
        let sub = self.owned(&caller, id.0).await?;
        let d = webhook_delivery::Entity::find_by_id(delivery.0)
            .filter(webhook_delivery::Column::SubscriptionId.eq(sub.id))
            .one(&self.0.db)
            .await?
            .ok_or_else(|| ApiError::not_found(format!("no delivery {}", delivery.0)))?;
        let txn = self.0.db.begin().await?;
        if !worker::webhooks::redeliver(&txn, d.id).await? {
            return Err(ApiError::conflict(
                "delivery-pending",
                "Delivery pending",
                format!("delivery {} is already queued", d.id),
            ));
        }
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: None,
                action: "delivery.redeliver",
                target: format!("subscription/{}/deliveries/{}", sub.id, d.id),
                before: Some(serde_json::json!({ "status": d.status })),
                after: Some(serde_json::json!({ "status": "pending" })),
            },
        )
        .await?;
        txn.commit().await?;
        Ok(Redelivery::Accepted)
    }
}
