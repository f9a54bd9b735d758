//! `nri import`: initiatives brought in from the initiatives CSV, or a
//! registry restored from an `nri-export/1` document (`restore`).
//!
//! An import is one unit of work of an account holding the
//! `ImportRegistry` right (the IGF Secretariat): every record is checked
//! against the same rules as the API (the profile, the parent, the status
//! machine) and against the other records of the file (a slug twice) before
//! anything is written; when any record has a problem, every problem is
//! returned and nothing is written. Then each initiative is matched by slug:
//! a new one is created, a changed one updated, an unchanged one left alone
//! (so importing a file again changes nothing). A status the file names is
//! reached by recorded recognition decisions with the reason `imported`, one
//! per step of the status machine. Each change is audited and announced in
//! the outbox exactly as the API's (`initiative.create`, `initiative.update`,
//! `initiative.status`), so aggregates, feeds and webhooks follow.
use super::initiatives::{apply, audit_view, created, store_profile};
use super::store::{from_json, load_initiative};
use super::{Unit, decisions};
use crate::authz::{Action, PlatformRight};
use crate::domain::profile::{self, Profile, ProfileInput};
use crate::domain::{InitiativeKind, InitiativeStatus, Slug};
use crate::problem::ApiError;
use chrono::Utc;
pub use domain::import::{Current, Origin, Problem, Row};
use entity::initiative;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, QueryOrder, Set, TryIntoModel};
use std::collections::{BTreeMap, HashMap};

/// The reason recorded with each status decision an import makes.
pub const REASON: &str = "imported";

/// Why an import wrote nothing.
#[derive(Debug)]
pub enum Failure {
    /// The file's records have these problems, every one of them.
    Problems(Vec<Problem>),
    /// The import could not run (access, the database).
    Api(ApiError),
}

impl From<ApiError> for Failure {
    fn from(e: ApiError) -> Self {
        Failure::Api(e)
    }
}

impl From<sea_orm::DbErr> for Failure {
    fn from(e: sea_orm::DbErr) -> Self {
        Failure::Api(e.into())
    }
}

/// What an import changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub created: usize,
    pub updated: usize,
    /// Recognition decisions recorded (steps of the status machine).
    pub decisions: usize,
    pub unchanged: usize,
}

impl Outcome {
    /// Initiatives the import created or changed in any way.
    pub fn changed(&self) -> usize {
        self.created + self.updated
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} changed ({} created, {} updated, {} status decisions), {} unchanged",
            self.changed(),
            self.created,
            self.updated,
            self.decisions,
            self.unchanged
        )
    }
}

/// One initiative as the file wants it.
pub(super) struct Wanted {
    pub origin: Origin,
    /// Where the profile's fields are within the record (`/profile` in a
    /// JSON export, nothing for a CSV row, whose fields are its columns).
    pub prefix: &'static str,
    pub slug: Slug,
    pub want: Current,
}

/// The stored initiatives by slug, each with its parent's slug.
pub(super) type Stored = HashMap<String, (initiative::Model, Option<String>)>;

/// Imports the rows of an initiatives CSV. `progress` is told each slug as
/// it is done.
#[tracing::instrument(skip_all, fields(rows = rows.len()))]
pub async fn import_csv(
    uow: &mut Unit,
    rows: &[Row],
    progress: &dyn Fn(&str),
) -> Result<Outcome, Failure> {
    require_right(uow).await?;
    let stored = load_stored(uow).await?;
    let mut problems = Vec::new();
    let mut wanted = Vec::new();
    for row in rows {
        let slug = match row.slug() {
            Ok(s) => s,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        let current = match stored.get(slug.as_str()) {
            Some((ini, parent)) => current_of(ini, parent.clone())?,
            None => Current::new(),
        };
        match row.apply_to(current) {
            Ok(want) => wanted.push(Wanted {
                origin: row.origin(),
                prefix: "",
                slug,
                want,
            }),
            Err(p) => problems.extend(p),
        }
    }
    let checked = check(&wanted, &stored, &mut problems);
    if !problems.is_empty() {
        return Err(Failure::Problems(problems));
    }
    let mut outcome = Outcome::default();
    for (w, profile) in in_creation_order(&wanted, checked) {
        let (ini, created) = write_profile(uow, &stored, w, &profile).await?;
        let steps = reach_status(uow, ini, w.want.status).await?;
        tally(&mut outcome, created, steps);
        progress(w.slug.as_str());
    }
    Ok(outcome)
}

/// Refuses unless the caller may import (the IGF Secretariat).
pub(super) async fn require_right(uow: &Unit) -> Result<(), ApiError> {
    let principal = &uow.caller().principal;
    principal.require_user()?;
    if uow
        .authz()
        .allowed_platform(principal, PlatformRight::ImportRegistry)
        .await
    {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "only the IGF Secretariat may import initiatives".into(),
        ))
    }
}

pub(super) async fn load_stored(uow: &Unit) -> Result<Stored, ApiError> {
    let rows = initiative::Entity::find()
        .order_by_asc(initiative::Column::Id)
        .all(uow.txn())
        .await?;
    let slugs: HashMap<i64, String> = rows.iter().map(|i| (i.id, i.slug.clone())).collect();
    Ok(rows
        .into_iter()
        .map(|i| {
            let parent = i.parent_id.and_then(|p| slugs.get(&p).cloned());
            (i.slug.clone(), (i, parent))
        })
        .collect())
}

/// What a stored initiative is, as an import's starting point. A national
/// initiative's region is left to follow its country, as in a profile update.
pub(super) fn current_of(
    ini: &initiative::Model,
    parent: Option<String>,
) -> Result<Current, ApiError> {
    let kind = crate::stored::parse::<InitiativeKind>(&ini.kind)?;
    Ok(Current {
        profile: ProfileInput {
            name: ini.name.clone(),
            acronym: ini.acronym.clone(),
            kind: Some(kind),
            country: ini.country.clone(),
            coverage: from_json(&ini.coverage)?,
            un_region: match kind {
                InitiativeKind::National => None,
                _ => Some(crate::stored::parse(&ini.un_region)?),
            },
            established_year: ini.established_year,
            description: from_json(&ini.description)?,
            working_languages: from_json(&ini.working_languages)?,
            website: ini.website.clone(),
            public_email: ini.public_email.clone(),
            social_links: from_json(&ini.social_links)?,
        },
        parent,
        status: crate::stored::initiative_status(ini)?,
    })
}

/// Checks every wanted initiative against the rules and the rest of the
/// file, adding each problem to `problems`; returns the valid profiles, by
/// position in `wanted`.
pub(super) fn check(
    wanted: &[Wanted],
    stored: &Stored,
    problems: &mut Vec<Problem>,
) -> BTreeMap<usize, Profile> {
    let this_year = profile::current_year();
    let mut first: HashMap<&str, &Origin> = HashMap::new();
    let kinds: HashMap<&str, Option<InitiativeKind>> = wanted
        .iter()
        .map(|w| (w.slug.as_str(), w.want.profile.kind))
        .collect();
    let mut valid = BTreeMap::new();
    for (i, w) in wanted.iter().enumerate() {
        let problem = |field: &str, message: String| {
            w.origin.problem(&format!("{}{field}", w.prefix), message)
        };
        if let Some(earlier) = first.insert(w.slug.as_str(), &w.origin) {
            problems.push(problem(
                "/slug",
                format!(
                    "`{}` appears twice (first at {})",
                    w.slug.as_str(),
                    place(earlier)
                ),
            ));
            continue;
        }
        match profile::validate(w.want.profile.clone(), this_year) {
            Ok(p) => {
                valid.insert(i, p);
            }
            Err(e) => problems.extend(w.origin.problems(w.prefix, e.0)),
        }
        if let Some(parent) = &w.want.parent {
            // The parent as the file wants it, else as stored.
            let parent_kind = match kinds.get(parent.as_str()) {
                Some(k) => Some(*k),
                None => stored
                    .get(parent)
                    .map(|(p, _)| InitiativeKind::parse(&p.kind).ok()),
            };
            if w.want.profile.kind != Some(InitiativeKind::Youth) {
                problems.push(problem(
                    "/parent",
                    "only a youth initiative names a parent".into(),
                ));
            } else {
                match parent_kind {
                    None => problems.push(problem(
                        "/parent",
                        format!("no initiative `{parent}` in the registry or the file"),
                    )),
                    Some(Some(InitiativeKind::Youth)) => problems.push(problem(
                        "/parent",
                        "a youth initiative cannot be the parent of another".into(),
                    )),
                    Some(_) => {}
                }
            }
        }
        let from = match stored.get(w.slug.as_str()) {
            Some((ini, _)) => crate::stored::initiative_status(ini).ok(),
            None => Some(InitiativeStatus::Applicant),
        };
        if let Some(from) = from
            && from.path_to(w.want.status).is_none()
        {
            problems.push(problem(
                "/status",
                format!(
                    "an initiative cannot go from `{from}` to `{}`",
                    w.want.status
                ),
            ));
        }
    }
    valid
}

/// How a problem's place is named in another problem's message.
fn place(origin: &Origin) -> String {
    match origin {
        Origin::Line(n) => format!("line {n}"),
        Origin::Pointer(p) => p.clone(),
    }
}

/// The wanted initiatives with their checked profiles, parents before the
/// youth initiatives that name them (a parent is never youth).
pub(super) fn in_creation_order(
    wanted: &[Wanted],
    mut checked: BTreeMap<usize, Profile>,
) -> Vec<(&Wanted, Profile)> {
    let mut ordered: Vec<(&Wanted, Profile)> = wanted
        .iter()
        .enumerate()
        .filter_map(|(i, w)| checked.remove(&i).map(|p| (w, p)))
        .collect();
    ordered.sort_by_key(|(_, p)| p.kind == InitiativeKind::Youth);
    ordered
}

/// Creates the initiative, or updates it when its profile or parent differ
/// from what is stored. Returns the initiative as it is now and whether it
/// was created (`Some(true)`), updated (`Some(false)`) or left (`None`).
pub(super) async fn write_profile(
    uow: &mut Unit,
    stored: &Stored,
    w: &Wanted,
    profile: &Profile,
) -> Result<(initiative::Model, Option<bool>), ApiError> {
    let parent_id = match &w.want.parent {
        Some(p) => Some(load_initiative(uow.txn(), p).await?.id),
        None => None,
    };
    let now = Utc::now();
    match stored.get(w.slug.as_str()) {
        None => {
            let mut active = initiative::ActiveModel {
                slug: Set(w.slug.as_str().to_owned()),
                status: Set(InitiativeStatus::Applicant.as_str().to_owned()),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            };
            apply(&mut active, profile, parent_id);
            let ini = active.insert(uow.txn()).await?;
            created(uow, &ini).await?;
            Ok((ini, Some(true)))
        }
        Some((ini, parent)) => {
            // The import right covers the profile (which the IGF Secretariat
            // does not edit through the API): `require_right` checked it.
            let mut candidate = ini.clone().into_active_model();
            apply(&mut candidate, profile, parent_id);
            let candidate = candidate.try_into_model()?;
            if candidate == *ini {
                return Ok((ini.clone(), None));
            }
            let before = audit_view(ini, parent.clone())?;
            let (updated, _) = store_profile(uow, ini, before, profile, parent_id).await?;
            Ok((updated, Some(false)))
        }
    }
}

/// Moves `ini` to `to` through the status machine, one decision with the
/// reason `imported` a step; returns how many steps.
pub(super) async fn reach_status(
    uow: &mut Unit,
    mut ini: initiative::Model,
    to: InitiativeStatus,
) -> Result<usize, ApiError> {
    let from = crate::stored::initiative_status(&ini)?;
    let steps = from.path_to(to).ok_or_else(|| {
        // `check` found a path before anything was written.
        ApiError::Internal(anyhow::anyhow!("no way from `{from}` to `{to}`"))
    })?;
    if !steps.is_empty() {
        uow.authorize(&ini, Action::WriteStatus).await?;
    }
    for &step in &steps {
        decisions::record(uow, &ini, step, REASON).await?;
        ini = load_initiative(uow.txn(), &ini.slug).await?;
    }
    Ok(steps.len())
}

pub(super) fn tally(outcome: &mut Outcome, written: Option<bool>, steps: usize) {
    match (written, steps) {
        (Some(true), _) => outcome.created += 1,
        (Some(false), _) | (None, 1..) => outcome.updated += 1,
        (None, 0) => outcome.unchanged += 1,
    }
    outcome.decisions += steps;
}
