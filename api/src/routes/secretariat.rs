//! `/initiatives/{slug}/secretariat`: who hosts the initiative and its focal
//! point. The focal point's e-mail is shown only to those who may read
//! personal data (members and the IGF Secretariat).
use super::{Tag, check_if_match, etag, from_json, load_initiative, to_json, update_versioned};
use crate::audit::{self, Change};
use crate::auth::Caller;
use crate::authz::Action;
use crate::domain::{CountryCode, Email, FieldErrors, StakeholderGroup, parse_text};
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{NaiveDate, Utc};
use entity::secretariat;
use poem_openapi::param::{Header, Path};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::{EntityTrait, Set, TransactionTrait};
use serde::{Deserialize, Serialize};

pub struct Api(pub AppState);

/// The coordinator of the initiative.
#[derive(Debug, Clone, Object, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FocalPoint {
    pub name: String,
    /// Private: shown to the initiative's members and the IGF Secretariat only.
    #[oai(skip_serializing_if_is_none)]
    #[serde(default)]
    pub email: Option<String>,
}

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

/// The whole secretariat (PUT replaces it).
#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct SecretariatIn {
    #[oai(nullable)]
    pub host_organisation: Option<String>,
    #[oai(nullable)]
    pub host_stakeholder_group: Option<StakeholderGroup>,
    #[oai(nullable)]
    pub hosting_arrangement: Option<String>,
    #[oai(nullable)]
    pub agreement_date: Option<NaiveDate>,
    #[serde(default)]
    #[oai(default)]
    pub supporting_organisations: Vec<String>,
    #[oai(nullable)]
    pub city: Option<String>,
    #[oai(nullable)]
    pub country: Option<String>,
    #[serde(default)]
    #[oai(default)]
    pub contact_emails: Vec<String>,
    #[oai(nullable)]
    pub focal_point: Option<FocalPoint>,
}

#[derive(ApiResponse)]
pub enum SecretariatResponse {
    #[oai(status = 200)]
    Ok(Json<SecretariatOut>, #[oai(header = "ETag")] String),
}

fn to_out(s: &secretariat::Model, personal: bool) -> Result<SecretariatOut, ApiError> {
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

fn optional_text(
    errs: &mut FieldErrors,
    field: &str,
    v: Option<String>,
    max: usize,
) -> Option<String> {
    v.filter(|t| !t.trim().is_empty())
        .and_then(|t| errs.take(field, parse_text(&t, max)))
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Organisation")]
impl Api {
    /// The secretariat
    #[oai(
        path = "/:slug/secretariat",
        method = "get",
        operation_id = "get_secretariat"
    )]
    async fn get(
        &self,
        caller: Caller,
        slug: Path<String>,
    ) -> Result<SecretariatResponse, ApiError> {
        let db = &self.0.db;
        let ini = load_initiative(db, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadInitiative)
            .await?;
        let personal = self
            .0
            .authz
            .decide(&caller.principal, &ini, Action::ReadPersonalData)
            .await
            .is_ok();
        let s = secretariat::Entity::find_by_id(ini.id)
            .one(db)
            .await?
            .ok_or_else(|| ApiError::not_found("no secretariat"))?;
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
        slug: Path<String>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<SecretariatIn>,
    ) -> Result<SecretariatResponse, ApiError> {
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteSecretariat)
            .await?;
        let current = secretariat::Entity::find_by_id(ini.id)
            .one(&txn)
            .await?
            .ok_or_else(|| ApiError::not_found("no secretariat"))?;
        check_if_match(if_match.0.as_deref(), current.version)?;

        let b = body.0;
        let mut errs = FieldErrors::default();
        let host_organisation =
            optional_text(&mut errs, "/host_organisation", b.host_organisation, 300);
        let hosting_arrangement = optional_text(
            &mut errs,
            "/hosting_arrangement",
            b.hosting_arrangement,
            5000,
        );
        let city = optional_text(&mut errs, "/city", b.city, 120);
        let country = b
            .country
            .as_deref()
            .and_then(|c| errs.take("/country", CountryCode::parse(c)))
            .map(|c| c.as_str().to_owned());
        let supporting: Vec<String> = b
            .supporting_organisations
            .iter()
            .enumerate()
            .filter_map(|(i, o)| {
                errs.take(
                    &format!("/supporting_organisations/{i}"),
                    parse_text(o, 300),
                )
            })
            .collect();
        let contacts: Vec<String> = b
            .contact_emails
            .iter()
            .enumerate()
            .filter_map(|(i, e)| errs.take(&format!("/contact_emails/{i}"), Email::parse(e)))
            .map(|e| e.as_str().to_owned())
            .collect();
        let (fp_name, fp_email) = match b.focal_point {
            None => (None, None),
            Some(fp) => {
                let name = errs.take("/focal_point/name", parse_text(&fp.name, 200));
                let email = match fp.email.as_deref() {
                    Some(e) => errs
                        .take("/focal_point/email", Email::parse(e))
                        .map(|e| e.as_str().to_owned()),
                    None => {
                        errs.push(
                            "/focal_point/email",
                            "is required: the IGF Secretariat keeps the focal point's contact",
                        );
                        None
                    }
                };
                (name, email)
            }
        };
        if !errs.is_empty() {
            return Err(ApiError::Validation(errs.0));
        }
        let before = to_out(&current, true)?;
        update_versioned(
            &txn,
            secretariat::ActiveModel {
                host_organisation: Set(host_organisation),
                host_stakeholder_group: Set(b
                    .host_stakeholder_group
                    .map(|g| g.as_str().to_owned())),
                hosting_arrangement: Set(hosting_arrangement),
                agreement_date: Set(b.agreement_date),
                supporting_organisations: Set(to_json(&supporting)),
                city: Set(city),
                country: Set(country),
                contact_emails: Set(to_json(&contacts)),
                focal_point_name: Set(fp_name),
                focal_point_email: Set(fp_email),
                version: Set(current.version + 1),
                updated_at: Set(Utc::now()),
                ..Default::default()
            },
            secretariat::Column::InitiativeId,
            ini.id,
            secretariat::Column::Version,
            current.version,
        )
        .await?;
        let updated = secretariat::Entity::find_by_id(ini.id)
            .one(&txn)
            .await?
            .ok_or_else(|| ApiError::not_found("no secretariat"))?;
        let after = to_out(&updated, true)?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: "secretariat.update",
                target: format!("initiative/{}/secretariat", ini.slug),
                before: Some(crate::audit::json(&before)),
                after: Some(crate::audit::json(&after)),
            },
        )
        .await?;
        txn.commit().await?;
        Ok(SecretariatResponse::Ok(Json(after), etag(updated.version)))
    }
}
