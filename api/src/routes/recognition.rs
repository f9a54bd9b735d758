//! `/initiatives/{slug}/recognition`: the recognition criteria, computed on
//! request from the stored facts by `domain::recognition::evaluate`.
use super::{Tag, from_json, load_initiative};
use crate::auth::Caller;
use crate::authz::Action;
use crate::domain::principles::Attestation;
use crate::domain::recognition::{
    self, CriterionStatus, Facts, MemberFacts, ReportFacts, WebsiteCheck,
};
use crate::domain::{Gender, InitiativeKind, InitiativeStatus};
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::{annual_report, committee_member, principles_attestation, secretariat, website_check};
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub struct Api(pub AppState);

#[derive(Debug, Object)]
pub struct CriterionOut {
    pub number: u8,
    pub key: String,
    pub title: String,
    pub status: CriterionStatus,
    /// Advisory criteria inform the decision but do not decide it.
    pub advisory: bool,
    pub evidence: String,
    pub details: serde_json::Value,
}

#[derive(Debug, Object)]
pub struct RecognitionOut {
    pub initiative: String,
    pub status: InitiativeStatus,
    pub computed_at: DateTime<Utc>,
    /// Every non-advisory criterion is met.
    pub all_required_met: bool,
    pub criteria: Vec<CriterionOut>,
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Recognition")]
impl Api {
    /// The recognition criteria, with evidence
    #[oai(
        path = "/:slug/recognition",
        method = "get",
        operation_id = "get_recognition"
    )]
    async fn get(
        &self,
        caller: Caller,
        slug: Path<String>,
    ) -> Result<Json<RecognitionOut>, ApiError> {
        let db = &self.0.db;
        let ini = load_initiative(db, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadRecognition)
            .await?;
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
        let reports = annual_report::Entity::find()
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
        let criteria: Vec<CriterionOut> = recognition::evaluate(&facts)
            .into_iter()
            .map(|c| CriterionOut {
                number: c.number,
                key: c.key.to_owned(),
                title: c.title.to_owned(),
                status: c.status,
                advisory: c.advisory,
                evidence: c.evidence,
                details: c.details,
            })
            .collect();
        Ok(Json(RecognitionOut {
            initiative: ini.slug.clone(),
            status: crate::stored::initiative_status(&ini)?,
            computed_at: now,
            all_required_met: criteria
                .iter()
                .all(|c| c.advisory || c.status == CriterionStatus::Met),
            criteria,
        }))
    }
}
