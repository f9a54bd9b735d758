//! The background jobs, as crates.io's `BackgroundJob`: a name and typed
//! data. Stored in the queue as a `kind` column and a JSON payload (the
//! data), so the names below are a format shared by every process that
//! queues or runs jobs.
use crate::notifications::Notice;
use serde::{Deserialize, Serialize};

/// Work for the worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all = "snake_case")]
pub enum Job {
    /// Recompute the aggregate of `scope` (a scope key, `global`,
    /// `un-region/africa`, …) for `year`, reflecting outbox event `seq`.
    Aggregate { scope: String, year: i32, seq: i64 },
    /// Recompute the aggregate of `scope` for `year` though what it counts
    /// did not change: only its overdue marks may have (a report was
    /// submitted, a due date passed), or it is not stored yet (a year or a
    /// scope just opened: nobody has been served it). The same work as
    /// `Aggregate`, under the same dedupe key, but claimed in turn with the
    /// other jobs, not first: a burst of late submissions must not hold up
    /// an acceptance. An `Aggregate` queued under its key takes it over.
    #[serde(rename = "aggregate_refresh")]
    Refresh { scope: String, year: i32, seq: i64 },
    /// Deliver one webhook delivery.
    Webhook { delivery: i64 },
    /// Only proves the queue works (`nri admin queue-probe`): number `n` of
    /// a batch, simulating `work_ms` of work.
    Probe { n: u32, work_ms: u64 },
    /// Check an initiative's website (recognition criterion 3).
    WebsiteCheck { initiative: i64 },
    /// Send one stored e-mail (`mail_messages.id`).
    Mail { message: i64 },
    /// Someone asked to reset the password of the account with this e-mail:
    /// if there is one, issue a reset token and queue its message. Done by
    /// the worker so that the request costs the same whether or not the
    /// account exists.
    PasswordReset { email: String },
    /// Tell the people concerned about `notice` by e-mail. `key` names what
    /// happened (`event:42`, `report_due:7:due_30`): with each recipient, the
    /// key of one message, so a notice queued or run twice mails nobody twice.
    Notify { key: String, notice: Notice },
    /// Account `user` signed up (or asked again): unless its address is
    /// confirmed by then, issue a verification token and mail the link.
    EmailVerification { user: i64 },
    /// Someone signed up with the address of account `user`: tell its owner
    /// they already have an account (sign-up answers the same either way).
    AccountExists { user: i64 },
}

/// A stored job that does not read as one of ours.
pub type UnreadableJob = crate::stored::Unreadable;

impl Job {
    /// The stored `kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Aggregate { .. } => "aggregate",
            Self::Refresh { .. } => "aggregate_refresh",
            Self::Webhook { .. } => "webhook",
            Self::Probe { .. } => "probe",
            Self::WebsiteCheck { .. } => "website_check",
            Self::Mail { .. } => "mail",
            Self::PasswordReset { .. } => "password_reset",
            Self::Notify { .. } => "notify",
            Self::EmailVerification { .. } => "email_verification",
            Self::AccountExists { .. } => "account_exists",
        }
    }

    /// The stored payload: the job's data as a JSON object.
    pub fn payload(&self) -> serde_json::Value {
        crate::stored::data_of(self)
    }

    /// Jobs with equal keys are one job while waiting: a newer one replaces
    /// the waiting one's data. `None`: every job runs.
    pub fn dedupe_key(&self) -> Option<String> {
        match self {
            // A refresh and a recomputation of one aggregate are one job
            // while waiting (see `Refresh`).
            Self::Aggregate { scope, year, .. } | Self::Refresh { scope, year, .. } => {
                Some(format!("aggregate:{scope}:{year}"))
            }
            Self::WebsiteCheck { initiative } => Some(format!("website:{initiative}")),
            Self::Mail { message } => Some(format!("mail:{message}")),
            Self::Notify { key, .. } => Some(format!("notify:{key}")),
            Self::Webhook { .. }
            | Self::Probe { .. }
            | Self::PasswordReset { .. }
            | Self::EmailVerification { .. }
            | Self::AccountExists { .. } => None,
        }
    }

    /// Reads a stored job back from its `kind` and payload.
    pub fn from_stored(kind: &str, payload: &str) -> Result<Self, UnreadableJob> {
        crate::stored::read("job", kind, payload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_job_reads_back_as_stored() {
        let all = [
            Job::Aggregate {
                scope: "un-region/africa".into(),
                year: 2025,
                seq: 7,
            },
            Job::Refresh {
                scope: "global".into(),
                year: 2024,
                seq: 8,
            },
            Job::Webhook { delivery: 3 },
            Job::Probe { n: 1, work_ms: 50 },
            Job::WebsiteCheck { initiative: 4 },
            Job::Mail { message: 5 },
            Job::PasswordReset {
                email: "a@example.org".into(),
            },
            Job::Notify {
                key: "event:9".into(),
                notice: Notice::NewApplicant { initiative: 4 },
            },
            Job::EmailVerification { user: 6 },
            Job::AccountExists { user: 7 },
        ];
        for job in all {
            let payload = job.payload().to_string();
            assert_eq!(Job::from_stored(job.kind(), &payload).unwrap(), job);
        }
    }

    #[test]
    fn the_stored_shape_and_keys_are_the_ones_the_queue_has_always_held() {
        let job = Job::Aggregate {
            scope: "global".into(),
            year: 2025,
            seq: 9,
        };
        assert_eq!(
            (job.kind(), job.payload(), job.dedupe_key().as_deref()),
            (
                "aggregate",
                json!({ "scope": "global", "year": 2025, "seq": 9 }),
                Some("aggregate:global:2025")
            )
        );
        let job = Job::WebsiteCheck { initiative: 4 };
        assert_eq!(
            (job.kind(), job.payload(), job.dedupe_key().as_deref()),
            (
                "website_check",
                json!({ "initiative": 4 }),
                Some("website:4")
            )
        );
        let job = Job::Webhook { delivery: 3 };
        assert_eq!(
            (job.kind(), job.payload(), job.dedupe_key()),
            ("webhook", json!({ "delivery": 3 }), None)
        );
        let job = Job::Probe { n: 0, work_ms: 5 };
        assert_eq!(
            (job.kind(), job.payload()),
            ("probe", json!({ "n": 0, "work_ms": 5 }))
        );
    }

    #[test]
    fn an_unknown_or_malformed_job_is_an_error_naming_its_kind() {
        let e = Job::from_stored("launch_rockets", "{}").unwrap_err();
        assert_eq!(e.kind, "launch_rockets");
        let e = Job::from_stored("aggregate", "{\"scope\":\"global\"}").unwrap_err();
        assert!(e.to_string().contains("`aggregate`"), "{e}");
        assert!(Job::from_stored("webhook", "not json").is_err());
    }
}
