//! `/tokens`: personal API tokens. Created with e-mail and password or with an
//! existing bearer token; the secret is returned once and only its hash is kept.
use super::Tag;
use crate::auth::{Caller, ClientIp, Principal};
use crate::domain::{Email, parse_text};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::tokens;
use crate::state::AppState;
use chrono::{DateTime, Duration, Utc};
use entity::api_token;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use serde::Deserialize;

pub struct Api(pub AppState);

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    /// With `password`, when not sending a bearer token.
    #[oai(nullable)]
    pub email: Option<String>,
    #[oai(nullable)]
    pub password: Option<String>,
    /// A label, e.g. `laptop` or `regional dashboard`.
    #[oai(nullable)]
    pub name: Option<String>,
    /// Lifetime in days (1 to the server's maximum, 90 by default).
    #[oai(nullable)]
    pub expires_in_days: Option<i64>,
}

#[derive(Debug, Object)]
pub struct TokenOut {
    pub id: i64,
    pub name: String,
    /// The first characters of the secret.
    pub prefix: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    #[oai(nullable)]
    pub last_used_at: Option<DateTime<Utc>>,
    #[oai(nullable)]
    pub revoked_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Object)]
pub struct CreatedToken {
    /// Shown only now: store it, it cannot be read again.
    pub secret: String,
    pub token: TokenOut,
}

#[derive(Object)]
pub struct TokenPage {
    pub items: Vec<TokenOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[derive(ApiResponse)]
pub enum Created {
    #[oai(status = 201)]
    Created(Json<CreatedToken>),
}

#[derive(ApiResponse)]
pub enum Revoked {
    #[oai(status = 204)]
    NoContent,
}

fn to_out(t: &api_token::Model) -> TokenOut {
    TokenOut {
        id: t.id,
        name: t.name.clone(),
        prefix: t.prefix.clone(),
        created_at: t.created_at,
        expires_at: t.expires_at,
        last_used_at: t.last_used_at,
        revoked_at: t.revoked_at,
    }
}

#[OpenApi(prefix_path = "/tokens", tag = "Tag::Accounts")]
impl Api {
    /// Create a token
    #[oai(path = "/", method = "post", operation_id = "create_token")]
    async fn create(
        &self,
        caller: Caller,
        req: &poem::Request,
        body: JsonBody<NewToken>,
    ) -> Result<Created, ApiError> {
        let b = body.0;
        let max_days = self.0.settings.token_ttl_days.max(1);
        let days = b.expires_in_days.unwrap_or(max_days);
        if !(1..=max_days).contains(&days) {
            return Err(ApiError::field(
                "/expires_in_days",
                format!("must be between 1 and {max_days}"),
            ));
        }
        let name = match b.name.as_deref() {
            Some(n) => parse_text(n, 100).map_err(|m| ApiError::field("/name", m))?,
            None => "api".to_owned(),
        };
        // Who the token is for, and who acts: the bearer, or the account signing in.
        let owner = match (&caller.principal, b.email, b.password) {
            (Principal::User(_), None, None) => caller,
            (Principal::Anonymous, Some(email), Some(password)) => {
                let email = Email::parse(&email).map_err(|m| ApiError::field("/email", m))?;
                self.throttle_sign_in(req, &email).await?;
                let reader = self.0.reader(&caller);
                let user = tokens::sign_in(&reader, &self.0.metrics, &email, password).await?;
                Caller {
                    principal: Principal::User(user),
                    request_id: caller.request_id.clone(),
                }
            }
            (Principal::Anonymous, _, _) => {
                return Err(ApiError::Validation(vec![
                    crate::domain::FieldError::new(
                        "/email",
                        "send e-mail and password, or a bearer token",
                    ),
                    crate::domain::FieldError::new(
                        "/password",
                        "send e-mail and password, or a bearer token",
                    ),
                ]));
            }
            (Principal::User(_), _, _) => {
                return Err(ApiError::field(
                    "/email",
                    "send either a bearer token or e-mail and password, not both",
                ));
            }
        };
        let owner_id = owner.principal.require_user()?.id;
        let mut uow = self.0.unit(&owner).await?;
        let (secret, row) = tokens::create(&mut uow, owner_id, &name, Duration::days(days)).await?;
        uow.commit().await?;
        Ok(Created::Created(Json(CreatedToken {
            secret,
            token: to_out(&row),
        })))
    }

    /// The caller's tokens (secrets are never shown again)
    #[oai(path = "/", method = "get", operation_id = "list_tokens")]
    async fn list(
        &self,
        caller: Caller,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<TokenPage>, ApiError> {
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let (rows, next_cursor) = tokens::list(&self.0.reader(&caller), page).await?;
        Ok(Json(TokenPage {
            items: rows.iter().map(to_out).collect(),
            next_cursor,
        }))
    }

    /// Revoke a token
    #[oai(path = "/:id", method = "delete", operation_id = "revoke_token")]
    async fn revoke(&self, caller: Caller, id: Path<i64>) -> Result<Revoked, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        tokens::revoke(&mut uow, id.0).await?;
        uow.commit().await?;
        Ok(Revoked::NoContent)
    }
}

impl Api {
    /// Throttles password sign-ins: the guesser, not the account, by the
    /// client's address and by that address and the account together.
    async fn throttle_sign_in(&self, req: &poem::Request, email: &Email) -> Result<(), ApiError> {
        let address = ClientIp::of(req).0;
        let limited = [
            self.0.signin_addresses.check(&address).await?,
            self.0
                .signins
                .check(&format!("{address} {}", email.as_str()))
                .await?,
        ]
        .into_iter()
        .filter_map(Result::err)
        .max();
        match limited {
            Some(wait) => Err(ApiError::rate_limited("sign-in attempts", wait)),
            None => Ok(()),
        }
    }
}
