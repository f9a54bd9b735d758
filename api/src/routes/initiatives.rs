//! `/initiatives` and `/initiatives/{slug}`: the directory, registration and the profile.
use super::{Tag, check_if_match, etag, from_json, load_initiative, to_json, update_versioned};
use crate::audit::{self, Change};
use crate::auth::{Caller, Principal};
use crate::authz::{Action, PlatformRight};
use crate::domain::profile::{self, Profile, ProfileInput};
use crate::domain::{FieldErrors, InitiativeKind, InitiativeStatus, MemberRole, Slug, UnRegion};
use crate::http::body::RenderedJson;
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::{ApiError, OrTaken};
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::{initiative, membership, secretariat};
use poem_openapi::param::{Header, Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::types::MaybeUndefined;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde::Deserialize;
use std::collections::BTreeMap;

pub struct Api(pub AppState);

/// An initiative's public profile.
#[derive(Debug, Clone, Object, serde::Serialize)]
pub struct InitiativeOut {
    pub slug: String,
    pub name: String,
    #[oai(nullable)]
    pub acronym: Option<String>,
    pub kind: InitiativeKind,
    /// ISO 3166-1 alpha-2, for national (and national youth) initiatives.
    #[oai(nullable)]
    pub country: Option<String>,
    /// Countries a regional or sub-regional initiative covers.
    pub coverage: Vec<String>,
    pub un_region: UnRegion,
    /// The initiative a youth initiative is a track of.
    #[oai(nullable)]
    pub parent: Option<String>,
    #[oai(nullable)]
    pub established_year: Option<i32>,
    /// Language-keyed text, e.g. `{"en": "…", "ro": "…"}`.
    pub description: BTreeMap<String, String>,
    pub working_languages: Vec<String>,
    #[oai(nullable)]
    pub website: Option<String>,
    #[oai(nullable)]
    pub public_email: Option<String>,
    pub social_links: BTreeMap<String, String>,
    pub status: InitiativeStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Registration of a new initiative.
#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct NewInitiative {
    /// `[a-z0-9-]{2,64}`, e.g. `liberia-igf`.
    pub slug: String,
    pub name: String,
    #[oai(nullable)]
    pub acronym: Option<String>,
    pub kind: InitiativeKind,
    #[oai(nullable)]
    pub country: Option<String>,
    #[serde(default)]
    #[oai(default)]
    pub coverage: Vec<String>,
    /// Derived from `country` for national initiatives; declared for the others.
    #[oai(nullable)]
    pub un_region: Option<UnRegion>,
    /// Slug of the initiative a youth initiative is a track of.
    #[oai(nullable)]
    pub parent: Option<String>,
    #[oai(nullable)]
    pub established_year: Option<i32>,
    #[serde(default)]
    #[oai(default)]
    pub description: BTreeMap<String, String>,
    #[serde(default)]
    #[oai(default)]
    pub working_languages: Vec<String>,
    #[oai(nullable)]
    pub website: Option<String>,
    #[oai(nullable)]
    pub public_email: Option<String>,
    #[serde(default)]
    #[oai(default)]
    pub social_links: BTreeMap<String, String>,
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

#[derive(Object)]
pub struct InitiativePage {
    pub items: Vec<InitiativeOut>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[derive(ApiResponse)]
pub enum InitiativeResponse {
    #[oai(status = 200)]
    Ok(Json<InitiativeOut>, #[oai(header = "ETag")] String),
}

#[derive(ApiResponse)]
pub enum CreatedInitiative {
    #[oai(status = 201)]
    Created(
        Json<InitiativeOut>,
        #[oai(header = "Location")] String,
        #[oai(header = "ETag")] String,
    ),
}

/// A merge-patched collection: absent keeps `old`, `null` empties it.
fn patched<T: Default>(field: MaybeUndefined<T>, old: T) -> T {
    match field {
        MaybeUndefined::Undefined => old,
        MaybeUndefined::Null => T::default(),
        MaybeUndefined::Value(v) => v,
    }
}

/// The profile as the API shows it; `parent` is resolved by the caller.
pub fn to_out(i: &initiative::Model, parent: Option<String>) -> Result<InitiativeOut, ApiError> {
    Ok(InitiativeOut {
        slug: i.slug.clone(),
        name: i.name.clone(),
        acronym: i.acronym.clone(),
        kind: crate::stored::parse::<InitiativeKind>(&i.kind)?,
        country: i.country.clone(),
        coverage: from_json(&i.coverage)?,
        un_region: crate::stored::parse::<UnRegion>(&i.un_region)?,
        parent,
        established_year: i.established_year,
        description: from_json(&i.description)?,
        working_languages: from_json(&i.working_languages)?,
        website: i.website.clone(),
        public_email: i.public_email.clone(),
        social_links: from_json(&i.social_links)?,
        status: crate::stored::initiative_status(i)?,
        created_at: i.created_at,
        updated_at: i.updated_at,
    })
}

async fn parent_slug(
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
    kind: InitiativeKind,
    parent: Option<&str>,
    errs: &mut FieldErrors,
) -> Result<Option<i64>, ApiError> {
    let Some(slug) = parent else { return Ok(None) };
    if kind != InitiativeKind::Youth {
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
fn apply(active: &mut initiative::ActiveModel, p: &Profile, parent_id: Option<i64>) {
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
    .with("field", serde_json::json!("/slug"))
}

/// Registers an initiative for `creator`: it starts as `applicant`, the creator
/// becomes its focal point, and its secretariat names them. Also used by `nri demo`.
pub async fn register(
    txn: &impl ConnectionTrait,
    caller: &Caller,
    slug: &Slug,
    profile: &Profile,
    parent_id: Option<i64>,
    status: InitiativeStatus,
) -> Result<initiative::Model, ApiError> {
    let now = Utc::now();
    let mut active = initiative::ActiveModel {
        slug: Set(slug.as_str().to_owned()),
        status: Set(status.as_str().to_owned()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    apply(&mut active, profile, parent_id);
    // A concurrent registration of the same slug may come first.
    let ini = active.insert(txn).await.or_taken(|| slug_taken(slug))?;
    let user = caller.principal.require_user()?;
    membership::ActiveModel {
        user_id: Set(user.id),
        initiative_id: Set(ini.id),
        role: Set(MemberRole::FocalPoint.as_str().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
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
    .insert(txn)
    .await?;
    let parent = match parent_id {
        Some(id) => initiative::Entity::find_by_id(id)
            .one(txn)
            .await?
            .map(|p| p.slug),
        None => None,
    };
    if let Some(site) = &ini.website {
        crate::outbox::emit(
            txn,
            crate::outbox::Event::WebsiteChanged,
            &ini,
            None,
            serde_json::json!({ "website": site }),
        )
        .await?;
    }
    audit::record(
        txn,
        caller,
        Change {
            initiative: Some(&ini),
            action: "initiative.create",
            target: format!("initiative/{}", ini.slug),
            before: None,
            after: Some(crate::audit::json(to_out(&ini, parent)?)),
        },
    )
    .await?;
    Ok(ini)
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        ApiError::Internal(e.into())
    }
}

/// Initiative ids the caller is a member of.
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

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Initiatives")]
impl Api {
    /// The directory of initiatives
    ///
    /// The public sees recognised (and lapsed) initiatives; members also see
    /// their own, and the IGF Secretariat sees all. Ordered by slug.
    #[oai(path = "/", method = "get", operation_id = "list_initiatives")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        caller: Caller,
        kind: Query<Option<InitiativeKind>>,
        un_region: Query<Option<UnRegion>>,
        country: Query<Option<String>>,
        status: Query<Option<InitiativeStatus>>,
        /// Search in name, acronym and slug (case-insensitive).
        q: Query<Option<String>>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<RenderedJson<InitiativePage>, ApiError> {
        // The anonymous directory is the same for every caller: each page is
        // rendered once per state of the initiatives table, which every
        // write changes (count, sum of the row versions, highest id), and
        // revalidated with that one small query on each request.
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let db = &self.0.db;
        let cached = match caller.principal.user() {
            Some(_) => None,
            None => {
                let state: Option<String> = initiative::Entity::find()
                    .select_only()
                    .column_as(
                        Expr::cust(
                            "CAST(COUNT(*) AS TEXT) || ':' || CAST(COALESCE(SUM(version), 0) AS TEXT) || ':' || CAST(COALESCE(MAX(id), 0) AS TEXT)",
                        ),
                        "state",
                    )
                    .into_tuple()
                    .one(db)
                    .await?;
                let key = format!(
                    "{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}",
                    kind.0, un_region.0, country.0, status.0, q.0, limit.0, cursor.0
                );
                let state = state.unwrap_or_default();
                if let Some(body) = self.0.caches.directory_page(&key, &state) {
                    return Ok(RenderedJson::new(body));
                }
                Some((key, state))
            }
        };
        let mut query = initiative::Entity::find();
        let sees_all = self
            .0
            .authz
            .allowed_platform(&caller.principal, PlatformRight::ReadAllInitiatives)
            .await;
        if !sees_all {
            let public: Vec<&str> = InitiativeStatus::ALL
                .iter()
                .filter(|s| s.is_public())
                .map(|s| s.as_str())
                .collect();
            let mine = member_initiative_ids(db, &caller.principal).await?;
            query = query.filter(
                Condition::any()
                    .add(initiative::Column::Status.is_in(public))
                    .add(initiative::Column::Id.is_in(mine)),
            );
        }
        if let Some(k) = kind.0 {
            query = query.filter(initiative::Column::Kind.eq(k.as_str()));
        }
        if let Some(r) = un_region.0 {
            query = query.filter(initiative::Column::UnRegion.eq(r.as_str()));
        }
        if let Some(c) = country.0.as_deref() {
            let c =
                crate::domain::CountryCode::parse(c).map_err(|m| ApiError::field("country", m))?;
            query = query.filter(
                Condition::any()
                    .add(initiative::Column::Country.eq(c.as_str()))
                    .add(initiative::Column::Coverage.like(format!("%\"{}\"%", c.as_str()))),
            );
        }
        if let Some(s) = status.0 {
            query = query.filter(initiative::Column::Status.eq(s.as_str()));
        }
        if let Some(q) = q.0.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
            let pattern = format!("%{}%", q.to_lowercase().replace(['\\', '%', '_'], ""));
            let lower = |c: initiative::Column| Expr::expr(Func::lower(Expr::col(c)));
            query = query.filter(
                Condition::any()
                    .add(lower(initiative::Column::Name).like(pattern.clone()))
                    .add(lower(initiative::Column::Acronym).like(pattern.clone()))
                    .add(initiative::Column::Slug.like(pattern)),
            );
        }
        if let Some(after) = &page.after {
            query = query.filter(initiative::Column::Slug.gt(after.as_str()));
        }
        let rows = query
            .order_by_asc(initiative::Column::Slug)
            .limit(page.fetch())
            .all(db)
            .await?;
        let (rows, next_cursor) = page.finish(rows, |r| r.slug.clone());
        let parents: BTreeMap<i64, String> = {
            let ids: Vec<i64> = rows.iter().filter_map(|r| r.parent_id).collect();
            if ids.is_empty() {
                BTreeMap::new()
            } else {
                initiative::Entity::find()
                    .filter(initiative::Column::Id.is_in(ids))
                    .all(db)
                    .await?
                    .into_iter()
                    .map(|p| (p.id, p.slug))
                    .collect()
            }
        };
        let items = rows
            .iter()
            .map(|r| to_out(r, r.parent_id.and_then(|p| parents.get(&p).cloned())))
            .collect::<Result<_, _>>()?;
        let rendered = RenderedJson::render(&InitiativePage { items, next_cursor }).await;
        if let Some((key, state)) = cached {
            self.0
                .caches
                .remember_directory_page(key, state, rendered.body());
        }
        Ok(rendered)
    }

    /// Register an initiative
    ///
    /// It starts as `applicant`; the caller becomes its focal point.
    #[oai(path = "/", method = "post", operation_id = "create_initiative")]
    async fn create(
        &self,
        caller: Caller,
        body: JsonBody<NewInitiative>,
    ) -> Result<CreatedInitiative, ApiError> {
        caller.principal.require_user()?;
        if !self.0.authz.may_create_initiative(&caller.principal).await {
            return Err(ApiError::Forbidden(
                "your account may not register initiatives".into(),
            ));
        }
        let b = body.0;
        let mut errs = FieldErrors::default();
        let slug = errs.take("/slug", Slug::parse(&b.slug));
        let input = ProfileInput {
            name: b.name,
            acronym: b.acronym,
            kind: Some(b.kind),
            country: b.country,
            coverage: b.coverage,
            un_region: b.un_region,
            established_year: b.established_year,
            description: b.description,
            working_languages: b.working_languages,
            website: b.website,
            public_email: b.public_email,
            social_links: b.social_links,
        };
        let txn = self.0.db.begin().await?;
        let parent_id = resolve_parent(&txn, b.kind, b.parent.as_deref(), &mut errs).await?;
        let profile = match profile::validate(input, profile::current_year()) {
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
            .one(&txn)
            .await?;
        if exists.is_some() {
            return Err(slug_taken(&slug));
        }
        let ini = register(
            &txn,
            &caller,
            &slug,
            &profile,
            parent_id,
            InitiativeStatus::Applicant,
        )
        .await?;
        txn.commit().await?;
        worker::wake(); // its outbox event is committed
        self.0.authz.reload().await.map_err(ApiError::Internal)?;
        let parent = parent_slug(&self.0.db, &ini).await?;
        Ok(CreatedInitiative::Created(
            Json(to_out(&ini, parent)?),
            format!("/api/v1/initiatives/{}", ini.slug),
            etag(ini.version),
        ))
    }

    /// An initiative's profile
    #[oai(path = "/:slug", method = "get", operation_id = "get_initiative")]
    async fn get(
        &self,
        caller: Caller,
        slug: Path<String>,
    ) -> Result<InitiativeResponse, ApiError> {
        let ini = load_initiative(&self.0.db, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadInitiative)
            .await?;
        let parent = parent_slug(&self.0.db, &ini).await?;
        Ok(InitiativeResponse::Ok(
            Json(to_out(&ini, parent)?),
            etag(ini.version),
        ))
    }

    /// Update the profile (JSON merge patch; `If-Match` required)
    #[oai(path = "/:slug", method = "patch", operation_id = "patch_initiative")]
    async fn patch(
        &self,
        caller: Caller,
        slug: Path<String>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<InitiativePatch>,
    ) -> Result<InitiativeResponse, ApiError> {
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteProfile)
            .await?;
        check_if_match(if_match.0.as_deref(), ini.version)?;
        let before = to_out(&ini, parent_slug(&txn, &ini).await?)?;
        let p = body.0;
        let merge = |field: MaybeUndefined<String>, old: Option<String>| match field {
            MaybeUndefined::Undefined => old,
            MaybeUndefined::Null => None,
            MaybeUndefined::Value(v) => Some(v),
        };
        let kind = match p.kind {
            MaybeUndefined::Value(k) => k,
            MaybeUndefined::Null => return Err(ApiError::field("/kind", "cannot be null")),
            MaybeUndefined::Undefined => before.kind,
        };
        let input = ProfileInput {
            name: match p.name {
                MaybeUndefined::Value(v) => v,
                MaybeUndefined::Null => String::new(),
                MaybeUndefined::Undefined => before.name.clone(),
            },
            acronym: merge(p.acronym, before.acronym.clone()),
            kind: Some(kind),
            country: merge(p.country, before.country.clone()),
            coverage: patched(p.coverage, before.coverage.clone()),
            // A national initiative's region follows its country unless the patch names one.
            un_region: match p.un_region {
                MaybeUndefined::Value(r) => Some(r),
                MaybeUndefined::Null => None,
                MaybeUndefined::Undefined if kind == InitiativeKind::National => None,
                MaybeUndefined::Undefined => Some(before.un_region),
            },
            established_year: match p.established_year {
                MaybeUndefined::Value(y) => Some(y),
                MaybeUndefined::Null => None,
                MaybeUndefined::Undefined => before.established_year,
            },
            description: patched(p.description, before.description.clone()),
            working_languages: patched(p.working_languages, before.working_languages.clone()),
            website: merge(p.website, before.website.clone()),
            public_email: merge(p.public_email, before.public_email.clone()),
            social_links: patched(p.social_links, before.social_links.clone()),
        };
        let mut errs = FieldErrors::default();
        let parent_slug_new = merge(p.parent, before.parent.clone());
        let parent_id = resolve_parent(&txn, kind, parent_slug_new.as_deref(), &mut errs).await?;
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
        let mut active = initiative::ActiveModel {
            version: Set(ini.version + 1),
            updated_at: Set(Utc::now()),
            ..Default::default()
        };
        apply(&mut active, &profile, parent_id);
        // Compare-and-set on the version, so a concurrent writer cannot be overwritten.
        update_versioned(
            &txn,
            active,
            initiative::Column::Id,
            ini.id,
            initiative::Column::Version,
            ini.version,
        )
        .await?;
        let updated = load_initiative(&txn, &ini.slug).await?;
        if updated.website != ini.website && updated.website.is_some() {
            crate::outbox::emit(
                &txn,
                crate::outbox::Event::WebsiteChanged,
                &updated,
                None,
                serde_json::json!({ "website": updated.website }),
            )
            .await?;
        }
        let after = to_out(&updated, parent_slug(&txn, &updated).await?)?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&updated),
                action: "initiative.update",
                target: format!("initiative/{}", updated.slug),
                before: Some(crate::audit::json(&before)),
                after: Some(crate::audit::json(&after)),
            },
        )
        .await?;
        txn.commit().await?;
        worker::wake(); // its outbox event is committed
        Ok(InitiativeResponse::Ok(Json(after), etag(updated.version)))
    }
}
