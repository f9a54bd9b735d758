//! Notifications by e-mail: the `notify` job. The outbox relay queues one
//! for each event of the report workflow and each registration, the daily
//! [`sweep`] one for each due-date reminder and at-risk flag; the job reads
//! what the notice is about, chooses the recipients
//! ([`notification_recipients`], the one place that does), composes one
//! message each (words from [`messages`]) with a one-click unsubscribe link,
//! and queues them in the transaction that completes the job. Each message's
//! dedupe key is the notice's key and the recipient, so a notice queued or
//! run twice (a re-relayed event, a worker that died mid-job) mails nobody twice.
pub mod messages;
pub mod sweep;

use crate::SubjectGone;
use crate::mail::{self, Mailer, Recipient};
use crate::queue;
use chrono::Utc;
use domain::NotificationKind;
use domain::notifications::Notice;
use entity::{
    annual_report, initiative, job, membership, notification_opt_out, report_review,
    unsubscribe_token, user,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Set,
};
use std::collections::{BTreeMap, HashSet};

/// The platform role of the IGF Secretariat (its reviewers).
const IGF_SECRETARIAT: &str = "igf_secretariat";

/// A person a notice goes to.
#[derive(Debug, Clone)]
pub struct Person {
    pub user: user::Model,
    /// Told as the IGF Secretariat rather than as a member of the initiative.
    pub reviewer: bool,
}

/// Who is told of a notice of `kind` about initiative `initiative`:
/// - a submitted report, a new applicant: the IGF Secretariat;
/// - a report returned, accepted, reopened or due: the initiative's focal
///   points and editors;
/// - an initiative at risk: its focal points and the IGF Secretariat;
///
/// each once, leaving out whoever turned `kind` off, accounts whose address
/// is not confirmed yet (issue 14: an address is confirmed by a link before
/// it receives notifications), and addresses that cannot receive mail (the reserved `.invalid` domain of the bootstrap
/// account included). Every notification chooses its recipients here.
pub async fn notification_recipients(
    db: &impl ConnectionTrait,
    kind: NotificationKind,
    initiative: i64,
) -> Result<Vec<Person>, DbErr> {
    use NotificationKind::*;
    let (reviewers, member_roles): (bool, &[&str]) = match kind {
        ReportSubmitted | NewApplicant => (true, &[]),
        ReportReturned | ReportAccepted | ReportReopened | ReportDue => {
            (false, &["focal_point", "editor"])
        }
        AtRisk => (true, &["focal_point"]),
    };
    let mut people: BTreeMap<i64, Person> = BTreeMap::new();
    if !member_roles.is_empty() {
        let members: Vec<i64> = membership::Entity::find()
            .filter(membership::Column::InitiativeId.eq(initiative))
            .filter(membership::Column::Role.is_in(member_roles.iter().copied()))
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.user_id)
            .collect();
        for u in user::Entity::find()
            .filter(user::Column::Id.is_in(members))
            .all(db)
            .await?
        {
            people.insert(
                u.id,
                Person {
                    user: u,
                    reviewer: false,
                },
            );
        }
    }
    if reviewers {
        for u in user::Entity::find()
            .filter(user::Column::PlatformRole.eq(IGF_SECRETARIAT))
            .all(db)
            .await?
        {
            // Someone both a member and a reviewer reads it as a member.
            people.entry(u.id).or_insert(Person {
                user: u,
                reviewer: true,
            });
        }
    }
    let opted_out: HashSet<i64> = notification_opt_out::Entity::find()
        .filter(notification_opt_out::Column::Kind.eq(kind.as_str()))
        .filter(notification_opt_out::Column::UserId.is_in(people.keys().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.user_id)
        .collect();
    Ok(people
        .into_values()
        .filter(|p| !opted_out.contains(&p.user.id))
        .filter(|p| p.user.email_confirmed_at.is_some())
        .filter(|p| reachable(&p.user.email))
        .collect())
}

/// Whether mail to `email` can arrive: an address SMTP carries, outside the
/// `.invalid` domain that RFC 2606 reserves for addresses that never work.
fn reachable(email: &str) -> bool {
    mail::deliverable(email) && !email.to_ascii_lowercase().ends_with(".invalid")
}

/// Reads what `notice` is about: the initiative, and for a return or a
/// reopening the reviewer's words. Gone (deleted since): the job is skipped.
async fn facts(db: &DatabaseConnection, notice: &Notice) -> anyhow::Result<messages::Facts> {
    let ini = initiative::Entity::find_by_id(notice.initiative())
        .one(db)
        .await?
        .ok_or_else(|| SubjectGone(format!("initiative {}", notice.initiative())))?;
    let comment = match *notice {
        Notice::ReportReturned { year, version, .. } => {
            review_comment(db, ini.id, year, version, "return").await?
        }
        Notice::ReportReopened { year, version, .. } => {
            review_comment(db, ini.id, year, version, "reopen").await?
        }
        _ => None,
    };
    Ok(messages::Facts {
        // It goes into the subject: no control character may reach a header.
        name: ini.name.chars().filter(|c| !c.is_control()).collect(),
        slug: ini.slug,
        comment,
    })
}

/// The comment of the latest `decision` on submission `version` of the
/// initiative's report for `year`.
async fn review_comment(
    db: &DatabaseConnection,
    initiative: i64,
    year: i32,
    version: i32,
    decision: &str,
) -> anyhow::Result<Option<String>> {
    let report = annual_report::Entity::find()
        .filter(annual_report::Column::InitiativeId.eq(initiative))
        .filter(annual_report::Column::Year.eq(year))
        .one(db)
        .await?
        .ok_or_else(|| SubjectGone(format!("the {year} report of initiative {initiative}")))?;
    Ok(report_review::Entity::find()
        .filter(report_review::Column::ReportId.eq(report.id))
        .filter(report_review::Column::VersionNumber.eq(version))
        .filter(report_review::Column::Decision.eq(decision))
        .order_by_desc(report_review::Column::Id)
        .one(db)
        .await?
        .and_then(|r| r.comment))
}

/// What is stored of an unsubscribe token: its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    crate::password_reset::token_hash(token)
}

/// The `notify` job: mails `notice` to each of its recipients, once per
/// `key` and recipient.
#[tracing::instrument(skip(db, mailer, job, notice), fields(kind = %notice.kind()))]
pub async fn run(
    db: &DatabaseConnection,
    mailer: &Mailer,
    public_url: &str,
    job: &job::Model,
    worker: &str,
    key: &str,
    notice: &Notice,
) -> anyhow::Result<()> {
    let facts = facts(db, notice).await?;
    let kind = notice.kind();
    let mut outgoing = Vec::new();
    for person in notification_recipients(db, kind, notice.initiative()).await? {
        let u = &person.user;
        let locale = mail::locale_of(u)?;
        let words = messages::build(
            notice,
            &facts,
            messages::Reader {
                name: &u.name,
                reviewer: person.reviewer,
                locale,
            },
            public_url,
        );
        let token = mail::new_token();
        let unsubscribe = format!("{public_url}/unsubscribe?token={token}");
        let mut composed = mailer.compose(
            "notification",
            &format!("notify:{key}"),
            Recipient {
                name: &u.name,
                email: &u.email,
                locale,
            },
            serde_json::to_value(&words)?,
            public_url,
            Some(&unsubscribe),
        )?;
        // Stored and listed by what it tells, not by its template.
        composed.kind = kind.as_str();
        outgoing.push((composed, u.id, token_hash(&token)));
    }
    let now = Utc::now();
    queue::complete_with(db, job, worker, async |txn| {
        for (message, user_id, hash) in &outgoing {
            if mail::queue(txn, message).await? {
                unsubscribe_token::ActiveModel {
                    token_hash: Set(hash.clone()),
                    user_id: Set(*user_id),
                    kind: Set(kind.as_str().to_owned()),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
            }
        }
        Ok(())
    })
    .await?;
    tracing::info!(key, recipients = outgoing.len(), "notification queued");
    Ok(())
}
