//! `/initiatives/{slug}/committee`: the organising committee (local MAG).
//! Members of the initiative and the IGF Secretariat see everyone with their
//! personal data; the public sees counts by stakeholder group and the names of
//! members who agreed to be listed.
use super::{Tag, check_if_match, delete_existing, etag, load_initiative, update_versioned};
use crate::audit::{self, Change};
use crate::auth::Caller;
use crate::authz::Action;
use crate::domain::{
    CommitteeRole, CountryCode, FieldErrors, Gender, StakeholderGroup, parse_text,
};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{NaiveDate, Utc};
use entity::committee_member as member;
use poem_openapi::param::{Header, Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::types::MaybeUndefined;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub struct Api(pub AppState);

/// A committee member. Personal fields are omitted from the public view.
#[derive(Debug, Clone, Object, Serialize)]
pub struct CommitteeMemberOut {
    pub id: i64,
    pub name: String,
    #[oai(nullable)]
    pub organisation: Option<String>,
    pub stakeholder_group: StakeholderGroup,
    pub role: CommitteeRole,
    #[oai(skip_serializing_if_is_none)]
    pub gender: Option<Gender>,
    #[oai(skip_serializing_if_is_none)]
    pub city: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub country: Option<String>,
    pub term_start: NaiveDate,
    #[oai(nullable)]
    pub term_end: Option<NaiveDate>,
    #[oai(skip_serializing_if_is_none)]
    pub listed_publicly: Option<bool>,
    /// Whether the member's term covers today.
    pub current: bool,
}

#[derive(Debug, Object)]
pub struct CommitteeOut {
    /// `full` for members and the IGF Secretariat, `public` otherwise.
    pub view: String,
    /// Current members by stakeholder group (over the whole committee, not this page).
    pub counts_by_stakeholder_group: BTreeMap<String, u64>,
    pub current_total: u64,
    pub items: Vec<CommitteeMemberOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

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

#[derive(ApiResponse)]
pub enum MemberResponse {
    #[oai(status = 200)]
    Ok(Json<CommitteeMemberOut>, #[oai(header = "ETag")] String),
    #[oai(status = 201)]
    Created(
        Json<CommitteeMemberOut>,
        #[oai(header = "Location")] String,
        #[oai(header = "ETag")] String,
    ),
}

#[derive(ApiResponse)]
pub enum Deleted {
    #[oai(status = 204)]
    NoContent,
}

fn is_current(m: &member::Model, today: NaiveDate) -> bool {
    m.term_start <= today && m.term_end.is_none_or(|e| e >= today)
}

fn to_out(m: &member::Model, full: bool, today: NaiveDate) -> Result<CommitteeMemberOut, ApiError> {
    Ok(CommitteeMemberOut {
        id: m.id,
        name: m.name.clone(),
        organisation: m.organisation.clone(),
        stakeholder_group: crate::stored::parse::<StakeholderGroup>(&m.stakeholder_group)?,
        role: crate::stored::parse::<CommitteeRole>(&m.role)?,
        gender: match m.gender.as_deref() {
            Some(g) if full => Some(crate::stored::parse::<Gender>(g)?),
            _ => None,
        },
        city: full.then(|| m.city.clone()).flatten(),
        country: full.then(|| m.country.clone()).flatten(),
        term_start: m.term_start,
        term_end: m.term_end,
        listed_publicly: full.then_some(m.listed_publicly),
        current: is_current(m, today),
    })
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

impl Api {
    async fn load_member(
        &self,
        db: &impl sea_orm::ConnectionTrait,
        initiative_id: i64,
        id: i64,
    ) -> Result<member::Model, ApiError> {
        member::Entity::find_by_id(id)
            .filter(member::Column::InitiativeId.eq(initiative_id))
            .one(db)
            .await?
            .ok_or_else(|| ApiError::not_found(format!("no committee member {id}")))
    }
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Organisation")]
impl Api {
    /// The organising committee
    #[oai(
        path = "/:slug/committee",
        method = "get",
        operation_id = "list_committee"
    )]
    async fn list(
        &self,
        caller: Caller,
        slug: Path<String>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<CommitteeOut>, ApiError> {
        let db = &self.0.db;
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let ini = load_initiative(db, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadInitiative)
            .await?;
        let full = self
            .0
            .authz
            .decide(&caller.principal, &ini, Action::ReadPersonalData)
            .await
            .is_ok();
        let today = Utc::now().date_naive();
        let all = member::Entity::find()
            .filter(member::Column::InitiativeId.eq(ini.id))
            .all(db)
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
        let (rows, next_cursor) = page
            .by_id(query, member::Column::Id, sea_orm::Order::Asc, |m| m.id, db)
            .await?;
        Ok(Json(CommitteeOut {
            view: if full { "full" } else { "public" }.into(),
            counts_by_stakeholder_group: counts,
            current_total,
            items: rows
                .iter()
                .map(|m| to_out(m, full, today))
                .collect::<Result<_, _>>()?,
            next_cursor,
        }))
    }

    /// Add a committee member
    #[oai(
        path = "/:slug/committee",
        method = "post",
        operation_id = "add_committee_member"
    )]
    async fn add(
        &self,
        caller: Caller,
        slug: Path<String>,
        body: JsonBody<NewCommitteeMember>,
    ) -> Result<MemberResponse, ApiError> {
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteCommittee)
            .await?;
        let b = body.0;
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
        .insert(&txn)
        .await?;
        let out = to_out(&row, true, now.date_naive())?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: "committee.add",
                target: format!("initiative/{}/committee/{}", ini.slug, row.id),
                before: None,
                after: Some(crate::audit::json(&out)),
            },
        )
        .await?;
        txn.commit().await?;
        Ok(MemberResponse::Created(
            Json(out),
            format!("/api/v1/initiatives/{}/committee/{}", ini.slug, row.id),
            etag(row.version),
        ))
    }

    /// Update a committee member (merge patch; `If-Match` honoured when sent)
    #[oai(
        path = "/:slug/committee/:id",
        method = "patch",
        operation_id = "patch_committee_member"
    )]
    async fn patch(
        &self,
        caller: Caller,
        slug: Path<String>,
        id: Path<i64>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<CommitteeMemberPatch>,
    ) -> Result<MemberResponse, ApiError> {
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteCommittee)
            .await?;
        let current = self.load_member(&txn, ini.id, id.0).await?;
        if if_match.0.is_some() {
            check_if_match(if_match.0.as_deref(), current.version)?;
        }
        let today = Utc::now().date_naive();
        let before = to_out(&current, true, today)?;
        let p = body.0;
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
            &txn,
            active,
            member::Column::Id,
            current.id,
            member::Column::Version,
            current.version,
        )
        .await?;
        let updated = self.load_member(&txn, ini.id, current.id).await?;
        let after = to_out(&updated, true, today)?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: "committee.update",
                target: format!("initiative/{}/committee/{}", ini.slug, updated.id),
                before: Some(crate::audit::json(&before)),
                after: Some(crate::audit::json(&after)),
            },
        )
        .await?;
        txn.commit().await?;
        Ok(MemberResponse::Ok(Json(after), etag(updated.version)))
    }

    /// Remove a committee member
    #[oai(
        path = "/:slug/committee/:id",
        method = "delete",
        operation_id = "delete_committee_member"
    )]
    async fn delete(
        &self,
        caller: Caller,
        slug: Path<String>,
        id: Path<i64>,
    ) -> Result<Deleted, ApiError> {
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteCommittee)
            .await?;
        let current = self.load_member(&txn, ini.id, id.0).await?;
        let before = to_out(&current, true, Utc::now().date_naive())?;
        delete_existing::<member::Entity>(
            &txn,
            Condition::all().add(member::Column::Id.eq(current.id)),
            || ApiError::not_found(format!("no committee member {}", current.id)),
        )
        .await?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: "committee.remove",
                target: format!("initiative/{}/committee/{}", ini.slug, current.id),
                before: Some(crate::audit::json(&before)),
                after: None,
            },
        )
        .await?;
        txn.commit().await?;
        Ok(Deleted::NoContent)
    }
}
