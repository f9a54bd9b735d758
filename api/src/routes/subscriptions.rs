//! `/subscriptions`: webhooks on a scope's aggregate. A member of a regional
//! or sub-regional initiative subscribes to its scope; the IGF Secretariat to
//! any. Targets on internal addresses are refused. Deliveries are logged per
//! attempt, filterable by failure, and can be redelivered by hand.
use super::Tag;
use crate::auth::Caller;
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::subscriptions;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::webhook_subscription as subscription;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
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

fn delivery_out(d: subscriptions::Delivery) -> DeliveryOut {
    let subscriptions::Delivery {
        delivery: d,
        attempts,
    } = d;
    DeliveryOut {
        attempts: attempts
            .into_iter()
            .map(|a| AttemptOut {
                at: a.at,
                status_code: a.status_code,
                error: a.error,
                duration_ms: a.duration_ms,
            })
            .collect(),
        id: d.id,
        message_id: d.message_id,
        event: d.event,
        status: d.status,
        created_at: d.created_at,
        delivered_at: d.delivered_at,
    }
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
        let guard = self.0.settings.outbound.guard();
        let checked = subscriptions::check(&self.0.reader(&caller), scope, &b.url, guard).await?;
        let mut uow = self.0.unit(&caller).await?;
        let (row, secret) = subscriptions::create(&mut uow, checked).await?;
        uow.commit().await?;
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
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let (rows, next_cursor) = subscriptions::list(&self.0.reader(&caller), page).await?;
        Ok(Json(SubscriptionPage {
            items: rows.iter().map(to_out).collect(),
            next_cursor,
        }))
    }

    /// Unsubscribe: the subscription and its delivery log are removed
    #[oai(path = "/:id", method = "delete", operation_id = "delete_subscription")]
    async fn delete(&self, caller: Caller, id: Path<i64>) -> Result<Deleted, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        subscriptions::delete(&mut uow, id.0).await?;
        uow.commit().await?;
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
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let failed = failed.0 == Some(true);
        let (rows, next_cursor) =
            subscriptions::deliveries(&self.0.reader(&caller), id.0, failed, page).await?;
        Ok(Json(DeliveryPage {
            items: rows.into_iter().map(delivery_out).collect(),
            next_cursor,
        }))
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
        let mut uow = self.0.unit(&caller).await?;
        subscriptions::redeliver(&mut uow, id.0, delivery.0).await?;
        uow.commit().await?;
        Ok(Redelivery::Accepted)
    }
}
