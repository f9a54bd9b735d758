//! Recognition status decisions: the IGF Secretariat moves an initiative
//! between statuses with a reason, kept as an immutable record.
use super::store::{compare_and_set, load_initiative};
use super::{Reader, Unit};
use crate::audit::Change;
use crate::authz::Action;
use crate::domain::{InitiativeStatus, parse_text};
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use chrono::Utc;
use domain::events::OutboxEvent;
use entity::{initiative, recognition_decision as decision};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

/// An initiative's decisions, oldest first, with the cursor of the next page.
/// Decisions carry reasons (e.g. for a suspension): members and the IGF
/// Secretariat only.
#[tracing::instrument(skip(r, page))]
pub async fn list(
    r: &Reader<'_>,
    slug: &str,
    page: PageRequest,
) -> Result<(Vec<decision::Model>, Option<String>), ApiError> {
    let ini = load_initiative(r.db, slug).await?;
    r.authorize(&ini, Action::ReadMembers).await?;
    let query = decision::Entity::find().filter(decision::Column::InitiativeId.eq(ini.id));
    page.by_id(
        query,
        decision::Column::Id,
        sea_orm::Order::Asc,
        |d| d.id,
        r.db,
    )
    .await
}

/// Records the caller's decision to move initiative `slug` to `to`.
#[tracing::instrument(skip(uow, reason))]
pub async fn decide(
    uow: &mut Unit,
    slug: &str,
    to: InitiativeStatus,
    reason: &str,
) -> Result<(initiative::Model, decision::Model), ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WriteStatus).await?;
    let row = record(uow, &ini, to, reason).await?;
    Ok((ini, row))
}

/// Moves `ini` to `to` with `reason` and records the decision, for a caller
/// whose right to decide is settled (`decide`, the demo, an import).
#[tracing::instrument(skip(uow, ini, reason), fields(slug = %ini.slug))]
pub async fn record(
    uow: &mut Unit,
    ini: &initiative::Model,
    to: InitiativeStatus,
    reason: &str,
) -> Result<decision::Model, ApiError> {
    let user_id = uow.caller().principal.require_user()?.id;
    let from = crate::stored::initiative_status(ini)?;
    from.transition(to)?;
    let reason = parse_text(reason, 5000).map_err(|m| ApiError::field("/reason", m))?;
    let now = Utc::now();
    let won = compare_and_set(
        uow.txn(),
        initiative::ActiveModel {
            status: Set(to.as_str().to_owned()),
            version: Set(ini.version + 1),
            updated_at: Set(now),
            ..Default::default()
        },
        initiative::Column::Id,
        ini.id,
        initiative::Column::Version,
        ini.version,
    )
    .await?;
    if won.is_none() {
        // A concurrent decision or edit came first: judge this one against what it left.
        let now = load_initiative(uow.txn(), &ini.slug).await?;
        crate::stored::initiative_status(&now)?.transition(to)?;
        return Err(ApiError::changed_concurrently(format!("`{}`", ini.slug)));
    }
    let row = decision::ActiveModel {
        initiative_id: Set(ini.id),
        from_status: Set(from.as_str().to_owned()),
        to_status: Set(to.as_str().to_owned()),
        reason: Set(reason),
        decided_by: Set(user_id),
        decided_at: Set(now),
        ..Default::default()
    }
    .insert(uow.txn())
    .await?;
    uow.emit(ini, OutboxEvent::StatusChanged { from, to });
    uow.audit(Change {
        initiative: Some(ini),
        action: "initiative.status",
        target: format!("initiative/{}/recognition/decisions/{}", ini.slug, row.id),
        before: Some(json!({ "status": from })),
        after: Some(json!({
            "id": row.id,
            "from_status": from,
            "to_status": to,
            "reason": row.reason,
            "decided_by": row.decided_by,
            "decided_at": row.decided_at,
        })),
    });
    Ok(row)
}
