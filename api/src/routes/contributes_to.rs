//! `/initiatives/{slug}/contributes-to`: the regional and sub-regional forums an
//! initiative declares it feeds into. The graph stays acyclic: a link that
//! would close a cycle is refused with the path it would close.
use super::{Tag, load_initiative};
use crate::audit::{self, Change};
use crate::auth::Caller;
use crate::authz::Action;
use crate::domain::{FieldErrors, InitiativeKind, graph};
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::Utc;
use entity::{contributes_to as link, initiative};
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};
use serde::Deserialize;
use std::collections::HashMap;

pub struct Api(pub AppState);

#[derive(Debug, Clone, Object, serde::Serialize)]
pub struct LinkedInitiative {
    pub slug: String,
    pub name: String,
    pub kind: InitiativeKind,
}

#[derive(Debug, Object, serde::Serialize)]
pub struct ContributesTo {
    /// The forums this initiative declares it feeds into.
    pub targets: Vec<LinkedInitiative>,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct ContributesToIn {
    /// Slugs of regional or sub-regional initiatives; replaces the current list.
    pub targets: Vec<String>,
}

/// The declared targets of `id`, with their names.
pub async fn targets_of(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Vec<LinkedInitiative>, ApiError> {
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
    let mut out: Vec<LinkedInitiative> = initiative::Entity::find()
        .filter(initiative::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|i| {
            Ok(LinkedInitiative {
                kind: crate::stored::parse::<InitiativeKind>(&i.kind)?,
                slug: i.slug,
                name: i.name,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    out.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(out)
}

/// Holds the whole link graph until the transaction ends: the cycle check
/// reads every link, so two changes that would each be fine alone (A → B and
/// B → A) must be checked one after the other. A transaction-scoped advisory
/// lock on PostgreSQL (re-entrant); SQLite's single connection already runs
/// one transaction at a time.
pub async fn lock_link_graph(txn: &impl ConnectionTrait) -> Result<(), ApiError> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("SELECT pg_advisory_xact_lock(7368202)")
            .await?;
    }
    Ok(())
}

/// Replaces the links of `ini` after checking targets and acyclicity. Used by
/// the API and by `nri demo`; the caller owns the transaction and the audit.
pub async fn replace_links(
    txn: &impl ConnectionTrait,
    ini: &initiative::Model,
    target_slugs: &[String],
) -> Result<(), ApiError> {
    lock_link_graph(txn).await?;
    let mut errs = FieldErrors::default();
    let mut targets: Vec<initiative::Model> = Vec::new();
    for (i, s) in target_slugs.iter().enumerate() {
        let field = format!("/targets/{i}");
        match initiative::Entity::find()
            .filter(initiative::Column::Slug.eq(s.as_str()))
            .one(txn)
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
        .all(txn)
        .await?
        .into_iter()
        .map(|l| (l.initiative_id, l.target_id))
        .collect();
    let target_ids: Vec<i64> = targets.iter().map(|t| t.id).collect();
    if let Some(cycle) = graph::cycle_after_replacing(&edges, ini.id, &target_ids) {
        let slugs: HashMap<i64, String> = initiative::Entity::find()
            .filter(initiative::Column::Id.is_in(cycle.clone()))
            .all(txn)
            .await?
            .into_iter()
            .map(|i| (i.id, i.slug))
            .collect();
        let path: Vec<String> = cycle
            .iter()
            .filter_map(|id| slugs.get(id).cloned())
            .collect();
        return Err(ApiError::conflict(
            "contributes-to-cycle",
            "Link would form a cycle",
            format!("these links would form a cycle: {}", path.join(" → ")),
        )
        .with("cycle", serde_json::json!(path)));
    }
    let before: Vec<i64> = edges
        .iter()
        .filter(|(a, _)| *a == ini.id)
        .map(|(_, b)| *b)
        .collect();
    link::Entity::delete_many()
        .filter(link::Column::InitiativeId.eq(ini.id))
        .exec(txn)
        .await?;
    for t in targets {
        link::ActiveModel {
            initiative_id: Set(ini.id),
            target_id: Set(t.id),
            created_at: Set(Utc::now()),
        }
        .insert(txn)
        .await?;
    }
    let mut before_sorted = before;
    before_sorted.sort_unstable();
    let mut after_sorted = target_ids;
    after_sorted.sort_unstable();
    if before_sorted != after_sorted {
        // The scopes this initiative feeds change: the worker recomputes them.
        crate::outbox::emit(
            txn,
            crate::outbox::Event::LinksChanged,
            ini,
            None,
            serde_json::json!({ "before": before_sorted, "after": after_sorted }),
        )
        .await?;
    }
    Ok(())
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Organisation")]
impl Api {
    /// The forums this initiative declares it feeds into
    #[oai(
        path = "/:slug/contributes-to",
        method = "get",
        operation_id = "get_contributes_to"
    )]
    async fn get(
        &self,
        caller: Caller,
        slug: Path<String>,
    ) -> Result<Json<ContributesTo>, ApiError> {
        let ini = load_initiative(&self.0.db, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadInitiative)
            .await?;
        Ok(Json(ContributesTo {
            targets: targets_of(&self.0.db, ini.id).await?,
        }))
    }

    /// Replace the declared links
    #[oai(
        path = "/:slug/contributes-to",
        method = "put",
        operation_id = "put_contributes_to"
    )]
    async fn put(
        &self,
        caller: Caller,
        slug: Path<String>,
        body: JsonBody<ContributesToIn>,
    ) -> Result<Json<ContributesTo>, ApiError> {
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteContributesTo)
            .await?;
        lock_link_graph(&txn).await?;
        let before = ContributesTo {
            targets: targets_of(&txn, ini.id).await?,
        };
        replace_links(&txn, &ini, &body.0.targets).await?;
        let after = ContributesTo {
            targets: targets_of(&txn, ini.id).await?,
        };
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: "contributes_to.update",
                target: format!("initiative/{}/contributes-to", ini.slug),
                before: Some(crate::audit::json(&before)),
                after: Some(crate::audit::json(&after)),
            },
        )
        .await?;
        txn.commit().await?;
        worker::wake(); // its outbox event is committed
        // Forum members' view of reports follows the links.
        self.0.authz.reload().await.map_err(ApiError::Internal)?;
        Ok(Json(after))
    }
}
