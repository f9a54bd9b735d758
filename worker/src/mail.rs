//! Outgoing mail. A message is composed once (text and HTML from the
//! templates in `worker/templates/mail`, the HTML escaped), stored whole in
//! `mail_messages` together with its `mail` job, and sent by that job: over
//! SMTP when `NRI_SMTP_URL` is set, otherwise written as an `.eml` file into
//! `NRI_MAIL_DIR`. A retry sends the stored bytes again; the row's unique
//! `dedupe_key` (the event and the recipient) keeps one event from mailing
//! one person twice. Once sent, the stored message is erased (it may carry a
//! token): its envelope, subject and destination stay.
use crate::{SubjectGone, queue};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::Utc;
use domain::PageLocale;
use domain::jobs::Job;
use domain::l10n::Catalog;
use entity::{job, mail_message, user};
use fluent_bundle::FluentArgs;
use lettre::address::Envelope;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, DbErr, EntityTrait,
    QueryFilter, Set, SqlErr, TransactionTrait,
};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Duration;

pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";

/// How long one SMTP exchange may take before the attempt fails (and is retried).
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// How messages leave.
#[derive(Clone)]
enum Transport {
    /// An SMTP relay (its URL may hold credentials: never shown).
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in this folder.
    Files(PathBuf),
}

/// The mail settings made usable: who sends, and how.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

/// Shows where mail goes, never the SMTP URL (it may hold a password).
impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from.to_string())
            .field("to", &self.destination())
            .finish()
    }
}

/// Mail settings that cannot work.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// The message never repeats the URL: it may hold a password.
    #[error(
        "NRI_SMTP_URL is not an SMTP URL (smtps://user:pass@host:465, smtp://user:pass@host:587?tls=required or smtp://host:port): {0}"
    )]
    SmtpUrl(String),
    #[error("NRI_MAIL_FROM `{0}` is not a mailbox (`Name <address@domain>` or `address@domain`)")]
    From(String),
}

/// A message ready to store: the whole RFC 5322 text and what is kept of it.
#[derive(Debug, Clone)]
pub struct Composed {
    pub kind: &'static str,
    pub dedupe_key: String,
    pub sender: String,
    pub recipient: String,
    pub subject: String,
    pub message: String,
}

/// Who a message is for.
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    pub name: &'a str,
    pub email: &'a str,
    /// The language the message is written in.
    pub locale: PageLocale,
}

/// The mail's words in every shipped locale (`worker/locales/<tag>/mail.ftl`,
/// compiled in). English is complete by definition; the others are checked
/// against it by the tests below.
const SOURCES: &[(PageLocale, &str)] = &[
    (PageLocale::En, include_str!("../locales/en/mail.ftl")),
    (PageLocale::Fr, include_str!("../locales/fr/mail.ftl")),
    (PageLocale::Es, include_str!("../locales/es/mail.ftl")),
    (PageLocale::Ar, include_str!("../locales/ar/mail.ftl")),
    (PageLocale::Zh, include_str!("../locales/zh/mail.ftl")),
    (PageLocale::Ru, include_str!("../locales/ru/mail.ftl")),
    (PageLocale::Pt, include_str!("../locales/pt/mail.ftl")),
];

/// The mail's messages, built once.
pub static WORDS: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::new(SOURCES, "worker/locales/{locale}/mail.ftl"));

/// The language to write to an account in: its preference, English when it
/// has none. A stored preference that is not a shipped locale is an error.
pub fn locale_of(account: &user::Model) -> anyhow::Result<PageLocale> {
    account
        .locale
        .as_deref()
        .map(PageLocale::parse)
        .transpose()
        .map_err(|e| anyhow::anyhow!("account {}: stored locale: {e}", account.id))
        .map(|preferred| preferred.unwrap_or(PageLocale::En))
}

/// Every mail template, by name: `{kind}.subject`, `{kind}.txt` and
/// `{kind}.html` for each kind of message. Names ending in `.html` are
/// escaped as HTML (minijinja decides by the name); the others are plain.
const TEMPLATES: &[(&str, &str)] = &[
    ("layout.html", include_str!("../templates/mail/layout.html")),
    (
        "password_reset.subject",
        include_str!("../templates/mail/password_reset.subject"),
    ),
    (
        "password_reset.txt",
        include_str!("../templates/mail/password_reset.txt"),
    ),
    (
        "password_reset.html",
        include_str!("../templates/mail/password_reset.html"),
    ),
    (
        "invitation.subject",
        include_str!("../templates/mail/invitation.subject"),
    ),
    (
        "invitation.txt",
        include_str!("../templates/mail/invitation.txt"),
    ),
    (
        "invitation.html",
        include_str!("../templates/mail/invitation.html"),
    ),
    // Every notification: its words come from `notify::messages`.
    (
        "notification.subject",
        include_str!("../templates/mail/notification.subject"),
    ),
    (
        "notification.txt",
        include_str!("../templates/mail/notification.txt"),
    ),
    (
        "notification.html",
        include_str!("../templates/mail/notification.html"),
    ),
    (
        "email_verification.subject",
        include_str!("../templates/mail/email_verification.subject"),
    ),
    (
        "email_verification.txt",
        include_str!("../templates/mail/email_verification.txt"),
    ),
    (
        "email_verification.html",
        include_str!("../templates/mail/email_verification.html"),
    ),
    (
        "account_exists.subject",
        include_str!("../templates/mail/account_exists.subject"),
    ),
    (
        "account_exists.txt",
        include_str!("../templates/mail/account_exists.txt"),
    ),
    (
        "account_exists.html",
        include_str!("../templates/mail/account_exists.html"),
    ),
];

static TEMPLATE_ENV: LazyLock<minijinja::Environment<'static>> = LazyLock::new(|| {
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.add_function("t", translate);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .unwrap_or_else(|e| panic!("mail template {name} does not compile: {e:#}"));
    }
    env
});

/// Whether mail can be addressed to `email` (an address the registry
/// accepts may still be one SMTP cannot carry, e.g. a non-ASCII domain).
pub fn deliverable(email: &str) -> bool {
    email.parse::<Address>().is_ok()
}

/// A fresh token for a link in a message (a password reset, an
/// invitation): 32 random bytes, base64url. Only its SHA-256 is stored.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// `t("message-id", name=value, …)` in a mail template: the message in the
/// message's `locale` (a number argument selects plural forms). A message
/// missing from English is an error, so a template naming one never sends.
fn translate(
    state: &minijinja::State,
    id: &str,
    args: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    let locale = state
        .lookup("locale")
        .and_then(|v| v.as_str().map(PageLocale::parse))
        .ok_or_else(|| {
            minijinja::Error::new(
                minijinja::ErrorKind::UndefinedError,
                "a mail template was rendered without `locale`",
            )
        })?
        .map_err(|e| {
            minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string())
        })?;
    let mut fluent = FluentArgs::new();
    for name in args.args() {
        let value: minijinja::Value = args.get(name)?;
        match value.as_i64() {
            Some(n) => fluent.set(name.to_owned(), n),
            None => fluent.set(name.to_owned(), value.to_string()),
        }
    }
    args.assert_all_used()?;
    WORDS.message(locale, id, Some(&fluent)).ok_or_else(|| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("no message `{id}` in worker/locales/en/mail.ftl"),
        )
    })
}

fn render(name: &str, context: &Value) -> anyhow::Result<String> {
    Ok(TEMPLATE_ENV
        .get_template(name)?
        .render(minijinja::Value::from(minijinja::value::Serde(context)))?)
}

impl Mailer {
    /// Mail from `from`, over SMTP at `smtp_url`, or without one into `.eml`
    /// files in `dir`.
    pub fn new(smtp_url: Option<&str>, from: &str, dir: &Path) -> Result<Self, SetupError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| SetupError::From(from.to_owned()))?;
        let transport = match smtp_url.map(str::trim).filter(|u| !u.is_empty()) {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| SetupError::SmtpUrl(e.to_string()))?
                    .timeout(Some(SMTP_TIMEOUT))
                    .build(),
            ),
            None => Transport::Files(dir.to_owned()),
        };
        Ok(Self { from, transport })
    }

    /// Where messages go, as it may be logged: `SMTP` or the folder.
    pub fn destination(&self) -> String {
        match &self.transport {
            Transport::Smtp(_) => "SMTP (NRI_SMTP_URL)".into(),
            Transport::Files(dir) => format!(".eml files in {}", dir.display()),
        }
    }

    /// Composes message `kind` for `to` about `event` (what happened, e.g.
    /// `password_reset:42`: with the recipient, the message's dedupe key).
    /// `context` fills the templates, plus `public_url` and, on
    /// notifications, `unsubscribe_url` (which also becomes the
    /// `List-Unsubscribe` header).
    pub fn compose(
        &self,
        kind: &'static str,
        event: &str,
        to: Recipient<'_>,
        mut context: Value,
        public_url: &str,
        unsubscribe_url: Option<&str>,
    ) -> anyhow::Result<Composed> {
        let address: Address = to
            .email
            .parse()
            .map_err(|e| anyhow::anyhow!("`{}` cannot receive mail: {e}", to.email))?;
        if let Value::Object(map) = &mut context {
            map.insert("locale".into(), to.locale.as_str().into());
            map.insert("dir".into(), to.locale.direction().into());
            map.insert("public_url".into(), public_url.into());
            map.insert("unsubscribe_url".into(), unsubscribe_url.into());
        }
        let subject = render(&format!("{kind}.subject"), &context)?
            .trim()
            .to_owned();
        let text = render(&format!("{kind}.txt"), &context)?;
        let html = render(&format!("{kind}.html"), &context)?;
        let name = Some(to.name.trim().to_owned()).filter(|n| !n.is_empty());
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(name, address.clone()))
            .subject(subject.clone())
            .message_id(Some(format!(
                "<{}@{}>",
                uuid::Uuid::new_v4().simple(),
                self.from.email.domain()
            )));
        if let Some(url) = unsubscribe_url {
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{url}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".into(),
                ));
        }
        let message = builder.multipart(MultiPart::alternative_plain_html(text, html))?;
        Ok(Composed {
            kind,
            dedupe_key: format!("{event}:{}", to.email.to_lowercase()),
            sender: self.from.email.to_string(),
            recipient: address.to_string(),
            subject,
            message: String::from_utf8(message.formatted())?,
        })
    }
}

/// Stores `m` and queues its `mail` job in `txn`, unless a message with its
/// dedupe key was stored before. Returns whether it was queued.
pub async fn queue(txn: &DatabaseTransaction, m: &Composed) -> Result<bool, DbErr> {
    // A savepoint, so that a duplicate does not abort an outer PostgreSQL transaction.
    let sp = txn.begin().await?;
    let inserted = mail_message::ActiveModel {
        dedupe_key: Set(m.dedupe_key.clone()),
        kind: Set(m.kind.to_owned()),
        sender: Set(m.sender.clone()),
        recipient: Set(m.recipient.clone()),
        subject: Set(m.subject.clone()),
        message: Set(Some(m.message.clone())),
        status: Set(PENDING.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&sp)
    .await;
    match inserted {
        Ok(row) => {
            sp.commit().await?;
            queue::enqueue(txn, &Job::Mail { message: row.id }).await?;
            Ok(true)
        }
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            sp.rollback().await?;
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// Sends stored message `id` (the `mail` job). Any failure is an error, and
/// the queue retries with back-off; a message already sent is not sent again.
#[tracing::instrument(skip(db, mailer, job))]
pub async fn deliver(
    db: &DatabaseConnection,
    mailer: &Mailer,
    job: &job::Model,
    worker: &str,
    id: i64,
) -> anyhow::Result<()> {
    let row = mail_message::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| SubjectGone(format!("mail message {id}")))?;
    if row.status == SENT {
        return Ok(());
    }
    let Some(message) = row.message.as_deref() else {
        return Err(SubjectGone(format!("mail message {id} has no text")).into());
    };
    let sent_to = match &mailer.transport {
        Transport::Smtp(smtp) => {
            let envelope = Envelope::new(
                Some(row.sender.parse::<Address>()?),
                vec![row.recipient.parse::<Address>()?],
            )?;
            smtp.send_raw(&envelope, message.as_bytes())
                .await
                .map_err(|e| anyhow::anyhow!("SMTP: {e}"))?;
            tracing::info!(message = id, kind = %row.kind, subject = %row.subject, "mail sent over SMTP");
            "smtp".to_owned()
        }
        Transport::Files(dir) => {
            let path = write_eml(dir, &row, message).await?;
            tracing::info!(subject = %row.subject, path = %path.display(), "mail written");
            path.display().to_string()
        }
    };
    queue::complete_with(db, job, worker, async |txn| {
        mail_message::Entity::update_many()
            .col_expr(mail_message::Column::Status, SENT.into())
            .col_expr(mail_message::Column::Message, Option::<String>::None.into())
            .col_expr(mail_message::Column::SentTo, Some(sent_to).into())
            .col_expr(mail_message::Column::SentAt, Some(Utc::now()).into())
            .filter(mail_message::Column::Id.eq(id))
            .exec(txn)
            .await
            .map(|_| ())
    })
    .await?;
    Ok(())
}

/// Writes the message as `{created}-{id}-{kind}.eml` in `dir` (created if
/// missing), whole or not at all: a reader never sees half a file.
async fn write_eml(
    dir: &Path,
    row: &mail_message::Model,
    message: &str,
) -> anyhow::Result<PathBuf> {
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(|e| anyhow::anyhow!("creating {}: {e}", dir.display()))?;
    let name = format!(
        "{}-{}-{}.eml",
        row.created_at.format("%Y%m%dT%H%M%SZ"),
        row.id,
        row.kind
    );
    let path = dir.join(&name);
    let partial = dir.join(format!(".{name}.partial"));
    tokio::fs::write(&partial, message)
        .await
        .map_err(|e| anyhow::anyhow!("writing {}: {e}", partial.display()))?;
    tokio::fs::rename(&partial, &path)
        .await
        .map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn mailer() -> Mailer {
        Mailer::new(None, "NRI Registry <registry@localhost>", Path::new("mail")).unwrap()
    }

    #[test]
    fn a_reset_message_is_multipart_with_the_link_escaped_in_html() {
        let m = mailer()
            .compose(
                "password_reset",
                "password_reset:1",
                Recipient {
                    name: "Ada <script>",
                    email: "Ada@Example.org",
                    locale: PageLocale::En,
                },
                json!({ "name": "Ada <script>", "email": "ada@example.org", "link": "https://nri.example/reset-password?token=abc&x=1", "valid_hours": 1 }),
                "https://nri.example",
                None,
            )
            .unwrap();
        assert_eq!(m.dedupe_key, "password_reset:1:ada@example.org");
        assert_eq!(m.subject, "Reset your NRI Registry password");
        assert_eq!(m.sender, "registry@localhost");
        assert!(m.message.contains("multipart/alternative"), "{}", m.message);
        assert!(m.message.contains("text/plain") && m.message.contains("text/html"));
        assert!(m.message.contains("Message-ID: <"), "{}", m.message);
        assert!(!m.message.contains("List-Unsubscribe"));
        let html = render(
            "password_reset.html",
            &json!({ "name": "Ada <script>", "email": "a@example.org", "link": "https://x/?a=1&b=2", "valid_hours": 1, "public_url": "https://x", "unsubscribe_url": null, "locale": "en", "dir": "ltr" }),
        )
        .unwrap();
        assert!(html.contains("Ada &lt;script&gt;"), "{html}");
        assert!(
            html.contains("https:&#x2f;&#x2f;x&#x2f;?a=1&amp;b=2") || html.contains("a=1&amp;b=2"),
            "{html}"
        );
    }

    #[test]
    fn every_locale_has_every_english_message_a_review_header_and_formats() {
        let problems = domain::l10n::problems(SOURCES);
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(
            domain::l10n::ids(SOURCES[0].1).len() > 60,
            "en/mail.ftl is read"
        );
    }

    /// Every id a template names, and every id the code builds from a
    /// vocabulary, is an English message (`t` fails on a missing one, so a
    /// message that names one would never send).
    #[test]
    fn every_message_the_mail_names_exists() {
        let english = domain::l10n::ids(SOURCES[0].1);
        let code = include_str!("notify/messages.rs");
        let mut named: Vec<String> = Vec::new();
        for source in TEMPLATES.iter().map(|(_, s)| *s).chain([code]) {
            for piece in source.split('"').skip(1).step_by(2) {
                let id = piece.trim_end_matches('-');
                if (id.starts_with("mail-") || id.starts_with("notice-") || id.contains("-subject"))
                    && !piece.ends_with('-')
                    && !piece.contains(['{', ' '])
                {
                    named.push(id.to_owned());
                }
            }
        }
        named.extend(
            domain::MemberRole::ALL
                .iter()
                .map(|r| format!("mail-role-{}", r.as_str())),
        );
        named.extend(
            domain::NotificationKind::ALL
                .iter()
                .map(|k| format!("notice-kind-{}", k.as_str())),
        );
        assert!(named.len() > 40, "the scan finds the ids: {named:?}");
        let missing: Vec<_> = named.iter().filter(|id| !english.contains(*id)).collect();
        assert!(missing.is_empty(), "not in en/mail.ftl: {missing:?}");
    }

    #[test]
    fn a_message_speaks_its_recipients_language_and_direction() {
        let compose = |locale| {
            mailer()
                .compose(
                    "invitation",
                    "invitation:1",
                    Recipient {
                        name: "",
                        email: "a@example.org",
                        locale,
                    },
                    json!({ "initiative": "Moldova IGF", "role": "editor", "inviter": "Ana", "link": "https://x/i/t", "valid_days": 14 }),
                    "https://nri.example",
                    None,
                )
                .unwrap()
        };
        let fr = compose(PageLocale::Fr);
        assert_eq!(
            fr.subject,
            "Vous êtes invité·e à rejoindre Moldova IGF sur le registre des NRI"
        );
        let ar = compose(PageLocale::Ar);
        assert_ne!(ar.subject, fr.subject);
        let html = |locale: PageLocale| {
            render(
                "invitation.html",
                &json!({ "initiative": "M", "role": "editor", "inviter": "A", "link": "l", "valid_days": 14, "public_url": "p", "unsubscribe_url": null, "locale": locale.as_str(), "dir": locale.direction() }),
            )
            .unwrap()
        };
        assert!(html(PageLocale::Fr).contains(r#"<html lang="fr" dir="ltr">"#));
        assert!(html(PageLocale::Ar).contains(r#"<html lang="ar" dir="rtl">"#));
        let ru = compose(PageLocale::Ru);
        assert!(ru.subject.contains("Moldova IGF"), "{}", ru.subject);
        // The days are counted in the recipient's plural rules.
        let ru_text = render(
            "invitation.txt",
            &json!({ "initiative": "M", "role": "viewer", "inviter": "A", "link": "l", "valid_days": 14, "public_url": "p", "unsubscribe_url": null, "locale": "ru", "dir": "ltr" }),
        )
        .unwrap();
        assert!(
            ru_text.contains("14 дней") && ru_text.contains("читатель"),
            "{ru_text}"
        );
    }

    #[test]
    fn a_stored_locale_that_is_not_shipped_is_an_error_not_english() {
        let mut account = user::Model {
            id: 7,
            email: "a@example.org".into(),
            name: "A".into(),
            password_hash: None,
            platform_role: None,
            created_at: Utc::now(),
            email_confirmed_at: None,
            locale: None,
        };
        assert_eq!(locale_of(&account).unwrap(), PageLocale::En);
        account.locale = Some("fr".into());
        assert_eq!(locale_of(&account).unwrap(), PageLocale::Fr);
        account.locale = Some("klingon".into());
        assert!(locale_of(&account).is_err());
    }

    #[test]
    fn notifications_carry_list_unsubscribe() {
        let m = mailer()
            .compose(
                "password_reset",
                "e",
                Recipient {
                    name: "",
                    email: "a@example.org",
                    locale: PageLocale::En,
                },
                json!({ "name": "A", "email": "a@example.org", "link": "x", "valid_hours": 1 }),
                "https://nri.example",
                Some("https://nri.example/unsubscribe?token=t"),
            )
            .unwrap();
        assert!(
            m.message
                .contains("List-Unsubscribe: <https://nri.example/unsubscribe?token=t>"),
            "{}",
            m.message
        );
    }

    #[test]
    fn bad_settings_are_refused_without_repeating_the_url() {
        let e = Mailer::new(
            Some("ftp://user:hunter2@host"),
            "registry@localhost",
            Path::new("mail"),
        )
        .unwrap_err();
        assert!(!e.to_string().contains("hunter2"), "{e}");
        assert!(Mailer::new(None, "not a mailbox", Path::new("mail")).is_err());
        let smtp = Mailer::new(
            Some("smtps://user:hunter2@mail.example:465"),
            "registry@localhost",
            Path::new("mail"),
        )
        .unwrap();
        assert!(!format!("{smtp:?}").contains("hunter2"));
        assert!(Mailer::new(Some("smtp://127.0.0.1:2525"), "a@b.c", Path::new("m")).is_ok());
        assert!(
            Mailer::new(
                Some("smtp://u:p@mail.example:587?tls=required"),
                "a@b.c",
                Path::new("m")
            )
            .is_ok()
        );
    }
}
