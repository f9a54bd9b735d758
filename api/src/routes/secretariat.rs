//! `/initiatives/{slug}/secretariat`: who hosts the initiative and its focal
//! point. The focal point's e-mail is shown only to those who may read
//! personal data (members and the IGF Secretariat).
use super::{Tag, etag, from_json};
use crate::auth::Caller;
use crate::domain::Slug;
use crate::domain::StakeholderGroup;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::secretariat;
use crate::state::AppState;
use chrono::NaiveDate;
use entity::secretariat as row;
use poem_openapi::param::{Header, Path};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::Serialize;

pub use crate::service::secretariat::{FocalPoint, SecretariatIn};

pub struct Api(pub AppState);

#[derive(Debug, Clone, Object, Serialize)]
pub struct SecretariatOut {
    #[oai(nullable)]
    pub host_organisation: Option<String>,
    #[oai(nullable)]
    pub host_stakeholder_group: Option<StakeholderGroup>,
    #[oai(nullable)]
    pub hosting_arrangement: Option<String>,
    #[oai(nullable)]
    pub agreement_date: Option<NaiveDate>,
    pub supporting_organisations: Vec<String>,
    #[oai(nullable)]
    pub city: Option<String>,
    #[oai(nullable)]
    pub country: Option<String>,
    pub contact_emails: Vec<String>,
    #[oai(nullable)]
    pub focal_point: Option<FocalPoint>,
}

#[derive(ApiResponse)]
pub enum SecretariatResponse {
    #[oai(status = 200)]
    Ok(Json<SecretariatOut>, #[oai(header = "ETag")] String),
}

fn to_out(s: &row::Model, personal: bool) -> Result<SecretariatOut, ApiError> {
    Ok(SecretariatOut {
        host_organisation: s.host_organisation.clone(),
        host_stakeholder_group: s
            .host_stakeholder_group
            .as_deref()
            .map(crate::stored::parse::<StakeholderGroup>)
            .transpose()?,
        hosting_arrangement: s.hosting_arrangement.clone(),
        agreement_date: s.agreement_date,
        supporting_organisations: from_json(&s.supporting_organisations)?,
        city: s.city.clone(),
        country: s.country.clone(),
        contact_emails: from_json(&s.contact_emails)?,
        focal_point: s.focal_point_name.clone().map(|name| FocalPoint {
            name,
            email: if personal {
                s.focal_point_email.clone()
            } else {
                None
            },
        }),
    })
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Organisation")]
impl Api {
    /// The secretariat
    #[oai(
        path = "/:slug/secretariat",
        method = "get",
        operation_id = "get_secretariat"
    )]
    async fn get(&self, caller: Caller, slug: Path<Slug>) -> Result<SecretariatResponse, ApiError> {
        let (s, personal) = secretariat::get(&self.0.reader(&caller), slug.0.as_str()).await?;
        Ok(SecretariatResponse::Ok(
            Json(to_out(&s, personal)?),
            etag(s.version),
        ))
    }

    /// Replace the secretariat (`If-Match` required)
    #[oai(
        path = "/:slug/secretariat",
        method = "put",
        operation_id = "put_secretariat"
    )]
    async fn put(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<SecretariatIn>,
    ) -> Result<SecretariatResponse, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let s =
            secretariat::replace(&mut uow, slug.0.as_str(), if_match.0.as_deref(), body.0).await?;
        uow.commit().await?;
        Ok(SecretariatResponse::Ok(
            Json(to_out(&s, true)?),
            etag(s.version),
        ))
    }
}
