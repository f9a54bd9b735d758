//! The evidence of a recognition criterion in the reader's language: the
//! API's `evidence_code` and `evidence_args` (see
//! `domain::recognition::Evidence`) as the message `evidence-<code>`, with
//! the codes among the arguments read as names (stakeholder groups,
//! principles, statuses) and times as unambiguous ISO dates.
use super::l10n::Catalog;
use super::names::list_separator;
use super::templates::vocabulary_label;
use crate::domain::PageLocale;
use chrono::{DateTime, Utc};
use fluent_bundle::{FluentArgs, FluentValue};
use serde_json::Value;

/// The arguments whose values are vocabulary codes, and their vocabulary.
const CODES: [(&str, &str); 3] = [
    ("groups", "group"),
    ("missing", "principle"),
    ("status", "status"),
];

/// The criterion's (or the at-risk flag's) evidence, localised; the API's
/// English sentence when it carries no code the locale files know. An item
/// without even that sentence is not a criterion: an error, not a blank.
pub fn evidence(catalog: &Catalog, locale: PageLocale, item: &Value) -> Result<String, String> {
    let english = item["evidence"]
        .as_str()
        .ok_or_else(|| format!("a criterion without its evidence: {item}"))?;
    let (Some(code), Some(args)) = (
        item["evidence_code"].as_str(),
        item["evidence_args"].as_object(),
    ) else {
        return Ok(english.to_owned());
    };
    let mut id = format!("evidence-{code}");
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        let arg: FluentValue = match value {
            Value::Number(n) => match n.as_i64() {
                // Years are names of cycles, not quantities: no grouping.
                Some(n)
                    if name == "year"
                        || name == "latest"
                        || name == "previous"
                        || name == "current"
                        || name == "first"
                        || name == "second" =>
                {
                    n.to_string().into()
                }
                Some(n) => n.into(),
                None => n.to_string().into(),
            },
            Value::String(s) => match CODES.iter().find(|(arg, _)| arg == name) {
                Some((_, vocab)) => vocabulary_label(catalog, locale, vocab, s).into(),
                None if name == "checked_at" => moment(s).into(),
                None => s.clone().into(),
            },
            Value::Array(items) => {
                let vocab = CODES.iter().find(|(arg, _)| arg == name).map(|(_, v)| *v);
                items
                    .iter()
                    .map(|i| match (i, vocab) {
                        (Value::String(s), Some(vocab)) => {
                            vocabulary_label(catalog, locale, vocab, s)
                        }
                        (Value::String(s), None) => s.clone(),
                        (other, _) => other.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(list_separator(locale.as_str()))
                    .into()
            }
            // An absent detail (a check without an error message) has a
            // message of its own rather than an empty argument.
            Value::Null => {
                id.push_str(&format!("-without-{}", name.replace('_', "-")));
                continue;
            }
            Value::Bool(b) => b.to_string().into(),
            Value::Object(_) => value.to_string().into(),
        };
        fluent.set(name.clone(), arg);
    }
    Ok(catalog
        .message(locale, &id, Some(&fluent))
        .unwrap_or_else(|| english.to_owned()))
}

/// An RFC 3339 time as `2026-05-31 03:00 UTC`; as given when it is not one.
fn moment(s: &str) -> String {
    match DateTime::parse_from_rfc3339(s) {
        Ok(t) => t
            .with_timezone(&Utc)
            .format("%Y-%m-%d %H:%M UTC")
            .to_string(),
        Err(_) => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::recognition::{CriterionStatus, Evidence, PlaceUnit};
    use crate::domain::{Principle, ReportStatus, StakeholderGroup};
    use chrono::NaiveDate;
    use serde_json::json;

    /// One of each kind of evidence. The match below does not compile when
    /// a kind is added without a sample here (and so without its messages).
    fn samples() -> Vec<Evidence> {
        let at = DateTime::parse_from_rfc3339("2026-05-31T03:00:00Z")
            .expect("a time")
            .with_timezone(&Utc);
        let url = || "https://igf.example.org".to_owned();
        let all = vec![
            Evidence::NoCurrentCommittee,
            Evidence::CommitteeGroups {
                groups: vec![StakeholderGroup::CivilSociety, StakeholderGroup::Government],
            },
            Evidence::FocalPoint { name: "Ada".into() },
            Evidence::NoFocalPoint,
            Evidence::FocalPointWithoutEmail { name: "Ada".into() },
            Evidence::NoWebsite,
            Evidence::WebsiteNotChecked { url: url() },
            Evidence::WebsiteChangedSinceCheck {
                url: url(),
                checked_url: "https://old.example.org".into(),
            },
            Evidence::WebsiteAnswered {
                url: url(),
                http_status: 503,
                checked_at: at,
            },
            Evidence::WebsiteDidNotAnswer {
                url: url(),
                error: Some("timed out".into()),
                checked_at: at,
            },
            Evidence::WebsiteDidNotAnswer {
                url: url(),
                error: None,
                checked_at: at,
            },
            Evidence::PrinciplesAttested { year: 2026 },
            Evidence::PrinciplesNotAttested {
                year: 2026,
                missing: vec![Principle::NonCommercial, Principle::BottomUp],
            },
            Evidence::PrinciplesStale {
                latest: 2023,
                previous: 2025,
                current: 2026,
            },
            Evidence::NoAttestation {
                previous: 2025,
                current: 2026,
            },
            Evidence::NoReport { year: 2025 },
            Evidence::ReportAcceptedOnTime { year: 2025 },
            Evidence::ReportLate {
                year: 2025,
                days: 1,
            },
            Evidence::ReportLate {
                year: 2025,
                days: 23,
            },
            Evidence::ReportPending {
                year: 2025,
                status: ReportStatus::Returned,
            },
            Evidence::ReportDraftNotDue {
                year: 2025,
                due: NaiveDate::from_ymd_opt(2026, 7, 1).expect("a date"),
            },
            Evidence::ReportNeverSubmitted { year: 2025 },
            Evidence::Diversity {
                disclosed: 3,
                members: 5,
                gender: CriterionStatus::NotMet,
                places: 1,
                unit: PlaceUnit::Cities,
                geography: CriterionStatus::Unknown,
            },
            Evidence::NotRecognised,
            Evidence::NoAcceptedReport {
                cycles: [2024, 2025],
            },
            Evidence::AcceptedReports {
                years: vec![2024, 2025],
            },
        ];
        for e in &all {
            match e {
                Evidence::NoCurrentCommittee
                | Evidence::CommitteeGroups { .. }
                | Evidence::FocalPoint { .. }
                | Evidence::NoFocalPoint
                | Evidence::FocalPointWithoutEmail { .. }
                | Evidence::NoWebsite
                | Evidence::WebsiteNotChecked { .. }
                | Evidence::WebsiteChangedSinceCheck { .. }
                | Evidence::WebsiteAnswered { .. }
                | Evidence::WebsiteDidNotAnswer { .. }
                | Evidence::PrinciplesAttested { .. }
                | Evidence::PrinciplesNotAttested { .. }
                | Evidence::PrinciplesStale { .. }
                | Evidence::NoAttestation { .. }
                | Evidence::NoReport { .. }
                | Evidence::ReportAcceptedOnTime { .. }
                | Evidence::ReportLate { .. }
                | Evidence::ReportPending { .. }
                | Evidence::ReportDraftNotDue { .. }
                | Evidence::ReportNeverSubmitted { .. }
                | Evidence::Diversity { .. }
                | Evidence::NotRecognised
                | Evidence::NoAcceptedReport { .. }
                | Evidence::AcceptedReports { .. } => {}
            }
        }
        all
    }

    /// As the API sends it.
    fn item(e: &Evidence) -> Value {
        json!({ "evidence": e.to_string(), "evidence_code": e.code(), "evidence_args": e.args() })
    }

    #[test]
    fn every_kind_of_evidence_has_its_message_in_every_locale_with_every_fact() {
        let catalog = Catalog::new();
        for e in samples() {
            let english = evidence(&catalog, PageLocale::En, &item(&e)).expect("evidence");
            for locale in PageLocale::ALL {
                let text = evidence(&catalog, *locale, &item(&e)).expect("evidence");
                assert!(
                    !text.is_empty() && !text.contains(['{', '}', '$']),
                    "{locale}: {e:?} reads {text:?}"
                );
                // Each locale has a message of its own (not English's).
                if *locale != PageLocale::En {
                    assert_ne!(text, english, "{locale} shows {e:?} in English");
                }
                for (name, value) in e.args() {
                    // Arabic says one and two in words ("مجموعتين").
                    if *locale == PageLocale::Ar && (name == "count" || name == "days") {
                        continue;
                    }
                    let shown = match (name.as_str(), &value) {
                        (
                            "groups" | "missing" | "status" | "gender" | "geography" | "unit"
                            | "years" | "checked_at",
                            _,
                        ) => continue,
                        (_, Value::String(s)) => s.clone(),
                        (_, Value::Number(n)) => n.to_string(),
                        _ => continue,
                    };
                    assert!(
                        text.contains(&shown),
                        "{locale}: {text:?} lacks {name} = {shown}"
                    );
                }
            }
        }
    }

    #[test]
    fn codes_read_as_names_and_times_as_iso_dates() {
        let catalog = Catalog::new();
        let groups = &samples()[1];
        let fr = evidence(&catalog, PageLocale::Fr, &item(groups)).expect("evidence");
        assert_eq!(
            fr,
            "le comité actuel couvre 2 groupes de parties prenantes : Société civile, Gouvernements"
        );
        let missing = Evidence::PrinciplesNotAttested {
            year: 2026,
            missing: vec![Principle::NonCommercial],
        };
        let ar = evidence(&catalog, PageLocale::Ar, &item(&missing)).expect("evidence");
        assert!(!ar.contains("non_commercial"), "{ar}");
        let answered = &samples()[8];
        let es = evidence(&catalog, PageLocale::Es, &item(answered)).expect("evidence");
        assert!(es.contains("2026-05-31 03:00 UTC"), "{es}");
        // Russian plurals: 1 день, 23 дня.
        let late = |days| Evidence::ReportLate { year: 2025, days };
        assert!(
            evidence(&catalog, PageLocale::Ru, &item(&late(1)))
                .expect("evidence")
                .contains("1 день")
        );
        assert!(
            evidence(&catalog, PageLocale::Ru, &item(&late(23)))
                .expect("evidence")
                .contains("23 дня")
        );
        // A client of an older API (no code) still gets the English sentence.
        let old = json!({ "evidence": "no report for 2025" });
        assert_eq!(
            evidence(&catalog, PageLocale::Fr, &old).as_deref(),
            Ok("no report for 2025")
        );
        // Not a criterion at all: an error, not a blank.
        assert!(evidence(&catalog, PageLocale::Fr, &json!({ "status": "met" })).is_err());
    }
}
