//! Personal API tokens: stored as a SHA-256 of the secret (the secret itself
//! is shown once and never kept), resolved to their user on every request,
//! created after a sign-in or with a token, and revoked.
use super::{Reader, Unit};
use crate::audit::Change;
use crate::auth::{TOKEN_PREFIX, User, check_password, hash_token, new_token_secret};
use crate::domain::Email;
use crate::middleware::metrics::Metrics;
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use chrono::{DateTime, Duration, Utc};
use entity::{api_token, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};
use serde_json::json;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// The name of the tokens the pages issue at sign-in (browser sessions).
pub const BROWSER_SESSION: &str = "Browser session";

/// Resolves a bearer secret to its user, refusing unknown, revoked and expired
/// tokens: from `cache` when the token was verified there since the tokens
/// counter last moved (`tokens_version`, read by this request before the
/// call), else from the database, remembering the answer.
#[tracing::instrument(skip(db, cache, secret))]
pub async fn authenticate(
    db: &crate::db::Db,
    cache: &VerifiedTokens,
    tokens_version: i64,
    secret: &str,
) -> Result<User, ApiError> {
    let hash = hash_token(secret);
    if let Some(user) = cache.get(tokens_version, &hash) {
        return Ok(user);
    }
    let (user, expires_at) = verify(db, &hash).await?;
    cache.put(tokens_version, hash, &user, expires_at);
    Ok(user)
}

/// Looks the token with hash `hash` and its user up, refusing unknown,
/// revoked and expired tokens, and records when the token was last used (at
/// most once a minute, on the writer). Returns the user and when the token expires.
async fn verify(db: &crate::db::Db, hash: &str) -> Result<(User, DateTime<Utc>), ApiError> {
    let invalid = || ApiError::Unauthorized("the token is not valid".into());
    // The token and its user in one round trip.
    let owner = api_token::Entity::belongs_to(user::Entity)
        .from(api_token::Column::UserId)
        .to(user::Column::Id)
        .into();
    let (token, user) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(hash))
        .join(sea_orm::JoinType::InnerJoin, owner)
        .select_also(user::Entity)
        .one(&db.read)
        .await?
        .ok_or_else(invalid)?;
    let user = user.ok_or_else(invalid)?;
    let now = Utc::now();
    if token.revoked_at.is_some() {
        return Err(ApiError::Unauthorized("the token has been revoked".into()));
    }
    if token.expires_at <= now {
        return Err(ApiError::Unauthorized("the token has expired".into()));
    }
    if token
        .last_used_at
        .is_none_or(|t| now - t > Duration::seconds(60))
    {
        let mut active: api_token::ActiveModel = token.clone().into();
        active.last_used_at = Set(Some(now));
        active.update(&db.write).await?;
    }
    let verified = User {
        id: user.id,
        email: user.email,
        name: user.name,
        platform_role: user.platform_role,
        token_id: token.id,
    };
    Ok((verified, token.expires_at))
}

/// How long a verified token is trusted without looking at it again. A
/// revocation empties the cache at once in every process (the tokens
/// counter); this bounds what nothing moves the counter for, such as a
/// change of the account's name.
pub const VERIFIED_TOKEN_TTL: std::time::Duration = std::time::Duration::from_secs(30);

/// Most tokens remembered before the cache starts afresh.
const VERIFIED_TOKEN_LIMIT: usize = 10_000;

/// Tokens verified recently, by the SHA-256 of their secret, so that an
/// authenticated request does not look its token up every time. Emptied
/// whenever the shared tokens counter has moved (`Unit::revokes_tokens`).
#[derive(Clone, Default)]
pub struct VerifiedTokens {
    inner: Arc<Mutex<Verified>>,
}

#[derive(Default)]
struct Verified {
    /// The tokens counter the entries were verified under.
    version: i64,
    by_hash: HashMap<String, (User, DateTime<Utc>, Instant)>,
}

impl Verified {
    /// Forgets everything verified before the counter reached `version`.
    fn follow(&mut self, version: i64) {
        if version > self.version {
            self.by_hash.clear();
            self.version = version;
        }
    }
}

impl VerifiedTokens {
    fn lock(&self) -> std::sync::MutexGuard<'_, Verified> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn get(&self, version: i64, hash: &str) -> Option<User> {
        let mut v = self.lock();
        v.follow(version);
        if version < v.version {
            // This request read the counter before another moved it on.
            return None;
        }
        let (user, expires_at, verified) = v.by_hash.get(hash)?;
        (verified.elapsed() < VERIFIED_TOKEN_TTL && *expires_at > Utc::now()).then(|| user.clone())
    }

    /// Remembers a token verified after reading the counter at `version`;
    /// forgotten at once if the counter has moved on meanwhile (the token
    /// may be among those revoked).
    fn put(&self, version: i64, hash: String, user: &User, expires_at: DateTime<Utc>) {
        let mut v = self.lock();
        v.follow(version);
        if version < v.version {
            return;
        }
        if v.by_hash.len() >= VERIFIED_TOKEN_LIMIT {
            v.by_hash.clear();
        }
        v.by_hash
            .insert(hash, (user.clone(), expires_at, Instant::now()));
    }

    /// How many tokens are remembered (for tests).
    pub fn len(&self) -> usize {
        self.lock().by_hash.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Checks an e-mail and password and returns the account they sign in as.
/// A wrong password and an unknown account are refused alike, in the same
/// time (see `check_password`). Throttling is the caller's.
#[tracing::instrument(skip(r, metrics, password))]
pub async fn sign_in(
    r: &Reader<'_>,
    metrics: &Metrics,
    email: &Email,
    password: String,
) -> Result<User, ApiError> {
    let u = super::users::find_by_email(r.db, email).await?;
    let stored = u.as_ref().and_then(|u| u.password_hash.clone());
    let checked = check_password(metrics, password, stored).await?;
    let Some(u) = u.filter(|_| checked) else {
        return Err(ApiError::Unauthorized("e-mail or password is wrong".into()));
    };
    Ok(User {
        id: u.id,
        email: u.email,
        name: u.name,
        platform_role: u.platform_role,
        token_id: 0,
    })
}

/// Stores a token for `user_id` with the given secret and returns its row;
/// the secret is not kept. For callers that choose the secret (the bootstrap
/// token); others use [`create`].
pub async fn store(
    conn: &impl ConnectionTrait,
    user_id: i64,
    name: &str,
    secret: &str,
    ttl: Duration,
) -> Result<api_token::Model, ApiError> {
    let now = Utc::now();
    Ok(api_token::ActiveModel {
        user_id: Set(user_id),
        name: Set(name.to_owned()),
        token_hash: Set(hash_token(secret)),
        prefix: Set(secret.chars().take(TOKEN_PREFIX.len() + 6).collect()),
        created_at: Set(now),
        expires_at: Set(now + ttl),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// Creates a token for the account `owner`, valid for `ttl`, and returns its
/// secret (to be shown once) with its row.
#[tracing::instrument(skip(uow))]
pub async fn create(
    uow: &mut Unit,
    owner: i64,
    name: &str,
    ttl: Duration,
) -> Result<(String, api_token::Model), ApiError> {
    let secret = new_token_secret();
    let row = store(uow.txn(), owner, name, &secret, ttl).await?;
    uow.audit(Change {
        initiative: None,
        action: "token.create",
        target: format!("token/{}", row.id),
        before: None,
        after: Some(json!({
            "id": row.id, "name": row.name, "prefix": row.prefix, "expires_at": row.expires_at
        })),
    });
    Ok((secret, row))
}

/// The caller's tokens, oldest first, with the cursor of the next page.
#[tracing::instrument(skip(r, page))]
pub async fn list(
    r: &Reader<'_>,
    page: PageRequest,
) -> Result<(Vec<api_token::Model>, Option<String>), ApiError> {
    let u = r.caller.principal.require_user()?;
    let query = api_token::Entity::find().filter(api_token::Column::UserId.eq(u.id));
    page.by_id(
        query,
        api_token::Column::Id,
        sea_orm::Order::Asc,
        |t| t.id,
        r.db,
    )
    .await
}

/// Revokes the caller's token `id`. Another user's token answers 404, like a
/// token that does not exist.
#[tracing::instrument(skip(uow))]
pub async fn revoke(uow: &mut Unit, id: i64) -> Result<(), ApiError> {
    let u = uow.caller().principal.require_user()?;
    let t = api_token::Entity::find_by_id(id)
        .filter(api_token::Column::UserId.eq(u.id))
        .one(uow.txn())
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no token {id}")))?;
    // Compare-and-set: of concurrent revocations exactly one acts and is
    // audited; the others (and later ones) find the token already gone.
    let now = Utc::now();
    let done = api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Some(now).into())
        .filter(api_token::Column::Id.eq(t.id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(uow.txn())
        .await?;
    if done.rows_affected == 0 {
        return Err(ApiError::not_found(format!(
            "token {} is already revoked",
            t.id
        )));
    }
    uow.revokes_tokens();
    uow.audit(Change {
        initiative: None,
        action: "token.revoke",
        target: format!("token/{}", t.id),
        before: Some(json!({ "revoked_at": t.revoked_at })),
        after: Some(json!({ "revoked_at": now })),
    });
    Ok(())
}
