//! Passwords: `/password-resets` (ask for a reset link by mail; open,
//! rate-limited, the same answer whether or not the account exists),
//! `/password-resets/confirm` (set a new password with the link's token) and
//! `/me/password` (change it, knowing the current one).
use super::Tag;
use crate::auth::{Caller, ClientIp, hash_password};
use crate::domain::Email;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::passwords;
use crate::service::users::password_problem;
use crate::state::AppState;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::Deserialize;

pub struct Api(pub AppState);

/// What every reset request is told.
pub const RESET_ACCEPTED: &str = "If an account has this e-mail address, a message with a link to choose a new password is on its way. The link works once, for one hour.";

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    pub email: String,
}

#[derive(Debug, Object)]
pub struct ResetAccepted {
    /// Always the same, whether or not the account exists.
    pub detail: String,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct ResetConfirm {
    /// The `token` of the link in the message.
    pub token: String,
    /// The new password: at least 10 characters, not a common one.
    pub password: String,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    pub current_password: String,
    /// At least 10 characters, not a common one.
    pub new_password: String,
}

#[derive(ApiResponse)]
pub enum Accepted {
    #[oai(status = 202)]
    Accepted(Json<ResetAccepted>),
}

#[derive(ApiResponse)]
pub enum Done {
    #[oai(status = 204)]
    NoContent,
}

/// The new password's hash, or the field error saying what is wrong with it.
async fn new_password(field: &str, password: String) -> Result<String, ApiError> {
    match password_problem(&password) {
        Some(problem) => Err(ApiError::field(field, problem)),
        None => hash_password(password).await,
    }
}

#[OpenApi(tag = "Tag::Accounts")]
impl Api {
    /// Ask for a password reset link
    ///
    /// Open, rate-limited per client address and per e-mail address. Always
    /// 202 with the same body: whether an account has this address is not
    /// told. If one has, it is sent a link to `/reset-password?token=…`,
    /// working once, for one hour.
    #[oai(
        path = "/password-resets",
        method = "post",
        operation_id = "request_password_reset"
    )]
    async fn request(
        &self,
        caller: Caller,
        req: &poem::Request,
        body: JsonBody<ResetRequest>,
    ) -> Result<Accepted, ApiError> {
        let email = Email::parse(&body.0.email).map_err(|m| ApiError::field("/email", m))?;
        if !worker::mail::deliverable(email.as_str()) {
            return Err(ApiError::field(
                "/email",
                "mail cannot be sent to this address",
            ));
        }
        let address = ClientIp::of(req).0;
        let limited = [
            self.0
                .password_resets
                .check(&format!("address {address}"))
                .await?,
            self.0
                .password_resets
                .check(&format!("email {}", email.as_str()))
                .await?,
        ]
        .into_iter()
        .filter_map(Result::err)
        .max();
        if let Some(wait) = limited {
            return Err(ApiError::rate_limited("password reset requests", wait));
        }
        let mut uow = self.0.unit(&caller).await?;
        passwords::request_reset(&mut uow, &email).await?;
        uow.commit().await?;
        Ok(Accepted::Accepted(Json(ResetAccepted {
            detail: RESET_ACCEPTED.into(),
        })))
    }

    /// Set a new password with a reset link's token
    ///
    /// The token works once; using it ends every session and API token of
    /// the account and confirms its e-mail address.
    #[oai(
        path = "/password-resets/confirm",
        method = "post",
        operation_id = "confirm_password_reset"
    )]
    async fn confirm(
        &self,
        caller: Caller,
        body: JsonBody<ResetConfirm>,
    ) -> Result<Done, ApiError> {
        let b = body.0;
        if b.token.trim().is_empty() || b.token.len() > 200 {
            return Err(ApiError::field("/token", "send the token of the link"));
        }
        let hash = new_password("/password", b.password).await?;
        let mut uow = self.0.unit(&caller).await?;
        passwords::confirm_reset(&mut uow, b.token.trim(), hash).await?;
        uow.commit().await?;
        Ok(Done::NoContent)
    }

    /// Change the caller's password
    ///
    /// Needs the current password; ends the account's other browser sessions
    /// (API tokens stay).
    #[oai(
        path = "/me/password",
        method = "post",
        operation_id = "change_password"
    )]
    async fn change(
        &self,
        caller: Caller,
        body: JsonBody<PasswordChange>,
    ) -> Result<Done, ApiError> {
        let me = caller.principal.require_user()?;
        if let Err(wait) = self
            .0
            .signins
            .check(&format!("password change {}", me.id))
            .await?
        {
            return Err(ApiError::rate_limited("password change attempts", wait));
        }
        let b = body.0;
        if let Some(problem) = password_problem(&b.new_password) {
            return Err(ApiError::field("/new_password", problem));
        }
        let account =
            passwords::check_current(&self.0.reader(&caller), &self.0.metrics, b.current_password)
                .await?;
        let hash = hash_password(b.new_password).await?;
        let mut uow = self.0.unit(&caller).await?;
        passwords::change(&mut uow, &account, hash).await?;
        uow.commit().await?;
        Ok(Done::NoContent)
    }
}
