//! The regional and sub-regional forums an initiative declares it feeds
//! into. The graph stays acyclic: a link that would close a cycle is refused
//! with the path it would close. Links widen what forum members may read, so
//! a unit that changes them ends with `members::commit_and_reload_policy`.
use super::store::load_initiative;
use super::{Reader, Unit};
use crate::audit::Change;
use crate::authz::Action;
use crate::domain::{FieldErrors, InitiativeKind, graph};
use crate::problem::ApiError;
use chrono::Utc;
use domain::events::OutboxEvent;
use entity::{contributes_to as link, initiative};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Set,
};
use serde_json::{Value, json};
use std::collections::HashMap;

/// The declared targets of `slug`, by slug.
#[tracing::instrument(skip(r))]
pub async fn get(r: &Reader<'_>, slug: &str) -> Result<Vec<initiative::Model>, ApiError> {
    let ini = load_initiative(r.db, slug).await?;
    r.authorize(&ini, Action::ReadInitiative).await?;
    targets_of(r.db, ini.id).await
}

/// Replaces the declared targets of `slug` with the initiatives `targets` names.
#[tracing::instrument(skip(uow, targets))]
pub async fn replace(
    uow: &mut Unit,
    slug: &str,
    targets: &[String],
) -> Result<Vec<initiative::Model>, ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WriteContributesTo).await?;
    replace_links(uow, &ini, targets).await
}

/// Replaces the links of `ini` after checking targets and acyclicity, for a
/// caller whose right to change them is settled (`replace`, the demo).
/// Returns the new targets.
#[tracing::instrument(skip(uow, ini, target_slugs), fields(slug = %ini.slug))]
pub async fn replace_links(
    uow: &mut Unit,
    ini: &initiative::Model,
    target_slugs: &[String],
) -> Result<Vec<initiative::Model>, ApiError> {
    lock_link_graph(uow.txn()).await?;
    let before = targets_of(uow.txn(), ini.id).await?;
    let mut errs = FieldErrors::default();
    let mut targets: Vec<initiative::Model> = Vec::new();
    for (i, s) in target_slugs.iter().enumerate() {
        let field = format!("/targets/{i}");
        match initiative::Entity::find()
            .filter(initiative::Column::Slug.eq(s.as_str()))
            .one(uow.txn())
            .await?
        {
            None => errs.push(field, format!("no initiative `{s}`")),
            Some(t) if t.id == ini.id => errs.push(field, "an initiative cannot feed into itself"),
            Some(t) if !InitiativeKind::parse(&t.kind).is_ok_and(InitiativeKind::is_forum) => errs
                .push(
                    field,
                    format!("`{s}` is not a regional or sub-regional initiative"),
                ),
            Some(t) if targets.iter().any(|x| x.id == t.id) => errs.push(field, "is listed twice"),
            Some(t) => targets.push(t),
        }
    }
    if !errs.is_empty() {
        return Err(ApiError::Validation(errs.0));
    }
    let edges: Vec<(i64, i64)> = link::Entity::find()
        .all(uow.txn())
        .await?
        .into_iter()
        .map(|l| (l.initiative_id, l.target_id))
        .collect();
    let target_ids: Vec<i64> = targets.iter().map(|t| t.id).collect();
    if let Some(cycle) = graph::cycle_after_replacing(&edges, ini.id, &target_ids) {
        return Err(cycle_refused(uow.txn(), &cycle).await?);
    }
    // Members of a forum see the report status of what feeds into it.
    uow.changes_policy();
    link::Entity::delete_many()
        .filter(link::Column::InitiativeId.eq(ini.id))
        .exec(uow.txn())
        .await?;
    for t in &targets {
        link::ActiveModel {
            initiative_id: Set(ini.id),
            target_id: Set(t.id),
            created_at: Set(Utc::now()),
        }
        .insert(uow.txn())
        .await?;
    }
    let mut before_ids: Vec<i64> = edges
        .iter()
        .filter(|(a, _)| *a == ini.id)
        .map(|(_, b)| *b)
        .collect();
    before_ids.sort_unstable();
    let mut after_ids = target_ids;
    after_ids.sort_unstable();
    if before_ids != after_ids {
        // The scopes this initiative feeds change: the worker recomputes them.
        uow.emit(
            ini,
            OutboxEvent::LinksChanged {
                before: before_ids,
                after: after_ids,
            },
        );
    }
    targets.sort_by(|a, b| a.slug.cmp(&b.slug));
    uow.audit(Change {
        initiative: Some(ini),
        action: "contributes_to.update",
        target: format!("initiative/{}/contributes-to", ini.slug),
        before: Some(audit_view(&before)?),
        after: Some(audit_view(&targets)?),
    });
    Ok(targets)
}

/// The declared targets of initiative `id`, by slug.
pub(super) async fn targets_of(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Vec<initiative::Model>, ApiError> {
    let ids: Vec<i64> = link::Entity::find()
        .filter(link::Column::InitiativeId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.target_id)
        .collect();
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let mut out = initiative::Entity::find()
        .filter(initiative::Column::Id.is_in(ids))
        .all(db)
        .await?;
    out.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(out)
}

/// Holds the whole link graph until the transaction ends: the cycle check
/// reads every link, so two changes that would each be fine alone (A → B and
/// B → A) must be checked one after the other. A transaction-scoped advisory
/// lock on PostgreSQL (re-entrant); SQLite's single connection already runs
/// one transaction at a time.
async fn lock_link_graph(txn: &impl ConnectionTrait) -> Result<(), ApiError> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("SELECT pg_advisory_xact_lock(7368202)")
            .await?;
    }
    Ok(())
}

/// The conflict of a change that would close `cycle`, naming its path.
async fn cycle_refused(db: &impl ConnectionTrait, cycle: &[i64]) -> Result<ApiError, ApiError> {
    let slugs: HashMap<i64, String> = initiative::Entity::find()
        .filter(initiative::Column::Id.is_in(cycle.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.slug))
        .collect();
    let path: Vec<String> = cycle
        .iter()
        .filter_map(|id| slugs.get(id).cloned())
        .collect();
    Ok(ApiError::conflict(
        "contributes-to-cycle",
        "Link would form a cycle",
        format!("these links would form a cycle: {}", path.join(" → ")),
    )
    .with("cycle", json!(path)))
}

/// Declared targets as the audit log keeps them.
fn audit_view(targets: &[initiative::Model]) -> Result<Value, ApiError> {
    let targets = targets
        .iter()
        .map(|t| {
            Ok(json!({
                "slug": t.slug,
                "name": t.name,
                "kind": crate::stored::parse::<InitiativeKind>(&t.kind)?,
            }))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(json!({ "targets": targets }))
}
