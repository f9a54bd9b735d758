//! Who is calling: bearer tokens (random, shown once, stored as a SHA-256,
//! expiring, revocable) and passwords (Argon2id). The request extractor and
//! the cryptography live here; storing and resolving tokens is
//! `service::tokens`'.
use crate::middleware::metrics::Metrics;
use crate::problem::ApiError;
use crate::state::AppState;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use poem::{Request, RequestBody};
use poem_openapi::registry::{MetaSecurityScheme, Registry};
use poem_openapi::{ApiExtractor, ApiExtractorType, ExtractParamOptions};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// Prefix of every secret this service issues, so leaked tokens are recognisable.
pub const TOKEN_PREFIX: &str = "nri_";

/// The authenticated user behind a request.
#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub platform_role: Option<String>,
    pub token_id: i64,
}

#[derive(Debug, Clone)]
pub enum Principal {
    Anonymous,
    User(User),
}

impl Principal {
    pub fn user(&self) -> Option<&User> {
        match self {
            Principal::User(u) => Some(u),
            Principal::Anonymous => None,
        }
    }

    pub fn require_user(&self) -> Result<&User, ApiError> {
        self.user()
            .ok_or_else(|| ApiError::Unauthorized("send `Authorization: Bearer <token>`".into()))
    }
}

/// The request's id, set by the request-id middleware.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// The client's address as text (empty when unknown), set by the request-id
/// middleware, or by the pages for the API calls they make on a browser's
/// behalf: what per-client rate limits key on.
#[derive(Debug, Clone, Default)]
pub struct ClientIp(pub String);

impl ClientIp {
    pub fn of(req: &Request) -> Self {
        req.extensions()
            .get::<ClientIp>()
            .cloned()
            .unwrap_or_else(|| {
                ClientIp(
                    req.remote_addr()
                        .as_socket_addr()
                        .map(|a| a.ip().to_string())
                        .unwrap_or_default(),
                )
            })
    }
}

/// The caller and request id of one request: what handlers, authorisation and
/// the audit log need to know about the request.
#[derive(Debug, Clone)]
pub struct Caller {
    pub principal: Principal,
    pub request_id: String,
}

impl Caller {
    /// Account `u` acting outside a request (the demo's load, an import),
    /// audited under `request_id`.
    pub fn acting_as(u: &entity::user::Model, request_id: impl Into<String>) -> Self {
        Caller {
            principal: Principal::User(User {
                id: u.id,
                email: u.email.clone(),
                name: u.name.clone(),
                platform_role: u.platform_role.clone(),
                token_id: 0,
            }),
            request_id: request_id.into(),
        }
    }
}

/// `Caller` is the API's security scheme: a bearer token, optional (anonymous
/// callers are allowed and then refused per operation by `authz`).
impl<'a> ApiExtractor<'a> for Caller {
    const TYPES: &'static [ApiExtractorType] = &[ApiExtractorType::SecurityScheme];
    type ParamType = ();
    type ParamRawType = ();

    fn register(registry: &mut Registry) {
        registry.create_security_scheme(
            "bearer",
            MetaSecurityScheme {
                ty: "http",
                description: Some("A personal API token (`POST /tokens`), or the bootstrap token."),
                name: None,
                key_in: None,
                scheme: Some("bearer"),
                bearer_format: None,
                flows: None,
                openid_connect_url: None,
            },
        );
    }

    fn security_schemes() -> Vec<&'static str> {
        vec!["bearer"]
    }

    /// Anonymous calls are allowed: public data needs no token.
    fn has_security_fallback() -> bool {
        true
    }

    async fn from_request(
        req: &'a Request,
        _body: &mut RequestBody,
        _param_opts: ExtractParamOptions<Self::ParamType>,
    ) -> poem::Result<Self> {
        let request_id = req
            .extensions()
            .get::<RequestId>()
            .map(|r| r.0.clone())
            .unwrap_or_default();
        let state = req
            .data::<AppState>()
            .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("application state missing")))?;
        let principal = match req.headers().get(poem::http::header::AUTHORIZATION) {
            None => Principal::Anonymous,
            Some(value) => {
                let value = value.to_str().unwrap_or_default();
                let token = value
                    .strip_prefix("Bearer ")
                    .or_else(|| value.strip_prefix("bearer "))
                    .ok_or_else(|| ApiError::Unauthorized("use the Bearer scheme".into()))?;
                Principal::User(state.authenticate(token.trim()).await?)
            }
        };
        Ok(Caller {
            principal,
            request_id,
        })
    }
}

/// SHA-256 of a token secret, hex-encoded: what is stored and looked up.
pub fn hash_token(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// A fresh random token secret: the prefix and 32 random bytes, base64url.
pub fn new_token_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Argon2id (the crate's default parameters) takes 19 MiB and a core's worth
/// of time per hash. Two at a time keep a burst of sign-ins from multiplying
/// the server's memory (eight parallel sign-ins took it from 39 to 234 MiB)
/// or starving the other requests of CPU; the rest wait their turn.
static ARGON2_SLOTS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Runs one Argon2 computation on a blocking thread once a slot is free.
async fn with_argon2_slot<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let _slot = ARGON2_SLOTS
        .acquire()
        .await
        .map_err(|e| ApiError::Internal(e.into()))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| ApiError::Internal(e.into()))
}

/// Hashes a password with Argon2id on a blocking thread.
pub async fn hash_password(password: String) -> Result<String, ApiError> {
    with_argon2_slot(move || {
        let mut salt = [0u8; 16];
        rand::rng().fill_bytes(&mut salt);
        let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("argon2: {e}"))
    })
    .await?
    .map_err(ApiError::Internal)
}

/// An Argon2id hash of no one's password, made once with the parameters of
/// real hashes (`hash_password`'s), so that verifying against it costs what
/// verifying against an account's hash does.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).expect("16 bytes encode as a salt");
    Argon2::default()
        .hash_password(b"no account has this password", &salt)
        .expect("Argon2 hashes with its default parameters")
        .to_string()
});

/// Computes the dummy hash now (on a blocking thread), so that the first
/// sign-in for an unknown account does not take longer than the others.
pub async fn prepare_password_checks() {
    let _ = tokio::task::spawn_blocking(|| LazyLock::force(&DUMMY_HASH).len()).await;
}

/// Checks a sign-in's password against the account's stored Argon2 hash, on a
/// blocking thread. Without one (no such account, or one without a password)
/// it verifies against a dummy hash and answers `false`: the same work either
/// way, so the time taken does not tell whether an account exists. Every
/// verification is counted in `metrics`.
pub async fn check_password(
    metrics: &Metrics,
    password: String,
    stored: Option<String>,
) -> Result<bool, ApiError> {
    let known = stored.is_some();
    let verified = with_argon2_slot(move || {
        let hash = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await?;
    metrics.password_verified();
    Ok(known && verified)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_secrets_are_random_and_hashed() {
        let a = new_token_secret();
        let b = new_token_secret();
        assert_ne!(a, b);
        assert!(a.starts_with(TOKEN_PREFIX));
        assert_eq!(a.len(), TOKEN_PREFIX.len() + 43);
        assert_eq!(hash_token(&a).len(), 64);
        assert_ne!(hash_token(&a), a);
    }

    #[tokio::test]
    async fn passwords_verify_only_against_their_hash() {
        let m = Metrics::new();
        let hash = hash_password("correct horse battery".into()).await.unwrap();
        let check = |p: &str, h: Option<String>| check_password(&m, p.into(), h);
        assert!(
            check("correct horse battery", Some(hash.clone()))
                .await
                .unwrap()
        );
        assert!(!check("wrong", Some(hash)).await.unwrap());
        // No account: the dummy hash is verified, and even its own password fails.
        assert!(!check("no account has this password", None).await.unwrap());
        assert!(m.render().contains("nri_password_verifications_total 3"));
    }

    #[tokio::test]
    async fn the_dummy_hash_costs_what_a_real_one_does() {
        let real = hash_password("correct horse battery".into()).await.unwrap();
        let (real, dummy) = (
            PasswordHash::new(&real).unwrap(),
            PasswordHash::new(&DUMMY_HASH).unwrap(),
        );
        assert_eq!(dummy.algorithm, real.algorithm);
        assert_eq!(dummy.version, real.version);
        assert_eq!(dummy.params, real.params);
        assert_eq!(dummy.hash.map(|h| h.len()), real.hash.map(|h| h.len()));
    }
}
