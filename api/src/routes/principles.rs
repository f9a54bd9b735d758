//! `/initiatives/{slug}/principles/{year}`: the attestation of the five IGF
//! principles, readable wherever the initiative is, written by its editors.
use super::{
    Tag, check_if_match, etag, from_json, insert_unless_exists, load_initiative, to_json,
    update_versioned,
};
use crate::audit::{self, Change};
use crate::auth::Caller;
use crate::authz::Action;
use crate::domain::parse_year;
use crate::domain::principles::{self, Attestation};
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::{initiative, principles_attestation as attestation};
use poem_openapi::param::{Header, Path};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait};

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

async fn find(
    db: &impl ConnectionTrait,
    ini: &initiative::Model,
    year: i32,
) -> Result<Option<attestation::Model>, ApiError> {
    Ok(attestation::Entity::find()
        .filter(attestation::Column::InitiativeId.eq(ini.id))
        .filter(attestation::Column::Year.eq(year))
        .one(db)
        .await?)
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
        slug: Path<String>,
        year: Path<i32>,
    ) -> Result<AttestationResponse, ApiError> {
        let year = parse_year(year.0).map_err(|m| ApiError::field("year", m))?;
        let ini = load_initiative(&self.0.db, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadInitiative)
            .await?;
        let a = find(&self.0.db, &ini, year).await?.ok_or_else(|| {
            ApiError::not_found(format!("`{}` has no attestation for {year}", ini.slug))
        })?;
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
        slug: Path<String>,
        year: Path<i32>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<Attestation>,
    ) -> Result<AttestationResponse, ApiError> {
        let year = parse_year(year.0).map_err(|m| ApiError::field("year", m))?;
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WritePrinciples)
            .await?;
        principles::check(&body.0).map_err(|e| ApiError::Validation(e.0))?;
        let now = Utc::now();
        let found = find(&txn, &ini, year).await?;
        let inserted = match found {
            Some(_) => None,
            None => {
                let new = attestation::ActiveModel {
                    initiative_id: Set(ini.id),
                    year: Set(year),
                    principles: Set(to_json(&body.0)),
                    version: Set(1),
                    updated_at: Set(now),
                    ..Default::default()
                };
                insert_unless_exists(&txn, new).await?
            }
        };
        let (row, before) = match (inserted, found) {
            (Some(row), _) => (row, None),
            (None, found) => {
                // When a concurrent request created it first, this one changes it.
                let current = match found {
                    Some(current) => current,
                    None => find(&txn, &ini, year)
                        .await?
                        .ok_or_else(|| ApiError::not_found("attestation vanished"))?,
                };
                check_if_match(if_match.0.as_deref(), current.version)?;
                update_versioned(
                    &txn,
                    attestation::ActiveModel {
                        principles: Set(to_json(&body.0)),
                        version: Set(current.version + 1),
                        updated_at: Set(now),
                        ..Default::default()
                    },
                    attestation::Column::Id,
                    current.id,
                    attestation::Column::Version,
                    current.version,
                )
                .await?;
                let row = find(&txn, &ini, year)
                    .await?
                    .ok_or_else(|| ApiError::not_found("attestation vanished"))?;
                (
                    row,
                    Some(from_json::<serde_json::Value>(&current.principles)?),
                )
            }
        };
        let created = before.is_none();
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: "principles.put",
                target: format!("initiative/{}/principles/{year}", ini.slug),
                before,
                after: Some(crate::audit::json(&body.0)),
            },
        )
        .await?;
        txn.commit().await?;
        let out = Json(to_out(&ini.slug, &row)?);
        Ok(if created {
            AttestationResponse::Created(out, etag(row.version))
        } else {
            AttestationResponse::Ok(out, etag(row.version))
        })
    }
}
