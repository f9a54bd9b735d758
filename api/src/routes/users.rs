//! `/users` (open, rate-limited sign-up that does not tell whether an
//! address has an account) and `/me` (the caller and its roles).
use super::Tag;
use crate::auth::{Caller, ClientIp, hash_password};
use crate::domain::{Email, MemberRole, PageLocale, parse_text};
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::users::{self, NewAccount, Preferences};
use crate::state::AppState;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::{Deserialize, Serialize};

pub struct Api(pub AppState);

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct SignUp {
    pub email: String,
    pub name: String,
    /// At least 10 characters.
    pub password: String,
    /// The language the account's pages and mail speak, one of the shipped
    /// locales (the sign-up page sends the one it was shown in); null or
    /// absent: the pages follow the browser and mail is in English until
    /// the account chooses (`PUT /me/preferences`).
    #[oai(nullable)]
    #[serde(default)]
    pub locale: Option<PageLocale>,
}

/// What every sign-up is told, whether or not the address had an account.
pub const SIGN_UP_ACCEPTED: &str = "A message is on its way to this address: follow its link to confirm the address (if the address already has an account, the message says so instead). Sign in with the e-mail address and the password.";

/// The answer to a sign-up: the same whether or not the e-mail address
/// already had an account, so that it tells nobody which addresses have one.
#[derive(Debug, Clone, Object, Serialize)]
pub struct SignUpAccepted {
    /// The address, as the registry stores it (lower case).
    pub email: String,
    pub name: String,
    /// Always the same text.
    pub detail: String,
}

#[derive(Debug, Object)]
pub struct RoleOut {
    pub initiative: String,
    pub initiative_name: String,
    pub role: MemberRole,
}

#[derive(Debug, Object)]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// `igf_secretariat` for the IGF Secretariat.
    #[oai(nullable)]
    pub platform_role: Option<String>,
    /// Whether the e-mail address is confirmed (by the link mailed at
    /// sign-up, a password reset or an invitation). Until it is, the
    /// registry sends it no notifications.
    pub email_confirmed: bool,
    pub roles: Vec<RoleOut>,
    /// The language the web pages speak to this user; null follows the
    /// browser. Set with `PUT /me/preferences`.
    #[oai(nullable)]
    pub locale: Option<PageLocale>,
}

/// What the caller chose for themselves.
#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct PreferencesIn {
    /// The language of the web pages, one of the shipped locales; null (or
    /// absent) follows the browser's `Accept-Language`. The API itself
    /// always answers in English.
    #[oai(nullable)]
    #[serde(default)]
    pub locale: Option<PageLocale>,
}

#[derive(Debug, Object)]
pub struct PreferencesOut {
    #[oai(nullable)]
    pub locale: Option<PageLocale>,
}

#[derive(ApiResponse)]
pub enum SignedUp {
    #[oai(status = 201)]
    Created(Json<SignUpAccepted>, #[oai(header = "Location")] String),
}

#[OpenApi(tag = "Tag::Accounts")]
impl Api {
    /// Sign up
    ///
    /// Open to anyone, rate-limited per client address. The account has no
    /// role until a focal point or the IGF Secretariat gives it one (or it
    /// registers an initiative). It can sign in at once; its address is
    /// confirmed by the link mailed to it. The answer is the same whether or
    /// not the address already has an account: then nothing is created, and
    /// its owner is mailed that they have an account. The caller's own
    /// account (its id) is at `GET /me` once signed in.
    #[oai(path = "/users", method = "post", operation_id = "sign_up")]
    async fn sign_up(
        &self,
        caller: Caller,
        req: &poem::Request,
        body: JsonBody<SignUp>,
    ) -> Result<SignedUp, ApiError> {
        let client = ClientIp::of(req).0;
        if let Err(wait) = self.0.signups.check(&client).await? {
            return Err(ApiError::rate_limited("sign-ups from this address", wait));
        }
        let b = body.0;
        let mut errs = crate::domain::FieldErrors::default();
        let email = errs.take("/email", Email::parse(&b.email));
        let name = errs.take("/name", parse_text(&b.name, 200));
        if let Some(problem) = users::password_problem(&b.password) {
            errs.push("/password", problem);
        }
        let (Some(email), Some(name), true) = (email, name, errs.is_empty()) else {
            return Err(ApiError::Validation(errs.0));
        };
        let hash = hash_password(b.password).await?;
        let mut uow = self.0.unit(&caller).await?;
        users::sign_up(
            &mut uow,
            NewAccount {
                email: &email,
                name: &name,
                password_hash: Some(hash),
                platform_role: None,
                email_confirmed: false,
                locale: b.locale,
            },
        )
        .await?;
        uow.commit().await?;
        Ok(SignedUp::Created(
            Json(SignUpAccepted {
                email: email.as_str().to_owned(),
                name,
                detail: SIGN_UP_ACCEPTED.into(),
            }),
            "/api/v1/me".into(),
        ))
    }

    /// The caller, with its roles per initiative
    #[oai(path = "/me", method = "get", operation_id = "me")]
    async fn me(&self, caller: Caller) -> Result<Json<Me>, ApiError> {
        let users::Account {
            user: u,
            email_confirmed,
            roles,
            preferences,
        } = users::me(&self.0.reader(&caller)).await?;
        Ok(Json(Me {
            id: u.id,
            email: u.email,
            name: u.name,
            platform_role: u.platform_role,
            email_confirmed,
            roles: roles
                .into_iter()
                .map(|r| RoleOut {
                    initiative: r.initiative.slug,
                    initiative_name: r.initiative.name,
                    role: r.role,
                })
                .collect(),
            locale: preferences.locale,
        }))
    }

    /// The caller's preferences
    #[oai(
        path = "/me/preferences",
        method = "get",
        operation_id = "get_preferences"
    )]
    async fn get_preferences(&self, caller: Caller) -> Result<Json<PreferencesOut>, ApiError> {
        let p = users::preferences(&self.0.reader(&caller)).await?;
        Ok(Json(PreferencesOut { locale: p.locale }))
    }

    /// Set the caller's preferences
    ///
    /// Replaces them: `locale` is the language of the web pages (`en`, `fr`,
    /// `es`, `ar`, `zh`, `ru`, `pt`), or null to follow the browser. Each
    /// user sets only their own; audited.
    #[oai(
        path = "/me/preferences",
        method = "put",
        operation_id = "set_preferences"
    )]
    async fn set_preferences(
        &self,
        caller: Caller,
        body: JsonBody<PreferencesIn>,
    ) -> Result<Json<PreferencesOut>, ApiError> {
        caller.principal.require_user()?;
        let mut uow = self.0.unit(&caller).await?;
        let p = users::set_preferences(
            &mut uow,
            Preferences {
                locale: body.0.locale,
            },
        )
        .await?;
        uow.commit().await?;
        Ok(Json(PreferencesOut { locale: p.locale }))
    }
}
