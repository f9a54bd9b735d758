//! `/me/notifications` (which e-mail notifications the caller receives) and
//! `/notifications/unsubscribe` (the one-click unsubscribe of a message's
//! link, without signing in).
use super::Tag;
use crate::auth::Caller;
use crate::domain::NotificationKind;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::notifications::{self, TurnedOff};
use crate::state::AppState;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use serde::Deserialize;

pub struct Api(pub AppState);

/// One switch per kind of notification: `true` to receive it (the default).
#[derive(Debug, Clone, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct NotificationPreferences {
    /// A report is submitted for review (the IGF Secretariat).
    pub report_submitted: bool,
    /// A report is returned for changes, with the reviewer's comment (focal points and editors).
    pub report_returned: bool,
    /// A report is accepted (focal points and editors).
    pub report_accepted: bool,
    /// An accepted report is reopened, with the reason (focal points and editors).
    pub report_reopened: bool,
    /// A report is due in 30 or 7 days, or overdue (focal points and editors).
    pub report_due: bool,
    /// A new initiative registers (the IGF Secretariat).
    pub new_applicant: bool,
    /// An initiative is flagged at risk (its focal points and the IGF Secretariat).
    pub at_risk: bool,
}

impl NotificationPreferences {
    fn switch(&self, kind: NotificationKind) -> bool {
        match kind {
            NotificationKind::ReportSubmitted => self.report_submitted,
            NotificationKind::ReportReturned => self.report_returned,
            NotificationKind::ReportAccepted => self.report_accepted,
            NotificationKind::ReportReopened => self.report_reopened,
            NotificationKind::ReportDue => self.report_due,
            NotificationKind::NewApplicant => self.new_applicant,
            NotificationKind::AtRisk => self.at_risk,
        }
    }

    fn turned_off(&self) -> TurnedOff {
        NotificationKind::ALL
            .iter()
            .copied()
            .filter(|k| !self.switch(*k))
            .collect()
    }

    fn from_turned_off(off: &TurnedOff) -> Self {
        let on = |k| !off.contains(&k);
        Self {
            report_submitted: on(NotificationKind::ReportSubmitted),
            report_returned: on(NotificationKind::ReportReturned),
            report_accepted: on(NotificationKind::ReportAccepted),
            report_reopened: on(NotificationKind::ReportReopened),
            report_due: on(NotificationKind::ReportDue),
            new_applicant: on(NotificationKind::NewApplicant),
            at_risk: on(NotificationKind::AtRisk),
        }
    }
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct Unsubscribe {
    /// The `token` of the message's unsubscribe link.
    pub token: String,
}

#[derive(Debug, Object)]
pub struct Unsubscribed {
    /// The kind now turned off.
    pub kind: NotificationKind,
}

#[OpenApi(tag = "Tag::Accounts")]
impl Api {
    /// Which e-mail notifications the caller receives
    #[oai(
        path = "/me/notifications",
        method = "get",
        operation_id = "get_notification_preferences"
    )]
    async fn get(&self, caller: Caller) -> Result<Json<NotificationPreferences>, ApiError> {
        let off = notifications::get(&self.0.reader(&caller)).await?;
        Ok(Json(NotificationPreferences::from_turned_off(&off)))
    }

    /// Choose which e-mail notifications the caller receives
    ///
    /// Every kind, each `true` (receive) or `false`; audited.
    #[oai(
        path = "/me/notifications",
        method = "put",
        operation_id = "set_notification_preferences"
    )]
    async fn put(
        &self,
        caller: Caller,
        body: JsonBody<NotificationPreferences>,
    ) -> Result<Json<NotificationPreferences>, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let off = notifications::set(&mut uow, body.0.turned_off()).await?;
        uow.commit().await?;
        Ok(Json(NotificationPreferences::from_turned_off(&off)))
    }

    /// Turn off one kind of notification with a message's unsubscribe token
    ///
    /// No sign-in: the token (from the `List-Unsubscribe` link of a
    /// notification) names the account and the kind. Using it again changes
    /// nothing; a token the registry never sent is a 400.
    #[oai(
        path = "/notifications/unsubscribe",
        method = "post",
        operation_id = "unsubscribe"
    )]
    async fn unsubscribe(
        &self,
        caller: Caller,
        body: JsonBody<Unsubscribe>,
    ) -> Result<Json<Unsubscribed>, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let kind = notifications::unsubscribe(&mut uow, body.0.token.trim()).await?;
        uow.commit().await?;
        Ok(Json(Unsubscribed { kind }))
    }
}
