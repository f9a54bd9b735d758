//! The mail of a sign-up. `email_verification`: a new account's address is
//! not confirmed yet, so a verification token is issued (random, stored as
//! its SHA-256 with the address it goes to, valid 48 hours, single-use) and
//! its link mailed. `account_exists`: someone signed up with the address of
//! an account, which is told so instead (the sign-up answered the same).
//! Each issues its token and queues its message in the transaction that
//! completes the job: a retried job sends nothing twice.
use crate::mail::{self, Mailer, Recipient};
use crate::{SubjectGone, queue};
use chrono::{Duration, Utc};
use entity::{email_verification, job, user};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use serde_json::json;

/// How long a verification link works.
pub const VALID_FOR: Duration = Duration::hours(48);

async fn account(db: &DatabaseConnection, id: i64) -> anyhow::Result<user::Model> {
    Ok(user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| SubjectGone(format!("user {id}")))?)
}

/// Mails account `user_id` a link confirming its address, unless the
/// address is confirmed by now (e.g. by an invitation's link).
#[tracing::instrument(skip(db, mailer, job))]
pub async fn issue(
    db: &DatabaseConnection,
    mailer: &Mailer,
    public_url: &str,
    job: &job::Model,
    worker: &str,
    user_id: i64,
) -> anyhow::Result<()> {
    let account = account(db, user_id).await?;
    if account.email_confirmed_at.is_some() {
        return Ok(());
    }
    let token = mail::new_token();
    let composed = mailer.compose(
        "email_verification",
        &format!("email_verification:{}", job.id),
        Recipient {
            name: &account.name,
            email: &account.email,
            locale: mail::locale_of(&account)?,
        },
        json!({
            "name": account.name,
            "email": account.email,
            "link": format!("{public_url}/verify-email?token={token}"),
            "valid_hours": VALID_FOR.num_hours(),
        }),
        public_url,
        None,
    )?;
    let now = Utc::now();
    queue::complete_with(db, job, worker, async |txn| {
        email_verification::ActiveModel {
            user_id: Set(account.id),
            email: Set(account.email.clone()),
            token_hash: Set(crate::password_reset::token_hash(&token)),
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

/// Tells account `user_id` that someone tried to sign up with its address:
/// at most once a day per account (the message's dedupe key is the account
/// and the day), so repeated sign-ups cannot flood its owner.
#[tracing::instrument(skip(db, mailer, job))]
pub async fn account_exists(
    db: &DatabaseConnection,
    mailer: &Mailer,
    public_url: &str,
    job: &job::Model,
    worker: &str,
    user_id: i64,
) -> anyhow::Result<()> {
    let account = account(db, user_id).await?;
    let composed = mailer.compose(
        "account_exists",
        &format!(
            "account_exists:{}:{}",
            account.id,
            Utc::now().format("%Y-%m-%d")
        ),
        Recipient {
            name: &account.name,
            email: &account.email,
            locale: mail::locale_of(&account)?,
        },
        json!({
            "name": account.name,
            "email": account.email,
            "sign_in_link": format!("{public_url}/sign-in"),
            "reset_link": format!("{public_url}/forgot-password"),
        }),
        public_url,
        None,
    )?;
    queue::complete_with(db, job, worker, async |txn| {
        mail::queue(txn, &composed).await.map(|_| ())
    })
    .await?;
    Ok(())
}
