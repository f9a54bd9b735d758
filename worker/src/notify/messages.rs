//! Every text of every notification, in English: one builder per kind of
//! [`Notice`], giving the subject, the paragraphs, the link and why the
//! recipient gets it. The one generic template (`notification.*` in
//! `worker/templates/mail`) only lays these out, as plain text and as HTML.
//! Localisation takes these texts over from here: nothing else in the
//! notification path holds words.
//!
//! No database and no I/O here: what a message says is a function of the
//! notice, the facts read for it and who receives it.
use domain::notifications::Notice;
use domain::{NotificationKind, Reminder};
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

/// What a kind is called where a person turns it off (the account page,
/// the unsubscribe page and each message's footer).
pub fn kind_label(kind: NotificationKind) -> &'static str {
    match kind {
        NotificationKind::ReportSubmitted => "a report is submitted for review",
        NotificationKind::ReportReturned => "a report is returned for changes",
        NotificationKind::ReportAccepted => "a report is accepted",
        NotificationKind::ReportReopened => "an accepted report is reopened",
        NotificationKind::ReportDue => "a report is due soon or overdue",
        NotificationKind::NewApplicant => "a new initiative registers",
        NotificationKind::AtRisk => "an initiative is at risk",
    }
}

/// The message telling `reader` about `notice`; links start at `public_url`.
pub fn build(notice: &Notice, facts: &Facts, reader: Reader<'_>, public_url: &str) -> Message {
    let name = &facts.name;
    let slug = &facts.slug;
    let workspace_report = |year: i32| format!("{public_url}/workspace/{slug}/reports/{year}");
    let member_why =
        format!("You receive this as a focal point or editor of {name} on the NRI Registry.");
    let reviewer_why = "You receive this as a member of the IGF Secretariat on the NRI Registry.";
    let (subject, paragraphs, link, link_label, why) = match *notice {
        Notice::ReportSubmitted { year, .. } => (
            format!("{name} submitted its {year} report for review"),
            vec![format!(
                "{name} has submitted its annual report for {year}. It is waiting in the review queue: accept it, or return it with what to correct."
            )],
            format!("{public_url}/review/reports/{slug}/{year}"),
            "Review the report".to_owned(),
            reviewer_why.to_owned(),
        ),
        Notice::ReportReturned { year, .. } => (
            format!("Your {year} report was returned for changes"),
            vec![
                format!(
                    "The IGF Secretariat returned the {year} annual report of {name} for changes. The reviewer wrote:"
                ),
                "Correct the report and submit it again.".to_owned(),
            ],
            workspace_report(year),
            "Open the report".to_owned(),
            member_why,
        ),
        Notice::ReportAccepted { year, .. } => (
            format!("Your {year} report was accepted"),
            vec![format!(
                "The IGF Secretariat accepted the {year} annual report of {name}. It is now public and counts in the regional and global aggregates."
            )],
            format!("{public_url}/initiatives/{slug}/reports/{year}"),
            "See the published report".to_owned(),
            member_why,
        ),
        Notice::ReportReopened { year, .. } => (
            format!("Your accepted {year} report was reopened"),
            vec![
                format!(
                    "The IGF Secretariat reopened the accepted {year} annual report of {name}, so it can be corrected. The reason given:"
                ),
                "It no longer counts in the aggregates until it is submitted and accepted again."
                    .to_owned(),
            ],
            workspace_report(year),
            "Open the report".to_owned(),
            member_why,
        ),
        Notice::ReportDue {
            year,
            due_date,
            reminder,
            ..
        } => {
            let (subject, first) = match reminder {
                Reminder::Due30 | Reminder::Due7 => (
                    format!("Reminder: the {year} report of {name} is due on {due_date}"),
                    format!(
                        "The {year} annual report of {name} is due on {due_date} (90 days after the event ended), and it has not been submitted yet."
                    ),
                ),
                Reminder::Overdue => (
                    format!("The {year} report of {name} is overdue"),
                    format!(
                        "The {year} annual report of {name} was due on {due_date} and has not been submitted. It now shows as overdue to the IGF Secretariat and the regional forums."
                    ),
                ),
            };
            (
                subject,
                vec![
                    first,
                    "Complete the report and submit it for review.".to_owned(),
                ],
                workspace_report(year),
                "Open the report".to_owned(),
                member_why,
            )
        }
        Notice::NewApplicant { .. } => (
            format!("New initiative registered: {name}"),
            vec![format!(
                "{name} has registered on the NRI Registry and awaits recognition. Check it against the recognition criteria and record a decision."
            )],
            format!("{public_url}/review/initiatives/{slug}"),
            "Review the initiative".to_owned(),
            reviewer_why.to_owned(),
        ),
        Notice::AtRisk { cycles, .. } => (
            format!(
                "{name} is at risk: no accepted report for {} or {}",
                cycles[0], cycles[1]
            ),
            vec![
                format!(
                    "{name} is recognised but has no accepted annual report for either of the last two cycles ({} and {}), so it is flagged at risk.",
                    cycles[0], cycles[1]
                ),
                if reader.reviewer {
                    "The flag is advisory: it changes no status.".to_owned()
                } else {
                    "Submitting the missing reports lifts the flag; the IGF Secretariat can help."
                        .to_owned()
                },
            ],
            if reader.reviewer {
                format!("{public_url}/review/initiatives/{slug}")
            } else {
                format!("{public_url}/workspace/{slug}")
            },
            if reader.reviewer {
                "Review the initiative".to_owned()
            } else {
                "Open the workspace".to_owned()
            },
            if reader.reviewer {
                reviewer_why.to_owned()
            } else {
                format!("You receive this as the focal point of {name} on the NRI Registry.")
            },
        ),
    };
    let quote = match notice {
        Notice::ReportReturned { .. } | Notice::ReportReopened { .. } => Some(
            facts
                .comment
                .clone()
                .unwrap_or_else(|| "(no comment was given)".to_owned()),
        ),
        _ => None,
    };
    let greeting = match reader.name.trim() {
        "" => "Hello,".to_owned(),
        n => format!("Hello {n},"),
    };
    Message {
        subject,
        greeting,
        paragraphs,
        quote,
        link,
        link_label,
        why,
        unsubscribe_label: format!("Stop e-mails when {}", kind_label(notice.kind())),
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

    #[test]
    fn every_kind_has_a_subject_an_absolute_link_and_a_reason() {
        let due = chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        let notices = [
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
        ];
        for notice in &notices {
            for reviewer in [false, true] {
                let m = build(
                    notice,
                    &facts(),
                    Reader { name: "", reviewer },
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
}
