//! `POST /initiatives/{slug}/reports/{year}/review` and `…/reopen`: the IGF
//! Secretariat accepts or returns a submitted report, or reopens an accepted one.
use super::{ReportResponse, ReviewApi};
use crate::auth::Caller;
use crate::domain::{FieldError, parse_text};
use crate::domain::{Slug, Year};
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::routes::Tag;
use crate::service::reports::{self, Review};
use poem_openapi::param::Path;
use poem_openapi::{Enum, Object, OpenApi};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, Serialize, Deserialize)]
#[oai(rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum ReviewDecision {
    Accept,
    Return,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct ReviewIn {
    pub decision: ReviewDecision,
    /// Required when returning: what to correct.
    #[oai(nullable)]
    pub comment: Option<String>,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct ReopenIn {
    /// Why the accepted report is reopened; shown to the secretariat.
    pub reason: String,
}

impl ReviewApi {
    async fn act(
        &self,
        caller: &Caller,
        slug: &str,
        year: i32,
        act: Review,
        comment: Option<String>,
    ) -> Result<ReportResponse, ApiError> {
        let mut uow = self.0.unit(caller).await?;
        let reviewed = reports::review(&mut uow, slug, year, act, comment).await?;
        uow.commit().await?;
        ReportResponse::written(&reviewed)
    }
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Reports")]
impl ReviewApi {
    /// Review a submitted report (IGF Secretariat): accept, or return with comments
    #[oai(
        path = "/:slug/reports/:year/review",
        method = "post",
        operation_id = "review_report"
    )]
    async fn review(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
        body: JsonBody<ReviewIn>,
    ) -> Result<ReportResponse, ApiError> {
        let comment = body
            .0
            .comment
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|c| parse_text(c, 10_000).map_err(|m| ApiError::field("/comment", m)))
            .transpose()?;
        let act = match body.0.decision {
            ReviewDecision::Accept => Review::Accept,
            ReviewDecision::Return => Review::Return,
        };
        if act == Review::Return && comment.is_none() {
            return Err(ApiError::Validation(vec![FieldError::new(
                "/comment",
                "say what to correct when returning a report",
            )]));
        }
        self.act(&caller, slug.0.as_str(), year.0.get(), act, comment)
            .await
    }

    /// Reopen an accepted report (IGF Secretariat), with a reason
    #[oai(
        path = "/:slug/reports/:year/reopen",
        method = "post",
        operation_id = "reopen_report"
    )]
    async fn reopen(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
        body: JsonBody<ReopenIn>,
    ) -> Result<ReportResponse, ApiError> {
        let reason =
            parse_text(&body.0.reason, 10_000).map_err(|m| ApiError::field("/reason", m))?;
        self.act(
            &caller,
            slug.0.as_str(),
            year.0.get(),
            Review::Reopen,
            Some(reason),
        )
        .await
    }
}
