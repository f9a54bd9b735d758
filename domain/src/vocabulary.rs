//! The closed vocabularies of the SPEC, each an enum with its wire name, and the
//! allowed transitions of an initiative's status.
use serde::{Deserialize, Serialize};
use std::fmt;

/// Declares an enum whose variants have fixed wire names, with `as_str`,
/// `parse` and the serde derives (and, with the `openapi` feature, the OpenAPI
/// enum), so every vocabulary reads the same.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(poem_openapi::Enum))]
        #[serde(rename_all = "snake_case")]
        #[cfg_attr(feature = "openapi", oai(rename_all = "snake_case"))]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// Parses the wire name; the error lists the allowed values.
            pub fn parse(s: &str) -> Result<Self, String> {
                match s {
                    $($wire => Ok($name::$variant),)+
                    _ => Err(format!(
                        "`{s}` is not one of: {}",
                        [$($wire),+].join(", ")
                    )),
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                Self::parse(s)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(
    /// What kind of initiative this is.
    InitiativeKind { National => "national", Regional => "regional", Subregional => "subregional", Youth => "youth" }
);
vocabulary!(
    /// The five UN regional groups.
    UnRegion { Africa => "africa", AsiaPacific => "asia_pacific", EasternEurope => "eastern_europe", Grulac => "grulac", Weog => "weog" }
);
vocabulary!(
    /// An initiative's recognition status, changed only by the IGF Secretariat.
    InitiativeStatus { Applicant => "applicant", Recognized => "recognized", Suspended => "suspended", Lapsed => "lapsed", Withdrawn => "withdrawn" }
);
vocabulary!(
    /// Stakeholder groups named across IGF pages.
    StakeholderGroup {
        Government => "government",
        PrivateSector => "private_sector",
        CivilSociety => "civil_society",
        TechnicalCommunity => "technical_community",
        Academia => "academia",
        Intergovernmental => "intergovernmental",
    }
);
vocabulary!(
    /// A committee member's role.
    CommitteeRole { Chair => "chair", CoChair => "co_chair", Member => "member", FocalPoint => "focal_point", YouthRepresentative => "youth_representative" }
);
vocabulary!(
    /// Optional, self-declared gender of a committee member.
    Gender { Female => "female", Male => "male", Other => "other", Undisclosed => "undisclosed" }
);
vocabulary!(
    /// A person's role in one initiative.
    MemberRole { FocalPoint => "focal_point", Editor => "editor", Viewer => "viewer" }
);

vocabulary!(
    /// The controlled vocabulary of report themes (free tags go beside it).
    Theme {
        AccessAndConnectivity => "access_and_connectivity",
        CybersecurityAndTrust => "cybersecurity_and_trust",
        HumanRightsAndFreedoms => "human_rights_and_freedoms",
        AiAndEmergingTechnologies => "ai_and_emerging_technologies",
        DataGovernance => "data_governance",
        DigitalInclusion => "digital_inclusion",
        Environment => "environment",
        ContentGovernance => "content_governance",
        InfrastructureAndCriticalResources => "infrastructure_and_critical_resources",
        CapacityBuilding => "capacity_building",
        InternetFragmentation => "internet_fragmentation",
        YouthEngagement => "youth_engagement",
        Gender => "gender",
    }
);
vocabulary!(
    /// How the event was held.
    EventFormat { InPerson => "in_person", Hybrid => "hybrid", Online => "online" }
);
vocabulary!(
    /// A session's type.
    SessionType { Plenary => "plenary", Panel => "panel", Workshop => "workshop", SideEvent => "side_event" }
);
vocabulary!(
    /// Whom a recommendation is addressed to.
    Level { Regional => "regional", Global => "global" }
);
vocabulary!(
    /// Where an annual report is in its workflow.
    ReportStatus { Draft => "draft", Submitted => "submitted", Returned => "returned", Accepted => "accepted" }
);
vocabulary!(
    /// What is done to a report.
    ReportAction { Edit => "edit", Submit => "submit", Accept => "accept", Return => "return", Reopen => "reopen" }
);
vocabulary!(
    /// What a person can be told by e-mail, each of which they may turn off
    /// (`/me/notifications`, or the unsubscribe link of a message).
    NotificationKind {
        ReportSubmitted => "report_submitted",
        ReportReturned => "report_returned",
        ReportAccepted => "report_accepted",
        ReportReopened => "report_reopened",
        ReportDue => "report_due",
        NewApplicant => "new_applicant",
        AtRisk => "at_risk",
    }
);
vocabulary!(
    /// Which due-date reminder of a report (see `notifications::reminder_for`).
    Reminder { Due30 => "due_30", Due7 => "due_7", Overdue => "overdue" }
);
vocabulary!(
    /// The five IGF principles.
    Principle {
        OpenTransparent => "open_transparent",
        Inclusive => "inclusive",
        BottomUp => "bottom_up",
        Multistakeholder => "multistakeholder",
        NonCommercial => "non_commercial",
    }
);
vocabulary!(
    /// A language the web pages are offered in (their texts are the Fluent
    /// files in `api/locales`): the six UN languages and Portuguese.
    PageLocale { En => "en", Fr => "fr", Es => "es", Ar => "ar", Zh => "zh", Ru => "ru", Pt => "pt" }
);

impl PageLocale {
    /// The writing direction of its texts: `rtl` or `ltr`.
    pub fn direction(self) -> &'static str {
        match self {
            PageLocale::Ar => "rtl",
            _ => "ltr",
        }
    }
}

impl ReportStatus {
    /// The actions the workflow allows in this state.
    pub fn allowed_actions(self) -> &'static [ReportAction] {
        use ReportAction::*;
        match self {
            ReportStatus::Draft => &[Edit, Submit],
            ReportStatus::Returned => &[Edit, Submit],
            ReportStatus::Submitted => &[Accept, Return],
            ReportStatus::Accepted => &[Reopen],
        }
    }

    /// `draft → submitted → accepted`, `submitted → returned → submitted`;
    /// an accepted report is locked until reopened (back to `returned`, with
    /// the reason as the reviewer's comment). Editing keeps the state.
    pub fn apply(self, action: ReportAction) -> Result<ReportStatus, ReportTransitionError> {
        if !self.allowed_actions().contains(&action) {
            return Err(ReportTransitionError {
                current: self,
                action,
                allowed: self.allowed_actions(),
            });
        }
        Ok(match action {
            ReportAction::Edit => self,
            ReportAction::Submit => ReportStatus::Submitted,
            ReportAction::Accept => ReportStatus::Accepted,
            ReportAction::Return | ReportAction::Reopen => ReportStatus::Returned,
        })
    }
}

/// An action the report workflow does not allow in the current state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a `{current}` report cannot be given `{action}`")]
pub struct ReportTransitionError {
    pub current: ReportStatus,
    pub action: ReportAction,
    pub allowed: &'static [ReportAction],
}

impl InitiativeKind {
    /// Regional and sub-regional initiatives are the ones others declare they feed into.
    pub fn is_forum(self) -> bool {
        matches!(self, InitiativeKind::Regional | InitiativeKind::Subregional)
    }
}

impl InitiativeStatus {
    /// Whether the public sees this initiative's profile.
    ///
    /// The SPEC makes applicant, suspended and withdrawn profiles private; a
    /// lapsed initiative was recognised and stays visible with its status.
    pub fn is_public(self) -> bool {
        matches!(
            self,
            InitiativeStatus::Recognized | InitiativeStatus::Lapsed
        )
    }

    /// The statuses the SPEC allows moving to from this one.
    pub fn allowed_next(self) -> &'static [InitiativeStatus] {
        use InitiativeStatus::*;
        match self {
            Applicant => &[Recognized, Withdrawn],
            Recognized => &[Suspended, Lapsed, Withdrawn],
            Suspended => &[Recognized, Withdrawn],
            Lapsed => &[Withdrawn],
            Withdrawn => &[],
        }
    }

    /// The shortest chain of allowed transitions from this status to `to`
    /// (empty when already there), or `None` when the machine never gets
    /// there: how an import that names a status reaches it, one recorded
    /// decision a step (`applicant` to `lapsed` goes through `recognized`).
    pub fn path_to(self, to: InitiativeStatus) -> Option<Vec<InitiativeStatus>> {
        let mut paths: Vec<Vec<InitiativeStatus>> = vec![vec![self]];
        let mut seen = vec![self];
        while !paths.is_empty() {
            let mut next = Vec::new();
            for path in paths {
                let last = path[path.len() - 1];
                if last == to {
                    return Some(path[1..].to_vec());
                }
                for &n in last.allowed_next() {
                    if !seen.contains(&n) {
                        seen.push(n);
                        let mut longer = path.clone();
                        longer.push(n);
                        next.push(longer);
                    }
                }
            }
            paths = next;
        }
        None
    }

    /// `applicant → recognized ⇄ suspended; recognized → lapsed; any → withdrawn`.
    pub fn transition(self, to: InitiativeStatus) -> Result<InitiativeStatus, TransitionError> {
        if self.allowed_next().contains(&to) {
            Ok(to)
        } else {
            Err(TransitionError {
                from: self,
                to,
                allowed: self.allowed_next(),
            })
        }
    }
}

/// A status change the SPEC does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an initiative cannot go from `{from}` to `{to}`")]
pub struct TransitionError {
    pub from: InitiativeStatus,
    pub to: InitiativeStatus,
    pub allowed: &'static [InitiativeStatus],
}

#[cfg(test)]
mod tests {
    use super::*;
    use InitiativeStatus::*;

    #[test]
    fn a_status_is_reached_by_the_shortest_chain_of_allowed_steps() {
        assert_eq!(Applicant.path_to(Applicant), Some(vec![]));
        assert_eq!(Applicant.path_to(Recognized), Some(vec![Recognized]));
        assert_eq!(Applicant.path_to(Lapsed), Some(vec![Recognized, Lapsed]));
        assert_eq!(
            Applicant.path_to(Suspended),
            Some(vec![Recognized, Suspended])
        );
        assert_eq!(Suspended.path_to(Lapsed), Some(vec![Recognized, Lapsed]));
        assert_eq!(Lapsed.path_to(Recognized), None);
        assert_eq!(Withdrawn.path_to(Applicant), None);
    }

    #[test]
    fn status_machine_follows_the_spec() {
        assert_eq!(Applicant.transition(Recognized), Ok(Recognized));
        assert_eq!(Recognized.transition(Suspended), Ok(Suspended));
        assert_eq!(Suspended.transition(Recognized), Ok(Recognized));
        assert_eq!(Recognized.transition(Lapsed), Ok(Lapsed));
        for from in [Applicant, Recognized, Suspended, Lapsed] {
            assert_eq!(from.transition(Withdrawn), Ok(Withdrawn));
        }
        assert!(Applicant.transition(Suspended).is_err());
        assert!(Applicant.transition(Lapsed).is_err());
        assert!(Suspended.transition(Lapsed).is_err());
        assert!(Withdrawn.transition(Recognized).is_err());
        assert!(Recognized.transition(Recognized).is_err());
        let err = Lapsed.transition(Recognized).unwrap_err();
        assert_eq!(err.allowed, &[Withdrawn]);
    }

    #[test]
    fn report_workflow_follows_the_spec() {
        use ReportAction::*;
        use ReportStatus::*;
        assert_eq!(Draft.apply(Edit), Ok(Draft));
        assert_eq!(Draft.apply(Submit), Ok(Submitted));
        assert_eq!(Submitted.apply(Return), Ok(Returned));
        assert_eq!(Returned.apply(Edit), Ok(Returned));
        assert_eq!(Returned.apply(Submit), Ok(Submitted));
        assert_eq!(Submitted.apply(Accept), Ok(Accepted));
        assert_eq!(Accepted.apply(Reopen), Ok(Returned));
        for (state, action) in [
            (Draft, Accept),
            (Draft, Return),
            (Draft, Reopen),
            (Submitted, Edit),
            (Submitted, Submit),
            (Submitted, Reopen),
            (Returned, Accept),
            (Accepted, Edit),
            (Accepted, Submit),
            (Accepted, Accept),
        ] {
            let err = state.apply(action).unwrap_err();
            assert_eq!(err.current, state);
            assert_eq!(err.allowed, state.allowed_actions());
        }
    }

    #[test]
    fn wire_names_round_trip() {
        for s in StakeholderGroup::ALL {
            assert_eq!(StakeholderGroup::parse(s.as_str()), Ok(*s));
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        assert_eq!(UnRegion::AsiaPacific.as_str(), "asia_pacific");
        assert!(
            InitiativeKind::parse("global")
                .unwrap_err()
                .contains("national")
        );
    }
}
