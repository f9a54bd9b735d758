//! The recognition criteria the IGF Secretariat checks, computed from plain
//! facts about an initiative. Each is `met`, `not_met` or `unknown`, with
//! the evidence a reviewer needs; the sixth is advisory.
use crate::{Gender, InitiativeKind, Principle, ReportStatus, StakeholderGroup};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

mod evidence;
pub use evidence::{Evidence, PlaceUnit};

/// The outcome of one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Enum))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", oai(rename_all = "snake_case"))]
pub enum CriterionStatus {
    Met,
    NotMet,
    Unknown,
}

/// A committee member as the criteria see them.
#[derive(Debug, Clone)]
pub struct MemberFacts {
    pub stakeholder_group: StakeholderGroup,
    pub gender: Option<Gender>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub term_start: NaiveDate,
    pub term_end: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct WebsiteCheck {
    pub url: String,
    pub checked_at: DateTime<Utc>,
    pub http_status: Option<i32>,
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ReportFacts {
    pub year: i32,
    pub status: ReportStatus,
    pub due_date: Option<NaiveDate>,
    pub first_submitted_at: Option<DateTime<Utc>>,
}

/// Everything the criteria look at.
#[derive(Debug, Clone)]
pub struct Facts {
    pub today: NaiveDate,
    pub kind: InitiativeKind,
    pub committee: Vec<MemberFacts>,
    pub focal_point_name: Option<String>,
    pub focal_point_email: Option<String>,
    pub website: Option<String>,
    pub website_check: Option<WebsiteCheck>,
    /// Per year: the principles not attested (empty: all five attested).
    pub attestations: BTreeMap<i32, Vec<Principle>>,
    pub reports: Vec<ReportFacts>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub number: u8,
    pub key: &'static str,
    pub title: &'static str,
    pub status: CriterionStatus,
    pub advisory: bool,
    /// What a reviewer reads.
    pub evidence: Evidence,
    /// The same as data.
    pub details: Value,
}

fn current(m: &MemberFacts, today: NaiveDate) -> bool {
    m.term_start <= today && m.term_end.is_none_or(|e| e >= today)
}

/// The six criteria, in the SPEC's order.
pub fn evaluate(f: &Facts) -> Vec<Criterion> {
    vec![
        committee_groups(f),
        focal_point(f),
        website(f),
        principles(f),
        annual_report(f),
        diversity(f),
    ]
}

fn criterion(
    number: u8,
    key: &'static str,
    title: &'static str,
    status: CriterionStatus,
    evidence: Evidence,
    details: Value,
) -> Criterion {
    Criterion {
        number,
        key,
        title,
        status,
        advisory: number == 6,
        evidence,
        details,
    }
}

fn committee_groups(f: &Facts) -> Criterion {
    let mut present: Vec<StakeholderGroup> = f
        .committee
        .iter()
        .filter(|m| current(m, f.today))
        .map(|m| m.stakeholder_group)
        .collect();
    present.sort_by_key(|g| g.as_str());
    present.dedup();
    let groups: Vec<&str> = present.iter().map(|g| g.as_str()).collect();
    let status = if groups.len() >= 3 {
        CriterionStatus::Met
    } else {
        CriterionStatus::NotMet
    };
    let evidence = if present.is_empty() {
        Evidence::NoCurrentCommittee
    } else {
        Evidence::CommitteeGroups { groups: present }
    };
    criterion(
        1,
        "committee_stakeholder_groups",
        "Organising committee spans at least three stakeholder groups",
        status,
        evidence,
        json!({ "groups": groups }),
    )
}

fn focal_point(f: &Facts) -> Criterion {
    let email_ok = f
        .focal_point_email
        .as_deref()
        .is_some_and(|e| super::Email::parse(e).is_ok());
    let (status, evidence) = match (&f.focal_point_name, email_ok) {
        (Some(name), true) => (
            CriterionStatus::Met,
            Evidence::FocalPoint { name: name.clone() },
        ),
        (None, _) => (CriterionStatus::NotMet, Evidence::NoFocalPoint),
        (Some(name), false) => (
            CriterionStatus::NotMet,
            Evidence::FocalPointWithoutEmail { name: name.clone() },
        ),
    };
    criterion(
        2,
        "focal_point",
        "A focal point with a working e-mail",
        status,
        evidence,
        json!({ "has_email": email_ok }),
    )
}

fn website(f: &Facts) -> Criterion {
    let title = "A website, reachable when last checked";
    let Some(site) = &f.website else {
        return criterion(
            3,
            "website",
            title,
            CriterionStatus::NotMet,
            Evidence::NoWebsite,
            json!({}),
        );
    };
    match &f.website_check {
        None => criterion(
            3,
            "website",
            title,
            CriterionStatus::Unknown,
            Evidence::WebsiteNotChecked { url: site.clone() },
            json!({ "url": site }),
        ),
        Some(c) if &c.url != site => criterion(
            3,
            "website",
            title,
            CriterionStatus::Unknown,
            Evidence::WebsiteChangedSinceCheck {
                url: site.clone(),
                checked_url: c.url.clone(),
            },
            json!({ "url": site, "checked_url": c.url }),
        ),
        Some(c) => {
            let ok = c.http_status.is_some_and(|s| (200..400).contains(&s));
            let evidence = match c.http_status {
                Some(http_status) => Evidence::WebsiteAnswered {
                    url: site.clone(),
                    http_status,
                    checked_at: c.checked_at,
                },
                None => Evidence::WebsiteDidNotAnswer {
                    url: site.clone(),
                    error: c.error.clone(),
                    checked_at: c.checked_at,
                },
            };
            criterion(
                3,
                "website",
                title,
                if ok {
                    CriterionStatus::Met
                } else {
                    CriterionStatus::NotMet
                },
                evidence,
                json!({ "url": site, "checked_at": c.checked_at, "http_status": c.http_status }),
            )
        }
    }
}

fn principles(f: &Facts) -> Criterion {
    let this_year = f.today.year();
    let title = "All five principles attested for the current or previous year";
    for year in [this_year, this_year - 1] {
        if f.attestations.get(&year).is_some_and(Vec::is_empty) {
            return criterion(
                4,
                "principles",
                title,
                CriterionStatus::Met,
                Evidence::PrinciplesAttested { year },
                json!({ "year": year }),
            );
        }
    }
    let latest = f.attestations.iter().next_back();
    let evidence = match latest {
        Some((year, missing)) if *year >= this_year - 1 => Evidence::PrinciplesNotAttested {
            year: *year,
            missing: missing.clone(),
        },
        Some((year, _)) => Evidence::PrinciplesStale {
            latest: *year,
            previous: this_year - 1,
            current: this_year,
        },
        None => Evidence::NoAttestation {
            previous: this_year - 1,
            current: this_year,
        },
    };
    criterion(
        4,
        "principles",
        title,
        CriterionStatus::NotMet,
        evidence,
        json!({ "latest_year": latest.map(|(y, _)| y) }),
    )
}

fn annual_report(f: &Facts) -> Criterion {
    let title = "An accepted annual report for the last completed cycle, submitted on time";
    let year = f.today.year() - 1;
    let report = f.reports.iter().find(|r| r.year == year);
    let not_due_yet = |due: Option<NaiveDate>| due.filter(|d| *d >= f.today);
    let (status, evidence) = match report {
        None => (CriterionStatus::NotMet, Evidence::NoReport { year }),
        Some(r) => {
            let late_by = match (r.first_submitted_at, r.due_date) {
                (Some(at), Some(due)) if at.date_naive() > due => {
                    Some((at.date_naive() - due).num_days())
                }
                _ => None,
            };
            match (r.status, late_by) {
                (ReportStatus::Accepted, None) => (
                    CriterionStatus::Met,
                    Evidence::ReportAcceptedOnTime { year },
                ),
                (_, Some(days)) => (CriterionStatus::NotMet, Evidence::ReportLate { year, days }),
                (ReportStatus::Submitted | ReportStatus::Returned, None) => (
                    CriterionStatus::Unknown,
                    Evidence::ReportPending {
                        year,
                        status: r.status,
                    },
                ),
                (ReportStatus::Draft, None) => match not_due_yet(r.due_date) {
                    Some(due) => (
                        CriterionStatus::Unknown,
                        Evidence::ReportDraftNotDue { year, due },
                    ),
                    None => (
                        CriterionStatus::NotMet,
                        Evidence::ReportNeverSubmitted { year },
                    ),
                },
            }
        }
    };
    criterion(
        5,
        "annual_report",
        title,
        status,
        evidence,
        json!({ "year": year, "status": report.map(|r| r.status) }),
    )
}

fn diversity(f: &Facts) -> Criterion {
    let members: Vec<&MemberFacts> = f.committee.iter().filter(|m| current(m, f.today)).collect();
    let disclosed: Vec<Gender> = members
        .iter()
        .filter_map(|m| m.gender)
        .filter(|g| *g != Gender::Undisclosed)
        .collect();
    let gender = if disclosed.len() < 2 {
        CriterionStatus::Unknown
    } else {
        let mut counts: BTreeMap<Gender, usize> = BTreeMap::new();
        for g in &disclosed {
            *counts.entry(*g).or_default() += 1;
        }
        let top = counts.values().max().copied().unwrap_or(0);
        // No single gender holds more than two thirds of the disclosed seats.
        if top * 3 <= disclosed.len() * 2 {
            CriterionStatus::Met
        } else {
            CriterionStatus::NotMet
        }
    };
    let (places, unit): (BTreeSet<String>, PlaceUnit) = if f.kind == InitiativeKind::National {
        (
            members.iter().filter_map(|m| m.city.clone()).collect(),
            PlaceUnit::Cities,
        )
    } else {
        (
            members.iter().filter_map(|m| m.country.clone()).collect(),
            PlaceUnit::Countries,
        )
    };
    let geography = match places.len() {
        0 => CriterionStatus::Unknown,
        1 => CriterionStatus::NotMet,
        _ => CriterionStatus::Met,
    };
    use CriterionStatus::*;
    let status = match (gender, geography) {
        (Met, Met) => Met,
        (NotMet, _) | (_, NotMet) => NotMet,
        _ => Unknown,
    };
    let evidence = Evidence::Diversity {
        disclosed: disclosed.len(),
        members: members.len(),
        gender,
        places: places.len(),
        unit,
        geography,
    };
    criterion(
        6,
        "diversity",
        "Advisory: gender and geographic diversity of the committee",
        status,
        evidence,
        json!({ "gender": gender, "geography": geography, unit.as_str(): places }),
    )
}

/// The at-risk flag: a recognised initiative with no accepted report for
/// either of the last two completed cycles. Advisory: it never changes a status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtRisk {
    pub at_risk: bool,
    /// The two cycles looked at, older first: the two years before `today`'s.
    pub cycles: [i32; 2],
    /// The initiative's reports for those cycles, whatever their status.
    pub reports: Vec<(i32, ReportStatus)>,
    /// What a reviewer reads.
    pub evidence: Evidence,
}

/// Whether an initiative is at risk on `today` (the clock is the caller's),
/// given whether it is recognised and its reports.
pub fn at_risk(today: NaiveDate, recognized: bool, reports: &[ReportFacts]) -> AtRisk {
    let last = today.year() - 1;
    let cycles = [last - 1, last];
    let mut in_cycles: Vec<(i32, ReportStatus)> = reports
        .iter()
        .filter(|r| cycles.contains(&r.year))
        .map(|r| (r.year, r.status))
        .collect();
    in_cycles.sort_by_key(|(y, _)| *y);
    let accepted: Vec<i32> = in_cycles
        .iter()
        .filter(|(_, s)| *s == ReportStatus::Accepted)
        .map(|(y, _)| *y)
        .collect();
    let flagged = recognized && accepted.is_empty();
    let evidence = match (recognized, accepted.as_slice()) {
        (false, _) => Evidence::NotRecognised,
        (true, []) => Evidence::NoAcceptedReport { cycles },
        (true, years) => Evidence::AcceptedReports {
            years: years.to_vec(),
        },
    };
    AtRisk {
        at_risk: flagged,
        cycles,
        reports: in_cycles,
        evidence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CriterionStatus::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn member(g: StakeholderGroup, gender: Gender, city: &str) -> MemberFacts {
        MemberFacts {
            stakeholder_group: g,
            gender: Some(gender),
            city: Some(city.into()),
            country: Some("LR".into()),
            term_start: day(2025, 1, 1),
            term_end: None,
        }
    }

    /// An initiative that meets everything on 2026-06-01.
    fn complete() -> Facts {
        Facts {
            today: day(2026, 6, 1),
            kind: InitiativeKind::National,
            committee: vec![
                member(StakeholderGroup::Government, Gender::Female, "Monrovia"),
                member(StakeholderGroup::CivilSociety, Gender::Male, "Gbarnga"),
                member(
                    StakeholderGroup::TechnicalCommunity,
                    Gender::Female,
                    "Monrovia",
                ),
            ],
            focal_point_name: Some("Coordinator".into()),
            focal_point_email: Some("coordinator@example.org".into()),
            website: Some("https://igf.example.org".into()),
            website_check: Some(WebsiteCheck {
                url: "https://igf.example.org".into(),
                checked_at: day(2026, 5, 31).and_hms_opt(3, 0, 0).unwrap().and_utc(),
                http_status: Some(200),
                error: None,
            }),
            attestations: BTreeMap::from([(2026, vec![])]),
            reports: vec![ReportFacts {
                year: 2025,
                status: ReportStatus::Accepted,
                due_date: Some(day(2026, 1, 30)),
                first_submitted_at: Some(DateTime::from_naive_utc_and_offset(
                    day(2026, 1, 10).and_hms_opt(9, 0, 0).unwrap(),
                    Utc,
                )),
            }],
        }
    }

    fn statuses(f: &Facts) -> Vec<CriterionStatus> {
        evaluate(f).into_iter().map(|c| c.status).collect()
    }

    #[test]
    fn a_complete_initiative_meets_every_criterion() {
        assert_eq!(statuses(&complete()), [Met, Met, Met, Met, Met, Met]);
        assert!(evaluate(&complete())[5].advisory);
    }

    #[test]
    fn a_committee_of_two_groups_is_not_enough() {
        let mut f = complete();
        f.committee[2].stakeholder_group = StakeholderGroup::Government;
        let c = &evaluate(&f)[0];
        assert_eq!(c.status, NotMet);
        assert!(
            c.evidence
                .to_string()
                .contains("2 stakeholder group(s): civil_society, government"),
            "{}",
            c.evidence
        );
        // A member whose term ended does not count either.
        let mut f = complete();
        f.committee[2].term_end = Some(day(2025, 12, 31));
        assert_eq!(evaluate(&f)[0].status, NotMet);
    }

    #[test]
    fn no_focal_point_email() {
        let mut f = complete();
        f.focal_point_email = None;
        assert_eq!(evaluate(&f)[1].status, NotMet);
        f.focal_point_name = None;
        assert_eq!(
            evaluate(&f)[1].evidence.to_string(),
            "no focal point named in the secretariat"
        );
    }

    #[test]
    fn website_checks() {
        let mut f = complete();
        f.website_check = None;
        assert_eq!(evaluate(&f)[2].status, Unknown);
        f.website_check = Some(WebsiteCheck {
            url: "https://igf.example.org".into(),
            checked_at: day(2026, 5, 31).and_hms_opt(3, 0, 0).unwrap().and_utc(),
            http_status: Some(503),
            error: None,
        });
        assert_eq!(evaluate(&f)[2].status, NotMet);
        f.website = Some("https://new.example.org".into());
        assert_eq!(evaluate(&f)[2].status, Unknown);
        f.website = None;
        assert_eq!(evaluate(&f)[2].status, NotMet);
    }

    #[test]
    fn principles_attested_two_years_ago_are_stale() {
        let mut f = complete();
        f.attestations = BTreeMap::from([(2024, vec![])]);
        let c = &evaluate(&f)[3];
        assert_eq!(c.status, NotMet);
        assert!(c.evidence.to_string().contains("2024"), "{}", c.evidence);
        f.attestations = BTreeMap::from([(2025, vec![])]);
        assert_eq!(evaluate(&f)[3].status, Met, "the previous year counts");
        f.attestations = BTreeMap::from([(2026, vec![Principle::NonCommercial])]);
        assert!(
            evaluate(&f)[3]
                .evidence
                .to_string()
                .contains("non_commercial")
        );
    }

    #[test]
    fn a_late_report_and_no_report() {
        let mut f = complete();
        f.reports[0].first_submitted_at = Some(DateTime::from_naive_utc_and_offset(
            day(2026, 3, 1).and_hms_opt(9, 0, 0).unwrap(),
            Utc,
        ));
        let c = &evaluate(&f)[4];
        assert_eq!(c.status, NotMet);
        assert!(
            c.evidence.to_string().contains("30 day(s) after"),
            "{}",
            c.evidence
        );
        f.reports.clear();
        assert_eq!(evaluate(&f)[4].status, NotMet);
        assert_eq!(evaluate(&f)[4].evidence.to_string(), "no report for 2025");
    }

    #[test]
    fn a_report_under_review_or_not_yet_due_is_unknown() {
        let mut f = complete();
        f.reports[0].status = ReportStatus::Submitted;
        assert_eq!(evaluate(&f)[4].status, Unknown);
        f.reports[0].status = ReportStatus::Draft;
        f.reports[0].first_submitted_at = None;
        f.reports[0].due_date = Some(day(2026, 7, 1));
        assert_eq!(evaluate(&f)[4].status, Unknown);
        f.reports[0].due_date = Some(day(2026, 5, 1));
        assert_eq!(evaluate(&f)[4].status, NotMet);
    }

    #[test]
    fn diversity_is_advisory_and_can_be_unknown() {
        let mut f = complete();
        for m in &mut f.committee {
            m.gender = Some(Gender::Male);
        }
        assert_eq!(evaluate(&f)[5].status, NotMet);
        for m in &mut f.committee {
            m.gender = None;
            m.city = None;
        }
        assert_eq!(evaluate(&f)[5].status, Unknown);
    }

    fn report(year: i32, status: ReportStatus) -> ReportFacts {
        ReportFacts {
            year,
            status,
            due_date: None,
            first_submitted_at: None,
        }
    }

    #[test]
    fn no_accepted_report_in_either_of_the_last_two_cycles_is_at_risk() {
        let today = day(2026, 6, 1);
        let r = at_risk(
            today,
            true,
            &[
                report(2023, ReportStatus::Accepted),
                report(2025, ReportStatus::Submitted),
            ],
        );
        assert!(r.at_risk);
        assert_eq!(r.cycles, [2024, 2025]);
        assert_eq!(r.reports, [(2025, ReportStatus::Submitted)]);
        assert_eq!(
            r.evidence.to_string(),
            "no accepted report for 2024 or 2025"
        );
        assert!(at_risk(today, true, &[]).at_risk);
    }

    #[test]
    fn one_accepted_report_in_the_last_two_cycles_is_enough() {
        let today = day(2026, 1, 2);
        for year in [2024, 2025] {
            let r = at_risk(today, true, &[report(year, ReportStatus::Accepted)]);
            assert!(!r.at_risk, "{year}");
            assert_eq!(
                r.evidence.to_string(),
                format!("accepted report(s) for {year}")
            );
        }
        // The clock decides the cycles: a year later, 2024 no longer counts.
        assert!(
            at_risk(
                day(2027, 1, 2),
                true,
                &[report(2024, ReportStatus::Accepted)]
            )
            .at_risk
        );
    }

    #[test]
    fn an_initiative_not_recognised_is_never_at_risk() {
        let r = at_risk(day(2026, 6, 1), false, &[]);
        assert!(!r.at_risk);
        assert_eq!(r.evidence.to_string(), "not recognised, so never at risk");
    }
}
