//! Notifications by e-mail: what each one is about (a [`Notice`], the typed
//! data of the worker's `notify` job), which outbox events notify, and when
//! a report's due-date reminders fall due. Who receives a notice and what
//! its message says are the worker's (`worker::notify`). No database and no
//! clock: the day is the caller's.
use crate::events::OutboxEvent;
use crate::vocabulary::{NotificationKind, Reminder};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Something to tell people about, with what is needed to find the
/// recipients and write the message (read again when the job runs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// A report was submitted: its reviewers are told.
    ReportSubmitted {
        initiative: i64,
        year: i32,
    },
    /// Submission `version` was returned with the reviewer's comment.
    ReportReturned {
        initiative: i64,
        year: i32,
        version: i32,
    },
    ReportAccepted {
        initiative: i64,
        year: i32,
    },
    /// Accepted submission `version` was reopened, with a reason.
    ReportReopened {
        initiative: i64,
        year: i32,
        version: i32,
    },
    /// The report for `year` is due on `due_date` (or overdue since).
    ReportDue {
        initiative: i64,
        year: i32,
        due_date: NaiveDate,
        reminder: Reminder,
    },
    /// A new initiative registered and awaits recognition.
    NewApplicant {
        initiative: i64,
    },
    /// The initiative has no accepted report for either of `cycles`.
    AtRisk {
        initiative: i64,
        cycles: [i32; 2],
    },
}

impl Notice {
    /// The kind a recipient may have turned off.
    pub fn kind(&self) -> NotificationKind {
        match self {
            Self::ReportSubmitted { .. } => NotificationKind::ReportSubmitted,
            Self::ReportReturned { .. } => NotificationKind::ReportReturned,
            Self::ReportAccepted { .. } => NotificationKind::ReportAccepted,
            Self::ReportReopened { .. } => NotificationKind::ReportReopened,
            Self::ReportDue { .. } => NotificationKind::ReportDue,
            Self::NewApplicant { .. } => NotificationKind::NewApplicant,
            Self::AtRisk { .. } => NotificationKind::AtRisk,
        }
    }

    /// The initiative it is about.
    pub fn initiative(&self) -> i64 {
        match self {
            Self::ReportSubmitted { initiative, .. }
            | Self::ReportReturned { initiative, .. }
            | Self::ReportAccepted { initiative, .. }
            | Self::ReportReopened { initiative, .. }
            | Self::ReportDue { initiative, .. }
            | Self::NewApplicant { initiative }
            | Self::AtRisk { initiative, .. } => *initiative,
        }
    }

    /// The notice an outbox event about `initiative` gives, if any.
    pub fn of_event(event: &OutboxEvent, initiative: i64) -> Option<Self> {
        Some(match *event {
            OutboxEvent::ReportSubmitted { year, .. } => Self::ReportSubmitted { initiative, year },
            OutboxEvent::ReportReturned { year, version } => Self::ReportReturned {
                initiative,
                year,
                version,
            },
            OutboxEvent::ReportAccepted { year, .. } => Self::ReportAccepted { initiative, year },
            OutboxEvent::ReportReopened { year, version } => Self::ReportReopened {
                initiative,
                year,
                version,
            },
            OutboxEvent::Registered {} => Self::NewApplicant { initiative },
            OutboxEvent::StatusChanged { .. }
            | OutboxEvent::LinksChanged { .. }
            | OutboxEvent::WebsiteChanged { .. } => return None,
        })
    }
}

/// How many days late a missed reminder may still be sent (the worker was
/// down on the day): past that, it is skipped rather than sent stale.
pub const REMINDER_GRACE_DAYS: i64 = 7;

/// The reminder of a report due on `due` that falls on `today`, if any: 30
/// days before (sent from then until 8 days before, so a sweep missed on the
/// day still sends it), 7 days before (until the due date itself), and once
/// overdue (the day after the due date, up to [`REMINDER_GRACE_DAYS`]
/// later). Each is sent once per report by the caller; only reports not
/// submitted or accepted are reminded.
pub fn reminder_for(today: NaiveDate, due: NaiveDate) -> Option<Reminder> {
    match (due - today).num_days() {
        8..=30 => Some(Reminder::Due30),
        0..=7 => Some(Reminder::Due7),
        d if (-REMINDER_GRACE_DAYS..0).contains(&d) => Some(Reminder::Overdue),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reminders_fall_30_and_7_days_before_and_the_day_after_the_due_date() {
        let due = day(2026, 3, 31);
        let on = |days: i64| reminder_for(due - chrono::Duration::days(days), due);
        assert_eq!(on(31), None);
        assert_eq!(on(30), Some(Reminder::Due30));
        assert_eq!(on(8), Some(Reminder::Due30));
        assert_eq!(on(7), Some(Reminder::Due7));
        assert_eq!(on(0), Some(Reminder::Due7), "due today is not overdue");
        assert_eq!(on(-1), Some(Reminder::Overdue));
        assert_eq!(on(-REMINDER_GRACE_DAYS), Some(Reminder::Overdue));
        assert_eq!(on(-REMINDER_GRACE_DAYS - 1), None, "too late to remind");
    }

    #[test]
    fn the_overdue_reminder_agrees_with_the_overdue_rule() {
        use crate::aggregate::{OpenedReport, is_overdue};
        use crate::vocabulary::ReportStatus;
        let due = day(2026, 3, 31);
        let draft = Some(OpenedReport {
            status: ReportStatus::Draft,
            due_date: Some(due),
        });
        for today in [day(2026, 3, 31), day(2026, 4, 1)] {
            assert_eq!(
                reminder_for(today, due) == Some(Reminder::Overdue),
                is_overdue(2025, today, draft),
                "{today}"
            );
        }
    }

    #[test]
    fn events_of_the_report_workflow_and_registrations_notify_others_do_not() {
        let ev = OutboxEvent::ReportReturned {
            year: 2025,
            version: 2,
        };
        let notice = Notice::of_event(&ev, 7).unwrap();
        assert_eq!(notice.kind(), NotificationKind::ReportReturned);
        assert_eq!(notice.initiative(), 7);
        assert_eq!(
            Notice::of_event(&OutboxEvent::Registered {}, 3).map(|n| n.kind()),
            Some(NotificationKind::NewApplicant)
        );
        assert_eq!(
            Notice::of_event(&OutboxEvent::WebsiteChanged { website: None }, 3),
            None
        );
        let stored = serde_json::to_value(&notice).unwrap();
        assert_eq!(
            stored,
            serde_json::json!({ "kind": "report_returned", "initiative": 7, "year": 2025, "version": 2 })
        );
        assert_eq!(serde_json::from_value::<Notice>(stored).unwrap(), notice);
    }
}
