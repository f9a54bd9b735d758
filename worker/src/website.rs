//! Website checks for recognition criterion 3: the worker fetches each
//! initiative's website (guarded, short timeouts, at most 5 redirects) when
//! it was never checked, when the address changed, and once a day, and keeps
//! the time, the final URL and the HTTP status (or the error).
use crate::guard::GuardPolicy;
use crate::metrics::{CheckOutcome, WorkerMetrics};
use crate::{SubjectGone, outbound, queue};
use chrono::{Duration, Utc};
use domain::jobs::Job;
use entity::{initiative, website_check};
use reqwest::header::HeaderMap;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;

/// How often a website is checked again.
pub const RECHECK_AFTER_HOURS: i64 = 24;
pub const MAX_REDIRECTS: usize = 5;

/// Queues a check for every website never checked, changed, or checked too long ago.
pub async fn enqueue_due(db: &DatabaseConnection) -> Result<usize, DbErr> {
    let checks: HashMap<i64, website_check::Model> = website_check::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.initiative_id, c))
        .collect();
    let stale = Utc::now() - Duration::hours(RECHECK_AFTER_HOURS);
    let due: Vec<i64> = initiative::Entity::find()
        .filter(initiative::Column::Website.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter(|i| match (checks.get(&i.id), &i.website) {
            (None, _) => true,
            (Some(c), Some(url)) => &c.url != url || c.checked_at < stale,
            (Some(_), None) => false,
        })
        .map(|i| i.id)
        .collect();
    if due.is_empty() {
        return Ok(0);
    }
    let txn = crate::write::begin(db).await?;
    for id in &due {
        queue::enqueue(&txn, &Job::WebsiteCheck { initiative: *id }).await?;
    }
    txn.commit().await?;
    Ok(due.len())
}

/// Checks one initiative's website and stores the result. An unreachable
/// website is a result to record, not a job failure.
#[tracing::instrument(skip(db, policy, metrics))]
pub async fn check(
    db: &DatabaseConnection,
    initiative_id: i64,
    policy: GuardPolicy,
    metrics: &WorkerMetrics,
) -> anyhow::Result<()> {
    // The website may have been removed since the check was queued.
    let url = initiative::Entity::find_by_id(initiative_id)
        .one(db)
        .await?
        .and_then(|ini| ini.website)
        .ok_or_else(|| SubjectGone(format!("initiative {initiative_id} has no website now")))?;
    let outcome = outbound::send(
        reqwest::Method::GET,
        &url,
        HeaderMap::new(),
        None,
        MAX_REDIRECTS,
        policy,
    )
    .await;
    let (status, final_url, error) = match outcome {
        Ok(r) => {
            metrics.website_check(CheckOutcome::of_status(r.status.as_u16()));
            (Some(i32::from(r.status.as_u16())), Some(r.final_url), None)
        }
        Err(e) => {
            metrics.website_check(CheckOutcome::Unreachable);
            (None, None, Some(e.to_string()))
        }
    };
    website_check::Entity::insert(website_check::ActiveModel {
        initiative_id: Set(initiative_id),
        url: Set(url),
        checked_at: Set(Utc::now()),
        http_status: Set(status),
        final_url: Set(final_url),
        error: Set(error),
    })
    .on_conflict(
        OnConflict::column(website_check::Column::InitiativeId)
            .update_columns([
                website_check::Column::Url,
                website_check::Column::CheckedAt,
                website_check::Column::HttpStatus,
                website_check::Column::FinalUrl,
                website_check::Column::Error,
            ])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}
