//! `nri import export.json`: a registry restored from an `nri-export/1`
//! document (docs/export.md), on the import's rules (`service::import`).
//!
//! An initiative the database does not have is restored whole, history
//! included, with the times the document gives: profile, secretariat,
//! committee, principles by year, reports with every submitted version and
//! review, and its recognition decisions. Its creation is audited
//! (`initiative.restore`, naming what came with it) and announced (status,
//! links, website), so the worker computes its aggregates. An initiative the
//! database has is matched by slug: its profile, status and links follow
//! the document as in a CSV import, and its history stays as stored (the
//! outcome says so). Accounts (with `--with-accounts`) are created when
//! missing, never given a password (they reset it); people the history names
//! by e-mail but the document does not list get an account of that e-mail.
use super::import::{
    Failure, Outcome, Stored, Wanted, check, in_creation_order, load_stored, reach_status,
    require_right, write_profile,
};
use super::initiatives::{apply, audit_view};
use super::store::to_json;
use super::{Unit, contributes_to};
use crate::audit::Change;
use crate::domain::principles::{self, Attestation};
use crate::domain::profile::{Profile, ProfileInput};
use crate::domain::report::{self, ReportContent};
use crate::domain::{
    CommitteeRole, CountryCode, Email, Gender, InitiativeKind, InitiativeStatus, MemberRole,
    ReportAction, ReportStatus, Slug, StakeholderGroup, UnRegion, parse_text,
};
use crate::problem::ApiError;
use chrono::{DateTime, NaiveDate, Utc};
use domain::events::OutboxEvent;
use domain::import::{Current, Origin, Problem};
use entity::{
    annual_report, committee_member, initiative, membership, principles_attestation,
    recognition_decision, report_review, report_version, secretariat, user,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The export format this restores.
pub const FORMAT: &str = super::export::FORMAT;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileRecord {
    slug: String,
    name: String,
    acronym: Option<String>,
    kind: InitiativeKind,
    country: Option<String>,
    #[serde(default)]
    coverage: Vec<String>,
    un_region: Option<UnRegion>,
    parent: Option<String>,
    established_year: Option<i32>,
    #[serde(default)]
    description: BTreeMap<String, String>,
    #[serde(default)]
    working_languages: Vec<String>,
    website: Option<String>,
    public_email: Option<String>,
    #[serde(default)]
    social_links: BTreeMap<String, String>,
    status: InitiativeStatus,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretariatRecord {
    host_organisation: Option<String>,
    host_stakeholder_group: Option<StakeholderGroup>,
    hosting_arrangement: Option<String>,
    agreement_date: Option<NaiveDate>,
    #[serde(default)]
    supporting_organisations: Vec<String>,
    city: Option<String>,
    country: Option<String>,
    #[serde(default)]
    contact_emails: Vec<String>,
    focal_point_name: Option<String>,
    focal_point_email: Option<String>,
    updated_at: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommitteeRecord {
    name: String,
    organisation: Option<String>,
    stakeholder_group: StakeholderGroup,
    role: CommitteeRole,
    gender: Option<Gender>,
    city: Option<String>,
    country: Option<String>,
    term_start: NaiveDate,
    term_end: Option<NaiveDate>,
    listed_publicly: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VersionRecord {
    number: i32,
    content: ReportContent,
    submitted_by: String,
    submitted_at: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewRecord {
    version: i32,
    decision: ReportAction,
    comment: Option<String>,
    reviewer: String,
    at: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportRecord {
    year: i32,
    status: ReportStatus,
    content: ReportContent,
    due_date: Option<NaiveDate>,
    first_submitted_at: Option<DateTime<Utc>>,
    submitted_at: Option<DateTime<Utc>>,
    accepted_at: Option<DateTime<Utc>>,
    reviewer_comment: Option<String>,
    #[serde(default)]
    versions: Vec<VersionRecord>,
    #[serde(default)]
    reviews: Vec<ReviewRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionRecord {
    from: InitiativeStatus,
    to: InitiativeStatus,
    reason: String,
    decided_by: String,
    decided_at: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleRecord {
    initiative: String,
    role: MemberRole,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountRecord {
    email: String,
    name: String,
    platform_role: Option<String>,
    #[serde(default)]
    roles: Vec<RoleRecord>,
    created_at: DateTime<Utc>,
}

/// One initiative of the document, read.
struct Record {
    profile: ProfileRecord,
    secretariat: Option<SecretariatRecord>,
    committee: Vec<CommitteeRecord>,
    contributes_to: Vec<String>,
    principles: BTreeMap<i32, Attestation>,
    reports: Vec<ReportRecord>,
    decisions: Vec<DecisionRecord>,
}

/// Reads `value[key]` as `T`, or records the problem at `at/key`.
fn field<T: DeserializeOwned>(
    value: &Value,
    at: &str,
    key: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let v = value.get(key).cloned().unwrap_or(Value::Null);
    match serde_json::from_value(v) {
        Ok(t) => Some(t),
        Err(e) => {
            problems.push(Problem {
                at: format!("{at}/{key}"),
                message: e.to_string(),
            });
            None
        }
    }
}

/// Reads one initiative of the document and checks what the profile's
/// rules (`import::check`) do not: the history's values, its people, and
/// that its decisions lead to its status.
fn read_record(value: &Value, at: &str, problems: &mut Vec<Problem>) -> Option<Record> {
    let before = problems.len();
    let profile: Option<ProfileRecord> = field(value, at, "profile", problems);
    let secretariat: Option<Option<SecretariatRecord>> = field(value, at, "secretariat", problems);
    let committee: Option<Vec<CommitteeRecord>> = field(value, at, "committee", problems);
    let contributes_to: Option<Vec<String>> = field(value, at, "contributes_to", problems);
    let principles: Option<BTreeMap<String, Attestation>> =
        field(value, at, "principles", problems);
    let reports: Option<Vec<ReportRecord>> = field(value, at, "reports", problems);
    let decisions: Option<Vec<DecisionRecord>> =
        field(value, at, "recognition_decisions", problems);
    let (
        Some(profile),
        Some(secretariat),
        Some(committee),
        Some(contributes_to),
        Some(principles),
        Some(reports),
        Some(decisions),
    ) = (
        profile,
        secretariat,
        committee,
        contributes_to,
        principles,
        reports,
        decisions,
    )
    else {
        return None;
    };
    let mut problem = |field: String, message: String| {
        problems.push(Problem {
            at: format!("{at}{field}"),
            message,
        })
    };
    if let Some(s) = &secretariat {
        if let Some(c) = s.country.as_deref()
            && let Err(m) = CountryCode::parse(c)
        {
            problem("/secretariat/country".into(), m);
        }
        for (i, e) in s
            .contact_emails
            .iter()
            .chain(&s.focal_point_email)
            .enumerate()
        {
            if let Err(m) = Email::parse(e) {
                let f = if i < s.contact_emails.len() {
                    format!("/secretariat/contact_emails/{i}")
                } else {
                    "/secretariat/focal_point_email".into()
                };
                problem(f, m);
            }
        }
    }
    for (i, m) in committee.iter().enumerate() {
        if let Err(e) = parse_text(&m.name, 200) {
            problem(format!("/committee/{i}/name"), e);
        }
        if let Some(c) = m.country.as_deref()
            && let Err(e) = CountryCode::parse(c)
        {
            problem(format!("/committee/{i}/country"), e);
        }
        if m.term_end.is_some_and(|e| e < m.term_start) {
            problem(
                format!("/committee/{i}/term_end"),
                "must not be before term_start".into(),
            );
        }
    }
    let mut by_year = BTreeMap::new();
    for (year, a) in principles {
        match year
            .parse::<i32>()
            .ok()
            .filter(|y| crate::domain::parse_year(*y).is_ok())
        {
            None => problem(format!("/principles/{year}"), "is not a year".into()),
            Some(y) => {
                if let Err(e) = principles::check(&a) {
                    for f in e.0 {
                        problem(format!("/principles/{year}{}", f.field), f.message);
                    }
                }
                by_year.insert(y, a);
            }
        }
    }
    let mut years = BTreeSet::new();
    for (i, r) in reports.iter().enumerate() {
        if !years.insert(r.year) {
            problem(
                format!("/reports/{i}/year"),
                format!("{} appears twice", r.year),
            );
        }
        if let Err(e) = report::check_draft(r.content.clone()) {
            for f in e.0 {
                problem(format!("/reports/{i}/content{}", f.field), f.message);
            }
        }
        for (j, v) in r.versions.iter().enumerate() {
            if v.number != j as i32 + 1 {
                problem(
                    format!("/reports/{i}/versions/{j}/number"),
                    format!("versions are numbered from 1 in order: expected {}", j + 1),
                );
            }
        }
        for (j, v) in r.reviews.iter().enumerate() {
            if !matches!(
                v.decision,
                ReportAction::Accept | ReportAction::Return | ReportAction::Reopen
            ) {
                problem(
                    format!("/reports/{i}/reviews/{j}/decision"),
                    "is not a review (accept, return or reopen)".into(),
                );
            }
            if v.version < 1 || v.version as usize > r.versions.len() {
                problem(
                    format!("/reports/{i}/reviews/{j}/version"),
                    format!("names no version of the {} report", r.year),
                );
            }
        }
    }
    // The decisions lead from `applicant` to the status, one allowed step each.
    let mut status = InitiativeStatus::Applicant;
    for (i, d) in decisions.iter().enumerate() {
        if d.from != status {
            problem(
                format!("/recognition_decisions/{i}/from"),
                format!("the decision before left the initiative `{status}`"),
            );
        } else if let Err(e) = d.from.transition(d.to) {
            problem(format!("/recognition_decisions/{i}/to"), e.to_string());
        }
        status = d.to;
    }
    if !decisions.is_empty() && status != profile.status {
        problem(
            "/profile/status".into(),
            format!("the recognition decisions end at `{status}`"),
        );
    }
    (problems.len() == before).then_some(Record {
        profile,
        secretariat,
        committee,
        contributes_to,
        principles: by_year,
        reports,
        decisions,
    })
}

impl Record {
    /// What the profile asks the initiative to be, for `import::check`.
    fn wanted(&self, at: &str, slug: Slug) -> Wanted {
        let p = &self.profile;
        Wanted {
            origin: Origin::Pointer(at.to_owned()),
            prefix: "/profile",
            slug,
            want: Current {
                profile: ProfileInput {
                    name: p.name.clone(),
                    acronym: p.acronym.clone(),
                    kind: Some(p.kind),
                    country: p.country.clone(),
                    coverage: p.coverage.clone(),
                    // A national initiative's region follows its country.
                    un_region: (p.kind != InitiativeKind::National)
                        .then_some(p.un_region)
                        .flatten(),
                    established_year: p.established_year,
                    description: p.description.clone(),
                    working_languages: p.working_languages.clone(),
                    website: p.website.clone(),
                    public_email: p.public_email.clone(),
                    social_links: p.social_links.clone(),
                },
                parent: p.parent.clone(),
                status: p.status,
            },
        }
    }

    /// Every e-mail the history names.
    fn people(&self) -> impl Iterator<Item = &str> {
        self.reports
            .iter()
            .flat_map(|r| {
                r.versions
                    .iter()
                    .map(|v| v.submitted_by.as_str())
                    .chain(r.reviews.iter().map(|v| v.reviewer.as_str()))
            })
            .chain(self.decisions.iter().map(|d| d.decided_by.as_str()))
    }
}

/// Restores `doc` (an `nri-export/1` document); `progress` is told each
/// initiative's slug as it is done.
#[tracing::instrument(skip_all)]
pub async fn restore(
    uow: &mut Unit,
    doc: &Value,
    progress: &dyn Fn(&str),
) -> Result<(Outcome, Vec<String>), Failure> {
    require_right(uow).await?;
    let mut problems = Vec::new();
    match doc.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        other => {
            return Err(Failure::Problems(vec![Problem {
                at: "/format".into(),
                message: format!("expected `{FORMAT}`, found {}", json!(other)),
            }]));
        }
    }
    let Some(items) = doc.get("initiatives").and_then(Value::as_array) else {
        return Err(Failure::Problems(vec![Problem {
            at: "/initiatives".into(),
            message: "expected an array of initiatives".into(),
        }]));
    };
    let accounts: Vec<AccountRecord> = match doc.get("accounts") {
        None | Some(Value::Null) => vec![],
        // A problem is recorded when they do not read, and nothing is written.
        Some(_) => field(doc, "", "accounts", &mut problems).unwrap_or_else(Vec::new),
    };
    let stored = load_stored(uow).await?;
    let mut records = Vec::new();
    let mut wanted = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("/initiatives/{i}");
        let Some(record) = read_record(item, &at, &mut problems) else {
            continue;
        };
        match Slug::parse(&record.profile.slug) {
            Ok(slug) => {
                wanted.push(record.wanted(&at, slug));
                records.push(record);
            }
            Err(m) => problems.push(Problem {
                at: format!("{at}/profile/slug"),
                message: m,
            }),
        }
    }
    let checked = check(&wanted, &stored, &mut problems);
    check_links(&records, &wanted, &stored, &mut problems);
    let people = people_wanted(&records, &accounts, &mut problems);
    if !problems.is_empty() {
        return Err(Failure::Problems(problems));
    }
    let ids = ensure_people(uow, &people, &accounts).await?;
    let mut outcome = Outcome::default();
    let mut notes = Vec::new();
    let by_slug: HashMap<&str, &Record> = records
        .iter()
        .map(|r| (r.profile.slug.as_str(), r))
        .collect();
    let mut restored = Vec::new();
    // Initiatives that were here, and whether the import changed each.
    let mut kept: BTreeMap<String, bool> = BTreeMap::new();
    for (w, profile) in in_creation_order(&wanted, checked) {
        let record = by_slug[w.slug.as_str()];
        if stored.contains_key(w.slug.as_str()) {
            let (ini, written) = write_profile(uow, &stored, w, &profile).await?;
            let steps = reach_status(uow, ini, w.want.status).await?;
            outcome.decisions += steps;
            kept.insert(w.slug.as_str().to_owned(), written.is_some() || steps > 0);
            if !(record.reports.is_empty() && record.committee.is_empty()) {
                notes.push(format!(
                    "`{}` was already here: its secretariat, committee, principles and reports stay as stored",
                    w.slug.as_str()
                ));
            }
        } else {
            let ini = create_whole(uow, record, &profile, &ids).await?;
            restored.push(ini.slug.clone());
            outcome.created += 1;
            outcome.decisions += record.decisions.len();
            if record.decisions.is_empty() {
                outcome.decisions += reach_status(uow, ini, w.want.status).await?;
            }
        }
        progress(w.slug.as_str());
    }
    // Links once every initiative exists; changed ones are audited and announced.
    for record in &records {
        let slug = record.profile.slug.as_str();
        let ini = super::store::load_initiative(uow.txn(), slug).await?;
        let mut now: Vec<String> = contributes_to::targets_of(uow.txn(), ini.id)
            .await?
            .into_iter()
            .map(|t| t.slug)
            .collect();
        now.sort();
        let mut want = record.contributes_to.clone();
        want.sort();
        if now != want {
            contributes_to::replace_links(uow, &ini, &want).await?;
            if let Some(changed) = kept.get_mut(slug) {
                *changed = true;
            }
        }
    }
    outcome.updated = kept.values().filter(|c| **c).count();
    outcome.unchanged = kept.len() - outcome.updated;
    grant_roles(uow, &accounts, &restored, &ids).await?;
    Ok((outcome, notes))
}

/// Every link names an initiative of the file or the registry, and a forum.
fn check_links(
    records: &[Record],
    wanted: &[Wanted],
    stored: &Stored,
    problems: &mut Vec<Problem>,
) {
    let kinds: HashMap<&str, Option<InitiativeKind>> = wanted
        .iter()
        .map(|w| (w.slug.as_str(), w.want.profile.kind))
        .chain(
            stored
                .iter()
                .map(|(s, (i, _))| (s.as_str(), InitiativeKind::parse(&i.kind).ok())),
        )
        .collect();
    for (w, r) in wanted.iter().zip(records) {
        for (i, target) in r.contributes_to.iter().enumerate() {
            let message = match kinds.get(target.as_str()) {
                None => format!("no initiative `{target}` in the registry or the file"),
                Some(Some(k)) if k.is_forum() => continue,
                Some(_) => format!("`{target}` is not a regional or sub-regional initiative"),
            };
            problems.push(w.origin.problem(&format!("/contributes_to/{i}"), message));
        }
    }
}

/// The e-mails of every account the restore needs: the document's accounts
/// and everyone its history names. Each must be an e-mail address.
fn people_wanted(
    records: &[Record],
    accounts: &[AccountRecord],
    problems: &mut Vec<Problem>,
) -> BTreeSet<String> {
    let mut people = BTreeSet::new();
    for (i, a) in accounts.iter().enumerate() {
        match Email::parse(&a.email) {
            Ok(e) => {
                people.insert(e.as_str().to_owned());
            }
            Err(m) => problems.push(Problem {
                at: format!("/accounts/{i}/email"),
                message: m,
            }),
        }
    }
    for (i, r) in records.iter().enumerate() {
        for e in r.people() {
            match Email::parse(e) {
                Ok(e) => {
                    people.insert(e.as_str().to_owned());
                }
                Err(m) => problems.push(Problem {
                    at: format!("/initiatives/{i}"),
                    message: format!("names a person by `{e}`: {m}"),
                }),
            }
        }
    }
    people
}

/// The id of each person by e-mail, creating the accounts that are missing
/// (as the document lists them, else named by their e-mail), without a
/// password. Each creation is audited.
async fn ensure_people(
    uow: &mut Unit,
    people: &BTreeSet<String>,
    accounts: &[AccountRecord],
) -> Result<HashMap<String, i64>, ApiError> {
    let mut ids: HashMap<String, i64> = user::Entity::find()
        .filter(user::Column::Email.is_in(people.iter().map(String::as_str)))
        .all(uow.txn())
        .await?
        .into_iter()
        .map(|u| (u.email, u.id))
        .collect();
    let listed: HashMap<&str, &AccountRecord> =
        accounts.iter().map(|a| (a.email.as_str(), a)).collect();
    for email in people {
        if ids.contains_key(email) {
            continue;
        }
        let (name, platform_role, created_at) = match listed.get(email.as_str()) {
            Some(a) => (a.name.clone(), a.platform_role.clone(), a.created_at),
            None => (email.clone(), None, Utc::now()),
        };
        let row = user::ActiveModel {
            email: Set(email.clone()),
            name: Set(name),
            platform_role: Set(platform_role),
            created_at: Set(created_at),
            // Imported by the IGF Secretariat, who vouches for the address.
            email_confirmed_at: Set(Some(Utc::now())),
            ..Default::default()
        }
        .insert(uow.txn())
        .await?;
        uow.audit(Change {
            initiative: None,
            action: "user.create",
            target: format!("user/{}", row.id),
            before: None,
            after: Some(json!({
                "email": row.email,
                "name": row.name,
                "platform_role": row.platform_role,
                "restored": true,
            })),
        });
        if row.platform_role.is_some() {
            uow.changes_policy();
        }
        ids.insert(row.email, row.id);
    }
    Ok(ids)
}

/// Creates an initiative the database does not have, with its whole record.
async fn create_whole(
    uow: &mut Unit,
    r: &Record,
    profile: &Profile,
    ids: &HashMap<String, i64>,
) -> Result<initiative::Model, ApiError> {
    let id_of = |email: &str| {
        ids.get(email).copied().ok_or_else(|| {
            ApiError::Internal(anyhow::anyhow!("no account {email} after creating them"))
        })
    };
    let parent_id = match &r.profile.parent {
        Some(p) => Some(super::store::load_initiative(uow.txn(), p).await?.id),
        None => None,
    };
    let status = match r.decisions.last() {
        Some(d) => d.to,
        None => InitiativeStatus::Applicant,
    };
    let mut active = initiative::ActiveModel {
        slug: Set(r.profile.slug.clone()),
        status: Set(status.as_str().to_owned()),
        version: Set(1),
        created_at: Set(r.profile.created_at),
        updated_at: Set(r.profile.updated_at),
        ..Default::default()
    };
    apply(&mut active, profile, parent_id);
    let ini = active.insert(uow.txn()).await?;
    if let Some(s) = &r.secretariat {
        secretariat::ActiveModel {
            initiative_id: Set(ini.id),
            host_organisation: Set(s.host_organisation.clone()),
            host_stakeholder_group: Set(s.host_stakeholder_group.map(|g| g.as_str().to_owned())),
            hosting_arrangement: Set(s.hosting_arrangement.clone()),
            agreement_date: Set(s.agreement_date),
            supporting_organisations: Set(to_json(&s.supporting_organisations)),
            city: Set(s.city.clone()),
            country: Set(s.country.clone()),
            contact_emails: Set(to_json(&s.contact_emails)),
            focal_point_name: Set(s.focal_point_name.clone()),
            focal_point_email: Set(s.focal_point_email.clone()),
            version: Set(1),
            updated_at: Set(s.updated_at),
        }
        .insert(uow.txn())
        .await?;
    }
    let now = Utc::now();
    if !r.committee.is_empty() {
        committee_member::Entity::insert_many(r.committee.iter().map(|m| {
            committee_member::ActiveModel {
                initiative_id: Set(ini.id),
                name: Set(m.name.clone()),
                organisation: Set(m.organisation.clone()),
                stakeholder_group: Set(m.stakeholder_group.as_str().to_owned()),
                role: Set(m.role.as_str().to_owned()),
                gender: Set(m.gender.map(|g| g.as_str().to_owned())),
                city: Set(m.city.clone()),
                country: Set(m.country.clone()),
                term_start: Set(m.term_start),
                term_end: Set(m.term_end),
                listed_publicly: Set(m.listed_publicly),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
        }))
        .exec_without_returning(uow.txn())
        .await?;
    }
    if !r.principles.is_empty() {
        principles_attestation::Entity::insert_many(r.principles.iter().map(|(year, a)| {
            principles_attestation::ActiveModel {
                initiative_id: Set(ini.id),
                year: Set(*year),
                principles: Set(to_json(a)),
                version: Set(1),
                updated_at: Set(now),
                ..Default::default()
            }
        }))
        .exec_without_returning(uow.txn())
        .await?;
    }
    for rep in &r.reports {
        let row = annual_report::ActiveModel {
            initiative_id: Set(ini.id),
            year: Set(rep.year),
            status: Set(rep.status.as_str().to_owned()),
            content: Set(to_json(&rep.content)),
            due_date: Set(rep.due_date),
            first_submitted_at: Set(rep.first_submitted_at),
            submitted_at: Set(rep.submitted_at),
            accepted_at: Set(rep.accepted_at),
            submissions: Set(rep.versions.len() as i32),
            reviewer_comment: Set(rep.reviewer_comment.clone()),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(uow.txn())
        .await?;
        for v in &rep.versions {
            report_version::ActiveModel {
                report_id: Set(row.id),
                number: Set(v.number),
                content: Set(to_json(&v.content)),
                submitted_by: Set(id_of(&v.submitted_by)?),
                submitted_at: Set(v.submitted_at),
                ..Default::default()
            }
            .insert(uow.txn())
            .await?;
        }
        for v in &rep.reviews {
            report_review::ActiveModel {
                report_id: Set(row.id),
                version_number: Set(v.version),
                decision: Set(v.decision.as_str().to_owned()),
                comment: Set(v.comment.clone()),
                reviewer_id: Set(id_of(&v.reviewer)?),
                at: Set(v.at),
                ..Default::default()
            }
            .insert(uow.txn())
            .await?;
        }
    }
    for d in &r.decisions {
        recognition_decision::ActiveModel {
            initiative_id: Set(ini.id),
            from_status: Set(d.from.as_str().to_owned()),
            to_status: Set(d.to.as_str().to_owned()),
            reason: Set(d.reason.clone()),
            decided_by: Set(id_of(&d.decided_by)?),
            decided_at: Set(d.decided_at),
            ..Default::default()
        }
        .insert(uow.txn())
        .await?;
    }
    if status != InitiativeStatus::Applicant {
        uow.emit(
            &ini,
            OutboxEvent::StatusChanged {
                from: InitiativeStatus::Applicant,
                to: status,
            },
        );
    }
    if let Some(site) = &ini.website {
        uow.emit(
            &ini,
            OutboxEvent::WebsiteChanged {
                website: Some(site.clone()),
            },
        );
    }
    let mut after = audit_view(&ini, r.profile.parent.clone())?;
    after["restored"] = json!({
        "secretariat": r.secretariat.is_some(),
        "committee": r.committee.len(),
        "principles": r.principles.keys().collect::<Vec<_>>(),
        "reports": r.reports.iter().map(|x| x.year).collect::<Vec<_>>(),
        "recognition_decisions": r.decisions.len(),
    });
    uow.audit(Change {
        initiative: Some(&ini),
        action: "initiative.restore",
        target: format!("initiative/{}", ini.slug),
        before: None,
        after: Some(after),
    });
    Ok(ini)
}

/// The document's roles in the initiatives this restore created (roles in
/// initiatives that were already here stay as they are), each audited.
async fn grant_roles(
    uow: &mut Unit,
    accounts: &[AccountRecord],
    restored: &[String],
    ids: &HashMap<String, i64>,
) -> Result<(), ApiError> {
    let now = Utc::now();
    for a in accounts {
        for role in a.roles.iter().filter(|r| restored.contains(&r.initiative)) {
            let ini = super::store::load_initiative(uow.txn(), &role.initiative).await?;
            let user_id = *ids.get(a.email.as_str()).ok_or_else(|| {
                ApiError::Internal(anyhow::anyhow!(
                    "no account {} after creating them",
                    a.email
                ))
            })?;
            membership::ActiveModel {
                user_id: Set(user_id),
                initiative_id: Set(ini.id),
                role: Set(role.role.as_str().to_owned()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(uow.txn())
            .await?;
            uow.changes_policy();
            uow.audit(Change {
                initiative: Some(&ini),
                action: "member.put",
                target: format!("initiative/{}/members/{user_id}", ini.slug),
                before: None,
                after: Some(json!({ "user": a.email, "role": role.role })),
            });
        }
    }
    Ok(())
}
