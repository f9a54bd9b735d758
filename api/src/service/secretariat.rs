//! An initiative's secretariat: who hosts it and its focal point. Only the
//! initiative's members and the IGF Secretariat see the focal point's e-mail.
use super::store::{from_json, load_initiative, to_json, update_versioned};
use super::{Reader, Unit};
use crate::audit::Change;
use crate::authz::Action;
use crate::domain::{CountryCode, Email, FieldErrors, StakeholderGroup, parse_text};
use crate::http::conditional::check_if_match;
use crate::problem::ApiError;
use chrono::{NaiveDate, Utc};
use entity::{initiative, secretariat};
use poem_openapi::Object;
use sea_orm::{ConnectionTrait, EntityTrait, Set};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

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

/// The whole secretariat (PUT replaces it).
#[derive(Debug, Default, Deserialize, Object)]
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

/// The secretariat of `slug`, and whether the caller may see its personal data.
#[tracing::instrument(skip(r))]
pub async fn get(r: &Reader<'_>, slug: &str) -> Result<(secretariat::Model, bool), ApiError> {
    let ini = load_initiative(r.db, slug).await?;
    r.authorize(&ini, Action::ReadInitiative).await?;
    let personal = r.authorize(&ini, Action::ReadPersonalData).await.is_ok();
    Ok((find(r.db, &ini).await?, personal))
}

/// Replaces the secretariat of `slug` (the caller's `If-Match` must name its version).
#[tracing::instrument(skip(uow, body))]
pub async fn replace(
    uow: &mut Unit,
    slug: &str,
    if_match: Option<&str>,
    body: SecretariatIn,
) -> Result<secretariat::Model, ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WriteSecretariat).await?;
    let current = find(uow.txn(), &ini).await?;
    check_if_match(if_match, current.version)?;
    write(uow, &ini, &current, body).await
}

/// Replaces the secretariat `current` of `ini`, for a caller whose right to
/// write it is settled (`replace`, the demo).
#[tracing::instrument(skip(uow, ini, current, b), fields(slug = %ini.slug))]
pub async fn write(
    uow: &mut Unit,
    ini: &initiative::Model,
    current: &secretariat::Model,
    b: SecretariatIn,
) -> Result<secretariat::Model, ApiError> {
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
    update_versioned(
        uow.txn(),
        secretariat::ActiveModel {
            host_organisation: Set(host_organisation),
            host_stakeholder_group: Set(b.host_stakeholder_group.map(|g| g.as_str().to_owned())),
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
    let updated = find(uow.txn(), ini).await?;
    uow.audit(Change {
        initiative: Some(ini),
        action: "secretariat.update",
        target: format!("initiative/{}/secretariat", ini.slug),
        before: Some(audit_view(current)?),
        after: Some(audit_view(&updated)?),
    });
    Ok(updated)
}

/// The secretariat of `ini`, or 404.
#[tracing::instrument(skip(db, ini), fields(slug = %ini.slug))]
pub async fn find(
    db: &impl ConnectionTrait,
    ini: &initiative::Model,
) -> Result<secretariat::Model, ApiError> {
    secretariat::Entity::find_by_id(ini.id)
        .one(db)
        .await?
        .ok_or_else(|| ApiError::not_found("no secretariat"))
}

/// The secretariat as the audit log keeps it: its full view, personal data included.
fn audit_view(s: &secretariat::Model) -> Result<Value, ApiError> {
    Ok(json!({
        "host_organisation": s.host_organisation,
        "host_stakeholder_group": s
            .host_stakeholder_group
            .as_deref()
            .map(crate::stored::parse::<StakeholderGroup>)
            .transpose()?,
        "hosting_arrangement": s.hosting_arrangement,
        "agreement_date": s.agreement_date,
        "supporting_organisations": from_json::<Vec<String>>(&s.supporting_organisations)?,
        "city": s.city,
        "country": s.country,
        "contact_emails": from_json::<Vec<String>>(&s.contact_emails)?,
        "focal_point": s.focal_point_name.as_ref().map(|name| FocalPoint {
            name: name.clone(),
            email: s.focal_point_email.clone(),
        }),
    }))
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
