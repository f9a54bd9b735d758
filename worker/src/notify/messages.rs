//! Every notification's words: one builder per kind of [`Notice`], giving
//! the subject, the paragraphs, the link and why the recipient gets it, in
//! the recipient's language (the messages `notice-*` of
//! `worker/locales/<tag>/mail.ftl`). The one generic template
//! (`notification.*` in `worker/templates/mail`) only lays these out, as
//! plain text and as HTML.
//!
//! No database and no I/O here: what a message says is a function of the
//! notice, the facts read for it and who receives it.
use crate::mail::WORDS;
use domain::notifications::Notice;
use domain::{NotificationKind, PageLocale, Reminder};
use serde::Serialize;

/// What the worker read about a notice's subject.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The initiative's name and slug.
    pub name: String,
    pub slug: String,
    /// The reviewer's comment (a return) or reason (a reopening).
    pub comment: Option<String>,
}

/// Who a message is for, as far as its words go.
#[derive(Debug, Clone, Copy)]
pub struct Reader<'a> {
    pub name: &'a str,
    /// The IGF Secretariat (links to the review pages) rather than a member
    /// of the initiative (links to its workspace).
    pub reviewer: bool,
    /// The language the message is written in.
    pub locale: PageLocale,
}

/// One message's words, filled into the `notification` template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    /// Quoted as the reviewer wrote it (a return's comment, a reopening's reason).
    pub quote: Option<String>,
    pub link: String,
    pub link_label: String,
    /// Why this person gets it, and what the unsubscribe link turns off.
    pub why: String,
    pub unsubscribe_label: String,
}

/// What a kind is called where a person turns it off (each message's footer).
pub fn kind_label(kind: NotificationKind, locale: PageLocale) -> String {
    WORDS.text(locale, &format!("notice-kind-{}", kind.as_str()))
}

/// The message telling `reader` about `notice`; links start at `public_url`.
pub fn build(notice: &Notice, facts: &Facts, reader: Reader<'_>, public_url: &str) -> Message {
    let locale = reader.locale;
    let name = facts.name.clone();
    let slug = &facts.slug;
    // Every message with the initiative's name and, where it has one, the year.
    let say = |id: &str, year: Option<i32>, more: &[(&str, String)]| {
        let mut args = vec![("name", name.clone())];
        args.extend(year.map(|y| ("year", y.to_string())));
        args.extend(more.iter().cloned());
        WORDS.text_with(locale, id, &args)
    };
    let workspace_report = |year: i32| format!("{public_url}/workspace/{slug}/reports/{year}");
    let member_why = say("notice-why-member", None, &[]);
    let reviewer_why = say("notice-why-reviewer", None, &[]);
    let (subject, paragraphs, link, link_label, why) = match *notice {
        Notice::ReportSubmitted { year, .. } => (
            say("notice-submitted-subject", Some(year), &[]),
            vec![say("notice-submitted-body", Some(year), &[])],
            format!("{public_url}/review/reports/{slug}/{year}"),
            say("notice-review-report", None, &[]),
            reviewer_why,
        ),
        Notice::ReportReturned { year, .. } => (
            say("notice-returned-subject", Some(year), &[]),
            vec![
                say("notice-returned-body", Some(year), &[]),
                say("notice-returned-next", None, &[]),
            ],
            workspace_report(year),
            say("notice-open-report", None, &[]),
            member_why,
        ),
        Notice::ReportAccepted { year, .. } => (
            say("notice-accepted-subject", Some(year), &[]),
            vec![say("notice-accepted-body", Some(year), &[])],
            format!("{public_url}/initiatives/{slug}/reports/{year}"),
            say("notice-see-published", None, &[]),
            member_why,
        ),
        Notice::ReportReopened { year, .. } => (
            say("notice-reopened-subject", Some(year), &[]),
            vec![
                say("notice-reopened-body", Some(year), &[]),
                say("notice-reopened-next", None, &[]),
            ],
            workspace_report(year),
            say("notice-open-report", None, &[]),
            member_why,
        ),
        Notice::ReportDue {
            year,
            due_date,
            reminder,
            ..
        } => {
            let due = [("due", due_date.to_string())];
            let (subject, first) = match reminder {
                Reminder::Due30 | Reminder::Due7 => ("notice-due-subject", "notice-due-body"),
                Reminder::Overdue => ("notice-overdue-subject", "notice-overdue-body"),
            };
            (
                say(subject, Some(year), &due),
                vec![
                    say(first, Some(year), &due),
                    say("notice-due-next", None, &[]),
                ],
                workspace_report(year),
                say("notice-open-report", None, &[]),
                member_why,
            )
        }
        Notice::NewApplicant { .. } => (
            say("notice-applicant-subject", None, &[]),
            vec![say("notice-applicant-body", None, &[])],
            format!("{public_url}/review/initiatives/{slug}"),
            say("notice-review-initiative", None, &[]),
            reviewer_why,
        ),
        Notice::AtRisk { cycles, .. } => {
            let years = [
                ("first", cycles[0].to_string()),
                ("second", cycles[1].to_string()),
            ];
            let (advice, link, link_label, why) = if reader.reviewer {
                (
                    "notice-at-risk-reviewer",
                    format!("{public_url}/review/initiatives/{slug}"),
                    "notice-review-initiative",
                    reviewer_why,
                )
            } else {
                (
                    "notice-at-risk-member",
                    format!("{public_url}/workspace/{slug}"),
                    "notice-open-workspace",
                    say("notice-why-focal-point", None, &[]),
                )
            };
            (
                say("notice-at-risk-subject", None, &years),
                vec![
                    say("notice-at-risk-body", None, &years),
                    say(advice, None, &[]),
                ],
                link,
                say(link_label, None, &[]),
                why,
            )
        }
    };
    let quote = match notice {
        Notice::ReportReturned { .. } | Notice::ReportReopened { .. } => Some(
            facts
                .comment
                .clone()
                .unwrap_or_else(|| WORDS.text(locale, "notice-no-comment")),
        ),
        _ => None,
    };
    let greeting = match reader.name.trim() {
        "" => WORDS.text(locale, "mail-hello-anonymous"),
        n => WORDS.text_with(locale, "mail-hello", &[("name", n.to_owned())]),
    };
    Message {
        subject,
        greeting,
        paragraphs,
        quote,
        link,
        link_label,
        why,
        unsubscribe_label: WORDS.text_with(
            locale,
            "notice-stop",
            &[("kind", kind_label(notice.kind(), locale))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            name: "Liberia IGF".into(),
            slug: "liberia-igf".into(),
            comment: Some("Add the participation figures.".into()),
        }
    }

    const MEMBER: Reader<'static> = Reader {
        name: "Ada",
        reviewer: false,
        locale: PageLocale::En,
    };

    #[test]
    fn a_return_quotes_the_comment_and_links_to_the_workspace_report() {
        let notice = Notice::ReportReturned {
            initiative: 1,
            year: 2025,
            version: 1,
        };
        let m = build(&notice, &facts(), MEMBER, "https://nri.example");
        assert_eq!(m.subject, "Your 2025 report was returned for changes");
        assert_eq!(m.quote.as_deref(), Some("Add the participation figures."));
        assert_eq!(
            m.link,
            "https://nri.example/workspace/liberia-igf/reports/2025"
        );
        assert_eq!(m.greeting, "Hello Ada,");
        assert!(m.unsubscribe_label.contains("returned"), "{m:?}");
    }

    fn every_notice() -> [Notice; 7] {
        let due = chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        [
            Notice::ReportSubmitted {
                initiative: 1,
                year: 2025,
            },
            Notice::ReportReturned {
                initiative: 1,
                year: 2025,
                version: 1,
            },
            Notice::ReportAccepted {
                initiative: 1,
                year: 2025,
            },
            Notice::ReportReopened {
                initiative: 1,
                year: 2025,
                version: 2,
            },
            Notice::ReportDue {
                initiative: 1,
                year: 2025,
                due_date: due,
                reminder: Reminder::Overdue,
            },
            Notice::NewApplicant { initiative: 1 },
            Notice::AtRisk {
                initiative: 1,
                cycles: [2024, 2025],
            },
        ]
    }

    #[test]
    fn every_kind_has_a_subject_an_absolute_link_and_a_reason() {
        let notices = every_notice();
        for notice in &notices {
            for reviewer in [false, true] {
                let m = build(
                    notice,
                    &facts(),
                    Reader {
                        name: "",
                        reviewer,
                        locale: PageLocale::En,
                    },
                    "https://nri.example",
                );
                assert!(m.subject.contains("Liberia IGF") || m.subject.contains("2025"));
                assert!(m.link.starts_with("https://nri.example/"), "{m:?}");
                assert!(!m.why.is_empty() && !m.paragraphs.is_empty());
                assert_eq!(m.greeting, "Hello,");
            }
        }
        let overdue = build(&notices[4], &facts(), MEMBER, "https://x");
        assert!(overdue.subject.contains("overdue"), "{overdue:?}");
        assert!(overdue.paragraphs[0].contains("2026-03-31"));
    }

    #[test]
    fn a_reader_who_prefers_french_reads_french() {
        let notice = Notice::ReportReturned {
            initiative: 1,
            year: 2025,
            version: 1,
        };
        let reader = Reader {
            locale: PageLocale::Fr,
            ..MEMBER
        };
        let m = build(&notice, &facts(), reader, "https://nri.example");
        assert_eq!(
            m.subject,
            "Votre rapport 2025 a été renvoyé pour modifications"
        );
        assert_eq!(m.greeting, "Bonjour Ada,");
        assert_eq!(m.link_label, "Ouvrir le rapport");
        // The reviewer's words stay as written.
        assert_eq!(m.quote.as_deref(), Some("Add the participation figures."));
        assert!(m.unsubscribe_label.contains("renvoyé"), "{m:?}");
    }

    /// Every kind, for members and reviewers, in every locale: each text is
    /// a message (not an id left showing) with its placeholders filled.
    #[test]
    fn every_kind_is_written_in_every_locale() {
        for locale in PageLocale::ALL {
            for notice in &every_notice() {
                for reviewer in [false, true] {
                    let m = build(
                        notice,
                        &facts(),
                        Reader {
                            name: "Ada",
                            reviewer,
                            locale: *locale,
                        },
                        "https://x",
                    );
                    let texts = [
                        &m.subject,
                        &m.greeting,
                        &m.link_label,
                        &m.why,
                        &m.unsubscribe_label,
                    ]
                    .into_iter()
                    .chain(&m.paragraphs);
                    for text in texts {
                        assert!(
                            !text.contains("notice-")
                                && !text.contains("mail-")
                                && !text.contains('{'),
                            "{locale}: {text}"
                        );
                    }
                    assert!(
                        m.subject.contains("Liberia IGF") || m.subject.contains("2025"),
                        "{locale}: {}",
                        m.subject
                    );
                }
            }
        }
    }
}
