//! Why a recognition criterion (or the at-risk flag) has its outcome: one
//! case per reason, holding the facts it names. `Display` is the sentence the
//! API returns (English: codes are the contract); [`Evidence::code`] and
//! [`Evidence::args`] let a page say the same in the reader's language, with
//! the codes in `args` read as names there.
use super::CriterionStatus;
use crate::{Principle, ReportStatus, StakeholderGroup};
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value, json};
use std::fmt;

/// What a diversity criterion counts places in: cities for a national
/// initiative, countries for the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceUnit {
    Cities,
    Countries,
}

impl PlaceUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceUnit::Cities => "cities",
            PlaceUnit::Countries => "countries",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    NoCurrentCommittee,
    /// The stakeholder groups of the current committee, by code order.
    CommitteeGroups {
        groups: Vec<StakeholderGroup>,
    },
    FocalPoint {
        name: String,
    },
    NoFocalPoint,
    FocalPointWithoutEmail {
        name: String,
    },
    NoWebsite,
    WebsiteNotChecked {
        url: String,
    },
    WebsiteChangedSinceCheck {
        url: String,
        checked_url: String,
    },
    WebsiteAnswered {
        url: String,
        http_status: i32,
        checked_at: DateTime<Utc>,
    },
    WebsiteDidNotAnswer {
        url: String,
        error: Option<String>,
        checked_at: DateTime<Utc>,
    },
    PrinciplesAttested {
        year: i32,
    },
    PrinciplesNotAttested {
        year: i32,
        missing: Vec<Principle>,
    },
    /// The latest attestation is older than the previous year.
    PrinciplesStale {
        latest: i32,
        previous: i32,
        current: i32,
    },
    NoAttestation {
        previous: i32,
        current: i32,
    },
    NoReport {
        year: i32,
    },
    ReportAcceptedOnTime {
        year: i32,
    },
    ReportLate {
        year: i32,
        days: i64,
    },
    /// Submitted on time and not decided yet (submitted or returned).
    ReportPending {
        year: i32,
        status: ReportStatus,
    },
    ReportDraftNotDue {
        year: i32,
        due: NaiveDate,
    },
    ReportNeverSubmitted {
        year: i32,
    },
    Diversity {
        disclosed: usize,
        members: usize,
        gender: CriterionStatus,
        places: usize,
        unit: PlaceUnit,
        geography: CriterionStatus,
    },
    /// At risk: the initiative is not recognised.
    NotRecognised,
    /// At risk: no accepted report in either cycle.
    NoAcceptedReport {
        cycles: [i32; 2],
    },
    /// Not at risk: the cycles with an accepted report.
    AcceptedReports {
        years: Vec<i32>,
    },
}

impl Evidence {
    /// The message a page shows it with (`evidence-…` in the locale files).
    pub fn code(&self) -> &'static str {
        match self {
            Evidence::NoCurrentCommittee => "committee-none",
            Evidence::CommitteeGroups { .. } => "committee-groups",
            Evidence::FocalPoint { .. } => "focal-point",
            Evidence::NoFocalPoint => "focal-point-none",
            Evidence::FocalPointWithoutEmail { .. } => "focal-point-no-email",
            Evidence::NoWebsite => "website-none",
            Evidence::WebsiteNotChecked { .. } => "website-not-checked",
            Evidence::WebsiteChangedSinceCheck { .. } => "website-changed",
            Evidence::WebsiteAnswered { .. } => "website-answered",
            Evidence::WebsiteDidNotAnswer { .. } => "website-no-answer",
            Evidence::PrinciplesAttested { .. } => "principles-attested",
            Evidence::PrinciplesNotAttested { .. } => "principles-missing",
            Evidence::PrinciplesStale { .. } => "principles-stale",
            Evidence::NoAttestation { .. } => "principles-none",
            Evidence::NoReport { .. } => "report-none",
            Evidence::ReportAcceptedOnTime { .. } => "report-on-time",
            Evidence::ReportLate { .. } => "report-late",
            Evidence::ReportPending { .. } => "report-pending",
            Evidence::ReportDraftNotDue { .. } => "report-draft-not-due",
            Evidence::ReportNeverSubmitted { .. } => "report-never-submitted",
            Evidence::Diversity { .. } => "diversity",
            Evidence::NotRecognised => "at-risk-not-recognised",
            Evidence::NoAcceptedReport { .. } => "at-risk-no-accepted-report",
            Evidence::AcceptedReports { .. } => "at-risk-accepted-reports",
        }
    }

    /// The facts the message names, as data: numbers, texts, RFC 3339 times,
    /// ISO dates, and codes (`groups`, `missing`, `status`, the outcomes) a
    /// page reads as names.
    pub fn args(&self) -> Map<String, Value> {
        let v = match self {
            Evidence::NoCurrentCommittee | Evidence::NoFocalPoint | Evidence::NoWebsite => {
                json!({})
            }
            Evidence::NotRecognised => json!({}),
            Evidence::CommitteeGroups { groups } => {
                json!({ "count": groups.len(), "groups": groups })
            }
            Evidence::FocalPoint { name } | Evidence::FocalPointWithoutEmail { name } => {
                json!({ "name": name })
            }
            Evidence::WebsiteNotChecked { url } => json!({ "url": url }),
            Evidence::WebsiteChangedSinceCheck { url, checked_url } => {
                json!({ "url": url, "checked_url": checked_url })
            }
            Evidence::WebsiteAnswered {
                url,
                http_status,
                checked_at,
            } => json!({ "url": url, "http_status": http_status, "checked_at": checked_at }),
            Evidence::WebsiteDidNotAnswer {
                url,
                error,
                checked_at,
            } => json!({ "url": url, "error": error, "checked_at": checked_at }),
            Evidence::PrinciplesAttested { year }
            | Evidence::NoReport { year }
            | Evidence::ReportAcceptedOnTime { year }
            | Evidence::ReportNeverSubmitted { year } => json!({ "year": year }),
            Evidence::PrinciplesNotAttested { year, missing } => {
                json!({ "year": year, "missing": missing })
            }
            Evidence::PrinciplesStale {
                latest,
                previous,
                current,
            } => json!({ "latest": latest, "previous": previous, "current": current }),
            Evidence::NoAttestation { previous, current } => {
                json!({ "previous": previous, "current": current })
            }
            Evidence::ReportLate { year, days } => json!({ "year": year, "days": days }),
            Evidence::ReportPending { year, status } => json!({ "year": year, "status": status }),
            Evidence::ReportDraftNotDue { year, due } => json!({ "year": year, "due": due }),
            Evidence::Diversity {
                disclosed,
                members,
                gender,
                places,
                unit,
                geography,
            } => json!({
                "disclosed": disclosed,
                "members": members,
                "gender": gender,
                "places": places,
                "unit": unit.as_str(),
                "geography": geography,
            }),
            Evidence::NoAcceptedReport { cycles } => {
                json!({ "first": cycles[0], "second": cycles[1] })
            }
            Evidence::AcceptedReports { years } => json!({ "years": years }),
        };
        match v {
            Value::Object(map) => map,
            _ => unreachable!("every case's arguments are an object"),
        }
    }
}

fn joined<T: AsRef<str>>(items: impl IntoIterator<Item = T>, separator: &str) -> String {
    items
        .into_iter()
        .map(|s| s.as_ref().to_owned())
        .collect::<Vec<_>>()
        .join(separator)
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use CriterionStatus::{Met, NotMet, Unknown};
        match self {
            Evidence::NoCurrentCommittee => write!(f, "no committee members with a current term"),
            Evidence::CommitteeGroups { groups } => write!(
                f,
                "current committee covers {} stakeholder group(s): {}",
                groups.len(),
                joined(groups.iter().map(|g| g.as_str()), ", ")
            ),
            Evidence::FocalPoint { name } => write!(
                f,
                "focal point {name} with an e-mail address on file (deliverability is not tested)"
            ),
            Evidence::NoFocalPoint => write!(f, "no focal point named in the secretariat"),
            Evidence::FocalPointWithoutEmail { name } => {
                write!(f, "focal point {name} has no valid e-mail address")
            }
            Evidence::NoWebsite => write!(f, "no website on the profile"),
            Evidence::WebsiteNotChecked { url } => write!(f, "{url} has not been checked yet"),
            Evidence::WebsiteChangedSinceCheck { url, checked_url } => write!(
                f,
                "the website changed to {url} since the last check (of {checked_url})"
            ),
            Evidence::WebsiteAnswered {
                url,
                http_status,
                checked_at,
            } => write!(
                f,
                "{url} answered HTTP {http_status} when checked at {}",
                checked_at.to_rfc3339()
            ),
            Evidence::WebsiteDidNotAnswer {
                url,
                error,
                checked_at,
            } => {
                write!(f, "{url} answered no response")?;
                if let Some(e) = error {
                    write!(f, " ({e})")?;
                }
                write!(f, " when checked at {}", checked_at.to_rfc3339())
            }
            Evidence::PrinciplesAttested { year } => write!(f, "all five attested for {year}"),
            Evidence::PrinciplesNotAttested { year, missing } => write!(
                f,
                "{year}: not attested: {}",
                joined(missing.iter().map(|p| p.as_str()), ", ")
            ),
            Evidence::PrinciplesStale {
                latest,
                previous,
                current,
            } => write!(
                f,
                "the latest attestation is for {latest}; none for {previous} or {current}"
            ),
            Evidence::NoAttestation { previous, current } => {
                write!(f, "no attestation for {previous} or {current}")
            }
            Evidence::NoReport { year } => write!(f, "no report for {year}"),
            Evidence::ReportAcceptedOnTime { year } => {
                write!(f, "the {year} report was accepted and submitted on time")
            }
            Evidence::ReportLate { year, days } => write!(
                f,
                "the {year} report was first submitted {days} day(s) after it was due"
            ),
            Evidence::ReportPending { year, status } => write!(
                f,
                "the {year} report was submitted on time and is {status} (not accepted yet)"
            ),
            Evidence::ReportDraftNotDue { year, due } => {
                write!(f, "the {year} report is a draft, not due until {due}")
            }
            Evidence::ReportNeverSubmitted { year } => {
                write!(f, "the {year} report was never submitted")
            }
            Evidence::Diversity {
                disclosed,
                members,
                gender,
                places,
                unit,
                geography,
            } => write!(
                f,
                "gender: {disclosed} of {members} members disclosed ({}); geography: {places} {} represented ({})",
                match gender {
                    Met => "balanced",
                    NotMet => "one gender holds over two thirds",
                    Unknown => "too few disclosed to judge",
                },
                unit.as_str(),
                match geography {
                    Met => "diverse",
                    NotMet => "a single one",
                    Unknown => "no data",
                }
            ),
            Evidence::NotRecognised => write!(f, "not recognised, so never at risk"),
            Evidence::NoAcceptedReport { cycles } => {
                write!(f, "no accepted report for {} or {}", cycles[0], cycles[1])
            }
            Evidence::AcceptedReports { years } => write!(
                f,
                "accepted report(s) for {}",
                joined(years.iter().map(i32::to_string), " and ")
            ),
        }
    }
}
