//! `/tokens`: personal API tokens. Created with e-mail and password or with an
//! existing bearer token; the secret is returned once and only its hash is kept.
use super::Tag;
use crate::audit::{self, Change};
use crate::auth::{
    Caller, ClientIp, Principal, User, check_password, issue_token, new_token_secret,
};
use crate::domain::{Email, parse_text};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{DateTime, Duration, Utc};
use entity::{api_token, user};
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
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
        let (owner, caller) = match (&caller.principal, b.email, b.password) {
            (Principal::User(u), None, None) => (u.id, caller.clone()),
            (Principal::Anonymous, Some(email), Some(password)) => {
                let refused = || ApiError::Unauthorized("e-mail or password is wrong".into());
                let email = Email::parse(&email).map_err(|m| ApiError::field("/email", m))?;
                // Throttle the guesser, not the account: by the client's
                // address, and by that address and the account together.
                let address = ClientIp::of(req).0;
                let limited = [
                    self.0.signin_addresses.check(&address),
                    self.0
                        .signins
                        .check(&format!("{address} {}", email.as_str())),
                ]
                .into_iter()
                .filter_map(Result::err)
                .max();
                if let Some(wait) = limited {
                    return Err(ApiError::rate_limited("sign-in attempts", wait));
                }
                let u = user::Entity::find()
                    .filter(user::Column::Email.eq(email.as_str()))
                    .one(&self.0.db)
                    .await?;
                let stored = u.as_ref().and_then(|u| u.password_hash.clone());
                let checked = check_password(&self.0.metrics, password, stored).await?;
                let Some(u) = u.filter(|_| checked) else {
                    return Err(refused());
                };
                let who = Caller {
                    principal: Principal::User(User {
                        id: u.id,
                        email: u.email,
                        name: u.name,
                        platform_role: u.platform_role,
                        token_id: 0,
                    }),
                    request_id: caller.request_id.clone(),
                };
                (u.id, who)
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
        let secret = new_token_secret();
        let txn = self.0.db.begin().await?;
        let row = issue_token(&txn, owner, &name, &secret, Duration::days(days)).await?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: None,
                action: "token.create",
                target: format!("token/{}", row.id),
                before: None,
                after: Some(serde_json::json!({ "id": row.id, "name": row.name, "prefix": row.prefix, "expires_at": row.expires_at })),
            },
        )
        .await
        ?;
        txn.commit().await?;
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
        let u = caller.principal.require_user()?;
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let query = api_token::Entity::find().filter(api_token::Column::UserId.eq(u.id));
        let (rows, next_cursor) = page
            .by_id(
                query,
                api_token::Column::Id,
                sea_orm::Order::Asc,
                |t| t.id,
                &self.0.db,
            )
            .await?;
        Ok(Json(TokenPage {
            items: rows.iter().map(to_out).collect(),
            next_cursor,
        }))
    }

    /// Revoke a token
    #[oai(path = "/:id", method = "delete", operation_id = "revoke_token")]
    async fn revoke(&self, caller: Caller, id: Path<i64>) -> Result<Revoked, ApiError> {
        let u = caller.principal.require_user()?;
        let txn = self.0.db.begin().await?;
        // Another user's token answers 404, like a token that does not exist.
        let t = api_token::Entity::find_by_id(id.0)
            .filter(api_token::Column::UserId.eq(u.id))
            .one(&txn)
            .await?
            .ok_or_else(|| ApiError::not_found(format!("no token {}", id.0)))?;
        // Compare-and-set: of concurrent revocations exactly one acts and is
        // audited; the others (and later ones) find the token already gone.
        let now = Utc::now();
        let done = api_token::Entity::update_many()
            .col_expr(api_token::Column::RevokedAt, Some(now).into())
            .filter(api_token::Column::Id.eq(t.id))
            .filter(api_token::Column::RevokedAt.is_null())
            .exec(&txn)
            .await?;
        if done.rows_affected == 0 {
            return Err(ApiError::not_found(format!(
                "token {} is already revoked",
                t.id
            )));
        }
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: None,
                action: "token.revoke",
                target: format!("token/{}", t.id),
                before: Some(serde_json::json!({ "revoked_at": t.revoked_at })),
                after: Some(serde_json::json!({ "revoked_at": now })),
            },
        )
        .await?;
        txn.commit().await?;
        Ok(Revoked::NoContent)
    }
}
