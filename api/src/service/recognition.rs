//! The recognition criteria of an initiative and its at-risk flag, computed
//! on request from the stored facts by `domain::recognition::{evaluate,
//! at_risk}`: always current, so nothing needs storing or a worker job.
use super::Reader;
use super::store::{from_json, load_initiative};
use crate::authz::Action;
use crate::domain::principles::Attestation;
use crate::domain::recognition::{
    self, AtRisk, Criterion, Facts, MemberFacts, ReportFacts, WebsiteCheck,
};
use crate::domain::{Gender, InitiativeKind, InitiativeStatus};
use crate::problem::ApiError;
use chrono::{DateTime, Utc};
use entity::{
    annual_report, committee_member, initiative, principles_attestation, secretariat, website_check,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// The criteria of an initiative and whether it is at risk, as of `computed_at`.
pub struct Evaluation {
    pub ini: initiative::Model,
    pub criteria: Vec<Criterion>,
    pub at_risk: AtRisk,
    pub computed_at: DateTime<Utc>,
}

/// The criteria of `slug` as of now.
#[tracing::instrument(skip(r))]
pub async fn evaluate(r: &Reader<'_>, slug: &str) -> Result<Evaluation, ApiError> {
    let db = r.db;
    let ini = load_initiative(db, slug).await?;
    r.authorize(&ini, Action::ReadRecognition).await?;
    let committee = committee_member::Entity::find()
        .filter(committee_member::Column::InitiativeId.eq(ini.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| {
            Ok(MemberFacts {
                stakeholder_group: crate::stored::parse(&m.stakeholder_group)?,
                gender: m
                    .gender
                    .as_deref()
                    .map(crate::stored::parse::<Gender>)
                    .transpose()?,
                city: m.city,
                country: m.country,
                term_start: m.term_start,
                term_end: m.term_end,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let sec = secretariat::Entity::find_by_id(ini.id).one(db).await?;
    let check = website_check::Entity::find_by_id(ini.id).one(db).await?;
    let attestations = principles_attestation::Entity::find()
        .filter(principles_attestation::Column::InitiativeId.eq(ini.id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| Ok((a.year, from_json::<Attestation>(&a.principles)?.missing())))
        .collect::<Result<_, ApiError>>()?;
    let reports: Vec<ReportFacts> = annual_report::Entity::find()
        .filter(annual_report::Column::InitiativeId.eq(ini.id))
        .all(db)
        .await?
        .iter()
        .map(|r| {
            Ok(ReportFacts {
                year: r.year,
                status: crate::stored::report_status(r)?,
                due_date: r.due_date,
                first_submitted_at: r.first_submitted_at,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let now = Utc::now();
    let recognized = crate::stored::initiative_status(&ini)? == InitiativeStatus::Recognized;
    let at_risk = recognition::at_risk(now.date_naive(), recognized, &reports);
    let facts = Facts {
        today: now.date_naive(),
        kind: crate::stored::parse::<InitiativeKind>(&ini.kind)?,
        committee,
        focal_point_name: sec.as_ref().and_then(|s| s.focal_point_name.clone()),
        focal_point_email: sec.as_ref().and_then(|s| s.focal_point_email.clone()),
        website: ini.website.clone(),
        website_check: check.map(|c| WebsiteCheck {
            url: c.url,
            checked_at: c.checked_at,
            http_status: c.http_status,
            error: c.error,
        }),
        attestations,
        reports,
    };
    Ok(Evaluation {
        criteria: recognition::evaluate(&facts),
        ini,
        at_risk,
        computed_at: now,
    })
}
