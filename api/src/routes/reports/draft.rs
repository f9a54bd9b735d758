//! `PUT /initiatives/{slug}/reports/{year}`: create or edit the draft.
//! (Declared in `read.rs` beside the `GET` of the same path: the OpenAPI
//! document holds one entry per path, so one API type must declare both.)
use super::{ReadApi, ReportResponse, written_out};
use crate::auth::Caller;
use crate::domain::report::ReportContent;
use crate::domain::{Slug, Year};
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::routes::etag;
use crate::service::reports;
use poem_openapi::param::{Header, Path};

impl ReadApi {
    /// `PUT /{slug}/reports/{year}`, declared with the `GET` of its path in `read.rs`.
    pub(super) async fn save_draft(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
        if_match: Header<Option<String>>,
        body: JsonBody<ReportContent>,
    ) -> Result<ReportResponse, ApiError> {
        let year = year.0.get();
        let mut uow = self.0.unit(&caller).await?;
        let saved = reports::save_draft(
            &mut uow,
            slug.0.as_str(),
            year,
            if_match.0.as_deref(),
            body.0,
        )
        .await?;
        uow.commit().await?;
        let out = written_out(&saved)?;
        let etag = etag(saved.report.version);
        Ok(if saved.created {
            ReportResponse::Created(
                out,
                format!("/api/v1/initiatives/{}/reports/{year}", saved.ini.slug),
                etag,
            )
        } else {
            ReportResponse::Ok(out, etag)
        })
    }
}
