//! Webhooks: when a scope's aggregate changes, every active subscription on
//! that scope gets a signed POST (Standard Webhooks: `webhook-id`,
//! `webhook-timestamp`, `webhook-signature` = `v1,` + base64 HMAC-SHA256 of
//! `id.timestamp.body`). Any failure — a 4xx as much as a 5xx or a timeout —
//! is retried with back-off by the job queue; the message id stays the same
//! across retries and redeliveries; every attempt is logged.
use crate::guard::GuardPolicy;
use crate::metrics::{DeliveryOutcome, WorkerMetrics};
use crate::queue;
use crate::{SubjectGone, outbound};
use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::Utc;
use domain::jobs::Job;
use entity::{job, webhook_attempt, webhook_delivery, webhook_subscription};
use hmac::{Hmac, Mac};
use rand::RngCore;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set, SqlErr,
};
use serde_json::{Value, json};
use sha2::Sha256;

pub const SECRET_PREFIX: &str = "whsec_";
pub const PENDING: &str = "pending";
pub const DELIVERED: &str = "delivered";
pub const FAILED: &str = "failed";

/// A fresh signing secret: `whsec_` + base64 of 32 random bytes.
pub fn new_secret() -> String {
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    format!("{SECRET_PREFIX}{}", STANDARD.encode(key))
}

/// The `webhook-signature` value for a message.
pub fn sign(secret: &str, message_id: &str, timestamp: i64, body: &str) -> String {
    let key = STANDARD
        .decode(secret.strip_prefix(SECRET_PREFIX).unwrap_or(secret))
        .unwrap_or_else(|_| secret.as_bytes().to_vec());
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("HMAC takes keys of any length");
    mac.update(format!("{message_id}.{timestamp}.{body}").as_bytes());
    format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
}

/// Queues a delivery of `aggregate` (already serialised) to every active
/// subscription on `scope`. Returns how many.
#[tracing::instrument(skip(db, aggregate))]
pub async fn fan_out(
    db: &DatabaseConnection,
    scope: &str,
    year: i32,
    aggregate: &str,
) -> Result<usize, DbErr> {
    let subs = webhook_subscription::Entity::find()
        .filter(webhook_subscription::Column::Scope.eq(scope))
        .filter(webhook_subscription::Column::Active.eq(true))
        .all(db)
        .await?;
    if subs.is_empty() {
        return Ok(0);
    }
    let data: Value = serde_json::from_str(aggregate).unwrap_or_default();
    let txn = crate::write::begin(db).await?;
    for sub in &subs {
        let message_id = format!("msg_{}", uuid::Uuid::new_v4().simple());
        let body = json!({
            "type": "aggregate.updated",
            "timestamp": Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "data": { "scope": scope, "year": year, "aggregate": data },
        });
        let delivery = webhook_delivery::ActiveModel {
            subscription_id: Set(sub.id),
            message_id: Set(message_id),
            event: Set("aggregate.updated".into()),
            body: Set(body.to_string()),
            status: Set(PENDING.into()),
            attempts: Set(0),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let job = Job::Webhook {
            delivery: delivery.id,
        };
        queue::enqueue(&txn, &job).await?;
    }
    txn.commit().await?;
    Ok(subs.len())
}

/// Queues the delivery again (manual redelivery), with the same message id,
/// unless it is already pending (compare-and-set on its status: of concurrent
/// redeliveries exactly one queues a job). Returns whether it queued one.
pub async fn redeliver(
    txn: &sea_orm::DatabaseTransaction,
    delivery_id: i64,
) -> Result<bool, DbErr> {
    let done = webhook_delivery::Entity::update_many()
        .col_expr(webhook_delivery::Column::Status, PENDING.into())
        .filter(webhook_delivery::Column::Id.eq(delivery_id))
        .filter(webhook_delivery::Column::Status.ne(PENDING))
        .exec(txn)
        .await?;
    if done.rows_affected == 0 {
        return Ok(false);
    }
    let job = Job::Webhook {
        delivery: delivery_id,
    };
    queue::enqueue(txn, &job).await?;
    Ok(true)
}

/// One delivery attempt (the `webhook` job). An error makes the queue retry;
/// on the job's last attempt the delivery is marked failed. A delivery whose
/// subscription was deleted (with its log) or deactivated is skipped.
#[tracing::instrument(skip(db, job, policy, metrics))]
pub async fn deliver(
    db: &DatabaseConnection,
    job: &job::Model,
    delivery_id: i64,
    policy: GuardPolicy,
    metrics: &WorkerMetrics,
) -> anyhow::Result<()> {
    let gone = || SubjectGone(format!("delivery {delivery_id}'s subscription is gone"));
    let delivery = webhook_delivery::Entity::find_by_id(delivery_id)
        .one(db)
        .await?
        .ok_or_else(gone)?;
    let sub = webhook_subscription::Entity::find_by_id(delivery.subscription_id)
        .one(db)
        .await?
        .filter(|s| s.active)
        .ok_or_else(gone)?;
    let timestamp = Utc::now().timestamp();
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert("webhook-id", HeaderValue::from_str(&delivery.message_id)?);
    headers.insert("webhook-timestamp", HeaderValue::from(timestamp));
    headers.insert(
        "webhook-signature",
        HeaderValue::from_str(&sign(
            &sub.secret,
            &delivery.message_id,
            timestamp,
            &delivery.body,
        ))?,
    );
    let started = std::time::Instant::now();
    let outcome = outbound::send(
        reqwest::Method::POST,
        &sub.url,
        headers,
        Some(delivery.body.clone()),
        0,
        policy,
    )
    .await;
    let (code, error) = match &outcome {
        Ok(r) if r.status.is_success() => (Some(i32::from(r.status.as_u16())), None),
        Ok(r) => (
            Some(i32::from(r.status.as_u16())),
            Some(format!("the receiver answered {}", r.status)),
        ),
        Err(e) => (None, Some(e.to_string())),
    };
    metrics.webhook_delivery(match (&code, &error) {
        (_, None) => DeliveryOutcome::Delivered,
        (Some(_), Some(_)) => DeliveryOutcome::Rejected,
        (None, Some(_)) => DeliveryOutcome::Unreachable,
    });
    // The subscription may be deleted while the request is out: its log
    // goes with it, and so does this attempt.
    let logged = webhook_attempt::ActiveModel {
        delivery_id: Set(delivery.id),
        at: Set(Utc::now()),
        status_code: Set(code),
        error: Set(error.clone()),
        duration_ms: Set(started.elapsed().as_millis() as i64),
        ..Default::default()
    }
    .insert(db)
    .await;
    match logged {
        Err(e) if matches!(e.sql_err(), Some(SqlErr::ForeignKeyConstraintViolation(_))) => {
            return Err(gone().into());
        }
        other => other?,
    };
    let last_attempt = job.attempts >= job.max_attempts;
    let mut changes = webhook_delivery::ActiveModel {
        attempts: Set(delivery.attempts + 1),
        last_status_code: Set(code),
        last_error: Set(error.clone()),
        ..Default::default()
    };
    match &error {
        None => {
            changes.status = Set(DELIVERED.into());
            changes.delivered_at = Set(Some(Utc::now()));
        }
        Some(_) if last_attempt => changes.status = Set(FAILED.into()),
        Some(_) => {}
    }
    let updated = webhook_delivery::Entity::update_many()
        .set(changes)
        .filter(webhook_delivery::Column::Id.eq(delivery.id))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Err(gone().into());
    }
    match error {
        None => Ok(()),
        Some(e) => Err(anyhow::anyhow!(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_follow_standard_webhooks() {
        // The example of the Standard Webhooks specification.
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        let body = r#"{"test": 2432232314}"#;
        assert_eq!(
            sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
        assert_ne!(
            sign(secret, "msg_other", 1614265330, body),
            sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)
        );
    }

    #[test]
    fn secrets_are_random_and_prefixed() {
        let (a, b) = (new_secret(), new_secret());
        assert!(a.starts_with(SECRET_PREFIX) && a != b);
        assert_eq!(
            STANDARD.decode(&a[SECRET_PREFIX.len()..]).unwrap().len(),
            32
        );
    }
}
