//! `GET /initiatives/{slug}/reports/{year}/versions[/{n}]`: the submitted
//! versions of a report, each exactly as submitted.
use super::VersionsApi;
use crate::auth::Caller;
use crate::domain::report::ReportContent;
use crate::domain::{Slug, Year};
use crate::problem::ApiError;
use crate::routes::{Tag, from_json};
use crate::service::reports;
use chrono::{DateTime, Utc};
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};

#[derive(Debug, Object)]
pub struct VersionSummary {
    pub number: i32,
    pub submitted_at: DateTime<Utc>,
    pub submitted_by: i64,
}

#[derive(Debug, Object)]
pub struct VersionOut {
    pub number: i32,
    pub submitted_at: DateTime<Utc>,
    pub submitted_by: i64,
    /// The report exactly as submitted.
    pub content: ReportContent,
}

#[derive(Object)]
pub struct VersionList {
    pub items: Vec<VersionSummary>,
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Reports")]
impl VersionsApi {
    /// The submitted versions of a report
    #[oai(
        path = "/:slug/reports/:year/versions",
        method = "get",
        operation_id = "list_report_versions"
    )]
    async fn versions(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
    ) -> Result<Json<VersionList>, ApiError> {
        let year = year.0.get();
        let items = reports::versions(&self.0.reader(&caller), slug.0.as_str(), year)
            .await?
            .into_iter()
            .map(|v| VersionSummary {
                number: v.number,
                submitted_at: v.submitted_at,
                submitted_by: v.submitted_by,
            })
            .collect();
        Ok(Json(VersionList { items }))
    }

    /// One submitted version, exactly as submitted
    #[oai(
        path = "/:slug/reports/:year/versions/:n",
        method = "get",
        operation_id = "get_report_version"
    )]
    async fn version(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
        n: Path<i32>,
    ) -> Result<Json<VersionOut>, ApiError> {
        let year = year.0.get();
        let v = reports::version(&self.0.reader(&caller), slug.0.as_str(), year, n.0).await?;
        Ok(Json(VersionOut {
            number: v.number,
            submitted_at: v.submitted_at,
            submitted_by: v.submitted_by,
            content: from_json(&v.content)?,
        }))
    }
}
