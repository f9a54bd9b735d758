//! `/users` (open, rate-limited sign-up) and `/me` (the caller and its roles).
use super::Tag;
use crate::audit::{self, Change};
use crate::auth::ClientIp;
use crate::auth::{Caller, Principal, User, hash_password};
use crate::domain::{Email, MemberRole, parse_text};
use crate::payload::JsonBody;
use crate::problem::{ApiError, OrTaken};
use crate::state::AppState;
use chrono::{DateTime, Utc};
use entity::{initiative, membership, user};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object, OpenApi};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub struct Api(pub AppState);

/// The shortest password accepted (NIST SP 800-63B asks for at least 8).
pub const MIN_PASSWORD: usize = 10;

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct SignUp {
    pub email: String,
    pub name: String,
    /// At least 10 characters.
    pub password: String,
}

#[derive(Debug, Clone, Object, Serialize)]
pub struct UserOut {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub created_at: DateTime<Utc>,
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
    pub roles: Vec<RoleOut>,
}

#[derive(ApiResponse)]
pub enum SignedUp {
    #[oai(status = 201)]
    Created(Json<UserOut>, #[oai(header = "Location")] String),
}

/// Creates an account; shared by the API and `nri admin create-user`.
pub async fn create_user(
    txn: &impl sea_orm::ConnectionTrait,
    caller: &Caller,
    email: &Email,
    name: &str,
    password_hash: Option<String>,
    platform_role: Option<&str>,
) -> Result<user::Model, ApiError> {
    let taken = || {
        ApiError::conflict(
            "email-taken",
            "E-mail taken",
            "an account with this e-mail exists",
        )
        .with("field", serde_json::json!("/email"))
    };
    let exists = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(txn)
        .await?;
    if exists.is_some() {
        return Err(taken());
    }
    // A concurrent sign-up with the same e-mail may still come first.
    let row = user::ActiveModel {
        email: Set(email.as_str().to_owned()),
        name: Set(name.to_owned()),
        password_hash: Set(password_hash),
        platform_role: Set(platform_role.map(str::to_owned)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await
    .or_taken(taken)?;
    // The record's actor is the new account itself when it signs itself up.
    let actor = match &caller.principal {
        Principal::Anonymous => Caller {
            principal: Principal::User(User {
                id: row.id,
                email: row.email.clone(),
                name: row.name.clone(),
                platform_role: None,
                token_id: 0,
            }),
            request_id: caller.request_id.clone(),
        },
        Principal::User(_) => caller.clone(),
    };
    audit::record(
        txn,
        &actor,
        Change {
            initiative: None,
            action: "user.create",
            target: format!("user/{}", row.id),
            before: None,
            after: Some(serde_json::json!({
                "id": row.id, "email": row.email, "name": row.name, "platform_role": row.platform_role
            })),
        },
    )
    .await?;
    Ok(row)
}

#[OpenApi(tag = "Tag::Accounts")]
impl Api {
    /// Sign up
    ///
    /// Open to anyone, rate-limited per client address. The account has no
    /// role until a focal point or the IGF Secretariat gives it one (or it
    /// registers an initiative).
    #[oai(path = "/users", method = "post", operation_id = "sign_up")]
    async fn sign_up(
        &self,
        caller: Caller,
        req: &poem::Request,
        body: JsonBody<SignUp>,
    ) -> Result<SignedUp, ApiError> {
        let client = ClientIp::of(req).0;
        if let Err(wait) = self.0.signups.check(&client) {
            return Err(ApiError::rate_limited("sign-ups from this address", wait));
        }
        let b = body.0;
        let mut errs = crate::domain::FieldErrors::default();
        let email = errs.take("/email", Email::parse(&b.email));
        let name = errs.take("/name", parse_text(&b.name, 200));
        if b.password.chars().count() < MIN_PASSWORD {
            errs.push(
                "/password",
                format!("must be at least {MIN_PASSWORD} characters"),
            );
        } else if b.password.len() > 1024 {
            errs.push("/password", "must be at most 1024 bytes");
        }
        let (Some(email), Some(name), true) = (email, name, errs.is_empty()) else {
            return Err(ApiError::Validation(errs.0));
        };
        let hash = hash_password(b.password).await?;
        let txn = self.0.db.begin().await?;
        let row = create_user(&txn, &caller, &email, &name, Some(hash), None).await?;
        txn.commit().await?;
        Ok(SignedUp::Created(
            Json(UserOut {
                id: row.id,
                email: row.email,
                name: row.name,
                created_at: row.created_at,
            }),
            "/api/v1/me".into(),
        ))
    }

    /// The caller, with its roles per initiative
    #[oai(path = "/me", method = "get", operation_id = "me")]
    async fn me(&self, caller: Caller) -> Result<Json<Me>, ApiError> {
        let u = caller.principal.require_user()?;
        let db = &self.0.db;
        let memberships = membership::Entity::find()
            .filter(membership::Column::UserId.eq(u.id))
            .all(db)
            .await?;
        let initiatives: HashMap<i64, initiative::Model> = initiative::Entity::find()
            .filter(
                initiative::Column::Id.is_in(
                    memberships
                        .iter()
                        .map(|m| m.initiative_id)
                        .collect::<Vec<_>>(),
                ),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|i| (i.id, i))
            .collect();
        let mut roles: Vec<RoleOut> = memberships
            .iter()
            .filter_map(|m| {
                let i = initiatives.get(&m.initiative_id)?;
                Some(
                    crate::stored::parse::<MemberRole>(&m.role).map(|role| RoleOut {
                        initiative: i.slug.clone(),
                        initiative_name: i.name.clone(),
                        role,
                    }),
                )
            })
            .collect::<Result<_, ApiError>>()?;
        roles.sort_by(|a, b| a.initiative.cmp(&b.initiative));
        Ok(Json(Me {
            id: u.id,
            email: u.email.clone(),
            name: u.name.clone(),
            platform_role: u.platform_role.clone(),
            roles,
        }))
    }
}
