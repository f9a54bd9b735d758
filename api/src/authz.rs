//! Authorisation: the one place that decides. A Casbin RBAC-with-domains model
//! whose domain is the initiative's slug; its `p` rules (the SPEC's access
//! table) come from the `casbin_rule` table, its `g` rules (who holds which
//! role where) from `memberships` and `users.platform_role`, through the small
//! adapter below. Handlers ask `decide`, which also chooses between 401, 403
//! and 404 so that another tenant's private resource never leaks its existence.
use crate::auth::Principal;
use crate::problem::ApiError;
use crate::service::versions::Versions;
use async_trait::async_trait;
use casbin::{Adapter, CoreApi, DefaultModel, Enforcer, Filter, MgmtApi, Model};
use entity::{casbin_rule, contributes_to, initiative, membership, user};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use tokio::sync::RwLock;

/// The platform-wide domain's name, as a literal for `MODEL`'s matcher.
macro_rules! platform_domain {
    () => {
        "@platform"
    };
}

/// Any initiative, in a `p` rule's domain.
macro_rules! any_initiative {
    () => {
        "*"
    };
}

/// `*` rules hold in every initiative's domain, never in the platform's: a
/// role granted platform-wide confers only the rules written for that domain.
const MODEL: &str = concat!(
    r#"
[request_definition]
r = sub, dom, obj, act

[policy_definition]
p = sub, dom, obj, act

[role_definition]
g = _, _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = g(r.sub, p.sub, r.dom) && (r.dom == p.dom || p.dom == ""#,
    any_initiative!(),
    r#"" && r.dom != ""#,
    platform_domain!(),
    r#"") && r.obj == p.obj && r.act == p.act
"#
);

/// The domain in which platform-wide roles are granted and platform-wide
/// rules written. Initiatives' domains are their slugs, which cannot contain
/// `@` (see `domain::Slug`): no initiative can ever be this domain, so no
/// role held in an initiative can reach the platform's rules.
pub const PLATFORM: &str = platform_domain!();

/// The domain of `p` rules that hold in every initiative (and which the
/// platform-wide right to register initiatives is asked in). Not a slug either.
const ANY_INITIATIVE: &str = any_initiative!();

/// What is being done. Objects whose readability depends on the initiative's
/// status are resolved by `Authz::read_object`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The initiative's profile and its public parts (secretariat without the
    /// focal point's e-mail, committee counts, links).
    ReadInitiative,
    /// Committee personal data and the focal point's e-mail.
    ReadPersonalData,
    WriteProfile,
    WriteSecretariat,
    WriteCommittee,
    WriteContributesTo,
    ReadMembers,
    WriteMembers,
    WriteStatus,
    ReadAudit,
    /// An accepted report (public where the initiative is).
    ReadAcceptedReport,
    /// Drafts, submitted and returned reports, reviewer comments, versions.
    ReadPrivateReport,
    /// Whether a report was submitted and whether it is overdue.
    ReadReportStatus,
    WriteReport,
    SubmitReport,
    ReviewReport,
    ReopenReport,
    WritePrinciples,
    ReadRecognition,
}

impl Action {
    /// The read right over what this action changes: whoever lacks it is
    /// told 404 rather than 403, so nothing about a private resource leaks.
    pub fn read_counterpart(self) -> Action {
        match self {
            Action::WriteProfile
            | Action::WriteSecretariat
            | Action::WriteCommittee
            | Action::WriteContributesTo => Action::ReadInitiative,
            // Members and decision records are read by the same roles.
            Action::WriteMembers | Action::WriteStatus => Action::ReadMembers,
            Action::WritePrinciples => Action::ReadInitiative,
            // Whoever sees that a report exists (its status) is told 403, others 404.
            Action::WriteReport
            | Action::SubmitReport
            | Action::ReviewReport
            | Action::ReopenReport
            | Action::ReadPrivateReport => Action::ReadReportStatus,
            read => read,
        }
    }

    fn object_and_act(self, public: bool) -> (&'static str, &'static str) {
        match self {
            Action::ReadInitiative if public => ("initiative.public", "read"),
            Action::ReadInitiative => ("initiative.private", "read"),
            Action::ReadPersonalData => ("personal_data", "read"),
            Action::WriteProfile => ("profile", "write"),
            Action::WriteSecretariat => ("secretariat", "write"),
            Action::WriteCommittee => ("committee", "write"),
            Action::WriteContributesTo => ("contributes_to", "write"),
            Action::ReadMembers => ("members", "read"),
            Action::WriteMembers => ("members", "write"),
            Action::WriteStatus => ("status", "write"),
            Action::ReadAudit => ("audit", "read"),
            Action::ReadAcceptedReport => ("report.accepted", "read"),
            Action::ReadPrivateReport => ("report.private", "read"),
            Action::ReadReportStatus => ("report.status", "read"),
            Action::WriteReport => ("report", "write"),
            Action::SubmitReport => ("report", "submit"),
            Action::ReviewReport => ("report", "review"),
            Action::ReopenReport => ("report", "reopen"),
            Action::WritePrinciples => ("principles", "write"),
            Action::ReadRecognition => ("recognition", "read"),
        }
    }
}

/// A right over the whole platform rather than one initiative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlatformRight {
    /// Every initiative's audit records, unfiltered.
    ReadAllAudit,
    /// The review queue of submitted and overdue reports.
    ReadReviewQueue,
    ReadJobs,
    RetryJobs,
    /// Every initiative in the directory, whatever its status.
    ReadAllInitiatives,
    /// Every webhook subscription, on any scope.
    ManageAllSubscriptions,
    /// Bring initiatives in with `nri import`, statuses and history included.
    ImportRegistry,
}

impl PlatformRight {
    fn object_and_act(self) -> (&'static str, &'static str) {
        match self {
            PlatformRight::ReadAllAudit => ("audit_all", "read"),
            PlatformRight::ReadReviewQueue => ("review_queue", "read"),
            PlatformRight::ReadJobs => ("jobs", "read"),
            PlatformRight::RetryJobs => ("jobs", "retry"),
            PlatformRight::ReadAllInitiatives => ("initiatives_all", "read"),
            PlatformRight::ManageAllSubscriptions => ("subscriptions_all", "manage"),
            PlatformRight::ImportRegistry => ("registry", "import"),
        }
    }
}

/// The shared enforcer. A change to role grants moves the shared policy
/// counter in its own transaction (`Unit::changes_policy`); each process
/// reads the counter with every authenticated request and reloads when it
/// moved (`follow`), so a grant or revocation made through any API process
/// holds in all of them from their next request.
#[derive(Clone)]
pub struct Authz {
    policy: Arc<RwLock<Policy>>,
    db: DatabaseConnection,
    /// The policy counter the loaded policy reflects.
    loaded: Arc<AtomicI64>,
    /// Held while reloading, so a moved counter reloads once, not once per request.
    reloading: Arc<tokio::sync::Mutex<()>>,
}

/// Most decisions remembered before the memo starts afresh.
const MEMO_LIMIT: usize = 100_000;

/// One loaded policy and the decisions taken with it. Casbin evaluates its
/// matcher (a script) over every `p` line on each call, which costs more
/// than the rest of a cached read; a decision depends only on the request
/// tuple and the loaded policy, so it is remembered until the next reload.
/// Both are replaced together, under the write lock, so no decision taken
/// with an old policy outlives it.
struct Policy {
    enforcer: Enforcer,
    decided: std::sync::Mutex<HashMap<String, bool>>,
}

impl Policy {
    fn new(enforcer: Enforcer) -> Self {
        Self {
            enforcer,
            decided: std::sync::Mutex::new(HashMap::new()),
        }
    }

    fn enforce(&self, sub: &str, dom: &str, obj: &str, act: &str) -> bool {
        let key = format!("{sub}\u{1f}{dom}\u{1f}{obj}\u{1f}{act}");
        let memo = || {
            self.decided
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        };
        if let Some(&known) = memo().get(&key) {
            return known;
        }
        let decision = self.enforcer.enforce((sub, dom, obj, act)).unwrap_or(false);
        let mut m = memo();
        if m.len() >= MEMO_LIMIT {
            m.clear();
        }
        m.insert(key, decision);
        decision
    }
}

impl Authz {
    pub async fn new(db: DatabaseConnection) -> anyhow::Result<Self> {
        // The counter first: a change committed while loading moves it past
        // this value, and the next request reloads.
        let version = Versions::read(&db).await?.policy;
        let model = DefaultModel::from_str(MODEL).await?;
        let mut enforcer = Enforcer::new(model, PolicyAdapter { db: db.clone() }).await?;
        enforcer.enable_auto_save(false);
        Ok(Self {
            policy: Arc::new(RwLock::new(Policy::new(enforcer))),
            db,
            loaded: Arc::new(AtomicI64::new(version)),
            reloading: Arc::default(),
        })
    }

    /// Brings the loaded policy up to `version` of the policy counter (read
    /// before calling, in the same request): reloads once if it moved.
    pub async fn follow(&self, version: i64) -> anyhow::Result<()> {
        if self.loaded.load(Ordering::Acquire) >= version {
            return Ok(());
        }
        let _one = self.reloading.lock().await;
        if self.loaded.load(Ordering::Acquire) >= version {
            return Ok(());
        }
        self.reload().await?;
        self.loaded.fetch_max(version, Ordering::AcqRel);
        Ok(())
    }

    /// Reads the policy counter and follows it.
    pub async fn refresh(&self) -> anyhow::Result<()> {
        let version = Versions::read(&self.db).await?.policy;
        self.follow(version).await
    }

    /// Re-reads the policy and every role grant from the database.
    pub async fn reload(&self) -> anyhow::Result<()> {
        // Build the new enforcer outside the lock so requests are not held up.
        let model = DefaultModel::from_str(MODEL).await?;
        let mut fresh = Enforcer::new(
            model,
            PolicyAdapter {
                db: self.db.clone(),
            },
        )
        .await?;
        fresh.enable_auto_save(false);
        *self.policy.write().await = Policy::new(fresh);
        Ok(())
    }

    /// Whether `principal` may do `action` on the initiative `slug` (whose
    /// profile is public or not), or on the platform when `slug` is `None`.
    pub async fn allowed(
        &self,
        principal: &Principal,
        slug: Option<&str>,
        public: bool,
        action: Action,
    ) -> bool {
        let (obj, act) = action.object_and_act(public);
        self.allowed_raw(principal, slug, obj, act).await
    }

    async fn allowed_raw(
        &self,
        principal: &Principal,
        slug: Option<&str>,
        obj: &str,
        act: &str,
    ) -> bool {
        let dom = slug.unwrap_or(PLATFORM);
        let policy = self.policy.read().await;
        let check = |sub: &str, dom: &str| policy.enforce(sub, dom, obj, act);
        if check("public", dom) {
            return true;
        }
        let Some(user) = principal.user() else {
            return false;
        };
        let sub = format!("user:{}", user.id);
        check("authenticated", dom) || check(&sub, dom) || check(&sub, PLATFORM)
    }

    /// Allows the action or answers 401 (anonymous), 404 (the caller may not
    /// even read the resource the action is about, so its existence and
    /// contents stay private) or 403 (it may read it, but lacks the right).
    pub async fn decide(
        &self,
        principal: &Principal,
        ini: &initiative::Model,
        action: Action,
    ) -> Result<(), ApiError> {
        let public = crate::stored::initiative_status(ini)?.is_public();
        if self
            .allowed(principal, Some(&ini.slug), public, action)
            .await
        {
            return Ok(());
        }
        if principal.user().is_none() {
            return Err(ApiError::Unauthorized("sign in to do this".into()));
        }
        let readable = action != action.read_counterpart()
            && self
                .allowed(
                    principal,
                    Some(&ini.slug),
                    public,
                    action.read_counterpart(),
                )
                .await;
        if !readable {
            let sees_initiative = self
                .allowed(principal, Some(&ini.slug), public, Action::ReadInitiative)
                .await;
            // Word it exactly like a missing initiative when the initiative itself is hidden.
            return Err(ApiError::not_found(if sees_initiative {
                format!("not visible to you in `{}`", ini.slug)
            } else {
                format!("no initiative `{}`", ini.slug)
            }));
        }
        Err(ApiError::Forbidden(format!(
            "your role in `{}` does not allow this",
            ini.slug
        )))
    }

    /// Whether the caller holds a platform-wide right.
    pub async fn allowed_platform(&self, principal: &Principal, right: PlatformRight) -> bool {
        let (obj, act) = right.object_and_act();
        self.allowed_raw(principal, None, obj, act).await
    }

    /// Whether the caller may register initiatives (any signed-in user).
    pub async fn may_create_initiative(&self, principal: &Principal) -> bool {
        self.allowed_raw(principal, Some(ANY_INITIATIVE), "initiatives", "create")
            .await
    }

    /// The number of policy lines loaded, for readiness and tests.
    pub async fn policy_len(&self) -> usize {
        self.policy.read().await.enforcer.get_policy().len()
    }
}

/// Loads `p` lines from `casbin_rule` and `g` lines from the role tables.
/// Role grants are written by the API in the same transaction as their audit
/// record, so this adapter only reads; its write methods refuse.
struct PolicyAdapter {
    db: DatabaseConnection,
}

fn read_only() -> casbin::Error {
    casbin::Error::AdapterError(casbin::error::AdapterError(
        "policy is read-only here: roles change through /members, rules through migrations".into(),
    ))
}

fn db_error(e: sea_orm::DbErr) -> casbin::Error {
    casbin::Error::AdapterError(casbin::error::AdapterError(Box::new(e)))
}

#[async_trait]
impl Adapter for PolicyAdapter {
    async fn load_policy(&mut self, m: &mut dyn Model) -> casbin::Result<()> {
        let rules = casbin_rule::Entity::find()
            .all(&self.db)
            .await
            .map_err(db_error)?;
        for r in rules {
            let line: Vec<String> = [r.v0, r.v1, r.v2, r.v3, r.v4, r.v5]
                .into_iter()
                .take(if r.ptype == "p" { 4 } else { 3 })
                .collect();
            let sec = if r.ptype.starts_with('g') { "g" } else { "p" };
            m.add_policy(sec, &r.ptype, line);
        }
        let slugs: HashMap<i64, String> = initiative::Entity::find()
            .all(&self.db)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|i| (i.id, i.slug))
            .collect();
        let grants = membership::Entity::find()
            .all(&self.db)
            .await
            .map_err(db_error)?;
        let links: Vec<(i64, i64)> = contributes_to::Entity::find()
            .all(&self.db)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|l| (l.initiative_id, l.target_id))
            .collect();
        let reaching = crate::domain::graph::contributors_by_forum(&links);
        for grant in grants {
            let subject = format!("user:{}", grant.user_id);
            // Members of a forum see the report status of everything that feeds into it.
            for contributor in reaching.get(&grant.initiative_id).into_iter().flatten() {
                if let Some(slug) = slugs.get(contributor) {
                    m.add_policy(
                        "g",
                        "g",
                        vec![subject.clone(), "forum_member".into(), slug.clone()],
                    );
                }
            }
            if let Some(slug) = slugs.get(&grant.initiative_id) {
                m.add_policy("g", "g", vec![subject, grant.role, slug.clone()]);
            }
        }
        let admins = user::Entity::find()
            .filter(user::Column::PlatformRole.is_not_null())
            .all(&self.db)
            .await
            .map_err(db_error)?;
        for u in admins {
            if let Some(role) = u.platform_role {
                m.add_policy(
                    "g",
                    "g",
                    vec![format!("user:{}", u.id), role, PLATFORM.to_owned()],
                );
            }
        }
        Ok(())
    }

    async fn load_filtered_policy<'a>(
        &mut self,
        m: &mut dyn Model,
        _f: Filter<'a>,
    ) -> casbin::Result<()> {
        self.load_policy(m).await
    }

    async fn save_policy(&mut self, _m: &mut dyn Model) -> casbin::Result<()> {
        Err(read_only())
    }

    async fn clear_policy(&mut self) -> casbin::Result<()> {
        Err(read_only())
    }

    fn is_filtered(&self) -> bool {
        false
    }

    async fn add_policy(
        &mut self,
        _sec: &str,
        _ptype: &str,
        _rule: Vec<String>,
    ) -> casbin::Result<bool> {
        Err(read_only())
    }

    async fn add_policies(
        &mut self,
        _sec: &str,
        _ptype: &str,
        _rules: Vec<Vec<String>>,
    ) -> casbin::Result<bool> {
        Err(read_only())
    }

    async fn remove_policy(
        &mut self,
        _sec: &str,
        _ptype: &str,
        _rule: Vec<String>,
    ) -> casbin::Result<bool> {
        Err(read_only())
    }

    async fn remove_policies(
        &mut self,
        _sec: &str,
        _ptype: &str,
        _rules: Vec<Vec<String>>,
    ) -> casbin::Result<bool> {
        Err(read_only())
    }

    async fn remove_filtered_policy(
        &mut self,
        _sec: &str,
        _ptype: &str,
        _field_index: usize,
        _field_values: Vec<String>,
    ) -> casbin::Result<bool> {
        Err(read_only())
    }
}
