//! The closed vocabularies of the SPEC, each an enum with its wire name, and the
//! allowed transitions of an initiative's status.
use serde::{Deserialize, Serialize};
use std::fmt;

/// Declares an enum whose variants have fixed wire names, with `as_str`,
/// `parse` and the serde / OpenAPI derives, so every vocabulary reads the same.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, poem_openapi::Enum)]
        #[serde(rename_all = "snake_case")]
        #[oai(rename_all = "snake_case")]
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

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

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
