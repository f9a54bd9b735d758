//! An annual report's content, and the rules for it: what a draft may hold,
//! what a submission must hold (every problem listed by field), and when it is due.
use crate::{
    CountryCode, EventFormat, FieldErrors, Gender, LanguageTag, Level, SessionType,
    StakeholderGroup, Theme, WebUrl,
};
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Days after the event's end by which the report is due.
pub const DUE_AFTER_DAYS: i64 = 90;

/// Language-keyed text, e.g. `{"en": "…", "ro": "…"}`.
pub type Text = BTreeMap<String, String>;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Object))]
#[serde(deny_unknown_fields)]
pub struct Preparation {
    /// Whether an open call for inputs was held.
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub open_call: Option<bool>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub open_call_date: Option<NaiveDate>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub consultations: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Object))]
#[serde(deny_unknown_fields)]
pub struct Participation {
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub total: Option<u32>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub online: Option<u32>,
    /// Keyed by stakeholder group (`government`, `civil_society`, …).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub by_stakeholder_group: BTreeMap<String, u32>,
    /// Keyed by `female`, `male`, `other`, `undisclosed`.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub by_gender: BTreeMap<String, u32>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub youth: Option<u32>,
    /// How many countries participants came from.
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub countries_represented: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Object))]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub title: Text,
    #[serde(rename = "type")]
    #[cfg_attr(feature = "openapi", oai(rename = "type"))]
    pub kind: SessionType,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub theme: Option<Theme>,
}

/// An output of the event that feeds regional and global reporting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Object))]
#[serde(deny_unknown_fields)]
pub struct KeyMessage {
    pub text: Text,
    pub theme: Theme,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Object))]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub text: Text,
    pub addressed_to: Level,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Object))]
#[serde(deny_unknown_fields)]
pub struct Links {
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub agenda: Option<String>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub recordings: Option<String>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub full_report: Option<String>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub photos: Option<String>,
}

/// The report itself: everything a secretariat fills in. A draft may be
/// incomplete; a submission may not.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Object))]
#[serde(deny_unknown_fields)]
pub struct ReportContent {
    /// The edition's name, e.g. "MIGF 2025".
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub edition: Option<String>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub start_date: Option<NaiveDate>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub end_date: Option<NaiveDate>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub city: Option<String>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub country: Option<String>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub venue: Option<String>,
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub format: Option<EventFormat>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub preparation: Preparation,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub participation: Participation,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub sessions: Vec<Session>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub themes: Vec<Theme>,
    /// Free tags beside the controlled themes.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub tags: Vec<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub key_messages: Vec<KeyMessage>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub recommendations: Vec<Recommendation>,
    /// Languages the event used (BCP 47).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub languages: Vec<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub links: Links,
}

/// When the report is due: the event's end plus 90 days (none when that
/// lies past the last date chrono can represent).
pub fn due_date(content: &ReportContent) -> Option<NaiveDate> {
    content
        .end_date
        .and_then(|d| d.checked_add_signed(Duration::days(DUE_AFTER_DAYS)))
}

/// Problems that make even a draft unstorable: malformed values. Returns the
/// content with country codes and language tags normalised.
pub fn check_draft(mut c: ReportContent) -> Result<ReportContent, FieldErrors> {
    let mut errs = FieldErrors::default();
    let text_ok = |errs: &mut FieldErrors, field: &str, t: &Option<String>, max: usize| {
        if t.as_ref().is_some_and(|t| t.chars().count() > max) {
            errs.push(field, format!("must be at most {max} characters"));
        }
    };
    text_ok(&mut errs, "/edition", &c.edition, 200);
    text_ok(&mut errs, "/city", &c.city, 120);
    text_ok(&mut errs, "/venue", &c.venue, 300);
    if let Some(country) = &c.country {
        match CountryCode::parse(country) {
            Ok(code) => c.country = Some(code.as_str().to_owned()),
            Err(m) => errs.push("/country", m),
        }
    }
    for key in c.participation.by_stakeholder_group.keys() {
        if let Err(m) = StakeholderGroup::parse(key) {
            errs.push(format!("/participation/by_stakeholder_group/{key}"), m);
        }
    }
    for key in c.participation.by_gender.keys() {
        if let Err(m) = Gender::parse(key) {
            errs.push(format!("/participation/by_gender/{key}"), m);
        }
    }
    for (i, l) in c.languages.iter_mut().enumerate() {
        match LanguageTag::parse(l) {
            Ok(tag) => *l = tag.as_str().to_owned(),
            Err(m) => errs.push(format!("/languages/{i}"), m),
        }
    }
    for (i, t) in c.tags.iter().enumerate() {
        if t.trim().is_empty() || t.chars().count() > 60 {
            errs.push(format!("/tags/{i}"), "must be 1 to 60 characters");
        }
    }
    let texts = c
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("/sessions/{i}/title"), &s.title, 300))
        .chain(
            c.key_messages
                .iter()
                .enumerate()
                .map(|(i, m)| (format!("/key_messages/{i}/text"), &m.text, 2000)),
        )
        .chain(
            c.recommendations
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("/recommendations/{i}/text"), &r.text, 2000)),
        );
    for (field, text, max) in texts {
        for (lang, t) in text {
            if LanguageTag::parse(lang).is_err() {
                errs.push(format!("{field}/{lang}"), "is not a BCP 47 language tag");
            } else if t.chars().count() > max {
                errs.push(
                    format!("{field}/{lang}"),
                    format!("must be at most {max} characters"),
                );
            }
        }
    }
    for (name, url) in [
        ("agenda", &c.links.agenda),
        ("recordings", &c.links.recordings),
        ("full_report", &c.links.full_report),
        ("photos", &c.links.photos),
    ] {
        if let Some(u) = url
            && let Err(m) = WebUrl::parse(u)
        {
            errs.push(format!("/links/{name}"), m);
        }
    }
    if errs.is_empty() { Ok(c) } else { Err(errs) }
}

/// Everything that must hold before a report can be submitted, all problems
/// at once: required fields, breakdowns within their totals, dates in order
/// and inside the report's year, at least one key message, and multilingual
/// texts only in the initiative's working languages (English always allowed).
pub fn check_submission(c: &ReportContent, year: i32, working_languages: &[String]) -> FieldErrors {
    let mut errs = FieldErrors::default();
    let blank = |t: &Option<String>| t.as_deref().is_none_or(|t| t.trim().is_empty());
    if blank(&c.edition) {
        errs.push("/edition", "is required");
    }
    if blank(&c.city) {
        errs.push("/city", "is required");
    }
    if blank(&c.country) {
        errs.push("/country", "is required");
    }
    if blank(&c.venue) && c.format != Some(EventFormat::Online) {
        errs.push("/venue", "is required unless the event was online");
    }
    if c.format.is_none() {
        errs.push("/format", "is required");
    }
    match (c.start_date, c.end_date) {
        (None, _) => errs.push("/start_date", "is required"),
        (_, None) => errs.push("/end_date", "is required"),
        (Some(start), Some(end)) => {
            if end < start {
                errs.push("/end_date", "is before start_date");
            }
            for (field, d) in [("/start_date", start), ("/end_date", end)] {
                if d.year() != year {
                    errs.push(field, format!("{d} is outside the report's year {year}"));
                }
            }
        }
    }
    if c.end_date.is_none() && c.start_date.is_none() {
        errs.push("/end_date", "is required");
    }
    let p = &c.participation;
    match p.total {
        None => errs.push("/participation/total", "is required"),
        Some(total) => {
            let within = |errs: &mut FieldErrors, field: &str, part: u64| {
                if part > u64::from(total) {
                    errs.push(
                        field,
                        format!("adds up to {part}, above the total of {total}"),
                    );
                }
            };
            within(
                &mut errs,
                "/participation/online",
                u64::from(p.online.unwrap_or(0)),
            );
            within(
                &mut errs,
                "/participation/youth",
                u64::from(p.youth.unwrap_or(0)),
            );
            within(
                &mut errs,
                "/participation/by_stakeholder_group",
                p.by_stakeholder_group.values().map(|v| u64::from(*v)).sum(),
            );
            within(
                &mut errs,
                "/participation/by_gender",
                p.by_gender.values().map(|v| u64::from(*v)).sum(),
            );
        }
    }
    if c.key_messages.is_empty() {
        errs.push("/key_messages", "at least one key message is required");
    }
    let allowed = |lang: &str| lang == "en" || working_languages.iter().any(|w| w == lang);
    let texts = c
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("/sessions/{i}/title"), &s.title))
        .chain(
            c.key_messages
                .iter()
                .enumerate()
                .map(|(i, m)| (format!("/key_messages/{i}/text"), &m.text)),
        )
        .chain(
            c.recommendations
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("/recommendations/{i}/text"), &r.text)),
        );
    for (field, text) in texts {
        if text.values().all(|t| t.trim().is_empty()) {
            errs.push(&field, "needs a text in at least one language");
        }
        for lang in text.keys().filter(|l| !allowed(l)) {
            errs.push(
                format!("{field}/{lang}"),
                "is not one of the initiative's working languages",
            );
        }
    }
    for (i, l) in c.languages.iter().enumerate() {
        if !allowed(l) {
            errs.push(
                format!("/languages/{i}"),
                "is not one of the initiative's working languages",
            );
        }
    }
    errs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Theme;

    fn en(t: &str) -> Text {
        BTreeMap::from([("en".to_owned(), t.to_owned())])
    }

    pub fn complete(year: i32) -> ReportContent {
        ReportContent {
            edition: Some(format!("MIGF {year}")),
            start_date: NaiveDate::from_ymd_opt(year, 10, 1),
            end_date: NaiveDate::from_ymd_opt(year, 10, 2),
            city: Some("Chișinău".into()),
            country: Some("MD".into()),
            venue: Some("Student Hub ASEM".into()),
            format: Some(EventFormat::Hybrid),
            participation: Participation {
                total: Some(200),
                online: Some(50),
                by_stakeholder_group: BTreeMap::from([
                    ("civil_society".into(), 80),
                    ("government".into(), 40),
                ]),
                by_gender: BTreeMap::from([("female".into(), 100), ("male".into(), 90)]),
                youth: Some(60),
                countries_represented: Some(3),
            },
            themes: vec![Theme::CybersecurityAndTrust],
            key_messages: vec![KeyMessage {
                text: en("Keep the Internet open."),
                theme: Theme::AccessAndConnectivity,
            }],
            languages: vec!["ro".into(), "en".into()],
            ..Default::default()
        }
    }

    fn fields(e: FieldErrors) -> Vec<String> {
        let mut f: Vec<String> = e.0.into_iter().map(|e| e.field).collect();
        f.sort();
        f
    }

    #[test]
    fn a_complete_report_may_be_submitted() {
        assert!(
            check_submission(
                &complete(2025),
                2025,
                &["ro".into(), "ru".into(), "en".into()]
            )
            .is_empty()
        );
    }

    #[test]
    fn an_empty_report_lists_every_required_field() {
        let got = fields(check_submission(&ReportContent::default(), 2025, &[]));
        assert_eq!(
            got,
            [
                "/city",
                "/country",
                "/edition",
                "/end_date",
                "/format",
                "/key_messages",
                "/participation/total",
                "/start_date",
                "/venue"
            ]
        );
    }

    #[test]
    fn breakdowns_above_their_total_are_refused() {
        let mut c = complete(2025);
        c.participation.total = Some(100);
        let got = fields(check_submission(&c, 2025, &["ro".into()]));
        assert_eq!(
            got,
            [
                "/participation/by_gender",
                "/participation/by_stakeholder_group"
            ]
        );
        c.participation.online = Some(101);
        c.participation.youth = Some(100);
        let got = fields(check_submission(&c, 2025, &["ro".into()]));
        assert!(got.contains(&"/participation/online".to_owned()));
        assert!(
            !got.contains(&"/participation/youth".to_owned()),
            "equal to the total is fine"
        );
    }

    #[test]
    fn dates_in_order_and_inside_the_year() {
        let mut c = complete(2025);
        c.end_date = NaiveDate::from_ymd_opt(2025, 9, 30);
        assert_eq!(
            fields(check_submission(&c, 2025, &["ro".into()])),
            ["/end_date"]
        );
        let c = complete(2024);
        assert_eq!(
            fields(check_submission(&c, 2025, &["ro".into()])),
            ["/end_date", "/start_date"]
        );
    }

    #[test]
    fn texts_only_in_working_languages() {
        let mut c = complete(2025);
        c.key_messages[0]
            .text
            .insert("fr".into(), "Garder Internet ouvert.".into());
        c.languages.push("fr".into());
        assert_eq!(
            fields(check_submission(&c, 2025, &["ro".into()])),
            ["/key_messages/0/text/fr", "/languages/2"]
        );
    }

    #[test]
    fn drafts_refuse_only_malformed_values() {
        let mut c = ReportContent::default();
        assert!(check_draft(c.clone()).is_ok(), "an empty draft is fine");
        c.country = Some("md".into());
        c.languages = vec!["RO".into()];
        let ok = check_draft(c.clone()).unwrap();
        assert_eq!(ok.country.as_deref(), Some("MD"));
        assert_eq!(ok.languages, ["ro"]);
        c.country = Some("XX".into());
        c.participation.by_gender.insert("robot".into(), 1);
        c.links.agenda = Some("not a url".into());
        assert_eq!(
            fields(check_draft(c).unwrap_err()),
            [
                "/country",
                "/links/agenda",
                "/participation/by_gender/robot"
            ]
        );
    }

    #[test]
    fn due_ninety_days_after_the_end() {
        assert_eq!(
            due_date(&complete(2025)),
            NaiveDate::from_ymd_opt(2025, 12, 31)
        );
        assert_eq!(due_date(&ReportContent::default()), None);
        let last = ReportContent {
            end_date: Some(NaiveDate::MAX),
            ..ReportContent::default()
        };
        assert_eq!(due_date(&last), None);
    }
}
