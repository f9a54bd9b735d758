//! Accounts: sign-up (which does not tell whether the e-mail has an
//! account) and `nri admin create-user`, the caller's roles, and the
//! bootstrap IGF Secretariat account.
use super::{Reader, Unit};
use crate::audit::Change;
use crate::auth::{User, hash_token};
use crate::config::Secret;
use crate::domain::{Email, MemberRole, PageLocale};
use crate::problem::{ApiError, is_unique_violation};
use chrono::{Duration, Utc};
use domain::jobs::Job;
use entity::{api_token, initiative, membership, user};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};
use serde_json::json;
use std::collections::HashMap;

/// The password rules, from the domain crate.
pub use ::domain::password::{MIN_PASSWORD, password_problem};

/// The e-mail of the account `NRI_BOOTSTRAP_TOKEN` signs in as.
pub const BOOTSTRAP_EMAIL: &str = "igf-secretariat@bootstrap.invalid";

/// A new account, its input already parsed.
#[derive(Debug)]
pub struct NewAccount<'a> {
    pub email: &'a Email,
    pub name: &'a str,
    /// The password's Argon2 hash (`auth::hash_password`, computed before
    /// the unit begins: it takes a while); `None` for a token-only account.
    pub password_hash: Option<String>,
    /// `igf_secretariat` for the IGF Secretariat.
    pub platform_role: Option<&'a str>,
    /// Whether the address counts as confirmed from the start: accounts
    /// made by an operator (`nri admin`, the demo, the benchmarks) do; a
    /// sign-up's address is confirmed by the link mailed to it.
    pub email_confirmed: bool,
    /// The language chosen at sign-up, if any (see `Preferences`).
    pub locale: Option<PageLocale>,
}

/// Creates an account for `nri admin create-user`, the demo and the
/// benchmarks' fixtures; an e-mail that has an account is a conflict
/// (sign-up, which must not tell, is [`sign_up`]).
#[tracing::instrument(skip(uow, new), fields(email = new.email.as_str()))]
pub async fn create(uow: &mut Unit, new: NewAccount<'_>) -> Result<user::Model, ApiError> {
    let taken = || {
        ApiError::conflict(
            "email-taken",
            "E-mail taken",
            "an account with this e-mail exists",
        )
        .with("field", json!("/email"))
    };
    if find_by_email(uow.txn(), new.email).await?.is_some() {
        return Err(taken());
    }
    // A concurrent creation with the same e-mail may still come first.
    insert(uow, new).await?.ok_or_else(taken)
}

/// Signs up: creates the account and queues the mail confirming its
/// address, or, when the e-mail has an account already (or gets one from a
/// concurrent sign-up), queues a message telling that account's owner
/// instead. The caller's answer is the same either way, and so is most of
/// its cost (the password hash was computed before; the mail is the
/// worker's).
#[tracing::instrument(skip(uow, new), fields(email = new.email.as_str()))]
pub async fn sign_up(uow: &mut Unit, new: NewAccount<'_>) -> Result<(), ApiError> {
    let email = new.email;
    let job = match find_by_email(uow.txn(), email).await? {
        Some(owner) => Job::AccountExists { user: owner.id },
        None => match insert(uow, new).await? {
            Some(row) => Job::EmailVerification { user: row.id },
            None => {
                let owner = find_by_email(uow.txn(), email)
                    .await?
                    .ok_or_else(|| ApiError::changed_concurrently("the account"))?;
                Job::AccountExists { user: owner.id }
            }
        },
    };
    uow.enqueue(&job).await
}

/// Inserts the account and audits its creation; `None` if its e-mail has
/// an account by then (a savepoint keeps a PostgreSQL transaction usable).
/// When nobody is signed in (a sign-up, the command line), the unit acts
/// from here on as the new account: its audit record names it.
async fn insert(uow: &mut Unit, new: NewAccount<'_>) -> Result<Option<user::Model>, ApiError> {
    let now = Utc::now();
    let sp = uow.txn().begin().await?;
    let inserted = user::ActiveModel {
        email: Set(new.email.as_str().to_owned()),
        name: Set(new.name.to_owned()),
        password_hash: Set(new.password_hash),
        platform_role: Set(new.platform_role.map(str::to_owned)),
        created_at: Set(now),
        email_confirmed_at: Set(new.email_confirmed.then_some(now)),
        locale: Set(new.locale.map(|l| l.as_str().to_owned())),
        ..Default::default()
    }
    .insert(&sp)
    .await;
    let row = match inserted {
        Ok(row) => {
            sp.commit().await?;
            row
        }
        Err(e) if is_unique_violation(&e) => {
            sp.rollback().await?;
            return Ok(None);
        }
        Err(e) => return Err(e.into()),
    };
    if row.platform_role.is_some() {
        uow.changes_policy();
    }
    uow.act_as_if_anonymous(&row);
    uow.audit(Change {
        initiative: None,
        action: "user.create",
        target: format!("user/{}", row.id),
        before: None,
        after: Some(json!({
            "id": row.id, "email": row.email, "name": row.name, "platform_role": row.platform_role,
            "email_confirmed": row.email_confirmed_at.is_some(), "locale": row.locale,
        })),
    });
    Ok(Some(row))
}

/// The account with e-mail `email`, if there is one.
pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &Email,
) -> Result<Option<user::Model>, ApiError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?)
}

/// A role the caller holds in an initiative.
#[derive(Debug)]
pub struct Role {
    pub initiative: initiative::Model,
    pub role: MemberRole,
}

/// The signed-in caller and its roles.
#[derive(Debug)]
pub struct Account {
    pub user: User,
    /// Whether the account's e-mail address is confirmed (by a link mailed to it).
    pub email_confirmed: bool,
    /// By initiative slug.
    pub roles: Vec<Role>,
    pub preferences: Preferences,
}

/// What a user chose for themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preferences {
    /// The language of the pages; `None` follows the browser.
    pub locale: Option<PageLocale>,
}

/// The signed-in caller, with its roles per initiative.
#[tracing::instrument(skip(r))]
pub async fn me(r: &Reader<'_>) -> Result<Account, ApiError> {
    let u = r.caller.principal.require_user()?;
    let row = user::Entity::find_by_id(u.id)
        .one(r.db)
        .await?
        .ok_or_else(|| ApiError::Unauthorized("the account no longer exists".into()))?;
    let memberships = membership::Entity::find()
        .filter(membership::Column::UserId.eq(u.id))
        .all(r.db)
        .await?;
    let mut initiatives: HashMap<i64, initiative::Model> = initiative::Entity::find()
        .filter(
            initiative::Column::Id.is_in(
                memberships
                    .iter()
                    .map(|m| m.initiative_id)
                    .collect::<Vec<_>>(),
            ),
        )
        .all(r.db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let mut roles: Vec<Role> = memberships
        .iter()
        .filter_map(|m| {
            let initiative = initiatives.remove(&m.initiative_id)?;
            Some(crate::stored::parse::<MemberRole>(&m.role).map(|role| Role { initiative, role }))
        })
        .collect::<Result<_, ApiError>>()?;
    roles.sort_by(|a, b| a.initiative.slug.cmp(&b.initiative.slug));
    Ok(Account {
        user: u.clone(),
        email_confirmed: row.email_confirmed_at.is_some(),
        roles,
        preferences: preferences(r).await?,
    })
}

/// The signed-in caller's preferences.
#[tracing::instrument(skip(r))]
pub async fn preferences(r: &Reader<'_>) -> Result<Preferences, ApiError> {
    let u = r.caller.principal.require_user()?;
    let row = user::Entity::find_by_id(u.id)
        .one(r.db)
        .await?
        .ok_or_else(|| ApiError::not_found("the account"))?;
    Ok(Preferences {
        locale: row
            .locale
            .as_deref()
            .map(crate::stored::parse::<PageLocale>)
            .transpose()?,
    })
}

/// Replaces the caller's preferences, compare-and-set against the stored
/// ones read in the same unit (a concurrent change is a conflict, not lost),
/// and audits the change.
#[tracing::instrument(skip(uow))]
pub async fn set_preferences(uow: &mut Unit, new: Preferences) -> Result<Preferences, ApiError> {
    let me = uow.caller().principal.require_user()?.clone();
    let row = user::Entity::find_by_id(me.id)
        .one(uow.txn())
        .await?
        .ok_or_else(|| ApiError::not_found("the account"))?;
    let locale = new.locale.map(|l| l.as_str().to_owned());
    let unchanged_since_read = match &row.locale {
        Some(old) => user::Column::Locale.eq(old.clone()),
        None => user::Column::Locale.is_null(),
    };
    let changed = user::Entity::update_many()
        .col_expr(user::Column::Locale, Expr::value(locale.clone()))
        .filter(user::Column::Id.eq(me.id))
        .filter(unchanged_since_read)
        .exec(uow.txn())
        .await?;
    if changed.rows_affected != 1 {
        return Err(ApiError::changed_concurrently("the preferences"));
    }
    uow.audit(Change {
        initiative: None,
        action: "user.preferences",
        target: format!("user/{}", me.id),
        before: Some(json!({ "locale": row.locale })),
        after: Some(json!({ "locale": locale })),
    });
    Ok(new)
}

/// The bootstrap IGF Secretariat account, created on first use: who acts
/// for the operator (the bootstrap token, `nri import` without `--as`).
/// Not audited: no one acts, the operator configured it.
pub async fn bootstrap_account(db: &impl ConnectionTrait) -> Result<user::Model, sea_orm::DbErr> {
    match user::Entity::find()
        .filter(user::Column::Email.eq(BOOTSTRAP_EMAIL))
        .one(db)
        .await?
    {
        Some(u) => Ok(u),
        None => {
            let row = user::ActiveModel {
                email: Set(BOOTSTRAP_EMAIL.to_owned()),
                name: Set("IGF Secretariat (bootstrap)".to_owned()),
                platform_role: Set(Some("igf_secretariat".to_owned())),
                created_at: Set(Utc::now()),
                // The operator's own account, at an address that receives no mail.
                email_confirmed_at: Set(Some(Utc::now())),
                ..Default::default()
            }
            .insert(db)
            .await?;
            // A platform role: API processes already running reload their policy.
            super::versions::bump(db, super::versions::Counter::Policy).await?;
            Ok(row)
        }
    }
}

/// Makes `secret` a valid token of the bootstrap IGF Secretariat account,
/// creating the account on first use. Idempotent across restarts; neither
/// is audited (no one acts: the operator configured it).
#[tracing::instrument(skip(db, secret))]
pub async fn ensure_bootstrap(db: &DatabaseConnection, secret: &Secret) -> anyhow::Result<()> {
    let secret = secret.expose();
    anyhow::ensure!(
        secret.len() >= 16,
        "NRI_BOOTSTRAP_TOKEN must be at least 16 characters"
    );
    let txn = worker::write::begin(db).await?;
    let account = bootstrap_account(&txn).await?;
    let known = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(hash_token(secret)))
        .one(&txn)
        .await?;
    match known {
        Some(t) if t.user_id == account.id => {}
        Some(_) => anyhow::bail!("NRI_BOOTSTRAP_TOKEN collides with another user's token"),
        None => {
            // Valid as long as the variable is set: it is re-checked at every start.
            super::tokens::store(&txn, account.id, "bootstrap", secret, Duration::days(3650))
                .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
