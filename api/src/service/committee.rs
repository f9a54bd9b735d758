//! The organising committee (local MAG) of an initiative. Members of the
//! initiative and the IGF Secretariat see everyone with their personal data;
//! the public sees counts by stakeholder group and the members who agreed to
//! be listed.
use super::store::{delete_existing, load_initiative, update_versioned};
use super::{Reader, Unit};
use crate::audit::Change;
use crate::authz::Action;
use crate::domain::{
    CommitteeRole, CountryCode, FieldErrors, Gender, StakeholderGroup, parse_text,
};
use crate::http::conditional::check_if_match;
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use chrono::{NaiveDate, Utc};
use entity::{committee_member as member, initiative};
use poem_openapi::Object;
use poem_openapi::types::MaybeUndefined;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, Set,
};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct NewCommitteeMember {
    pub name: String,
    #[oai(nullable)]
    pub organisation: Option<String>,
    pub stakeholder_group: StakeholderGroup,
    pub role: CommitteeRole,
    #[oai(nullable)]
    pub gender: Option<Gender>,
    #[oai(nullable)]
    pub city: Option<String>,
    #[oai(nullable)]
    pub country: Option<String>,
    pub term_start: NaiveDate,
    #[oai(nullable)]
    pub term_end: Option<NaiveDate>,
    /// The member agreed to be named publicly.
    #[serde(default)]
    #[oai(default)]
    pub listed_publicly: bool,
}

/// A merge patch of a member: absent fields stay, `null` clears optional ones.
#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct CommitteeMemberPatch {
    #[serde(default)]
    pub name: MaybeUndefined<String>,
    #[serde(default)]
    pub organisation: MaybeUndefined<String>,
    #[serde(default)]
    pub stakeholder_group: MaybeUndefined<StakeholderGroup>,
    #[serde(default)]
    pub role: MaybeUndefined<CommitteeRole>,
    #[serde(default)]
    pub gender: MaybeUndefined<Gender>,
    #[serde(default)]
    pub city: MaybeUndefined<String>,
    #[serde(default)]
    pub country: MaybeUndefined<String>,
    #[serde(default)]
    pub term_start: MaybeUndefined<NaiveDate>,
    #[serde(default)]
    pub term_end: MaybeUndefined<NaiveDate>,
    #[serde(default)]
    pub listed_publicly: MaybeUndefined<bool>,
}

/// One page of a committee as the caller may see it.
pub struct Committee {
    /// The caller sees personal data and unlisted members.
    pub full: bool,
    /// Current members by stakeholder group, over the whole committee.
    pub counts_by_stakeholder_group: BTreeMap<String, u64>,
    pub current_total: u64,
    pub members: Vec<member::Model>,
    pub next_cursor: Option<String>,
}

/// Whether the member's term covers `today`.
pub fn is_current(m: &member::Model, today: NaiveDate) -> bool {
    m.term_start <= today && m.term_end.is_none_or(|e| e >= today)
}

/// A page of the committee of `slug`, with the counts over all of it.
#[tracing::instrument(skip(r, page))]
pub async fn list(r: &Reader<'_>, slug: &str, page: PageRequest) -> Result<Committee, ApiError> {
    let ini = load_initiative(r.db, slug).await?;
    r.authorize(&ini, Action::ReadInitiative).await?;
    let full = r.authorize(&ini, Action::ReadPersonalData).await.is_ok();
    let today = Utc::now().date_naive();
    let all = member::Entity::find()
        .filter(member::Column::InitiativeId.eq(ini.id))
        .all(r.db)
        .await?;
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for m in all.iter().filter(|m| is_current(m, today)) {
        *counts.entry(m.stakeholder_group.clone()).or_default() += 1;
    }
    let current_total = counts.values().sum();
    let mut query = member::Entity::find().filter(member::Column::InitiativeId.eq(ini.id));
    if !full {
        query = query.filter(member::Column::ListedPublicly.eq(true));
    }
    let (members, next_cursor) = page
        .by_id(
            query,
            member::Column::Id,
            sea_orm::Order::Asc,
            |m| m.id,
            r.db,
        )
        .await?;
    Ok(Committee {
        full,
        counts_by_stakeholder_group: counts,
        current_total,
        members,
        next_cursor,
    })
}

/// Adds a member to the committee of `slug`.
#[tracing::instrument(skip(uow, b))]
pub async fn add(
    uow: &mut Unit,
    slug: &str,
    b: NewCommitteeMember,
) -> Result<(initiative::Model, member::Model), ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WriteCommittee).await?;
    let row = add_to(uow, &ini, b).await?;
    Ok((ini, row))
}

/// Adds a member to the committee of `ini`, for a caller whose right to
/// write it is settled (`add`, the demo).
#[tracing::instrument(skip(uow, ini, b), fields(slug = %ini.slug))]
pub async fn add_to(
    uow: &mut Unit,
    ini: &initiative::Model,
    b: NewCommitteeMember,
) -> Result<member::Model, ApiError> {
    let f = validate(
        &b.name,
        b.organisation.as_deref(),
        b.city.as_deref(),
        b.country.as_deref(),
        b.term_start,
        b.term_end,
    )?;
    let now = Utc::now();
    let row = member::ActiveModel {
        initiative_id: Set(ini.id),
        name: Set(f.name),
        organisation: Set(f.organisation),
        stakeholder_group: Set(b.stakeholder_group.as_str().to_owned()),
        role: Set(b.role.as_str().to_owned()),
        gender: Set(b.gender.map(|g| g.as_str().to_owned())),
        city: Set(f.city),
        country: Set(f.country),
        term_start: Set(b.term_start),
        term_end: Set(b.term_end),
        listed_publicly: Set(b.listed_publicly),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(uow.txn())
    .await?;
    uow.audit(Change {
        initiative: Some(ini),
        action: "committee.add",
        target: target(ini, row.id),
        before: None,
        after: Some(audit_view(&row)?),
    });
    Ok(row)
}

/// Merge-patches member `id` of the committee of `slug` (`If-Match` honoured when sent).
#[tracing::instrument(skip(uow, p))]
pub async fn update(
    uow: &mut Unit,
    slug: &str,
    id: i64,
    if_match: Option<&str>,
    p: CommitteeMemberPatch,
) -> Result<member::Model, ApiError> {
    let (ini, current) = load_member(uow, slug, id).await?;
    if if_match.is_some() {
        check_if_match(if_match, current.version)?;
    }
    let opt = |f: MaybeUndefined<String>, old: &Option<String>| match f {
        MaybeUndefined::Undefined => old.clone(),
        MaybeUndefined::Null => None,
        MaybeUndefined::Value(v) => Some(v),
    };
    let required = |field: &str| ApiError::field(format!("/{field}"), "cannot be null");
    let name = match p.name {
        MaybeUndefined::Value(v) => v,
        MaybeUndefined::Null => return Err(required("name")),
        MaybeUndefined::Undefined => current.name.clone(),
    };
    let term_start = match p.term_start {
        MaybeUndefined::Value(v) => v,
        MaybeUndefined::Null => return Err(required("term_start")),
        MaybeUndefined::Undefined => current.term_start,
    };
    let term_end = match p.term_end {
        MaybeUndefined::Value(v) => Some(v),
        MaybeUndefined::Null => None,
        MaybeUndefined::Undefined => current.term_end,
    };
    let organisation = opt(p.organisation, &current.organisation);
    let city = opt(p.city, &current.city);
    let country = opt(p.country, &current.country);
    let f = validate(
        &name,
        organisation.as_deref(),
        city.as_deref(),
        country.as_deref(),
        term_start,
        term_end,
    )?;
    let mut active: member::ActiveModel = current.clone().into();
    active.name = Set(f.name);
    active.organisation = Set(f.organisation);
    active.city = Set(f.city);
    active.country = Set(f.country);
    active.term_start = Set(term_start);
    active.term_end = Set(term_end);
    match p.stakeholder_group {
        MaybeUndefined::Value(g) => active.stakeholder_group = Set(g.as_str().to_owned()),
        MaybeUndefined::Null => return Err(required("stakeholder_group")),
        MaybeUndefined::Undefined => {}
    }
    match p.role {
        MaybeUndefined::Value(r) => active.role = Set(r.as_str().to_owned()),
        MaybeUndefined::Null => return Err(required("role")),
        MaybeUndefined::Undefined => {}
    }
    match p.gender {
        MaybeUndefined::Value(g) => active.gender = Set(Some(g.as_str().to_owned())),
        MaybeUndefined::Null => active.gender = Set(None),
        MaybeUndefined::Undefined => {}
    }
    match p.listed_publicly {
        MaybeUndefined::Value(b) => active.listed_publicly = Set(b),
        MaybeUndefined::Null => return Err(required("listed_publicly")),
        MaybeUndefined::Undefined => {}
    }
    active.version = Set(current.version + 1);
    active.updated_at = Set(Utc::now());
    update_versioned(
        uow.txn(),
        active,
        member::Column::Id,
        current.id,
        member::Column::Version,
        current.version,
    )
    .await?;
    let updated = find_member(uow.txn(), &ini, current.id).await?;
    uow.audit(Change {
        initiative: Some(&ini),
        action: "committee.update",
        target: target(&ini, updated.id),
        before: Some(audit_view(&current)?),
        after: Some(audit_view(&updated)?),
    });
    Ok(updated)
}

/// Removes member `id` from the committee of `slug`.
#[tracing::instrument(skip(uow))]
pub async fn remove(uow: &mut Unit, slug: &str, id: i64) -> Result<(), ApiError> {
    let (ini, current) = load_member(uow, slug, id).await?;
    let before = audit_view(&current)?;
    delete_existing::<member::Entity>(
        uow.txn(),
        Condition::all().add(member::Column::Id.eq(current.id)),
        || ApiError::not_found(format!("no committee member {}", current.id)),
    )
    .await?;
    uow.audit(Change {
        initiative: Some(&ini),
        action: "committee.remove",
        target: target(&ini, current.id),
        before: Some(before),
        after: None,
    });
    Ok(())
}

/// The initiative `slug` and its member `id`, once the caller may change its committee.
async fn load_member(
    uow: &Unit,
    slug: &str,
    id: i64,
) -> Result<(initiative::Model, member::Model), ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WriteCommittee).await?;
    let m = find_member(uow.txn(), &ini, id).await?;
    Ok((ini, m))
}

async fn find_member(
    db: &impl ConnectionTrait,
    ini: &initiative::Model,
    id: i64,
) -> Result<member::Model, ApiError> {
    member::Entity::find_by_id(id)
        .filter(member::Column::InitiativeId.eq(ini.id))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no committee member {id}")))
}

fn target(ini: &initiative::Model, id: i64) -> String {
    format!("initiative/{}/committee/{id}", ini.slug)
}

/// A member as the audit log keeps it: the full view, personal data included.
fn audit_view(m: &member::Model) -> Result<Value, ApiError> {
    Ok(json!({
        "id": m.id,
        "name": m.name,
        "organisation": m.organisation,
        "stakeholder_group": crate::stored::parse::<StakeholderGroup>(&m.stakeholder_group)?,
        "role": crate::stored::parse::<CommitteeRole>(&m.role)?,
        "gender": m.gender.as_deref().map(crate::stored::parse::<Gender>).transpose()?,
        "city": m.city,
        "country": m.country,
        "term_start": m.term_start,
        "term_end": m.term_end,
        "listed_publicly": m.listed_publicly,
        "current": is_current(m, Utc::now().date_naive()),
    }))
}

/// The validated fields of a member.
struct Fields {
    name: String,
    organisation: Option<String>,
    city: Option<String>,
    country: Option<String>,
}

fn validate(
    name: &str,
    organisation: Option<&str>,
    city: Option<&str>,
    country: Option<&str>,
    term_start: NaiveDate,
    term_end: Option<NaiveDate>,
) -> Result<Fields, ApiError> {
    let mut errs = FieldErrors::default();
    let name = errs.take("/name", parse_text(name, 200));
    let organisation = organisation
        .filter(|o| !o.trim().is_empty())
        .and_then(|o| errs.take("/organisation", parse_text(o, 300)));
    let city = city
        .filter(|c| !c.trim().is_empty())
        .and_then(|c| errs.take("/city", parse_text(c, 120)));
    let country = country
        .and_then(|c| errs.take("/country", CountryCode::parse(c)))
        .map(|c| c.as_str().to_owned());
    if term_end.is_some_and(|e| e < term_start) {
        errs.push("/term_end", "must not be before term_start");
    }
    match name {
        Some(name) if errs.is_empty() => Ok(Fields {
            name,
            organisation,
            city,
            country,
        }),
        _ => Err(ApiError::Validation(errs.0)),
    }
}
