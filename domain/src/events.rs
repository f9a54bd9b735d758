//! The outbox events: what a committed change tells the worker, as typed
//! data. The API writes one with each change (in the change's transaction);
//! the worker reads it back with [`OutboxEvent::from_stored`] and decides
//! which aggregates and checks follow. Stored as a `kind` column and a JSON
//! payload, so the names below are a format shared by both processes.
use crate::vocabulary::InitiativeStatus;
use serde::{Deserialize, Serialize};

/// A change the worker must follow up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data")]
pub enum OutboxEvent {
    /// A report was submitted for review: its reviewers are told, and its
    /// year's aggregates change too: the initiative, still missing until the
    /// report is accepted, is no longer overdue (see `aggregate::is_overdue`).
    #[serde(rename = "report.submitted")]
    ReportSubmitted { year: i32, version: i32 },
    /// A report was accepted: its year's aggregates change.
    #[serde(rename = "report.accepted")]
    ReportAccepted { year: i32, version: i32 },
    /// A submitted report was returned for changes (with the reviewer's comment).
    #[serde(rename = "report.returned")]
    ReportReturned { year: i32, version: i32 },
    /// An accepted report was reopened: it leaves the aggregates.
    #[serde(rename = "report.reopened")]
    ReportReopened { year: i32, version: i32 },
    /// The initiative's recognition status changed (public visibility follows).
    #[serde(rename = "initiative.status_changed")]
    StatusChanged {
        from: InitiativeStatus,
        to: InitiativeStatus,
    },
    /// The initiative's contributes-to links changed; `before` are the former
    /// targets, whose forums are affected too.
    #[serde(rename = "initiative.links_changed")]
    LinksChanged { before: Vec<i64>, after: Vec<i64> },
    /// Someone registered a new initiative (an applicant): the IGF
    /// Secretariat is told. No aggregate changes (applicants are not counted).
    #[serde(rename = "initiative.registered")]
    Registered {},
    /// The website to check for recognition criterion 3 changed.
    #[serde(rename = "initiative.website_changed")]
    WebsiteChanged { website: Option<String> },
}

/// A stored event that does not read as one of ours.
pub type UnreadableEvent = crate::stored::Unreadable;

impl OutboxEvent {
    /// The stored `kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::ReportSubmitted { .. } => "report.submitted",
            Self::ReportAccepted { .. } => "report.accepted",
            Self::ReportReturned { .. } => "report.returned",
            Self::ReportReopened { .. } => "report.reopened",
            Self::StatusChanged { .. } => "initiative.status_changed",
            Self::LinksChanged { .. } => "initiative.links_changed",
            Self::Registered {} => "initiative.registered",
            Self::WebsiteChanged { .. } => "initiative.website_changed",
        }
    }

    /// The report year an event is about; `None` for events about the
    /// initiative, which affect every year.
    pub fn year(&self) -> Option<i32> {
        match self {
            Self::ReportSubmitted { year, .. }
            | Self::ReportAccepted { year, .. }
            | Self::ReportReturned { year, .. }
            | Self::ReportReopened { year, .. } => Some(*year),
            _ => None,
        }
    }

    /// Whether the aggregates follow this event (the worker recomputes the
    /// scopes it affects). A registration only notifies: applicants are not
    /// counted.
    pub fn changes_aggregates(&self) -> bool {
        !matches!(self, Self::Registered {})
    }

    /// The stored payload: the event's data as a JSON object, with the slug
    /// of the initiative it is about (for people reading the table).
    pub fn payload(&self, initiative_slug: &str) -> serde_json::Value {
        let mut data = crate::stored::data_of(self);
        data["initiative"] = serde_json::Value::String(initiative_slug.to_owned());
        data
    }

    /// Reads a stored event back from its `kind` and payload.
    pub fn from_stored(kind: &str, payload: &str) -> Result<Self, UnreadableEvent> {
        crate::stored::read("outbox event", kind, payload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_reads_back_as_stored() {
        let all = [
            OutboxEvent::ReportSubmitted {
                year: 2025,
                version: 1,
            },
            OutboxEvent::Registered {},
            OutboxEvent::ReportAccepted {
                year: 2025,
                version: 2,
            },
            OutboxEvent::ReportReturned {
                year: 2025,
                version: 1,
            },
            OutboxEvent::ReportReopened {
                year: 2024,
                version: 3,
            },
            OutboxEvent::StatusChanged {
                from: InitiativeStatus::Applicant,
                to: InitiativeStatus::Recognized,
            },
            OutboxEvent::LinksChanged {
                before: vec![3],
                after: vec![3, 7],
            },
            OutboxEvent::WebsiteChanged { website: None },
        ];
        for ev in all {
            let payload = ev.payload("liberia-igf").to_string();
            assert!(
                payload.contains("\"initiative\":\"liberia-igf\""),
                "{payload}"
            );
            let back = OutboxEvent::from_stored(ev.kind(), &payload).unwrap();
            assert_eq!(back, ev);
        }
    }

    #[test]
    fn the_stored_shape_is_the_one_the_worker_has_always_read() {
        let ev = OutboxEvent::LinksChanged {
            before: vec![1],
            after: vec![],
        };
        assert_eq!(
            ev.payload("x"),
            serde_json::json!({ "before": [1], "after": [], "initiative": "x" })
        );
        let ev = OutboxEvent::ReportAccepted {
            year: 2025,
            version: 1,
        };
        assert_eq!(
            ev.payload("x"),
            serde_json::json!({ "year": 2025, "version": 1, "initiative": "x" })
        );
    }

    #[test]
    fn an_unknown_or_malformed_event_is_an_error_naming_its_kind() {
        let e = OutboxEvent::from_stored("report.exploded", "{}").unwrap_err();
        assert_eq!(e.kind, "report.exploded");
        assert!(OutboxEvent::from_stored("report.accepted", "{\"year\":\"x\"}").is_err());
        assert!(OutboxEvent::from_stored("report.accepted", "not json").is_err());
    }
}
