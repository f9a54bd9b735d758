//! `POST /initiatives/{slug}/reports/{year}/submit`: submit for review.
use super::{ReportResponse, SubmitApi};
use crate::auth::Caller;
use crate::domain::{Slug, Year};
use crate::problem::ApiError;
use crate::routes::Tag;
use crate::service::reports;
use poem_openapi::OpenApi;
use poem_openapi::param::{Header, Path};

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Reports")]
impl SubmitApi {
    /// Submit the report for review
    ///
    /// Refused with every problem listed by field (400) when the report is
    /// incomplete or inconsistent. Each submission is kept as a numbered,
    /// immutable version. `If-Match` is honoured when sent.
    #[oai(
        path = "/:slug/reports/:year/submit",
        method = "post",
        operation_id = "submit_report"
    )]
    async fn submit(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
    ) -> Result<ReportResponse, ApiError> {
        let year = year.0.get();
        let mut uow = self.0.unit(&caller).await?;
        let submitted =
            reports::submit(&mut uow, slug.0.as_str(), year, if_match.0.as_deref()).await?;
        uow.commit().await?;
        ReportResponse::written(&submitted)
    }
}
