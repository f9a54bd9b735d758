//! `/initiatives/{slug}/recognition`: the recognition criteria, computed on
//! request from the stored facts by `domain::recognition::evaluate`.
use super::Tag;
use crate::auth::Caller;
use crate::domain::InitiativeStatus;
use crate::domain::ReportStatus;
use crate::domain::Slug;
use crate::domain::recognition::CriterionStatus;
use crate::problem::ApiError;
use crate::service::recognition;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};

pub struct Api(pub AppState);

#[derive(Debug, Object)]
pub struct CriterionOut {
    pub number: u8,
    pub key: String,
    pub title: String,
    pub status: CriterionStatus,
    /// Advisory criteria inform the decision but do not decide it.
    pub advisory: bool,
    /// What a reviewer reads (English).
    pub evidence: String,
    /// The kind of evidence, stable: what a client shows in its own
    /// language, with `evidence_args`.
    pub evidence_code: String,
    /// The facts `evidence` names: numbers, texts, RFC 3339 times, ISO dates,
    /// and vocabulary codes (`groups`, `missing` principles, `status`).
    pub evidence_args: std::collections::BTreeMap<String, serde_json::Value>,
    pub details: serde_json::Value,
}

#[derive(Debug, Object)]
pub struct CycleReport {
    pub year: i32,
    pub status: ReportStatus,
}

/// Why an initiative is, or is not, at risk.
#[derive(Debug, Object)]
pub struct AtRiskEvidence {
    /// The last two completed cycles, older first.
    pub cycles: Vec<i32>,
    /// The initiative's reports for those cycles, whatever their status.
    pub reports: Vec<CycleReport>,
    /// What a reviewer reads (English).
    pub evidence: String,
    /// The kind of evidence, stable (see the criteria's `evidence_code`).
    pub evidence_code: String,
    pub evidence_args: std::collections::BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Object)]
pub struct RecognitionOut {
    pub initiative: String,
    pub status: InitiativeStatus,
    pub computed_at: DateTime<Utc>,
    /// Every non-advisory criterion is met.
    pub all_required_met: bool,
    pub criteria: Vec<CriterionOut>,
    /// Recognised, with no accepted report for either of the last two
    /// completed cycles. Advisory: it never changes the status.
    pub at_risk: bool,
    pub at_risk_evidence: AtRiskEvidence,
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
        slug: Path<Slug>,
    ) -> Result<Json<RecognitionOut>, ApiError> {
        let e = recognition::evaluate(&self.0.reader(&caller), slug.0.as_str()).await?;
        let criteria: Vec<CriterionOut> = e
            .criteria
            .into_iter()
            .map(|c| CriterionOut {
                number: c.number,
                key: c.key.to_owned(),
                title: c.title.to_owned(),
                status: c.status,
                advisory: c.advisory,
                evidence: c.evidence.to_string(),
                evidence_code: c.evidence.code().to_owned(),
                evidence_args: c.evidence.args().into_iter().collect(),
                details: c.details,
            })
            .collect();
        Ok(Json(RecognitionOut {
            initiative: e.ini.slug.clone(),
            status: crate::stored::initiative_status(&e.ini)?,
            computed_at: e.computed_at,
            all_required_met: criteria
                .iter()
                .all(|c| c.advisory || c.status == CriterionStatus::Met),
            criteria,
            at_risk: e.at_risk.at_risk,
            at_risk_evidence: AtRiskEvidence {
                cycles: e.at_risk.cycles.to_vec(),
                reports: e
                    .at_risk
                    .reports
                    .into_iter()
                    .map(|(year, status)| CycleReport { year, status })
                    .collect(),
                evidence: e.at_risk.evidence.to_string(),
                evidence_code: e.at_risk.evidence.code().to_owned(),
                evidence_args: e.at_risk.evidence.args().into_iter().collect(),
            },
        }))
    }
}
