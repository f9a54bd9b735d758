//! E-mail verification: `/email-verifications/confirm` (confirm an address
//! with the token of the link mailed to it; open: the token is the secret)
//! and `/me/email-verification` (a signed-in user asks for a new link;
//! rate-limited per account).
use super::Tag;
use crate::auth::Caller;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::email_verifications;
use crate::state::AppState;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::Deserialize;

pub struct Api(pub AppState);

/// What a request for a new link is told.
pub const LINK_ON_ITS_WAY: &str = "A message with a link to confirm your e-mail address is on its way. The link works once, for 48 hours.";

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct VerificationConfirm {
    /// The `token` of the link in the message.
    pub token: String,
}

#[derive(Debug, Object)]
pub struct VerificationRequested {
    pub detail: String,
}

#[derive(ApiResponse)]
pub enum Requested {
    #[oai(status = 202)]
    Accepted(Json<VerificationRequested>),
}

#[derive(ApiResponse)]
pub enum Confirmed {
    #[oai(status = 204)]
    NoContent,
}

#[OpenApi(tag = "Tag::Accounts")]
impl Api {
    /// Confirm an e-mail address with a verification link's token
    ///
    /// Open: whoever holds the link may use it, once, within 48 hours of
    /// its sending. A used, expired or unknown token is a validation error
    /// on `/token`.
    #[oai(
        path = "/email-verifications/confirm",
        method = "post",
        operation_id = "confirm_email"
    )]
    async fn confirm(
        &self,
        caller: Caller,
        body: JsonBody<VerificationConfirm>,
    ) -> Result<Confirmed, ApiError> {
        let token = body.0.token;
        if token.trim().is_empty() || token.len() > 200 {
            return Err(ApiError::field("/token", "send the token of the link"));
        }
        let mut uow = self.0.unit(&caller).await?;
        email_verifications::confirm(&mut uow, token.trim()).await?;
        uow.commit().await?;
        Ok(Confirmed::NoContent)
    }

    /// Ask for a new link confirming the caller's e-mail address
    ///
    /// Rate-limited per account (the password reset limit's settings). 409
    /// once the address is confirmed.
    #[oai(
        path = "/me/email-verification",
        method = "post",
        operation_id = "request_email_verification"
    )]
    async fn request(&self, caller: Caller) -> Result<Requested, ApiError> {
        let me = caller.principal.require_user()?;
        if let Err(wait) = self
            .0
            .password_resets
            .check(&format!("email verification {}", me.id))
            .await?
        {
            return Err(ApiError::rate_limited("verification links", wait));
        }
        let mut uow = self.0.unit(&caller).await?;
        email_verifications::request(&mut uow).await?;
        uow.commit().await?;
        Ok(Requested::Accepted(Json(VerificationRequested {
            detail: LINK_ON_ITS_WAY.into(),
        })))
    }
}
