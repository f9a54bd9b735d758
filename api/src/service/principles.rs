//! The attestation of the five IGF principles, one per initiative and year:
//! readable wherever the initiative is, written by its editors.
use super::store::{from_json, insert_unless_exists, load_initiative, to_json, update_versioned};
use super::{Reader, Unit};
use crate::audit::Change;
use crate::authz::Action;
use crate::domain::parse_year;
use crate::domain::principles::{self, Attestation};
use crate::http::conditional::check_if_match;
use crate::problem::ApiError;
use chrono::Utc;
use entity::{initiative, principles_attestation as attestation};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// The attestation of `slug` for `year`.
#[tracing::instrument(skip(r))]
pub async fn get(
    r: &Reader<'_>,
    slug: &str,
    year: i32,
) -> Result<(initiative::Model, attestation::Model), ApiError> {
    let year = parse_year(year).map_err(|m| ApiError::field("year", m))?;
    let ini = load_initiative(r.db, slug).await?;
    r.authorize(&ini, Action::ReadInitiative).await?;
    let a = find(r.db, &ini, year).await?.ok_or_else(|| {
        ApiError::not_found(format!("`{}` has no attestation for {year}", ini.slug))
    })?;
    Ok((ini, a))
}

/// Attests the principles of `slug` for `year`; says whether the attestation
/// is new. Changing an existing one needs its version in `if_match`.
#[tracing::instrument(skip(uow, body))]
pub async fn put(
    uow: &mut Unit,
    slug: &str,
    year: i32,
    if_match: Option<&str>,
    body: &Attestation,
) -> Result<(initiative::Model, attestation::Model, bool), ApiError> {
    let year = parse_year(year).map_err(|m| ApiError::field("year", m))?;
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WritePrinciples).await?;
    principles::check(body).map_err(|e| ApiError::Validation(e.0))?;
    let now = Utc::now();
    let found = find(uow.txn(), &ini, year).await?;
    let inserted = match found {
        Some(_) => None,
        None => {
            let new = attestation::ActiveModel {
                initiative_id: Set(ini.id),
                year: Set(year),
                principles: Set(to_json(body)),
                version: Set(1),
                updated_at: Set(now),
                ..Default::default()
            };
            insert_unless_exists(uow.txn(), new).await?
        }
    };
    let (row, before) = match (inserted, found) {
        (Some(row), _) => (row, None),
        (None, found) => {
            // When a concurrent request created it first, this one changes it.
            let current = match found {
                Some(current) => current,
                None => find(uow.txn(), &ini, year)
                    .await?
                    .ok_or_else(|| ApiError::not_found("attestation vanished"))?,
            };
            check_if_match(if_match, current.version)?;
            update_versioned(
                uow.txn(),
                attestation::ActiveModel {
                    principles: Set(to_json(body)),
                    version: Set(current.version + 1),
                    updated_at: Set(now),
                    ..Default::default()
                },
                attestation::Column::Id,
                current.id,
                attestation::Column::Version,
                current.version,
            )
            .await?;
            let row = find(uow.txn(), &ini, year)
                .await?
                .ok_or_else(|| ApiError::not_found("attestation vanished"))?;
            (
                row,
                Some(from_json::<serde_json::Value>(&current.principles)?),
            )
        }
    };
    let created = before.is_none();
    uow.audit(Change {
        initiative: Some(&ini),
        action: "principles.put",
        target: format!("initiative/{}/principles/{year}", ini.slug),
        before,
        after: Some(crate::audit::json(body)),
    });
    Ok((ini, row, created))
}

async fn find(
    db: &impl ConnectionTrait,
    ini: &initiative::Model,
    year: i32,
) -> Result<Option<attestation::Model>, ApiError> {
    Ok(attestation::Entity::find()
        .filter(attestation::Column::InitiativeId.eq(ini.id))
        .filter(attestation::Column::Year.eq(year))
        .one(db)
        .await?)
}
