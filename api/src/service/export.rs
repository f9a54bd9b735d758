//! What `nri export` reads: an initiative's whole record and the accounts,
//! in the operator's view (whoever runs the command owns the database, so no
//! caller is asked about). Reads only; the shape is `nri-export/1`
//! (docs/export.md). Stored JSON columns are exported as JSON, and people
//! are named by e-mail rather than by a database id, so that an export
//! means the same in another database.
use super::store::from_json;
use crate::problem::ApiError;
use crate::service::initiatives::WithParent;
use entity::{
    annual_report, committee_member, contributes_to, initiative, membership,
    principles_attestation, recognition_decision, report_review, report_version, secretariat, user,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The version of the export's shape; a change that is not an addition bumps it.
pub const FORMAT: &str = "nri-export/1";

/// Who did something, by e-mail (ids mean nothing outside this database).
pub struct People(BTreeMap<i64, String>);

impl People {
    pub async fn load(db: &impl ConnectionTrait) -> Result<Self, ApiError> {
        let users = user::Entity::find().all(db).await?;
        Ok(Self(users.into_iter().map(|u| (u.id, u.email)).collect()))
    }

    fn email(&self, id: i64) -> Result<&str, ApiError> {
        self.0.get(&id).map(String::as_str).ok_or_else(|| {
            ApiError::Internal(anyhow::anyhow!(
                "user {id} is referenced but does not exist"
            ))
        })
    }
}

/// One initiative's record: profile, secretariat, committee, contributes-to
/// (slugs), principles by year, reports with every submitted version and
/// review, and recognition decisions, oldest first. `profile` is the
/// initiative as the API renders it (the caller renders it: services do not
/// depend on routes).
#[tracing::instrument(skip_all, fields(slug = %ini.0.slug))]
pub async fn initiative_record(
    db: &impl ConnectionTrait,
    people: &People,
    ini: &WithParent,
    profile: Value,
) -> Result<Value, ApiError> {
    let id = ini.0.id;
    let secretariat = match secretariat::Entity::find_by_id(id).one(db).await? {
        None => Value::Null,
        Some(s) => json!({
            "host_organisation": s.host_organisation,
            "host_stakeholder_group": s.host_stakeholder_group,
            "hosting_arrangement": s.hosting_arrangement,
            "agreement_date": s.agreement_date,
            "supporting_organisations": from_json::<Value>(&s.supporting_organisations)?,
            "city": s.city,
            "country": s.country,
            "contact_emails": from_json::<Value>(&s.contact_emails)?,
            "focal_point_name": s.focal_point_name,
            "focal_point_email": s.focal_point_email,
            "updated_at": s.updated_at,
        }),
    };
    let committee = committee_member::Entity::find()
        .filter(committee_member::Column::InitiativeId.eq(id))
        .order_by_asc(committee_member::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| {
            json!({
                "name": m.name,
                "organisation": m.organisation,
                "stakeholder_group": m.stakeholder_group,
                "role": m.role,
                "gender": m.gender,
                "city": m.city,
                "country": m.country,
                "term_start": m.term_start,
                "term_end": m.term_end,
                "listed_publicly": m.listed_publicly,
            })
        })
        .collect::<Vec<_>>();
    let targets: Vec<i64> = contributes_to::Entity::find()
        .filter(contributes_to::Column::InitiativeId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.target_id)
        .collect();
    let contributes_to: Vec<String> = initiative::Entity::find()
        .filter(initiative::Column::Id.is_in(targets))
        .order_by_asc(initiative::Column::Slug)
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.slug)
        .collect();
    let mut principles = serde_json::Map::new();
    for p in principles_attestation::Entity::find()
        .filter(principles_attestation::Column::InitiativeId.eq(id))
        .order_by_asc(principles_attestation::Column::Year)
        .all(db)
        .await?
    {
        principles.insert(p.year.to_string(), from_json::<Value>(&p.principles)?);
    }
    let mut reports = Vec::new();
    for r in annual_report::Entity::find()
        .filter(annual_report::Column::InitiativeId.eq(id))
        .order_by_asc(annual_report::Column::Year)
        .all(db)
        .await?
    {
        reports.push(report_record(db, people, r).await?);
    }
    let mut decisions = Vec::new();
    for d in recognition_decision::Entity::find()
        .filter(recognition_decision::Column::InitiativeId.eq(id))
        .order_by_asc(recognition_decision::Column::Id)
        .all(db)
        .await?
    {
        decisions.push(json!({
            "from": d.from_status,
            "to": d.to_status,
            "reason": d.reason,
            "decided_by": people.email(d.decided_by)?,
            "decided_at": d.decided_at,
        }));
    }
    Ok(json!({
        "profile": profile,
        "secretariat": secretariat,
        "committee": committee,
        "contributes_to": contributes_to,
        "principles": principles,
        "reports": reports,
        "recognition_decisions": decisions,
    }))
}

/// A report with its current content, every submitted version and every review.
async fn report_record(
    db: &impl ConnectionTrait,
    people: &People,
    r: annual_report::Model,
) -> Result<Value, ApiError> {
    let mut versions = Vec::new();
    for v in report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(r.id))
        .order_by_asc(report_version::Column::Number)
        .all(db)
        .await?
    {
        versions.push(json!({
            "number": v.number,
            "content": from_json::<Value>(&v.content)?,
            "submitted_by": people.email(v.submitted_by)?,
            "submitted_at": v.submitted_at,
        }));
    }
    let mut reviews = Vec::new();
    for v in report_review::Entity::find()
        .filter(report_review::Column::ReportId.eq(r.id))
        .order_by_asc(report_review::Column::Id)
        .all(db)
        .await?
    {
        reviews.push(json!({
            "version": v.version_number,
            "decision": v.decision,
            "comment": v.comment,
            "reviewer": people.email(v.reviewer_id)?,
            "at": v.at,
        }));
    }
    Ok(json!({
        "year": r.year,
        "status": r.status,
        "content": from_json::<Value>(&r.content)?,
        "due_date": r.due_date,
        "first_submitted_at": r.first_submitted_at,
        "submitted_at": r.submitted_at,
        "accepted_at": r.accepted_at,
        "reviewer_comment": r.reviewer_comment,
        "versions": versions,
        "reviews": reviews,
    }))
}

/// Every account but the bootstrap account: e-mail, name, platform role and
/// roles in initiatives. Never a password hash or a token.
#[tracing::instrument(skip(db))]
pub async fn accounts(db: &impl ConnectionTrait) -> Result<Vec<Value>, ApiError> {
    let slugs: BTreeMap<i64, String> = initiative::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.slug))
        .collect();
    let mut roles: BTreeMap<i64, Vec<Value>> = BTreeMap::new();
    for m in membership::Entity::find()
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?
    {
        let slug = slugs.get(&m.initiative_id).ok_or_else(|| {
            ApiError::Internal(anyhow::anyhow!("membership {} names no initiative", m.id))
        })?;
        roles
            .entry(m.user_id)
            .or_default()
            .push(json!({"initiative": slug, "role": m.role}));
    }
    // The bootstrap account is the operator's identity, not a person's: a
    // database gets its own from NRI_BOOTSTRAP_TOKEN or `nri import`.
    Ok(user::Entity::find()
        .filter(user::Column::Email.ne(super::users::BOOTSTRAP_EMAIL))
        .order_by_asc(user::Column::Email)
        .all(db)
        .await?
        .into_iter()
        .map(|u| {
            json!({
                "email": u.email,
                "name": u.name,
                "platform_role": u.platform_role,
                "roles": roles.remove(&u.id).unwrap_or_default(),
                "created_at": u.created_at,
            })
        })
        .collect())
}
