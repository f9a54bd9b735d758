//! `GET /reports/{year}/awaiting-review`: which initiatives' reports for a
//! year are submitted and not yet reviewed. Public, status only (see
//! `service::awaiting_review`): what a dashboard shows instead of listing
//! them as not reported.
use super::Tag;
use crate::auth::Caller;
use crate::problem::ApiError;
use crate::service::awaiting_review;
use crate::state::AppState;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};

pub struct Api(pub AppState);

#[derive(Debug, Object)]
pub struct AwaitingReview {
    pub year: i32,
    /// Slugs of the initiatives whose report for the year is submitted and
    /// awaiting review and whose report status the caller may read (its
    /// own initiatives, those feeding a forum it is a member of, or all for
    /// the IGF Secretariat; none when anonymous), sorted.
    pub initiatives: Vec<String>,
}

#[OpenApi(tag = "Tag::Reports")]
impl Api {
    /// Reports awaiting review
    ///
    /// The status only (submitted, not yet accepted or returned) of the
    /// reports for `year` whose status the caller may read (SPEC: members,
    /// members of a forum they feed, the IGF Secretariat): no content, no
    /// comment. Anonymous callers get an empty list.
    #[oai(
        path = "/reports/:year/awaiting-review",
        method = "get",
        operation_id = "reports_awaiting_review"
    )]
    async fn list(
        &self,
        caller: Caller,
        year: Path<i32>,
    ) -> Result<Json<AwaitingReview>, ApiError> {
        let initiatives = awaiting_review::list(&self.0.reader(&caller), year.0).await?;
        Ok(Json(AwaitingReview {
            year: year.0,
            initiatives,
        }))
    }
}
