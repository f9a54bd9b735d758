//! The `password_reset` job: someone asked to reset the password of the
//! account with an e-mail address. The API only queues the job (the same
//! work whether or not the account exists); here, if there is such an
//! account, a reset token is issued (random, stored as its SHA-256, valid
//! for an hour, single-use) and its message queued, in the transaction that
//! completes the job: a retried job issues no second token or message.
use crate::mail::{self, Mailer, Recipient};
use crate::queue;
use chrono::{Duration, Utc};
use entity::{job, password_reset, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use serde_json::json;
use sha2::{Digest, Sha256};

/// How long a reset link works.
pub const VALID_FOR: Duration = Duration::hours(1);

/// What is stored of a token: its SHA-256, hex (as API tokens are).
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Issues a reset for the account with `email` (already normalised by the
/// API), if there is one, and queues its message.
#[tracing::instrument(skip(db, mailer, job, email))]
pub async fn issue(
    db: &DatabaseConnection,
    mailer: &Mailer,
    public_url: &str,
    job: &job::Model,
    worker: &str,
    email: &str,
) -> anyhow::Result<()> {
    let Some(account) = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?
    else {
        // Nobody to mail; the requester gets the same answer either way.
        return Ok(());
    };
    let token = mail::new_token();
    let composed = mailer.compose(
        "password_reset",
        &format!("password_reset:{}", job.id),
        Recipient {
            name: &account.name,
            email: &account.email,
            locale: mail::locale_of(&account)?,
        },
        json!({
            "name": account.name,
            "email": account.email,
            "link": format!("{public_url}/reset-password?token={token}"),
            "valid_hours": VALID_FOR.num_hours(),
        }),
        public_url,
        None,
    )?;
    let now = Utc::now();
    queue::complete_with(db, job, worker, async |txn| {
        password_reset::ActiveModel {
            user_id: Set(account.id),
            token_hash: Set(token_hash(&token)),
            created_at: Set(now),
            expires_at: Set(now + VALID_FOR),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        mail::queue(txn, &composed).await.map(|_| ())
    })
    .await?;
    Ok(())
}
