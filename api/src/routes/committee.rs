//! `/initiatives/{slug}/committee`: the organising committee (local MAG).
//! Members of the initiative and the IGF Secretariat see everyone with their
//! personal data; the public sees counts by stakeholder group and the names of
//! members who agreed to be listed.
use super::{Tag, etag};
use crate::auth::Caller;
use crate::domain::Slug;
use crate::domain::{CommitteeRole, Gender, StakeholderGroup};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::committee::{self, is_current};
use crate::state::AppState;
use chrono::{NaiveDate, Utc};
use entity::committee_member as member;
use poem_openapi::param::{Header, Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::Serialize;
use std::collections::BTreeMap;

pub use crate::service::committee::{CommitteeMemberPatch, NewCommitteeMember};

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
        slug: Path<Slug>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<CommitteeOut>, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let c = committee::list(&self.0.reader(&caller), slug.0.as_str(), page).await?;
        let today = Utc::now().date_naive();
        Ok(Json(CommitteeOut {
            view: if c.full { "full" } else { "public" }.into(),
            counts_by_stakeholder_group: c.counts_by_stakeholder_group,
            current_total: c.current_total,
            items: c
                .members
                .iter()
                .map(|m| to_out(m, c.full, today))
                .collect::<Result<_, _>>()?,
            next_cursor: c.next_cursor,
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
        slug: Path<Slug>,
        body: JsonBody<NewCommitteeMember>,
    ) -> Result<MemberResponse, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let (ini, row) = committee::add(&mut uow, slug.0.as_str(), body.0).await?;
        uow.commit().await?;
        Ok(MemberResponse::Created(
            Json(to_out(&row, true, Utc::now().date_naive())?),
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
        slug: Path<Slug>,
        id: Path<i64>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<CommitteeMemberPatch>,
    ) -> Result<MemberResponse, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let row = committee::update(
            &mut uow,
            slug.0.as_str(),
            id.0,
            if_match.0.as_deref(),
            body.0,
        )
        .await?;
        uow.commit().await?;
        Ok(MemberResponse::Ok(
            Json(to_out(&row, true, Utc::now().date_naive())?),
            etag(row.version),
        ))
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
        slug: Path<Slug>,
        id: Path<i64>,
    ) -> Result<Deleted, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        committee::remove(&mut uow, slug.0.as_str(), id.0).await?;
        uow.commit().await?;
        Ok(Deleted::NoContent)
    }
}
