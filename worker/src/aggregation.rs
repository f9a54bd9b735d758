//! The database side of aggregation: loading the facts the pure computation
//! in `aggregate` needs, keeping each accepted report's contribution, and
//! storing the fold of a scope's contributions as the bytes that are served.
//!
//! A scope's recomputation reconciles the stored contributions of its
//! initiatives with the accepted reports as they are (one query of their
//! identities, no content read), however a report became accepted or stopped
//! being so: the review workflow, a restore, the demo or a synthetic load. A
//! report's content is read only when its contribution is missing or stale.
use crate::aggregate::{self, AcceptedReport, Contribution, InitiativeFacts, Scope};
use crate::encoding::{Coding, MIN_BYTES, STORED_FORMS, Unfinished, stored_form};
use crate::feed::{FeedEntry, FeedMeta, FeedModel};
use chrono::{DateTime, Datelike, Utc};
use domain::jobs::Job;
use domain::report::ReportContent;
use domain::{InitiativeKind, InitiativeStatus, PageLocale, ReportStatus, UnRegion};
use entity::{
    aggregate as stored, annual_report, contributes_to, contribution, feed as stored_feed,
    initiative,
};
use sea_orm::Set;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Statement,
};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Counts the aggregates this process has stored (bumped once the write is
/// committed), so that the API's cache of served aggregates in the same
/// process revalidates at once instead of at its time limit.
static STORED: AtomicU64 = AtomicU64::new(0);

/// How many aggregate writes this process has committed so far.
pub fn stored_generation() -> u64 {
    STORED.load(Ordering::Acquire)
}

fn note_stored() {
    STORED.fetch_add(1, Ordering::AcqRel);
}

/// Every initiative with its declared links. A stored vocabulary value that
/// does not read is an error naming the row and column, never a default.
#[tracing::instrument(skip(db))]
pub async fn load_facts(db: &impl ConnectionTrait) -> Result<Vec<InitiativeFacts>, DbErr> {
    let mut links: HashMap<i64, Vec<i64>> = HashMap::new();
    let declared: Vec<(i64, i64)> = contributes_to::Entity::find()
        .select_only()
        .columns([
            contributes_to::Column::InitiativeId,
            contributes_to::Column::TargetId,
        ])
        .into_tuple()
        .all(db)
        .await?;
    for (initiative, target) in declared {
        links.entry(initiative).or_default().push(target);
    }
    // Only the columns the aggregation reads: a profile's text is most of a row.
    let rows: Vec<(i64, String, String, String, String, String, String)> =
        initiative::Entity::find()
            .select_only()
            .columns([
                initiative::Column::Id,
                initiative::Column::Slug,
                initiative::Column::Name,
                initiative::Column::Kind,
                initiative::Column::UnRegion,
                initiative::Column::Status,
                initiative::Column::WorkingLanguages,
            ])
            .into_tuple()
            .all(db)
            .await?;
    rows.into_iter()
        .map(|(id, slug, name, kind, un_region, status, languages)| {
            Ok(InitiativeFacts {
                kind: stored_column(id, "kind", InitiativeKind::parse(&kind))?,
                un_region: stored_column(id, "un_region", UnRegion::parse(&un_region))?,
                status: stored_column(id, "status", InitiativeStatus::parse(&status))?,
                working_languages: stored_column(
                    id,
                    "working_languages",
                    serde_json::from_str(&languages).map_err(|e| e.to_string()),
                )?,
                contributes_to: links.remove(&id).unwrap_or_default(),
                id,
                slug: scrubbed(slug),
                name: scrubbed(name),
            })
        })
        .collect()
}

/// Whether `c` is a control character no aggregate, CSV file or feed may
/// carry (tab and line breaks are kept: CSV quotes them, XML allows them).
fn unwanted(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// A stored text without control characters. The API refuses them, but an
/// earlier version stored some, and PostgreSQL refuses NUL in text columns:
/// one such value must not stop every aggregate of its year.
fn scrubbed(s: String) -> String {
    if s.contains(unwanted) {
        s.replace(unwanted, "")
    } else {
        s
    }
}

/// Drops control characters from every string and key of `v`; returns
/// whether anything was dropped.
fn scrub(v: &mut Value) -> bool {
    match v {
        Value::String(s) if s.contains(unwanted) => {
            *s = s.replace(unwanted, "");
            true
        }
        Value::Array(items) => items
            .iter_mut()
            .fold(false, |dropped, i| scrub(i) | dropped),
        Value::Object(members) => {
            let mut dropped = false;
            for (key, mut child) in std::mem::take(members) {
                dropped |= scrub(&mut child) | key.contains(unwanted);
                members.insert(key.replace(unwanted, ""), child);
            }
            dropped
        }
        _ => false,
    }
}

/// A stored initiative column read as its type; an error names the row and
/// the column.
fn stored_column<T>(id: i64, name: &str, parsed: Result<T, String>) -> Result<T, DbErr> {
    parsed.map_err(|e| DbErr::Custom(format!("initiative {id}: column `{name}`: {e}")))
}

/// Reads a stored report's content as the API's `ReportContent`. The API
/// stores only content that reads, but an earlier version stored values that
/// do not (control characters, figures of the wrong type or size): control
/// characters are dropped, and each value that still does not read is left
/// out with a warning naming the report and the field, so that one such value
/// does not stop every aggregate of its year.
fn report_content(r: &annual_report::Model) -> ReportContent {
    let mut c: Value = match serde_json::from_str(&r.content) {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(report = r.id, error = %e, "a stored report is not JSON; aggregated as empty");
            return ReportContent::default();
        }
    };
    if scrub(&mut c) {
        tracing::warn!(
            report = r.id,
            year = r.year,
            "a stored report holds control characters; aggregated without them"
        );
    }
    // Each round drops one value, so this ends.
    loop {
        match serde_path_to_error::deserialize::<_, ReportContent>(&c) {
            Ok(content) => return content,
            Err(e) if remove(&mut c, e.path()) => tracing::warn!(
                report = r.id,
                year = r.year,
                field = %e.path(),
                error = %e.inner(),
                "a stored report holds a value that does not read; aggregated without it"
            ),
            Err(e) => {
                tracing::error!(report = r.id, error = %e, "a stored report does not read as report content; aggregated as empty");
                return ReportContent::default();
            }
        }
    }
}

/// Removes the value at `path` (a member of an object or an item of an
/// array); false when there is none to remove, e.g. at the root.
fn remove(v: &mut Value, path: &serde_path_to_error::Path) -> bool {
    use serde_path_to_error::Segment;
    let segments: Vec<&Segment> = path.iter().collect();
    let Some((last, parents)) = segments.split_last() else {
        return false;
    };
    let mut at = v;
    for segment in parents {
        let child = match (segment, at) {
            (Segment::Seq { index }, Value::Array(items)) => items.get_mut(*index),
            (Segment::Map { key }, Value::Object(members)) => members.get_mut(key),
            _ => None,
        };
        let Some(child) = child else {
            return false;
        };
        at = child;
    }
    match (last, at) {
        (Segment::Seq { index }, Value::Array(items)) if *index < items.len() => {
            items.remove(*index);
            true
        }
        (Segment::Map { key }, Value::Object(members)) => members.remove(key).is_some(),
        _ => false,
    }
}

/// What a stored accepted report contributes to the aggregates of its year.
fn contribution_of(r: &annual_report::Model) -> Contribution {
    contribution_of_content(report_content(r))
}

/// [`contribution_of`] content already read.
fn contribution_of_content(c: ReportContent) -> Contribution {
    let p = c.participation;
    Contribution {
        edition: c.edition,
        start_date: c.start_date,
        end_date: c.end_date,
        total: p.total,
        online: p.online,
        youth: p.youth,
        by_stakeholder_group: p.by_stakeholder_group,
        by_gender: p.by_gender,
        themes: c.themes.iter().map(|t| t.as_str().to_owned()).collect(),
        key_messages: c
            .key_messages
            .into_iter()
            .map(|m| (m.text, m.theme.as_str().to_owned()))
            .collect(),
        recommendations: c
            .recommendations
            .into_iter()
            .map(|r| (r.text, r.addressed_to.as_str().to_owned()))
            .collect(),
    }
}

/// The accepted reports of `year`, each read whole (what a full
/// `aggregate::compute` takes; the worker folds stored contributions).
#[tracing::instrument(skip(db))]
pub async fn load_accepted(
    db: &impl ConnectionTrait,
    year: i32,
) -> Result<Vec<AcceptedReport>, DbErr> {
    Ok(annual_report::Entity::find()
        .filter(annual_report::Column::Year.eq(year))
        .filter(annual_report::Column::Status.eq(ReportStatus::Accepted.as_str()))
        .all(db)
        .await?
        .iter()
        .map(|r| AcceptedReport {
            initiative_id: r.initiative_id,
            year: r.year,
            accepted_at: r.accepted_at,
            contribution: contribution_of(r),
        })
        .collect())
}

/// The identity of an accepted report's version, which its contribution is
/// built from: the report, its version (bumped by every change of the row)
/// and when it was accepted and last written (a restore writes a new row).
pub fn source_of(
    id: i64,
    version: i64,
    accepted_at: Option<DateTime<Utc>>,
    updated_at: DateTime<Utc>,
) -> String {
    let accepted = accepted_at.map_or_else(|| "-".to_owned(), |t| t.to_rfc3339());
    format!("{id}/{version}/{accepted}/{}", updated_at.to_rfc3339())
}

/// Restricts a query to rows of the initiatives `ids`; `None`: every initiative.
fn of_initiatives<Q: QueryFilter>(query: Q, column: impl ColumnTrait, ids: Option<&[i64]>) -> Q {
    match ids {
        Some(ids) => query.filter(column.is_in(ids.iter().copied())),
        None => query,
    }
}

/// An accepted report's identity, read without its content: initiative,
/// report id, version, accepted at, updated at.
type Identity = (i64, i64, i64, Option<DateTime<Utc>>, DateTime<Utc>);

/// How many contributions one statement writes.
const WRITE_BATCH: usize = 500;

/// Contributions already read, kept between jobs by a worker, so that a
/// scope's fold reads only the contributions that changed since: by year and
/// initiative, each with the source it was built from. Every use checks them
/// against the accepted reports' identities (what other workers and writers
/// changed is seen); the [`MEMO_YEARS`] most recently folded years are kept.
#[derive(Default)]
pub struct Memo {
    years: std::sync::Mutex<Vec<(i32, HashMap<i64, Known>)>>,
}

/// A contribution and the source it was built from.
type Known = (String, Arc<Contribution>);

/// How many years a [`Memo`] keeps (the freshness path touches the current
/// year or two; a full recomputation passes through them all).
pub const MEMO_YEARS: usize = 3;

impl Memo {
    /// Runs `f` on the contributions known for `year` (made most recent).
    fn with_year<T>(&self, year: i32, f: impl FnOnce(&mut HashMap<i64, Known>) -> T) -> T {
        // A panic while holding it cannot leave the memo half-changed for a
        // later use: every change is a whole insert or removal.
        let mut years = self.years.lock().unwrap_or_else(|e| e.into_inner());
        let at = match years.iter().position(|(y, _)| *y == year) {
            Some(at) => at,
            None => {
                if years.len() == MEMO_YEARS {
                    years.remove(0);
                }
                years.push((year, HashMap::new()));
                years.len() - 1
            }
        };
        let entry = years.remove(at);
        years.push(entry);
        let last = years.len() - 1;
        f(&mut years[last].1)
    }
}

/// The contributions to `year` of the initiatives `ids` (every initiative
/// when `None`), by initiative id, reconciled with the accepted reports
/// first: those `memo` holds for the source of their initiative's accepted
/// report are taken from it; the others are read, and one whose stored
/// source is not that identity (or that does not read) is built again from
/// the report and stored; one without an accepted report any more
/// (reopened) is deleted. Only the reports whose contribution is missing or
/// stale are read. Reads on `reader`, builds and deletes on `db` (the same
/// connection inside a transaction).
#[tracing::instrument(skip(reader, db, ids, memo), fields(initiatives = ids.map(<[i64]>::len)))]
pub async fn contributions(
    reader: &impl ConnectionTrait,
    db: &impl ConnectionTrait,
    year: i32,
    ids: Option<&[i64]>,
    memo: &Memo,
) -> Result<HashMap<i64, Arc<Contribution>>, DbErr> {
    let identities: Vec<Identity> = of_initiatives(
        annual_report::Entity::find()
            .select_only()
            .columns([
                annual_report::Column::InitiativeId,
                annual_report::Column::Id,
                annual_report::Column::Version,
                annual_report::Column::AcceptedAt,
                annual_report::Column::UpdatedAt,
            ])
            .filter(annual_report::Column::Year.eq(year))
            .filter(annual_report::Column::Status.eq(ReportStatus::Accepted.as_str())),
        annual_report::Column::InitiativeId,
        ids,
    )
    .into_tuple()
    .all(reader)
    .await?;
    let accepted: HashMap<i64, String> = identities
        .into_iter()
        .map(|(initiative, id, version, accepted_at, updated_at)| {
            (initiative, source_of(id, version, accepted_at, updated_at))
        })
        .collect();
    let in_scope = |id: &i64| ids.is_none_or(|ids| ids.contains(id));
    let mut held = HashMap::with_capacity(accepted.len());
    // Known contributions whose report is no longer accepted: gone.
    let mut gone: Vec<(i64, String)> = Vec::new();
    memo.with_year(year, |known| {
        for (id, (source, c)) in known.iter() {
            match accepted.get(id) {
                Some(current) if current == source => {
                    held.insert(*id, c.clone());
                }
                Some(_) => {}
                None if in_scope(id) => gone.push((*id, source.clone())),
                None => {}
            }
        }
    });
    let unknown: Vec<i64> = accepted
        .keys()
        .filter(|id| !held.contains_key(id))
        .copied()
        .collect();
    let mut read = Vec::new();
    if !unknown.is_empty() {
        // None known: the scope's rows in one query (and any left behind).
        let which = if held.is_empty() {
            ids
        } else {
            Some(&unknown[..])
        };
        let stored = of_initiatives(
            contribution::Entity::find().filter(contribution::Column::Year.eq(year)),
            contribution::Column::InitiativeId,
            which,
        )
        .all(reader)
        .await?;
        for c in stored {
            match accepted.get(&c.initiative_id) {
                Some(source) if *source == c.source => {
                    match serde_json::from_str::<Contribution>(&c.body) {
                        Ok(body) => {
                            let body = Arc::new(body);
                            held.insert(c.initiative_id, body.clone());
                            read.push((c.initiative_id, (c.source, body)));
                        }
                        Err(e) => tracing::warn!(
                            initiative = c.initiative_id,
                            year,
                            error = %e,
                            "a stored contribution does not read; built again"
                        ),
                    }
                }
                Some(_) => {}
                None => gone.push((c.initiative_id, c.source)),
            }
        }
    }
    let stale: Vec<i64> = accepted
        .keys()
        .filter(|id| !held.contains_key(id))
        .copied()
        .collect();
    if !stale.is_empty() {
        let every = stale.len() == accepted.len() && ids.is_none();
        let reports = of_initiatives(
            annual_report::Entity::find()
                .filter(annual_report::Column::Year.eq(year))
                .filter(annual_report::Column::Status.eq(ReportStatus::Accepted.as_str())),
            annual_report::Column::InitiativeId,
            (!every).then_some(&stale[..]),
        )
        .all(reader)
        .await?;
        let mut built = Vec::with_capacity(reports.len());
        for r in &reports {
            let c = contribution_of(r);
            let source = source_of(r.id, r.version, r.accepted_at, r.updated_at);
            built.push(contribution::ActiveModel {
                initiative_id: Set(r.initiative_id),
                year: Set(year),
                source: Set(source.clone()),
                body: Set(serde_json::to_string(&c)
                    .map_err(|e| DbErr::Custom(format!("a contribution as JSON: {e}")))?),
            });
            let c = Arc::new(c);
            held.insert(r.initiative_id, c.clone());
            read.push((r.initiative_id, (source, c)));
        }
        for batch in built.chunks(WRITE_BATCH) {
            contribution::Entity::insert_many(batch.to_vec())
                .on_conflict(
                    OnConflict::columns([
                        contribution::Column::InitiativeId,
                        contribution::Column::Year,
                    ])
                    .update_columns([contribution::Column::Source, contribution::Column::Body])
                    .to_owned(),
                )
                .exec_without_returning(db)
                .await?;
        }
        tracing::debug!(year, built = built.len(), "contributions built");
    }
    for (initiative, source) in &gone {
        // Only that version: another worker may have built a newer one since.
        contribution::Entity::delete_many()
            .filter(contribution::Column::InitiativeId.eq(*initiative))
            .filter(contribution::Column::Year.eq(year))
            .filter(contribution::Column::Source.eq(source.as_str()))
            .exec(db)
            .await?;
    }
    // A contribution is a function of its source: what is remembered holds
    // even if the caller's transaction rolls back the rows written here.
    memo.with_year(year, |known| {
        for (initiative, _) in &gone {
            known.remove(initiative);
        }
        known.extend(read);
    });
    Ok(held)
}

/// Years every scope is aggregated for as of `current_year`: from the first
/// year any report was opened for through the current one
/// (`aggregate::years_to_cover`), and any year with a stored aggregate.
pub async fn known_years(
    db: &impl ConnectionTrait,
    current_year: i32,
) -> Result<BTreeSet<i32>, DbErr> {
    let report_years: Vec<i32> = annual_report::Entity::find()
        .select_only()
        .column(annual_report::Column::Year)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    let mut years = aggregate::years_to_cover(report_years, current_year);
    let stored_years: Vec<i32> = stored::Entity::find()
        .select_only()
        .column(stored::Column::Year)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    years.extend(stored_years);
    Ok(years)
}

/// Queues an `aggregate` job for every scope and year of `known_years` that
/// has no stored aggregate yet, and for every scope of the current and the
/// previous year when `daily` (overdue turns true with the date alone, e.g.
/// on 1 April for a report never opened): at start, then on the worker's
/// housekeeping round, so a new year or a passed deadline shows without
/// waiting for an event. An empty registry has nothing to aggregate, and
/// writes nothing. Returns how many were queued.
#[tracing::instrument(skip(db))]
pub async fn queue_missing(
    db: &DatabaseConnection,
    current_year: i32,
    daily: bool,
) -> Result<usize, DbErr> {
    let facts = load_facts(db).await?;
    if facts.is_empty() {
        return Ok(0);
    }
    let years = known_years(db, current_year).await?;
    let txn = crate::write::begin(db).await?;
    let mut n = queue_missing_in(&txn, &facts, &years).await?;
    if daily {
        n += queue_in(
            &txn,
            &facts,
            &BTreeSet::from([current_year - 1, current_year]),
            &BTreeSet::new(),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(n)
}

/// Within `txn`, queues an `aggregate` job for every scope of `facts` and
/// year of `years` without a stored aggregate (the relay's path when a status
/// or a link changes or a report's year is relayed, the housekeeping's
/// otherwise).
pub async fn queue_missing_in(
    txn: &sea_orm::DatabaseTransaction,
    facts: &[InitiativeFacts],
    years: &BTreeSet<i32>,
) -> Result<usize, DbErr> {
    let stored_keys: BTreeSet<(String, i32)> = stored::Entity::find()
        .select_only()
        .column(stored::Column::Scope)
        .column(stored::Column::Year)
        .filter(stored::Column::Year.is_in(years.iter().copied()))
        .into_tuple()
        .all(txn)
        .await?
        .into_iter()
        .collect();
    queue_in(txn, facts, years, &stored_keys).await
}

/// Queues a refresh of every scope of `facts` and year of `years` but those
/// in `skip`, as reflecting the latest event (an `aggregate` job already
/// waiting for one of them absorbs it).
async fn queue_in(
    txn: &sea_orm::DatabaseTransaction,
    facts: &[InitiativeFacts],
    years: &BTreeSet<i32>,
    skip: &BTreeSet<(String, i32)>,
) -> Result<usize, DbErr> {
    let seq = latest_event(txn).await?;
    let mut n = 0;
    for &year in years {
        for scope in aggregate::all_scopes(facts) {
            if skip.contains(&(scope.key(), year)) {
                continue;
            }
            // Not stored yet, or only its overdue marks follow the date:
            // refreshed in turn, after the changes people are served.
            let job = Job::Refresh {
                scope: scope.key(),
                year,
                seq,
            };
            crate::queue::enqueue(txn, &job).await?;
            n += 1;
        }
    }
    Ok(n)
}

/// The id of the latest outbox event (0 when there is none).
async fn latest_event(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let seq: Option<i64> = entity::outbox_event::Entity::find()
        .select_only()
        .column_as(entity::outbox_event::Column::Id.max(), "max")
        .into_tuple()
        .one(db)
        .await?
        .flatten();
    Ok(seq.unwrap_or(0))
}

/// The reports opened for `year` (any status), by initiative slug: which
/// missing initiatives are overdue.
pub async fn load_opened(
    db: &impl ConnectionTrait,
    year: i32,
    facts: &[InitiativeFacts],
) -> Result<BTreeMap<String, aggregate::OpenedReport>, DbErr> {
    let slugs: HashMap<i64, &str> = facts.iter().map(|f| (f.id, f.slug.as_str())).collect();
    let mut opened = BTreeMap::new();
    let rows: Vec<(i64, i64, String, Option<chrono::NaiveDate>)> = annual_report::Entity::find()
        .select_only()
        .columns([
            annual_report::Column::Id,
            annual_report::Column::InitiativeId,
            annual_report::Column::Status,
            annual_report::Column::DueDate,
        ])
        .filter(annual_report::Column::Year.eq(year))
        .into_tuple()
        .all(db)
        .await?;
    for (id, initiative_id, status, due_date) in rows {
        let Some(slug) = slugs.get(&initiative_id) else {
            continue;
        };
        let status = status
            .parse::<ReportStatus>()
            .map_err(|e| DbErr::Custom(format!("report {id}: column `status`: {e}")))?;
        opened.insert(
            (*slug).to_owned(),
            aggregate::OpenedReport { status, due_date },
        );
    }
    Ok(opened)
}

/// The link to a source report.
pub fn report_url(slug: &str, year: i32) -> String {
    format!("/api/v1/initiatives/{slug}/reports/{year}")
}

/// Computes `scope` for `year` ([`folded`]) and stores it as reflecting
/// change `seq`, in plain JSON only: its Brotli and gzip forms are for
/// [`store_coded`] to add once it is stored (off the path of a change to
/// being served). A computation never replaces one that reflects a later
/// change. Reads on `read` and stores on `db` (the worker's reading and
/// writing connections; the same on PostgreSQL).
#[tracing::instrument(skip(read, db, memo), fields(scope = %scope.key()))]
pub async fn recompute(
    read: &impl ConnectionTrait,
    db: &impl ConnectionTrait,
    scope: &Scope,
    year: i32,
    seq: i64,
    memo: &Memo,
) -> Result<Recomputed, DbErr> {
    let agg = folded(read, db, scope, year, memo).await?;
    let body = Serialised::of(&agg, seq, Utc::now())?;
    let changed = content_changed(read, scope, year, &body.content_hash, &agg).await?;
    let stored = store(db, scope, year, seq, &body, &csv_of(&agg)).await?;
    Ok(Recomputed {
        changed: (changed && stored).then(|| body.body.clone()),
        uncoded: stored.then(|| Uncoded::of(scope, year, body)).flatten(),
    })
}

/// The aggregate of `scope` for `year` as the registry stands: the fold of
/// its initiatives' [`contributions`] (reconciled first), overdue marked.
/// Reads on `read`; a contribution built again is stored on `db`.
pub async fn folded(
    read: &impl ConnectionTrait,
    db: &impl ConnectionTrait,
    scope: &Scope,
    year: i32,
    memo: &Memo,
) -> Result<aggregate::Aggregate, DbErr> {
    let facts = load_facts(read).await?;
    let members: Option<Vec<i64>> = (*scope != Scope::Global).then(|| {
        aggregate::members(scope, &facts)
            .iter()
            .map(|i| i.id)
            .collect()
    });
    let contributions = contributions(read, db, year, members.as_deref(), memo).await?;
    let mut agg = aggregate::fold(scope, year, &facts, &contributions, &report_url);
    let opened = load_opened(read, year, &facts).await?;
    aggregate::mark_overdue(&mut agg, Utc::now().date_naive(), &opened);
    Ok(agg)
}

/// What [`recompute`] stored.
#[derive(Debug)]
pub struct Recomputed {
    /// The stored body, when the aggregate's content changed (webhooks follow).
    pub changed: Option<String>,
    /// The stored body still without its coded forms ([`store_coded`]);
    /// `None` when nothing was stored or the body is too small to code.
    pub uncoded: Option<Uncoded>,
}

/// An aggregate serialised for storage: the JSON served, its content hash,
/// its ETag, and the summary stored beside it.
struct Serialised {
    body: String,
    content_hash: String,
    etag: String,
    summary: aggregate::Summary,
}

impl Serialised {
    /// Serialises `agg` once: its JSON is the content (hashed for change
    /// detection), and the served body is that JSON with `generated_at` and
    /// `change_seq` appended as its last members.
    fn of(
        agg: &aggregate::Aggregate,
        seq: i64,
        generated_at: DateTime<Utc>,
    ) -> Result<Self, DbErr> {
        let mut body = serde_json::to_string(agg)
            .map_err(|e| DbErr::Custom(format!("the aggregate does not serialise: {e}")))?;
        let content_hash = content_hash(body.as_bytes());
        let generated_at = generated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        // An aggregate is a JSON object with members: `{…}`.
        if body.pop() != Some('}') {
            return Err(DbErr::Custom("the aggregate is not a JSON object".into()));
        }
        body.push_str(&format!(
            ",\"generated_at\":\"{generated_at}\",\"change_seq\":{seq}}}"
        ));
        // A strong ETag: the body is a function of these three, so it
        // changes whenever the served bytes do (without hashing them again).
        let etag = format!(
            "\"{}\"",
            &hex::encode(Sha256::digest(format!(
                "{content_hash}\n{generated_at}\n{seq}"
            )))[..32]
        );
        Ok(Self {
            body,
            content_hash,
            etag,
            summary: agg.summary(),
        })
    }
}

/// How a content hash of the current form starts; a bare hex digest is the
/// earlier form (see [`legacy_hash`]).
const HASH_PREFIX: &str = "sha256:";

/// The content hash of an aggregate's JSON (its body without
/// `generated_at` and `change_seq`).
fn content_hash(content: &[u8]) -> String {
    format!("{HASH_PREFIX}{}", hex::encode(Sha256::digest(content)))
}

/// The content hash as stored before the aggregate was serialised once:
/// SHA-256 of its JSON with members in name order (as `serde_json::Value`
/// writes them), without a prefix.
fn legacy_hash(agg: &aggregate::Aggregate) -> Result<String, DbErr> {
    let content = serde_json::to_value(agg)
        .map_err(|e| DbErr::Custom(format!("the aggregate does not serialise: {e}")))?;
    Ok(hex::encode(Sha256::digest(content.to_string().as_bytes())))
}

/// Stores a serialised aggregate as reflecting change `seq` (its coded forms
/// emptied: they are of the bytes replaced) with its summary, in one
/// statement, unless a stored one reflects a later change. Returns whether
/// it was stored.
async fn store(
    db: &impl ConnectionTrait,
    scope: &Scope,
    year: i32,
    seq: i64,
    body: &Serialised,
    csv: &str,
) -> Result<bool, DbErr> {
    let summary = body.summary;
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "INSERT INTO aggregates (scope, year, body, csv, etag, change_seq, generated_at, content_hash, body_br, body_gz, \
             summary_etag, reporting, recognised, participation_total, participation_online, participation_youth) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, $5, $9, $10, $11, $12, $13) \
             ON CONFLICT (scope, year) DO UPDATE SET body = excluded.body, csv = excluded.csv, etag = excluded.etag, \
             body_br = NULL, body_gz = NULL, change_seq = excluded.change_seq, generated_at = excluded.generated_at, content_hash = excluded.content_hash, \
             summary_etag = excluded.summary_etag, reporting = excluded.reporting, recognised = excluded.recognised, \
             participation_total = excluded.participation_total, participation_online = excluded.participation_online, \
             participation_youth = excluded.participation_youth \
             WHERE aggregates.change_seq <= excluded.change_seq"
        }
        _ => {
            "INSERT INTO aggregates (scope, year, body, csv, etag, change_seq, generated_at, content_hash, body_br, body_gz, \
             summary_etag, reporting, recognised, participation_total, participation_online, participation_youth) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, NULL, ?5, ?9, ?10, ?11, ?12, ?13) \
             ON CONFLICT (scope, year) DO UPDATE SET body = excluded.body, csv = excluded.csv, etag = excluded.etag, \
             body_br = NULL, body_gz = NULL, change_seq = excluded.change_seq, generated_at = excluded.generated_at, content_hash = excluded.content_hash, \
             summary_etag = excluded.summary_etag, reporting = excluded.reporting, recognised = excluded.recognised, \
             participation_total = excluded.participation_total, participation_online = excluded.participation_online, \
             participation_youth = excluded.participation_youth \
             WHERE aggregates.change_seq <= excluded.change_seq"
        }
    };
    let stored = db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [
                scope.key().into(),
                year.into(),
                body.body.clone().into(),
                csv.into(),
                body.etag.clone().into(),
                seq.into(),
                Utc::now().into(),
                body.content_hash.clone().into(),
                count(summary.reporting)?,
                count(summary.recognised)?,
                count(summary.participation.total)?,
                count(summary.participation.online)?,
                count(summary.participation.youth)?,
            ],
        ))
        .await?;
    // Outside a transaction the write is committed now; `recompute_all`
    // notes its own commit too.
    note_stored();
    Ok(stored.rows_affected() == 1)
}

/// A count of a summary as its column stores it.
fn count(n: u64) -> Result<sea_orm::Value, DbErr> {
    i64::try_from(n)
        .map(Into::into)
        .map_err(|_| DbErr::Custom(format!("the count {n} does not fit its column")))
}

/// A stored aggregate's body waiting for its Brotli and gzip forms.
#[derive(Debug)]
pub struct Uncoded {
    scope: String,
    year: i32,
    etag: String,
    body: String,
}

impl Uncoded {
    /// `None` when the body is too small to be coded ([`MIN_BYTES`]).
    fn of(scope: &Scope, year: i32, body: Serialised) -> Option<Self> {
        (body.body.len() >= MIN_BYTES).then(|| Self {
            scope: scope.key(),
            year,
            etag: body.etag,
            body: body.body,
        })
    }

    /// The body's coded forms (CPU work: run it on [`STORED_FORMS`]).
    pub fn code(self) -> Coded {
        Coded {
            br: Coding::Brotli.encode(self.body.as_bytes()),
            gz: Coding::Gzip.encode(self.body.as_bytes()),
            uncoded: self,
        }
    }
}

/// A stored aggregate's body in Brotli and gzip.
pub struct Coded {
    uncoded: Uncoded,
    br: Vec<u8>,
    gz: Vec<u8>,
}

/// Codes a stored aggregate's body on the worker's coding threads
/// ([`STORED_FORMS`]) and stores the forms beside it, unless the aggregate
/// was replaced meanwhile (its ETag changed: its own computation then codes
/// the new body), which is looked at on `read` once a thread is free, so
/// that a burst of computations of one aggregate codes only the last. Until
/// then the API sends the plain body, compressing it per request for a
/// client that asks for a coding, with the same encoder (so the same bytes).
pub async fn store_coded(
    read: &impl ConnectionTrait,
    db: &impl ConnectionTrait,
    uncoded: Uncoded,
) -> Result<bool, DbErr> {
    let slot = STORED_FORMS.reserve().await;
    let current = stored::Entity::find_by_id((uncoded.scope.clone(), uncoded.year))
        .select_only()
        .column(stored::Column::Etag)
        .filter(stored::Column::Etag.eq(&uncoded.etag))
        .into_tuple::<String>()
        .one(read)
        .await?;
    if current.is_none() {
        return Ok(false);
    }
    let coded = slot
        .run(move || uncoded.code())
        .await
        .map_err(|e| DbErr::Custom(format!("coding an aggregate: {e}")))?;
    write_coded(db, coded).await
}

/// Stores coded forms beside the body they were made from, if it is still
/// the stored one. Returns whether it was.
async fn write_coded(db: &impl ConnectionTrait, coded: Coded) -> Result<bool, DbErr> {
    let Coded { uncoded, br, gz } = coded;
    let stored = stored::Entity::update_many()
        .col_expr(stored::Column::BodyBr, Some(br).into())
        .col_expr(stored::Column::BodyGz, Some(gz).into())
        .filter(stored::Column::Scope.eq(uncoded.scope))
        .filter(stored::Column::Year.eq(uncoded.year))
        .filter(stored::Column::Etag.eq(uncoded.etag))
        .exec(db)
        .await?;
    if stored.rows_affected == 1 {
        note_stored();
    }
    Ok(stored.rows_affected == 1)
}

/// Codes every stored aggregate whose coded forms are missing though its
/// body is large enough to have them (the process stopped between storing
/// a body and coding it, or it was stored before bodies were coded): the
/// worker's housekeeping. Returns how many were coded.
#[tracing::instrument(skip(db))]
pub async fn code_missing(db: &DatabaseConnection) -> Result<usize, DbErr> {
    // In characters: a lower bound of the bytes' `MIN_BYTES`, checked below.
    let at_least = MIN_BYTES / 4;
    let rows: Vec<(String, i32, String, String)> = stored::Entity::find()
        .select_only()
        .columns([
            stored::Column::Scope,
            stored::Column::Year,
            stored::Column::Etag,
            stored::Column::Body,
        ])
        .filter(
            sea_orm::Condition::any()
                .add(stored::Column::BodyBr.is_null())
                .add(stored::Column::BodyGz.is_null()),
        )
        .filter(sea_orm::sea_query::Expr::cust(format!(
            "LENGTH(body) >= {at_least}"
        )))
        .into_tuple()
        .all(db)
        .await?;
    let mut n = 0;
    for (scope, year, etag, body) in rows {
        if body.len() < MIN_BYTES {
            continue;
        }
        let uncoded = Uncoded {
            scope,
            year,
            etag,
            body,
        };
        n += usize::from(store_coded(db, db, uncoded).await?);
    }
    Ok(n)
}

/// Whether the content of the stored aggregate of `scope` and `year` differs
/// from `agg`, whose content hash is `content_hash` (true when none is
/// stored). One stored with an earlier form of hash, or none, is compared in
/// that form, once.
async fn content_changed(
    db: &impl ConnectionTrait,
    scope: &Scope,
    year: i32,
    content_hash: &str,
    agg: &aggregate::Aggregate,
) -> Result<bool, DbErr> {
    let stored_hash: Option<Option<String>> = stored::Entity::find_by_id((scope.key(), year))
        .select_only()
        .column(stored::Column::ContentHash)
        .into_tuple()
        .one(db)
        .await?;
    Ok(match stored_hash {
        None => true,
        Some(Some(hash)) if hash.starts_with(HASH_PREFIX) => hash != content_hash,
        Some(Some(hash)) => hash != legacy_hash(agg)?,
        Some(None) => {
            let body: Option<String> = stored::Entity::find_by_id((scope.key(), year))
                .select_only()
                .column(stored::Column::Body)
                .into_tuple()
                .one(db)
                .await?;
            let legacy = legacy_hash(agg)?;
            body.and_then(|b| content_of(&b))
                .is_none_or(|previous| hex::encode(Sha256::digest(previous.to_string())) != legacy)
        }
    })
}

/// The aggregate's CSV, stored beside its body, with English names beside
/// the codes.
fn csv_of(agg: &aggregate::Aggregate) -> String {
    aggregate::to_csv(agg, &crate::feed::english_name)
}

/// A stored body without the fields that change on every computation;
/// `None` when it is not a JSON object.
fn content_of(body: &str) -> Option<Value> {
    let mut v: Value = serde_json::from_str(body).ok()?;
    let o = v.as_object_mut()?;
    o.remove("generated_at");
    o.remove("change_seq");
    Some(v)
}

/// How many entries a feed carries: the newest accepted reports.
pub const FEED_ENTRIES: u64 = 100;

/// Renders and stores `scope`'s feeds: the newest `FEED_ENTRIES` accepted
/// reports of the initiatives in scope, over all years, newest first.
#[tracing::instrument(skip(db, base_url), fields(scope = %scope.key()))]
pub async fn render_feeds(
    db: &impl ConnectionTrait,
    scope: &Scope,
    base_url: &str,
) -> Result<(), DbErr> {
    let facts = load_facts(db).await?;
    let members: HashMap<i64, &InitiativeFacts> = aggregate::members(scope, &facts)
        .into_iter()
        .filter(|f| f.reports_are_public())
        .map(|f| (f.id, f))
        .collect();
    let reports = annual_report::Entity::find()
        .filter(annual_report::Column::Status.eq(ReportStatus::Accepted.as_str()))
        .filter(annual_report::Column::InitiativeId.is_in(members.keys().copied()))
        .order_by_desc(annual_report::Column::AcceptedAt)
        .order_by_desc(annual_report::Column::Id)
        .limit(FEED_ENTRIES)
        .all(db)
        .await?;
    let entries: Vec<FeedEntry> = reports
        .iter()
        .filter_map(|r| {
            let f = members.get(&r.initiative_id)?;
            let c = report_content(r);
            let (city, country) = (c.city.clone(), c.country.clone());
            let a = contribution_of_content(c);
            Some(FeedEntry {
                initiative_slug: f.slug.clone(),
                initiative_name: f.name.clone(),
                year: r.year,
                edition: a.edition,
                start_date: a.start_date,
                end_date: a.end_date,
                accepted_at: r.accepted_at.unwrap_or(r.updated_at),
                report_path: report_url(&f.slug, r.year),
                page_path: format!("/initiatives/{}/reports/{}", f.slug, r.year),
                city,
                country,
                key_messages: a.key_messages,
            })
        })
        .collect();
    let forum_name = match scope {
        Scope::Initiative(slug) => facts
            .iter()
            .find(|f| &f.slug == slug)
            .map(|f| f.name.clone()),
        _ => None,
    };
    let model = FeedModel {
        meta: FeedMeta {
            scope: scope.key(),
            forum_name,
            base_url: base_url.to_owned(),
        },
        entries,
    };
    let atom = model.atom(PageLocale::En);
    let json = model.json(PageLocale::En);
    let model = serde_json::to_string(&model)
        .map_err(|e| DbErr::Custom(format!("feed model of {}: {e}", scope.key())))?;
    let tag = |s: &str| format!("\"{}\"", &hex::encode(Sha256::digest(s.as_bytes()))[..32]);
    stored_feed::Entity::insert(stored_feed::ActiveModel {
        scope: Set(scope.key()),
        atom_etag: Set(tag(&atom)),
        json_etag: Set(tag(&json)),
        atom_br: Set(stored_form(Coding::Brotli, atom.as_bytes())),
        atom_gz: Set(stored_form(Coding::Gzip, atom.as_bytes())),
        json_br: Set(stored_form(Coding::Brotli, json.as_bytes())),
        json_gz: Set(stored_form(Coding::Gzip, json.as_bytes())),
        atom: Set(atom),
        json: Set(json),
        generated_at: Set(Utc::now()),
        model: Set(Some(model)),
    })
    .on_conflict(
        OnConflict::column(stored_feed::Column::Scope)
            .update_columns([
                stored_feed::Column::Atom,
                stored_feed::Column::Json,
                stored_feed::Column::AtomEtag,
                stored_feed::Column::JsonEtag,
                stored_feed::Column::AtomBr,
                stored_feed::Column::AtomGz,
                stored_feed::Column::JsonBr,
                stored_feed::Column::JsonGz,
                stored_feed::Column::GeneratedAt,
                stored_feed::Column::Model,
            ])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Renders again every scope's feeds stored without the model they came
/// from (rendered before it was kept), so that every language can be served
/// from it: the worker's housekeeping. Returns how many scopes it rendered.
#[tracing::instrument(skip(db, base_url))]
pub async fn render_unmodelled_feeds(
    db: &DatabaseConnection,
    base_url: &str,
) -> Result<usize, DbErr> {
    let scopes: Vec<String> = stored_feed::Entity::find()
        .select_only()
        .column(stored_feed::Column::Scope)
        .filter(stored_feed::Column::Model.is_null())
        .into_tuple()
        .all(db)
        .await?;
    let mut n = 0;
    for key in scopes {
        let scope = Scope::parse(&key).ok_or_else(|| {
            DbErr::Custom(format!("a stored feed's scope `{key}` is not a scope"))
        })?;
        let txn = crate::write::begin(db).await?;
        render_feeds(&txn, &scope, base_url).await?;
        txn.commit().await?;
        n += 1;
    }
    Ok(n)
}

/// Recomputes every scope for every known year, loading the facts once and
/// each year's contributions once, reconciled (the batch path: `nri admin recompute-all`, the
/// benchmark). Returns how many aggregates were computed.
#[tracing::instrument(skip(db, base_url))]
pub async fn recompute_all(
    db: &sea_orm::DatabaseConnection,
    base_url: &str,
) -> Result<usize, DbErr> {
    recompute_all_with(db, base_url, &Silent).await
}

/// What a long recomputation tells as it goes (`nri admin recompute-all`
/// shows it as a progress bar): how many steps, once known, then each step.
pub trait Progress {
    fn start(&self, steps: u64);
    fn step(&self, what: &str);
}

/// Progress nobody watches.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: u64) {}
    fn step(&self, _: &str) {}
}

/// [`recompute_all`], telling `progress` each aggregate and feed it stores.
pub async fn recompute_all_with(
    db: &sea_orm::DatabaseConnection,
    base_url: &str,
    progress: &dyn Progress,
) -> Result<usize, DbErr> {
    // One transaction: one commit instead of one per aggregate.
    let txn = crate::write::begin(db).await?;
    let db = &txn;
    let facts = load_facts(db).await?;
    let scopes = aggregate::all_scopes(&facts);
    let seq = latest_event(db).await?;
    let mut n = 0;
    let memo = Memo::default();
    let years = known_years(db, Utc::now().year()).await?;
    // Coding the bodies is most of the work: it runs on the worker's coding
    // threads while the next aggregates are folded and stored, a few at a time.
    let mut coding = tokio::task::JoinSet::new();
    progress.start(((years.len() + 1) * scopes.len()) as u64);
    for year in years {
        // One pass over the year's contributions serves every scope.
        let contributions = contributions(db, db, year, None, &memo).await?;
        let opened = load_opened(db, year, &facts).await?;
        for scope in &scopes {
            let mut agg = aggregate::fold(scope, year, &facts, &contributions, &report_url);
            aggregate::mark_overdue(&mut agg, Utc::now().date_naive(), &opened);
            let body = Serialised::of(&agg, seq, Utc::now())?;
            // A batch rebuild sends no webhooks: no comparison with the stored content.
            let stored = store(db, scope, year, seq, &body, &csv_of(&agg)).await?;
            if let Some(uncoded) = stored.then(|| Uncoded::of(scope, year, body)).flatten() {
                let slot = STORED_FORMS.reserve().await;
                coding.spawn(slot.run(move || uncoded.code()));
            }
            while coding.len() > CODING_IN_FLIGHT {
                write_coded(db, coded(coding.join_next().await)?).await?;
            }
            n += 1;
            progress.step(&format!("{} {year}", scope.key()));
        }
    }
    while !coding.is_empty() {
        write_coded(db, coded(coding.join_next().await)?).await?;
    }
    for scope in &scopes {
        render_feeds(db, scope, base_url).await?;
        progress.step(&format!("{} feeds", scope.key()));
    }
    txn.commit().await?;
    note_stored();
    Ok(n)
}

/// How many aggregates `recompute_all` codes at once, beside the one it folds.
const CODING_IN_FLIGHT: usize = 2;

/// The coded forms a coding task made (`None`: none was running).
fn coded(
    joined: Option<Result<Result<Coded, Unfinished>, tokio::task::JoinError>>,
) -> Result<Coded, DbErr> {
    joined
        .ok_or_else(|| DbErr::Custom("no aggregate was being coded".into()))?
        .map_err(|e| DbErr::Custom(format!("coding an aggregate: {e}")))?
        .map_err(|e| DbErr::Custom(format!("coding an aggregate: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::memory_db;
    use serde_json::json;
    use std::io::Read;

    /// An aggregate of `n` recognised initiatives, none reporting (its
    /// `missing` list makes it large enough to be coded).
    fn nobody_reporting(n: i64) -> aggregate::Aggregate {
        let facts: Vec<InitiativeFacts> = (1..=n)
            .map(|id| InitiativeFacts {
                id,
                slug: format!("nri-{id}"),
                name: format!("National IGF number {id}"),
                kind: InitiativeKind::National,
                un_region: UnRegion::Africa,
                status: InitiativeStatus::Recognized,
                contributes_to: Vec::new(),
                working_languages: vec!["en".to_owned()],
            })
            .collect();
        let none: HashMap<i64, Contribution> = HashMap::new();
        aggregate::fold(&Scope::Global, 2025, &facts, &none, &report_url)
    }

    async fn stored_row(db: &DatabaseConnection) -> stored::Model {
        stored::Entity::find_by_id(("global".to_owned(), 2025))
            .one(db)
            .await
            .unwrap()
            .unwrap()
    }

    #[test]
    fn the_body_is_the_content_with_its_stamps_last() {
        let agg = nobody_reporting(3);
        let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let s = Serialised::of(&agg, 42, at).unwrap();
        let content = serde_json::to_string(&agg).unwrap();
        assert_eq!(s.content_hash, content_hash(content.as_bytes()));
        assert_eq!(
            s.body,
            format!(
                "{},\"generated_at\":\"2027-01-15T08:00:00Z\",\"change_seq\":42}}",
                &content[..content.len() - 1]
            )
        );
        let body: Value = serde_json::from_str(&s.body).unwrap();
        assert_eq!(content_of(&s.body), serde_json::from_str(&content).ok());
        assert_eq!(body["change_seq"], 42);
        // The ETag follows every byte that changes.
        let later = Serialised::of(&agg, 43, at).unwrap();
        let then = Serialised::of(&agg, 42, at + chrono::Duration::seconds(1)).unwrap();
        assert_ne!(later.etag, s.etag);
        assert_ne!(then.etag, s.etag);
        assert_eq!(Serialised::of(&agg, 42, at).unwrap().etag, s.etag);
    }

    #[tokio::test]
    async fn coded_forms_are_stored_only_beside_the_body_they_code() {
        let db = memory_db().await;
        let write = |agg: aggregate::Aggregate, seq: i64| {
            let db = &db;
            async move {
                let body = Serialised::of(&agg, seq, Utc::now()).unwrap();
                assert!(
                    store(db, &Scope::Global, 2025, seq, &body, "")
                        .await
                        .unwrap()
                );
                Uncoded::of(&Scope::Global, 2025, body).expect("large enough to code")
            }
        };
        let first = write(nobody_reporting(40), 1).await;
        let second = write(nobody_reporting(41), 2).await;
        // The first body was replaced: its forms are not stored beside the second.
        assert!(!store_coded(&db, &db, first).await.unwrap());
        let row = stored_row(&db).await;
        assert_eq!((row.body_br.is_none(), row.body_gz.is_none()), (true, true));
        let plain = second.body.clone();
        assert!(store_coded(&db, &db, second).await.unwrap());
        let row = stored_row(&db).await;
        let mut br = Vec::new();
        brotli::Decompressor::new(row.body_br.unwrap().as_slice(), 4096)
            .read_to_end(&mut br)
            .unwrap();
        let mut gz = Vec::new();
        flate2::read::GzDecoder::new(row.body_gz.unwrap().as_slice())
            .read_to_end(&mut gz)
            .unwrap();
        assert_eq!((br, gz), (plain.clone().into_bytes(), plain.into_bytes()));

        // A body stored and never coded (the process stopped) is coded by
        // the housekeeping; one too small to code is left plain.
        write(nobody_reporting(42), 3).await;
        assert_eq!(code_missing(&db).await.unwrap(), 1);
        assert!(stored_row(&db).await.body_br.is_some());
        assert_eq!(code_missing(&db).await.unwrap(), 0);
        let small = Serialised::of(&nobody_reporting(1), 4, Utc::now()).unwrap();
        assert!(small.body.len() < MIN_BYTES);
        assert!(
            store(&db, &Scope::Global, 2025, 4, &small, "")
                .await
                .unwrap()
        );
        assert_eq!(code_missing(&db).await.unwrap(), 0);
    }

    #[tokio::test]
    async fn feeds_stored_without_their_model_are_rendered_again_once() {
        let db = memory_db().await;
        let base = "https://nri.example.org";
        render_feeds(&db, &Scope::Global, base).await.unwrap();
        let model = |db: &DatabaseConnection| {
            let db = db.clone();
            async move {
                stored_feed::Entity::find_by_id("global")
                    .one(&db)
                    .await
                    .unwrap()
                    .expect("the global feed")
                    .model
            }
        };
        let stored: FeedModel = serde_json::from_str(&model(&db).await.expect("a model")).unwrap();
        assert_eq!(stored.meta.scope, "global");
        assert_eq!(render_unmodelled_feeds(&db, base).await.unwrap(), 0);
        // A row from before models were kept.
        db.execute_unprepared("UPDATE feeds SET model = NULL")
            .await
            .unwrap();
        assert_eq!(render_unmodelled_feeds(&db, base).await.unwrap(), 1);
        assert!(model(&db).await.is_some());
        assert_eq!(render_unmodelled_feeds(&db, base).await.unwrap(), 0);
    }

    #[tokio::test]
    async fn the_summary_is_stored_with_the_body_it_counts() {
        let db = memory_db().await;
        for (n, seq) in [(3, 1), (5, 2)] {
            let agg = nobody_reporting(n);
            let body = Serialised::of(&agg, seq, Utc::now()).unwrap();
            assert!(
                store(&db, &Scope::Global, 2025, seq, &body, "")
                    .await
                    .unwrap()
            );
            let row = stored_row(&db).await;
            assert_eq!(row.summary_etag.as_deref(), Some(row.etag.as_str()));
            assert_eq!(
                (
                    row.reporting,
                    row.recognised,
                    row.participation_total,
                    row.participation_online,
                    row.participation_youth,
                ),
                (Some(0), Some(n), Some(0), Some(0), Some(0))
            );
        }
        // A computation reflecting an earlier change replaces neither.
        let stale = Serialised::of(&nobody_reporting(9), 1, Utc::now()).unwrap();
        assert!(
            !store(&db, &Scope::Global, 2025, 1, &stale, "")
                .await
                .unwrap()
        );
        assert_eq!(stored_row(&db).await.recognised, Some(5));
    }

    #[tokio::test]
    async fn the_migration_summarises_the_aggregates_stored_before_it() {
        use migration::{Migrator, MigratorTrait};
        let mut opts = sea_orm::ConnectOptions::new("sqlite::memory:");
        opts.max_connections(1);
        let db = sea_orm::Database::connect(opts).await.unwrap();
        let before = Migrator::migrations()
            .iter()
            .position(|m| m.name() == "m20261207_000040_aggregate_summaries")
            .expect("the summaries' migration");
        Migrator::up(&db, Some(before as u32)).await.unwrap();
        let body = Serialised::of(&nobody_reporting(4), 1, Utc::now()).unwrap();
        for (year, body) in [
            (2024, body.body.as_str()),
            (2025, "{\"not\": \"an aggregate\"}"),
        ] {
            db.execute_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "INSERT INTO aggregates (scope, year, body, csv, etag, change_seq, generated_at) \
                 VALUES ('global', ?1, ?2, '', ?3, 1, ?4)",
                [
                    year.into(),
                    body.into(),
                    format!("\"{year}\"").into(),
                    Utc::now().into(),
                ],
            ))
            .await
            .unwrap();
        }
        Migrator::up(&db, None).await.unwrap();
        let row = |year: i32| {
            let db = &db;
            async move {
                stored::Entity::find_by_id(("global".to_owned(), year))
                    .one(db)
                    .await
                    .unwrap()
                    .unwrap()
            }
        };
        let summarised = row(2024).await;
        assert_eq!(summarised.summary_etag.as_deref(), Some("\"2024\""));
        assert_eq!(
            (
                summarised.reporting,
                summarised.recognised,
                summarised.participation_total
            ),
            (Some(0), Some(4), Some(0))
        );
        // A body that does not read is left without a summary.
        let unread = row(2025).await;
        assert_eq!((unread.summary_etag, unread.reporting), (None, None));
    }

    #[test]
    fn control_characters_are_scrubbed_from_strings_and_keys() {
        let mut v = json!({
            "edition": "MIGF\u{0}2025",
            "key_messages": [{ "text": { "e\u{1b}n": "line one\nline\ttwo\u{7f}" } }],
            "total": 12,
        });
        assert!(scrub(&mut v));
        assert_eq!(
            v,
            json!({
                "edition": "MIGF2025",
                "key_messages": [{ "text": { "en": "line one\nline\ttwo" } }],
                "total": 12,
            })
        );
        assert!(!scrub(&mut v));
        assert_eq!(scrubbed("Liberia\u{0} IGF".into()), "Liberia IGF");
    }

    #[test]
    fn values_that_do_not_read_are_left_out_of_the_content() {
        let stored = json!({
            "edition": "MIGF\u{0} 2025",
            "participation": { "total": 99_999_999_999_u64, "online": -5, "youth": 7, "by_gender": { "female": 10, "male": 1.5 } },
            "themes": ["gender", 7],
            "key_messages": [
                { "text": { "en": "Access for all" }, "theme": "access_and_connectivity" },
                { "text": "not a map", "theme": null }
            ],
        });
        let now = Utc::now();
        let r = annual_report::Model {
            id: 1,
            initiative_id: 1,
            year: 2025,
            status: ReportStatus::Accepted.as_str().into(),
            content: stored.to_string(),
            due_date: None,
            first_submitted_at: None,
            submitted_at: None,
            accepted_at: None,
            submissions: 1,
            reviewer_comment: None,
            version: 1,
            created_at: now,
            updated_at: now,
        };
        let c = report_content(&r);
        assert_eq!(c.edition.as_deref(), Some("MIGF 2025"));
        let p = &c.participation;
        assert_eq!((p.total, p.online, p.youth), (None, None, Some(7)));
        assert_eq!(p.by_gender.len(), 1);
        assert_eq!(c.themes, [domain::Theme::Gender]);
        assert_eq!(c.key_messages.len(), 1);
        let not_json = annual_report::Model {
            content: "not json".into(),
            ..r
        };
        assert_eq!(report_content(&not_json), ReportContent::default());
    }
}

#[cfg(test)]
#[path = "aggregation_props.rs"]
mod props;
