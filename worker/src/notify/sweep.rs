//! The daily sweep of scheduled notices, as of a day the caller gives (the
//! worker: today, once a day; `nri admin send-reminders --today DATE`: any
//! day, so a missed day can be caught up and tests can move the clock):
//! - a due-date reminder for each report not submitted or accepted whose
//!   due date is 30 or 7 days away or just passed (`reminder_for`);
//! - an at-risk notice for each recognised initiative with no accepted
//!   report for either of the last two cycles (`recognition::at_risk`).
//!
//! Each is queued once: its key (`report_due:{report}:{reminder}`,
//! `at_risk:{initiative}:{last cycle}`) is stored in `scheduled_notices` in
//! the transaction that queues its `notify` job, so a sweep run twice on a
//! day (or by two workers) queues nothing the second time.
use crate::queue;
use chrono::{NaiveDate, Utc};
use domain::jobs::Job;
use domain::notifications::{Notice, reminder_for};
use domain::recognition::{ReportFacts, at_risk};
use domain::{InitiativeStatus, ReportStatus};
use entity::{annual_report, initiative, scheduled_notice};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, Set, SqlErr, TransactionTrait,
};
use std::collections::BTreeMap;

/// Queues the notices that fall due on `today`; returns how many.
#[tracing::instrument(skip(db))]
pub async fn sweep(db: &DatabaseConnection, today: NaiveDate) -> anyhow::Result<usize> {
    let txn = crate::write::begin(db).await?;
    let mut queued = 0;
    let open = annual_report::Entity::find()
        .filter(annual_report::Column::Status.is_in([
            ReportStatus::Draft.as_str(),
            ReportStatus::Returned.as_str(),
        ]))
        .filter(annual_report::Column::DueDate.is_not_null())
        .all(&txn)
        .await?;
    for report in open {
        let Some(due_date) = report.due_date else {
            continue;
        };
        let Some(reminder) = reminder_for(today, due_date) else {
            continue;
        };
        let key = format!("report_due:{}:{reminder}", report.id);
        let notice = Notice::ReportDue {
            initiative: report.initiative_id,
            year: report.year,
            due_date,
            reminder,
        };
        queued += usize::from(schedule(&txn, key, notice).await?);
    }
    let recognised = initiative::Entity::find()
        .filter(initiative::Column::Status.eq(InitiativeStatus::Recognized.as_str()))
        .all(&txn)
        .await?;
    let mut reports: BTreeMap<i64, Vec<ReportFacts>> = BTreeMap::new();
    for r in annual_report::Entity::find()
        .filter(annual_report::Column::InitiativeId.is_in(recognised.iter().map(|i| i.id)))
        .all(&txn)
        .await?
    {
        let status = ReportStatus::parse(&r.status)
            .map_err(|e| anyhow::anyhow!("report {} has an unreadable status: {e}", r.id))?;
        reports
            .entry(r.initiative_id)
            .or_default()
            .push(ReportFacts {
                year: r.year,
                status,
                due_date: r.due_date,
                first_submitted_at: r.first_submitted_at,
            });
    }
    for ini in &recognised {
        let flag = at_risk(
            today,
            true,
            reports.get(&ini.id).map(Vec::as_slice).unwrap_or(&[]),
        );
        if flag.at_risk {
            let key = format!("at_risk:{}:{}", ini.id, flag.cycles[1]);
            let notice = Notice::AtRisk {
                initiative: ini.id,
                cycles: flag.cycles,
            };
            queued += usize::from(schedule(&txn, key, notice).await?);
        }
    }
    txn.commit().await?;
    if queued > 0 {
        tracing::info!(queued, %today, "scheduled notices queued");
    }
    Ok(queued)
}

/// Records `key` and queues its notice, unless `key` was recorded before.
async fn schedule(txn: &DatabaseTransaction, key: String, notice: Notice) -> Result<bool, DbErr> {
    // A savepoint, so that a duplicate does not abort the PostgreSQL transaction.
    let sp = txn.begin().await?;
    let inserted = scheduled_notice::ActiveModel {
        key: Set(key.clone()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&sp)
    .await;
    match inserted {
        Ok(_) => {
            sp.commit().await?;
            queue::enqueue(txn, &Job::Notify { key, notice }).await?;
            Ok(true)
        }
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            sp.rollback().await?;
            Ok(false)
        }
        Err(e) => Err(e),
    }
}
