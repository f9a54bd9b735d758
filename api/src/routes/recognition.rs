//! `/initiatives/{slug}/recognition`: the recognition criteria, computed on
//! request from the stored facts by `domain::recognition::evaluate`.
use super::Tag;
use crate::auth::Caller;
use crate::domain::InitiativeStatus;
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
        slug: Path<Slug>,
    ) -> Result<Json<RecognitionOut>, ApiError> {
        let (ini, criteria, now) =
            recognition::evaluate(&self.0.reader(&caller), slug.0.as_str()).await?;
        let criteria: Vec<CriterionOut> = criteria
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
