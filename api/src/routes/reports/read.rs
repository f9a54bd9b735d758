//! `GET /initiatives/{slug}/reports[/{year}]`: an initiative's reports as the
//! caller may see them; also declares the `PUT` of `/{year}` (see `draft.rs`).
use super::{ReadApi, ReportOut, ReportResponse, to_out};
use crate::auth::Caller;
use crate::domain::ReportStatus;
use crate::domain::report::ReportContent;
use crate::domain::{Slug, Year};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::routes::{Tag, etag};
use crate::service::reports;
use poem_openapi::param::{Header, Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};

#[derive(Object)]
pub struct ReportPage {
    pub items: Vec<ReportOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Reports")]
impl ReadApi {
    /// An initiative's annual reports, newest first
    #[oai(path = "/:slug/reports", method = "get", operation_id = "list_reports")]
    async fn list(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        /// Only reports past due and not submitted.
        overdue: Query<Option<bool>>,
        status: Query<Option<ReportStatus>>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<ReportPage>, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let listed = reports::list(
            &self.0.reader(&caller),
            slug.0.as_str(),
            status.0,
            overdue.0 == Some(true),
            page,
        )
        .await?;
        let items = listed
            .reports
            .iter()
            .map(|r| {
                let mut out = to_out(&listed.ini.slug, r, listed.view.into(), None)?;
                // Lists carry the summary; the content is one GET away.
                out.content = None;
                Ok(out)
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(Json(ReportPage {
            items,
            next_cursor: listed.next_cursor,
        }))
    }

    /// One annual report
    #[oai(
        path = "/:slug/reports/:year",
        method = "get",
        operation_id = "get_report"
    )]
    async fn get(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
    ) -> Result<ReportResponse, ApiError> {
        let year = year.0.get();
        let read = reports::get(&self.0.reader(&caller), slug.0.as_str(), year).await?;
        Ok(ReportResponse::Ok(
            Json(to_out(
                &read.ini.slug,
                &read.report,
                read.view.into(),
                read.reviews.as_deref(),
            )?),
            etag(read.report.version),
        ))
    }

    /// Create or edit the draft
    ///
    /// Creates the report when there is none for the year (201); editing needs
    /// `If-Match`. Drafts may be incomplete; only malformed values are refused.
    /// Submitted and accepted reports cannot be edited (409).
    #[oai(
        path = "/:slug/reports/:year",
        method = "put",
        operation_id = "put_report"
    )]
    async fn put(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<ReportContent>,
    ) -> Result<ReportResponse, ApiError> {
        self.save_draft(caller, slug, year, if_match, body).await
    }
}
