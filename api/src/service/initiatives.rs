//! Initiatives: the directory, registration and the profile. A registration
//! makes its creator the focal point and names them in the secretariat.
use super::store::{from_json, load_initiative, to_json, update_versioned};
use super::{Reader, Unit};
use crate::audit::Change;
use crate::auth::Principal;
use crate::authz::{Action, PlatformRight};
use crate::domain::profile::{self, Profile, ProfileInput};
use crate::domain::{
    CountryCode, FieldErrors, InitiativeKind, InitiativeStatus, MemberRole, Slug, UnRegion,
};
use crate::http::conditional::check_if_match;
use crate::pagination::PageRequest;
use crate::problem::{ApiError, OrTaken};
use chrono::Utc;
use domain::events::OutboxEvent;
use entity::{initiative, membership, secretariat};
use poem_openapi::Object;
use poem_openapi::types::MaybeUndefined;
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, Set,
};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// An initiative with the slug of its parent (youth initiatives).
pub type WithParent = (initiative::Model, Option<String>);

/// What the directory is filtered by.
#[derive(Debug, Default)]
pub struct Directory {
    pub kind: Option<InitiativeKind>,
    pub un_region: Option<UnRegion>,
    /// ISO 3166-1 alpha-2, as given: an initiative of the country or covering it.
    pub country: Option<String>,
    pub status: Option<InitiativeStatus>,
    /// Search in name, acronym and slug (case-insensitive).
    pub q: Option<String>,
    /// The slug of the initiative they are a youth track of.
    pub parent: Option<String>,
}

/// A registration: the slug, the parent's slug and the profile, checked by [`register`].
pub struct Registration {
    pub slug: String,
    pub parent: Option<String>,
    pub profile: ProfileInput,
}

/// A JSON merge patch of the profile: absent fields stay, `null` clears.
/// `slug` cannot change; `status` changes through recognition decisions.
#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct InitiativePatch {
    #[serde(default)]
    pub name: MaybeUndefined<String>,
    #[serde(default)]
    pub acronym: MaybeUndefined<String>,
    #[serde(default)]
    pub kind: MaybeUndefined<InitiativeKind>,
    #[serde(default)]
    pub country: MaybeUndefined<String>,
    #[serde(default)]
    pub coverage: MaybeUndefined<Vec<String>>,
    #[serde(default)]
    pub un_region: MaybeUndefined<UnRegion>,
    #[serde(default)]
    pub parent: MaybeUndefined<String>,
    #[serde(default)]
    pub established_year: MaybeUndefined<i32>,
    #[serde(default)]
    pub description: MaybeUndefined<BTreeMap<String, String>>,
    #[serde(default)]
    pub working_languages: MaybeUndefined<Vec<String>>,
    #[serde(default)]
    pub website: MaybeUndefined<String>,
    #[serde(default)]
    pub public_email: MaybeUndefined<String>,
    #[serde(default)]
    pub social_links: MaybeUndefined<BTreeMap<String, String>>,
}

/// The state of the initiatives table, which every write changes (count,
/// sum of the row versions, highest id): what a cached directory page
/// depends on.
#[tracing::instrument(skip(r))]
pub async fn directory_state(r: &Reader<'_>) -> Result<String, ApiError> {
    let state: Option<String> = initiative::Entity::find()
        .select_only()
        .column_as(
            Expr::cust(
                "CAST(COUNT(*) AS TEXT) || ':' || CAST(COALESCE(SUM(version), 0) AS TEXT) || ':' || CAST(COALESCE(MAX(id), 0) AS TEXT)",
            ),
            "state",
        )
        .into_tuple()
        .one(r.db)
        .await?;
    state.ok_or_else(|| {
        ApiError::Internal(anyhow::anyhow!("the directory state query returned no row"))
    })
}

/// A page of the directory, ordered by slug. The public sees recognised
/// (and lapsed) initiatives; members also see their own, and the IGF
/// Secretariat sees all.
#[tracing::instrument(skip(r, page))]
pub async fn list(
    r: &Reader<'_>,
    filter: Directory,
    page: PageRequest,
) -> Result<(Vec<WithParent>, Option<String>), ApiError> {
    let mut query = directory_query(r, filter).await?;
    if let Some(after) = &page.after {
        query = query.filter(initiative::Column::Slug.gt(after.as_str()));
    }
    let rows = query.limit(page.fetch()).all(r.db).await?;
    let (rows, next_cursor) = page.finish(rows, |r| r.slug.clone());
    Ok((with_parents(r.db, rows).await?, next_cursor))
}

/// The whole directory as `caller` sees it (as [`list`], unpaginated), for
/// `GET /initiatives.csv`.
#[tracing::instrument(skip(r))]
pub async fn list_all(r: &Reader<'_>, filter: Directory) -> Result<Vec<WithParent>, ApiError> {
    let rows = directory_query(r, filter).await?.all(r.db).await?;
    with_parents(r.db, rows).await
}

/// Every initiative (or only `only`), ordered by slug: the operator's view,
/// for `nri export` (whoever runs the command owns the database).
#[tracing::instrument(skip(db))]
pub async fn every(
    db: &impl ConnectionTrait,
    only: Option<&str>,
) -> Result<Vec<WithParent>, ApiError> {
    let rows = match only {
        Some(slug) => vec![load_initiative(db, slug).await?],
        None => {
            initiative::Entity::find()
                .order_by_asc(initiative::Column::Slug)
                .all(db)
                .await?
        }
    };
    with_parents(db, rows).await
}

/// The directory's rows `r.caller` may see, filtered, ordered by slug.
pub(super) async fn directory_query(
    r: &Reader<'_>,
    filter: Directory,
) -> Result<sea_orm::Select<initiative::Entity>, ApiError> {
    let mut query = initiative::Entity::find();
    let sees_all = r
        .authz
        .allowed_platform(&r.caller.principal, PlatformRight::ReadAllInitiatives)
        .await;
    if !sees_all {
        let public: Vec<&str> = InitiativeStatus::ALL
            .iter()
            .filter(|s| s.is_public())
            .map(|s| s.as_str())
            .collect();
        let mine = member_initiative_ids(r.db, &r.caller.principal).await?;
        query = query.filter(
            Condition::any()
                .add(initiative::Column::Status.is_in(public))
                .add(initiative::Column::Id.is_in(mine)),
        );
    }
    if let Some(k) = filter.kind {
        query = query.filter(initiative::Column::Kind.eq(k.as_str()));
    }
    if let Some(r) = filter.un_region {
        query = query.filter(initiative::Column::UnRegion.eq(r.as_str()));
    }
    if let Some(c) = filter.country.as_deref() {
        let c = CountryCode::parse(c).map_err(|m| ApiError::field("country", m))?;
        query = query.filter(
            Condition::any()
                .add(initiative::Column::Country.eq(c.as_str()))
                .add(initiative::Column::Coverage.like(format!("%\"{}\"%", c.as_str()))),
        );
    }
    if let Some(s) = filter.status {
        query = query.filter(initiative::Column::Status.eq(s.as_str()));
    }
    if let Some(parent) = filter.parent.as_deref() {
        let parent = Slug::parse(parent).map_err(|m| ApiError::field("parent", m))?;
        let id = initiative::Entity::find()
            .select_only()
            .column(initiative::Column::Id)
            .filter(initiative::Column::Slug.eq(parent.as_str()))
            .into_query();
        query = query.filter(initiative::Column::ParentId.in_subquery(id));
    }
    if let Some(q) = filter.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        let pattern = format!("%{}%", q.to_lowercase().replace(['\\', '%', '_'], ""));
        let lower = |c: initiative::Column| Expr::expr(Func::lower(Expr::col(c)));
        query = query.filter(
            Condition::any()
                .add(lower(initiative::Column::Name).like(pattern.clone()))
                .add(lower(initiative::Column::Acronym).like(pattern.clone()))
                .add(initiative::Column::Slug.like(pattern)),
        );
    }
    Ok(query.order_by_asc(initiative::Column::Slug))
}

/// `rows` each with the slug of its parent.
async fn with_parents(
    db: &impl ConnectionTrait,
    rows: Vec<initiative::Model>,
) -> Result<Vec<WithParent>, ApiError> {
    let ids: Vec<i64> = rows.iter().filter_map(|r| r.parent_id).collect();
    let parents: BTreeMap<i64, String> = if ids.is_empty() {
        BTreeMap::new()
    } else {
        initiative::Entity::find()
            .filter(initiative::Column::Id.is_in(ids))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.slug))
            .collect()
    };
    Ok(rows
        .into_iter()
        .map(|r| {
            let parent = r.parent_id.and_then(|p| parents.get(&p).cloned());
            (r, parent)
        })
        .collect())
}

/// The profile of `slug`.
#[tracing::instrument(skip(r))]
pub async fn get(r: &Reader<'_>, slug: &str) -> Result<WithParent, ApiError> {
    let ini = load_initiative(r.db, slug).await?;
    r.authorize(&ini, Action::ReadInitiative).await?;
    let parent = parent_slug(r.db, &ini).await?;
    Ok((ini, parent))
}

/// Registers an initiative for the caller: it starts as `applicant`, the
/// caller becomes its focal point, and its secretariat names them. Roles
/// change, so the unit ends with `members::commit_and_reload_policy`.
#[tracing::instrument(skip(uow, reg), fields(slug = %reg.slug))]
pub async fn register(uow: &mut Unit, reg: Registration) -> Result<WithParent, ApiError> {
    uow.caller().principal.require_user()?;
    if !uow
        .authz()
        .may_create_initiative(&uow.caller().principal)
        .await
    {
        return Err(ApiError::Forbidden(
            "your account may not register initiatives".into(),
        ));
    }
    let mut errs = FieldErrors::default();
    let slug = errs.take("/slug", Slug::parse(&reg.slug));
    let kind = reg.profile.kind;
    let parent_id = resolve_parent(uow.txn(), kind, reg.parent.as_deref(), &mut errs).await?;
    let profile = match profile::validate(reg.profile, profile::current_year()) {
        Ok(p) => Some(p),
        Err(e) => {
            errs.0.extend(e.0);
            None
        }
    };
    let (Some(slug), Some(profile), true) = (slug, profile, errs.is_empty()) else {
        return Err(ApiError::Validation(errs.0));
    };
    let exists = initiative::Entity::find()
        .filter(initiative::Column::Slug.eq(slug.as_str()))
        .one(uow.txn())
        .await?;
    if exists.is_some() {
        return Err(slug_taken(&slug));
    }
    let now = Utc::now();
    let mut active = initiative::ActiveModel {
        slug: Set(slug.as_str().to_owned()),
        status: Set(InitiativeStatus::Applicant.as_str().to_owned()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    apply(&mut active, &profile, parent_id);
    // A concurrent registration of the same slug may come first.
    let ini = active
        .insert(uow.txn())
        .await
        .or_taken(|| slug_taken(&slug))?;
    let user = uow.caller().principal.require_user()?.clone();
    uow.changes_policy();
    membership::ActiveModel {
        user_id: Set(user.id),
        initiative_id: Set(ini.id),
        role: Set(MemberRole::FocalPoint.as_str().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(uow.txn())
    .await?;
    secretariat::ActiveModel {
        initiative_id: Set(ini.id),
        supporting_organisations: Set("[]".into()),
        contact_emails: Set("[]".into()),
        focal_point_name: Set(Some(user.name.clone())),
        focal_point_email: Set(Some(user.email.clone())),
        version: Set(1),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(uow.txn())
    .await?;
    let parent = created(uow, &ini).await?;
    // A new applicant: the IGF Secretariat is told (imports are not announced).
    uow.emit(&ini, OutboxEvent::Registered {});
    Ok((ini, parent))
}

/// Audits the creation of `ini` and has its website checked (recognition
/// criterion 3); returns its parent's slug.
pub(super) async fn created(
    uow: &mut Unit,
    ini: &initiative::Model,
) -> Result<Option<String>, ApiError> {
    let parent = parent_slug(uow.txn(), ini).await?;
    if let Some(site) = &ini.website {
        uow.emit(
            ini,
            OutboxEvent::WebsiteChanged {
                website: Some(site.clone()),
            },
        );
    }
    uow.audit(Change {
        initiative: Some(ini),
        action: "initiative.create",
        target: format!("initiative/{}", ini.slug),
        before: None,
        after: Some(audit_view(ini, parent.clone())?),
    });
    Ok(parent)
}

/// Merge-patches the profile of `slug` (`If-Match` required).
#[tracing::instrument(skip(uow, p))]
pub async fn update(
    uow: &mut Unit,
    slug: &str,
    if_match: Option<&str>,
    p: InitiativePatch,
) -> Result<WithParent, ApiError> {
    let ini = load_initiative(uow.txn(), slug).await?;
    uow.authorize(&ini, Action::WriteProfile).await?;
    check_if_match(if_match, ini.version)?;
    let parent_before = parent_slug(uow.txn(), &ini).await?;
    let before = audit_view(&ini, parent_before.clone())?;
    let merge = |field: MaybeUndefined<String>, old: Option<String>| match field {
        MaybeUndefined::Undefined => old,
        MaybeUndefined::Null => None,
        MaybeUndefined::Value(v) => Some(v),
    };
    let current_kind = crate::stored::parse::<InitiativeKind>(&ini.kind)?;
    let current_region = crate::stored::parse::<UnRegion>(&ini.un_region)?;
    let kind = match p.kind {
        MaybeUndefined::Value(k) => k,
        MaybeUndefined::Null => return Err(ApiError::field("/kind", "cannot be null")),
        MaybeUndefined::Undefined => current_kind,
    };
    let input = ProfileInput {
        name: match p.name {
            MaybeUndefined::Value(v) => v,
            MaybeUndefined::Null => String::new(),
            MaybeUndefined::Undefined => ini.name.clone(),
        },
        acronym: merge(p.acronym, ini.acronym.clone()),
        kind: Some(kind),
        country: merge(p.country, ini.country.clone()),
        coverage: patched(p.coverage, || from_json(&ini.coverage))?,
        // A national initiative's region follows its country unless the patch names one.
        un_region: match p.un_region {
            MaybeUndefined::Value(r) => Some(r),
            MaybeUndefined::Null => None,
            MaybeUndefined::Undefined if kind == InitiativeKind::National => None,
            MaybeUndefined::Undefined => Some(current_region),
        },
        established_year: match p.established_year {
            MaybeUndefined::Value(y) => Some(y),
            MaybeUndefined::Null => None,
            MaybeUndefined::Undefined => ini.established_year,
        },
        description: patched(p.description, || from_json(&ini.description))?,
        working_languages: patched(p.working_languages, || from_json(&ini.working_languages))?,
        website: merge(p.website, ini.website.clone()),
        public_email: merge(p.public_email, ini.public_email.clone()),
        social_links: patched(p.social_links, || from_json(&ini.social_links))?,
    };
    let mut errs = FieldErrors::default();
    let parent_slug_new = merge(p.parent, parent_before);
    let parent_id =
        resolve_parent(uow.txn(), Some(kind), parent_slug_new.as_deref(), &mut errs).await?;
    let profile = match profile::validate(input, profile::current_year()) {
        Ok(pr) => Some(pr),
        Err(e) => {
            errs.0.extend(e.0);
            None
        }
    };
    let (Some(profile), true) = (profile, errs.is_empty()) else {
        return Err(ApiError::Validation(errs.0));
    };
    store_profile(uow, &ini, before, &profile, parent_id).await
}

/// Writes a checked profile over `ini` (compare-and-set on its version, so a
/// concurrent writer is never overwritten), announces a changed website and
/// audits the change from `before` (`ini` as `audit_view` shows it).
pub(super) async fn store_profile(
    uow: &mut Unit,
    ini: &initiative::Model,
    before: Value,
    profile: &Profile,
    parent_id: Option<i64>,
) -> Result<WithParent, ApiError> {
    let mut active = initiative::ActiveModel {
        version: Set(ini.version + 1),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    apply(&mut active, profile, parent_id);
    update_versioned(
        uow.txn(),
        active,
        initiative::Column::Id,
        ini.id,
        initiative::Column::Version,
        ini.version,
    )
    .await?;
    let updated = load_initiative(uow.txn(), &ini.slug).await?;
    if updated.website != ini.website && updated.website.is_some() {
        uow.emit(
            &updated,
            OutboxEvent::WebsiteChanged {
                website: updated.website.clone(),
            },
        );
    }
    let parent = parent_slug(uow.txn(), &updated).await?;
    uow.audit(Change {
        initiative: Some(&updated),
        action: "initiative.update",
        target: format!("initiative/{}", updated.slug),
        before: Some(before),
        after: Some(audit_view(&updated, parent.clone())?),
    });
    Ok((updated, parent))
}

/// Initiative ids the caller is a member of.
#[tracing::instrument(skip(db, principal))]
pub async fn member_initiative_ids(
    db: &impl ConnectionTrait,
    principal: &Principal,
) -> Result<Vec<i64>, ApiError> {
    let Some(user) = principal.user() else {
        return Ok(vec![]);
    };
    Ok(membership::Entity::find()
        .filter(membership::Column::UserId.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.initiative_id)
        .collect())
}

/// A merge-patched collection: absent keeps the stored one, `null` empties it.
fn patched<T: Default>(
    field: MaybeUndefined<T>,
    stored: impl FnOnce() -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    Ok(match field {
        MaybeUndefined::Undefined => stored()?,
        MaybeUndefined::Null => T::default(),
        MaybeUndefined::Value(v) => v,
    })
}

pub(super) async fn parent_slug(
    db: &impl ConnectionTrait,
    i: &initiative::Model,
) -> Result<Option<String>, ApiError> {
    Ok(match i.parent_id {
        Some(id) => initiative::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|p| p.slug),
        None => None,
    })
}

/// Resolves `parent` (youth initiatives only; the parent must exist and not be youth).
async fn resolve_parent(
    db: &impl ConnectionTrait,
    kind: Option<InitiativeKind>,
    parent: Option<&str>,
    errs: &mut FieldErrors,
) -> Result<Option<i64>, ApiError> {
    let Some(slug) = parent else { return Ok(None) };
    if kind != Some(InitiativeKind::Youth) {
        errs.push("/parent", "only a youth initiative names a parent");
        return Ok(None);
    }
    match initiative::Entity::find()
        .filter(initiative::Column::Slug.eq(slug))
        .one(db)
        .await?
    {
        None => errs.push("/parent", format!("no initiative `{slug}`")),
        Some(p) if p.kind == InitiativeKind::Youth.as_str() => errs.push(
            "/parent",
            "a youth initiative cannot be the parent of another",
        ),
        Some(p) => return Ok(Some(p.id)),
    }
    Ok(None)
}

/// Writes a validated profile into an active model.
pub(super) fn apply(active: &mut initiative::ActiveModel, p: &Profile, parent_id: Option<i64>) {
    active.name = Set(p.name.clone());
    active.acronym = Set(p.acronym.clone());
    active.kind = Set(p.kind.as_str().to_owned());
    active.country = Set(p.country.map(|c| c.as_str().to_owned()));
    active.coverage = Set(to_json(
        &p.coverage.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
    ));
    active.un_region = Set(p.un_region.as_str().to_owned());
    active.parent_id = Set(parent_id);
    active.established_year = Set(p.established_year);
    active.description = Set(to_json(&p.description));
    active.working_languages = Set(to_json(&p.working_languages));
    active.website = Set(p.website.as_ref().map(|w| w.as_str().to_owned()));
    active.public_email = Set(p.public_email.as_ref().map(|e| e.as_str().to_owned()));
    active.social_links = Set(to_json(&p.social_links));
}

/// The conflict of a registration whose slug is taken.
fn slug_taken(slug: &Slug) -> ApiError {
    ApiError::conflict(
        "slug-taken",
        "Slug taken",
        format!("`{}` is already registered", slug.as_str()),
    )
    .with("field", json!("/slug"))
}

/// The profile as the audit log keeps it: as the API shows it.
pub(super) fn audit_view(i: &initiative::Model, parent: Option<String>) -> Result<Value, ApiError> {
    Ok(json!({
        "slug": i.slug,
        "name": i.name,
        "acronym": i.acronym,
        "kind": crate::stored::parse::<InitiativeKind>(&i.kind)?,
        "country": i.country,
        "coverage": from_json::<Vec<String>>(&i.coverage)?,
        "un_region": crate::stored::parse::<UnRegion>(&i.un_region)?,
        "parent": parent,
        "established_year": i.established_year,
        "description": from_json::<BTreeMap<String, String>>(&i.description)?,
        "working_languages": from_json::<Vec<String>>(&i.working_languages)?,
        "website": i.website,
        "public_email": i.public_email,
        "social_links": from_json::<BTreeMap<String, String>>(&i.social_links)?,
        "status": crate::stored::initiative_status(i)?,
        "created_at": i.created_at,
        "updated_at": i.updated_at,
    }))
}
