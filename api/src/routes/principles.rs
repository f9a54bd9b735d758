//! `/initiatives/{slug}/principles/{year}`: the attestation of the five IGF
//! principles, readable wherever the initiative is, written by its editors.
use super::{Tag, etag, from_json};
use crate::auth::Caller;
use crate::domain::principles::Attestation;
use crate::domain::{Slug, Year};
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::principles;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::principles_attestation as attestation;
use poem_openapi::param::{Header, Path};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};

pub struct Api(pub AppState);

#[derive(Debug, Object)]
pub struct AttestationOut {
    pub initiative: String,
    pub year: i32,
    pub principles: Attestation,
    /// True when all five are attested.
    pub complete: bool,
    pub updated_at: DateTime<Utc>,
}

#[derive(ApiResponse)]
pub enum AttestationResponse {
    #[oai(status = 200)]
    Ok(Json<AttestationOut>, #[oai(header = "ETag")] String),
    #[oai(status = 201)]
    Created(Json<AttestationOut>, #[oai(header = "ETag")] String),
}

fn to_out(slug: &str, a: &attestation::Model) -> Result<AttestationOut, ApiError> {
    let principles: Attestation = from_json(&a.principles)?;
    Ok(AttestationOut {
        initiative: slug.to_owned(),
        year: a.year,
        complete: principles.missing().is_empty(),
        principles,
        updated_at: a.updated_at,
    })
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Recognition")]
impl Api {
    /// The principles attestation for a year
    #[oai(
        path = "/:slug/principles/:year",
        method = "get",
        operation_id = "get_principles"
    )]
    async fn get(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
    ) -> Result<AttestationResponse, ApiError> {
        let (ini, a) =
            principles::get(&self.0.reader(&caller), slug.0.as_str(), year.0.get()).await?;
        Ok(AttestationResponse::Ok(
            Json(to_out(&ini.slug, &a)?),
            etag(a.version),
        ))
    }

    /// Attest the principles for a year (`If-Match` required to change an existing one)
    #[oai(
        path = "/:slug/principles/:year",
        method = "put",
        operation_id = "put_principles"
    )]
    async fn put(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        year: Path<Year>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<Attestation>,
    ) -> Result<AttestationResponse, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let (ini, row, created) = principles::put(
            &mut uow,
            slug.0.as_str(),
            year.0.get(),
            if_match.0.as_deref(),
            &body.0,
        )
        .await?;
        uow.commit().await?;
        let out = Json(to_out(&ini.slug, &row)?);
        Ok(if created {
            AttestationResponse::Created(out, etag(row.version))
        } else {
            AttestationResponse::Ok(out, etag(row.version))
        })
    }
}
