//! The outbox: durable events for the worker, written on the connection of
//! the transaction that makes the change, so an event exists exactly when
//! its change was committed.
use chrono::Utc;
use entity::{initiative, outbox_event};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use serde_json::Value;

/// What happened, as the worker reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    ReportAccepted,
    ReportReturned,
    ReportReopened,
    StatusChanged,
    LinksChanged,
    /// The website to check for recognition criterion 3 changed.
    WebsiteChanged,
}

impl Event {
    pub fn kind(self) -> &'static str {
        match self {
            Event::ReportAccepted => "report.accepted",
            Event::ReportReturned => "report.returned",
            Event::ReportReopened => "report.reopened",
            Event::StatusChanged => "initiative.status_changed",
            Event::LinksChanged => "initiative.links_changed",
            Event::WebsiteChanged => "initiative.website_changed",
        }
    }
}

/// Records `event` about `ini` (and `year`, for report events) on `txn`.
pub async fn emit(
    txn: &impl ConnectionTrait,
    event: Event,
    ini: &initiative::Model,
    year: Option<i32>,
    mut payload: Value,
) -> Result<(), DbErr> {
    payload["initiative"] = Value::String(ini.slug.clone());
    outbox_event::ActiveModel {
        kind: Set(event.kind().to_owned()),
        initiative_id: Set(ini.id),
        year: Set(year),
        payload: Set(payload.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}
