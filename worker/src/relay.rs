//! The outbox relay: turns change events written by the API into
//! `aggregate` jobs for exactly the scopes and years each change affects
//! (a changed website into a `website_check` job, and the events people are
//! told about — the report workflow, registrations — into `notify` jobs).
//! Events are marked processed in the same transaction as their jobs are
//! queued, so none is lost or queued twice. An idle relay only reads: it
//! begins its write transaction once a plain read has seen an event waiting.
use crate::aggregate::{self, InitiativeFacts};
use crate::aggregation;
use crate::queue;
use chrono::{Datelike, Utc};
use domain::events::OutboxEvent;
use domain::jobs::Job;
use domain::notifications::Notice;
use entity::outbox_event;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};
use std::collections::{BTreeMap, BTreeSet};

/// Events handled per transaction.
pub const BATCH: u64 = 100;

/// Batches relayed before a tick turns to the jobs they queued.
pub const BATCHES_PER_TICK: usize = 200;

/// Relays up to one batch of unprocessed events; returns how many. Looks on
/// `read` first whether any waits, and only then begins the transaction on
/// `db` that takes them (on SQLite the write lock, on PostgreSQL row locks).
#[tracing::instrument(skip(read, db))]
pub async fn relay(read: &DatabaseConnection, db: &DatabaseConnection) -> Result<usize, DbErr> {
    if !pending(read).await? {
        return Ok(0);
    }
    let txn = crate::write::begin(db).await?;
    let events: Vec<outbox_event::Model> = if txn.get_database_backend() == DbBackend::Postgres {
        // Several workers: each takes events no other is relaying.
        outbox_event::Entity::find()
            .from_raw_sql(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT * FROM outbox_events WHERE processed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED",
                [(BATCH as i64).into()],
            ))
            .all(&txn)
            .await?
    } else {
        outbox_event::Entity::find()
            .filter(outbox_event::Column::ProcessedAt.is_null())
            .order_by_asc(outbox_event::Column::Id)
            .limit(BATCH)
            .all(&txn)
            .await?
    };
    if events.is_empty() {
        txn.rollback().await?;
        return Ok(0);
    }
    let facts = aggregation::load_facts(&txn).await?;
    let current_year = Utc::now().year();
    let mut all_years = None;
    // The years the relayed reports belong to: every scope must have an
    // aggregate for them (and for the years since), not only the scopes
    // the change affects. A report opened for an earlier year than any
    // before extends the years every scope covers (`years_to_cover`).
    let mut named_years = BTreeSet::new();
    // The recomputations the batch asks for, one per scope and year, with
    // the latest event and whether only overdue marks changed: a burst of
    // submissions names the same few aggregates a hundred times, and each
    // enqueue is a write.
    let mut recompute: BTreeMap<(String, i32), (bool, i64)> = BTreeMap::new();
    for ev in &events {
        let event = match OutboxEvent::from_stored(&ev.kind, &ev.payload) {
            Ok(event) => Some(event),
            Err(e) => {
                // Not a reason to stop relaying every later event: the
                // aggregates its initiative can touch are recomputed.
                tracing::error!(event = ev.id, error = %e, "an outbox event does not read; relayed as a change to its initiative");
                None
            }
        };
        if let Some(notice) = event
            .as_ref()
            .and_then(|e| Notice::of_event(e, ev.initiative_id))
        {
            let key = format!("event:{}", ev.id);
            queue::enqueue(&txn, &Job::Notify { key, notice }).await?;
        }
        if event.as_ref().is_some_and(|e| !e.changes_aggregates()) {
            continue;
        }
        if let Some(OutboxEvent::WebsiteChanged { .. }) = event {
            let job = Job::WebsiteCheck {
                initiative: ev.initiative_id,
            };
            queue::enqueue(&txn, &job).await?;
            continue;
        }
        let former: &[i64] = match &event {
            Some(OutboxEvent::LinksChanged { before, .. }) => before,
            _ => &[],
        };
        let scopes = aggregate::affected_scopes(
            ev.initiative_id,
            &with_former_links(&facts, ev.initiative_id, former),
        );
        let year = event.as_ref().map_or(ev.year, OutboxEvent::year);
        let years: Vec<i32> = match year {
            Some(y) => {
                named_years.insert(y);
                vec![y]
            }
            None => {
                if all_years.is_none() {
                    all_years = Some(aggregation::known_years(&txn, current_year).await?);
                }
                all_years.iter().flatten().copied().collect()
            }
        };
        // A submission changes only overdue marks: refreshed in turn with
        // the jobs already waiting, not ahead of them as a change of what
        // the aggregates count is.
        let marks_only = matches!(event, Some(OutboxEvent::ReportSubmitted { .. }));
        for scope in &scopes {
            for &year in &years {
                let (only_marks, seq) = recompute
                    .entry((scope.key(), year))
                    .or_insert((true, ev.id));
                // One change of what it counts makes it a recomputation.
                *only_marks &= marks_only;
                *seq = ev.id;
            }
        }
        tracing::debug!(event = ev.id, kind = %ev.kind, scopes = scopes.len(), years = years.len(), "relayed");
    }
    for ((scope, year), (marks_only, seq)) in recompute {
        let job = if marks_only {
            Job::Refresh { scope, year, seq }
        } else {
            Job::Aggregate { scope, year, seq }
        };
        queue::enqueue(&txn, &job).await?;
    }
    // A status or a link changed (`all_years`), or a report of a year was
    // relayed: every scope has an aggregate for every year to cover, so who
    // is missing shows before anything is accepted, in a year just opened too.
    // (No status or link change in the batch: no year known yet.)
    let mut cover = all_years.unwrap_or_default();
    for &year in &named_years {
        cover.extend(aggregate::years_to_cover([year], current_year));
    }
    if !cover.is_empty() {
        let queued = aggregation::queue_missing_in(&txn, &facts, &cover).await?;
        tracing::debug!(queued, "aggregates not computed yet queued");
    }
    outbox_event::Entity::update_many()
        .col_expr(outbox_event::Column::ProcessedAt, Some(Utc::now()).into())
        .filter(outbox_event::Column::Id.is_in(events.iter().map(|e| e.id)))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(events.len())
}

/// Whether an event waits to be relayed: one indexed row at most
/// (`idx_outbox_events_processed_at_id`). Another worker may take it before
/// this one's transaction does; the transaction then finds nothing.
pub async fn pending(read: &DatabaseConnection) -> Result<bool, DbErr> {
    let first: Option<i64> = outbox_event::Entity::find()
        .select_only()
        .column(outbox_event::Column::Id)
        .filter(outbox_event::Column::ProcessedAt.is_null())
        .limit(1)
        .into_tuple()
        .one(read)
        .await?;
    Ok(first.is_some())
}

/// When links changed, the forums it used to feed are affected too: count
/// the former targets (`before`) as links for this computation.
fn with_former_links(facts: &[InitiativeFacts], id: i64, before: &[i64]) -> Vec<InitiativeFacts> {
    facts
        .iter()
        .cloned()
        .map(|mut f| {
            if f.id == id {
                for t in before {
                    if !f.contributes_to.contains(t) {
                        f.contributes_to.push(*t);
                    }
                }
            }
            f
        })
        .collect()
}
