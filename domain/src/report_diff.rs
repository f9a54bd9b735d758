//! What changed from one submitted version of an annual report to another,
//! field by field: what a reviewer reads before accepting a resubmission.
//!
//! A pure function of two typed report contents. Every change names the
//! field (`ReportField`, which pages show by its localised name), the part of
//! it for breakdowns and links (the stakeholder group, the gender, the link's
//! name), and the value before and after as typed values a page can name in
//! its reader's language (`Shown`). Nothing here renders or translates.
use crate::report::{KeyMessage, Recommendation, ReportContent, Session, Text};
use crate::vocabulary::vocabulary;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

vocabulary!(
    /// A field of an annual report as a reader names it, in the order of the
    /// report form.
    ReportField {
        Edition => "edition",
        StartDate => "start_date",
        EndDate => "end_date",
        City => "city",
        Country => "country",
        Venue => "venue",
        Format => "format",
        OpenCall => "open_call",
        OpenCallDate => "open_call_date",
        Consultations => "consultations",
        ParticipantsTotal => "participants_total",
        ParticipantsOnline => "participants_online",
        ParticipantsYouth => "participants_youth",
        CountriesRepresented => "countries_represented",
        ParticipantsByGroup => "participants_by_group",
        ParticipantsByGender => "participants_by_gender",
        Themes => "themes",
        Tags => "tags",
        KeyMessages => "key_messages",
        Recommendations => "recommendations",
        Sessions => "sessions",
        Languages => "languages",
        Links => "links",
    }
);

vocabulary!(
    /// How a field changed: given a value, lost it, or holds another one.
    ChangeKind { Added => "added", Removed => "removed", Changed => "changed" }
);

/// A value as the comparison shows it: typed, so that a page names terms,
/// countries and languages in its reader's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shown {
    Text {
        value: String,
    },
    Date {
        value: NaiveDate,
    },
    Number {
        value: u32,
    },
    Flag {
        value: bool,
    },
    /// A value of a closed vocabulary (`vocab` is the pages' name for it:
    /// `format`, `theme`, `level`, `session_type`).
    Term {
        vocab: &'static str,
        value: String,
    },
    /// An ISO 3166-1 alpha-2 code.
    Country {
        value: String,
    },
    /// A BCP 47 tag.
    Language {
        value: String,
    },
    Link {
        value: String,
    },
    /// A key message, recommendation or session: its multilingual text and
    /// the terms that qualify it (its theme, whom it addresses, its type).
    Entry {
        text: Text,
        terms: Vec<Term>,
    },
}

/// A vocabulary value inside an entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Term {
    pub vocab: &'static str,
    pub value: String,
}

/// One change between two versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: ReportField,
    /// The part of the field that changed: the key of a breakdown
    /// (`civil_society`, `female`) or the name of a link (`agenda`).
    pub part: Option<String>,
    pub change: ChangeKind,
    pub before: Option<Shown>,
    pub after: Option<Shown>,
}

/// Every change from `before` to `after`, in the order of the report form.
///
/// Single values are compared as they are; breakdowns key by key; themes,
/// tags and languages as sets. Key messages, recommendations and sessions
/// are lists: entries found unchanged in both (wherever they moved) are left
/// out, and of those left the first removed and the first added are read as
/// one entry changed, and so on; what remains was added or removed.
pub fn diff(before: &ReportContent, after: &ReportContent) -> Vec<FieldChange> {
    use ReportField as F;
    let mut out = Changes::default();
    let text = |v: &Option<String>| v.clone().map(|value| Shown::Text { value });
    let date = |v: &Option<NaiveDate>| v.map(|value| Shown::Date { value });
    let number = |v: &Option<u32>| v.map(|value| Shown::Number { value });
    out.single(F::Edition, text(&before.edition), text(&after.edition));
    out.single(
        F::StartDate,
        date(&before.start_date),
        date(&after.start_date),
    );
    out.single(F::EndDate, date(&before.end_date), date(&after.end_date));
    out.single(F::City, text(&before.city), text(&after.city));
    let country = |v: &Option<String>| v.clone().map(|value| Shown::Country { value });
    out.single(
        F::Country,
        country(&before.country),
        country(&after.country),
    );
    out.single(F::Venue, text(&before.venue), text(&after.venue));
    let format = |c: &ReportContent| {
        c.format.map(|f| Shown::Term {
            vocab: "format",
            value: f.as_str().to_owned(),
        })
    };
    out.single(F::Format, format(before), format(after));
    let (p, q) = (&before.preparation, &after.preparation);
    let flag = |v: Option<bool>| v.map(|value| Shown::Flag { value });
    out.single(F::OpenCall, flag(p.open_call), flag(q.open_call));
    out.single(
        F::OpenCallDate,
        date(&p.open_call_date),
        date(&q.open_call_date),
    );
    out.single(
        F::Consultations,
        number(&p.consultations),
        number(&q.consultations),
    );
    let (p, q) = (&before.participation, &after.participation);
    out.single(F::ParticipantsTotal, number(&p.total), number(&q.total));
    out.single(F::ParticipantsOnline, number(&p.online), number(&q.online));
    out.single(F::ParticipantsYouth, number(&p.youth), number(&q.youth));
    out.single(
        F::CountriesRepresented,
        number(&p.countries_represented),
        number(&q.countries_represented),
    );
    out.breakdown(
        F::ParticipantsByGroup,
        &p.by_stakeholder_group,
        &q.by_stakeholder_group,
    );
    out.breakdown(F::ParticipantsByGender, &p.by_gender, &q.by_gender);
    let themes = |c: &ReportContent| -> Vec<Shown> {
        c.themes
            .iter()
            .map(|t| Shown::Term {
                vocab: "theme",
                value: t.as_str().to_owned(),
            })
            .collect()
    };
    out.set(F::Themes, themes(before), themes(after));
    let tags = |c: &ReportContent| -> Vec<Shown> {
        c.tags
            .iter()
            .map(|t| Shown::Text { value: t.clone() })
            .collect()
    };
    out.set(F::Tags, tags(before), tags(after));
    out.list(
        F::KeyMessages,
        before.key_messages.iter().map(key_message).collect(),
        after.key_messages.iter().map(key_message).collect(),
    );
    out.list(
        F::Recommendations,
        before.recommendations.iter().map(recommendation).collect(),
        after.recommendations.iter().map(recommendation).collect(),
    );
    out.list(
        F::Sessions,
        before.sessions.iter().map(session).collect(),
        after.sessions.iter().map(session).collect(),
    );
    let languages = |c: &ReportContent| -> Vec<Shown> {
        c.languages
            .iter()
            .map(|l| Shown::Language { value: l.clone() })
            .collect()
    };
    out.set(F::Languages, languages(before), languages(after));
    let (l, m) = (&before.links, &after.links);
    for (name, b, a) in [
        ("agenda", &l.agenda, &m.agenda),
        ("recordings", &l.recordings, &m.recordings),
        ("full_report", &l.full_report, &m.full_report),
        ("photos", &l.photos, &m.photos),
    ] {
        let link = |v: &Option<String>| v.clone().map(|value| Shown::Link { value });
        out.part(F::Links, Some(name.to_owned()), link(b), link(a));
    }
    out.0
}

/// The fields that changed, each once, in the order of the report form.
pub fn changed_fields(changes: &[FieldChange]) -> Vec<ReportField> {
    let set: BTreeSet<ReportField> = changes.iter().map(|c| c.field).collect();
    set.into_iter().collect()
}

fn key_message(m: &KeyMessage) -> Shown {
    Shown::Entry {
        text: m.text.clone(),
        terms: vec![Term {
            vocab: "theme",
            value: m.theme.as_str().to_owned(),
        }],
    }
}

fn recommendation(r: &Recommendation) -> Shown {
    Shown::Entry {
        text: r.text.clone(),
        terms: vec![Term {
            vocab: "level",
            value: r.addressed_to.as_str().to_owned(),
        }],
    }
}

fn session(s: &Session) -> Shown {
    let mut terms = vec![Term {
        vocab: "session_type",
        value: s.kind.as_str().to_owned(),
    }];
    if let Some(theme) = s.theme {
        terms.push(Term {
            vocab: "theme",
            value: theme.as_str().to_owned(),
        });
    }
    Shown::Entry {
        text: s.title.clone(),
        terms,
    }
}

/// The values of `these` that `those` lacks, each once, in their order.
fn only_in(these: &[Shown], those: &[Shown]) -> Vec<Shown> {
    let mut out: Vec<Shown> = Vec::new();
    for v in these {
        if !those.contains(v) && !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// The changes found so far.
#[derive(Default)]
struct Changes(Vec<FieldChange>);

impl Changes {
    fn single(&mut self, field: ReportField, before: Option<Shown>, after: Option<Shown>) {
        self.part(field, None, before, after);
    }

    /// Records a change of `field` (or of its `part`) when the values differ.
    fn part(
        &mut self,
        field: ReportField,
        part: Option<String>,
        before: Option<Shown>,
        after: Option<Shown>,
    ) {
        let change = match (&before, &after) {
            (None, None) => return,
            (Some(b), Some(a)) if b == a => return,
            (None, Some(_)) => ChangeKind::Added,
            (Some(_), None) => ChangeKind::Removed,
            (Some(_), Some(_)) => ChangeKind::Changed,
        };
        self.0.push(FieldChange {
            field,
            part,
            change,
            before,
            after,
        });
    }

    fn breakdown(
        &mut self,
        field: ReportField,
        before: &BTreeMap<String, u32>,
        after: &BTreeMap<String, u32>,
    ) {
        let keys: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
        for key in keys {
            let number =
                |m: &BTreeMap<String, u32>| m.get(key).map(|&value| Shown::Number { value });
            self.part(field, Some(key.clone()), number(before), number(after));
        }
    }

    /// Values held in one version and not the other; order and repeats do not count.
    fn set(&mut self, field: ReportField, before: Vec<Shown>, after: Vec<Shown>) {
        for gone in only_in(&before, &after) {
            self.single(field, Some(gone), None);
        }
        for new in only_in(&after, &before) {
            self.single(field, None, Some(new));
        }
    }

    /// Entries matched as `diff` describes.
    fn list(&mut self, field: ReportField, before: Vec<Shown>, after: Vec<Shown>) {
        let mut kept = vec![false; after.len()];
        let mut removed = Vec::new();
        for b in before {
            match (0..after.len()).find(|&i| !kept[i] && after[i] == b) {
                Some(i) => kept[i] = true,
                None => removed.push(b),
            }
        }
        let added: Vec<Shown> = after
            .into_iter()
            .zip(kept)
            .filter_map(|(a, k)| (!k).then_some(a))
            .collect();
        let mut removed = removed.into_iter();
        let mut added = added.into_iter();
        loop {
            match (removed.next(), added.next()) {
                (None, None) => break,
                (b, a) => self.single(field, b, a),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Links, Participation};
    use crate::{EventFormat, Level, SessionType, Theme};

    fn en(t: &str) -> Text {
        BTreeMap::from([("en".to_owned(), t.to_owned())])
    }

    fn message(t: &str, theme: Theme) -> KeyMessage {
        KeyMessage { text: en(t), theme }
    }

    fn report() -> ReportContent {
        ReportContent {
            edition: Some("MIGF 2025".into()),
            start_date: NaiveDate::from_ymd_opt(2025, 10, 1),
            end_date: NaiveDate::from_ymd_opt(2025, 10, 2),
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
                by_gender: BTreeMap::from([("female".into(), 100)]),
                youth: None,
                countries_represented: Some(3),
            },
            themes: vec![Theme::CybersecurityAndTrust, Theme::Gender],
            key_messages: vec![
                message("Keep the Internet open.", Theme::AccessAndConnectivity),
                message("Protect journalists online.", Theme::HumanRightsAndFreedoms),
            ],
            recommendations: vec![Recommendation {
                text: en("Fund community networks."),
                addressed_to: Level::Regional,
            }],
            sessions: vec![Session {
                title: en("Opening"),
                kind: SessionType::Plenary,
                theme: None,
            }],
            languages: vec!["ro".into(), "en".into()],
            links: Links {
                agenda: Some("https://example.org/agenda".into()),
                ..Links::default()
            },
            ..ReportContent::default()
        }
    }

    fn fields(changes: &[FieldChange]) -> Vec<(&'static str, Option<&str>, &'static str)> {
        changes
            .iter()
            .map(|c| (c.field.as_str(), c.part.as_deref(), c.change.as_str()))
            .collect()
    }

    #[test]
    fn the_same_report_has_no_changes() {
        assert!(diff(&report(), &report()).is_empty());
        assert!(diff(&ReportContent::default(), &ReportContent::default()).is_empty());
    }

    #[test]
    fn single_values_name_their_field_and_both_values() {
        let mut after = report();
        after.edition = Some("MIGF 2025, second edition".into());
        after.format = Some(EventFormat::Online);
        after.venue = None;
        after.participation.youth = Some(40);
        after.preparation.open_call = Some(true);
        let changes = diff(&report(), &after);
        assert_eq!(
            fields(&changes),
            [
                ("edition", None, "changed"),
                ("venue", None, "removed"),
                ("format", None, "changed"),
                ("open_call", None, "added"),
                ("participants_youth", None, "added"),
            ]
        );
        assert_eq!(
            changes[2].before,
            Some(Shown::Term {
                vocab: "format",
                value: "hybrid".into()
            })
        );
        assert_eq!(
            changes[2].after,
            Some(Shown::Term {
                vocab: "format",
                value: "online".into()
            })
        );
        assert_eq!(changes[1].after, None);
        assert_eq!(
            changed_fields(&changes),
            [
                ReportField::Edition,
                ReportField::Venue,
                ReportField::Format,
                ReportField::OpenCall,
                ReportField::ParticipantsYouth
            ]
        );
    }

    #[test]
    fn breakdowns_change_key_by_key() {
        let mut after = report();
        let groups = &mut after.participation.by_stakeholder_group;
        groups.insert("civil_society".into(), 90);
        groups.remove("government");
        groups.insert("academia".into(), 10);
        after.participation.by_gender.insert("female".into(), 100);
        let changes = diff(&report(), &after);
        assert_eq!(
            fields(&changes),
            [
                ("participants_by_group", Some("academia"), "added"),
                ("participants_by_group", Some("civil_society"), "changed"),
                ("participants_by_group", Some("government"), "removed"),
            ]
        );
        assert_eq!(changes[1].before, Some(Shown::Number { value: 80 }));
        assert_eq!(changes[1].after, Some(Shown::Number { value: 90 }));
    }

    #[test]
    fn sets_ignore_order_and_name_what_came_and_went() {
        let mut after = report();
        after.themes = vec![Theme::Gender, Theme::DataGovernance, Theme::DataGovernance];
        after.languages = vec!["en".into(), "ro".into()];
        after.tags = vec!["elections".into()];
        let changes = diff(&report(), &after);
        assert_eq!(
            fields(&changes),
            [
                ("themes", None, "removed"),
                ("themes", None, "added"),
                ("tags", None, "added"),
            ]
        );
        assert_eq!(
            changes[1].after,
            Some(Shown::Term {
                vocab: "theme",
                value: "data_governance".into()
            })
        );
    }

    #[test]
    fn entries_moved_are_unchanged_and_an_edited_one_is_changed() {
        let mut after = report();
        after.key_messages.reverse();
        assert!(diff(&report(), &after).is_empty(), "a new order only");

        after.key_messages[0].text = en("Protect journalists and bloggers online.");
        after.key_messages.push(message(
            "Youth must shape AI policy.",
            Theme::YouthEngagement,
        ));
        let changes = diff(&report(), &after);
        assert_eq!(
            fields(&changes),
            [
                ("key_messages", None, "changed"),
                ("key_messages", None, "added"),
            ]
        );
        assert_eq!(
            changes[0].before,
            Some(key_message(&report().key_messages[1]))
        );
        assert_eq!(
            changes[1].after,
            Some(Shown::Entry {
                text: en("Youth must shape AI policy."),
                terms: vec![Term {
                    vocab: "theme",
                    value: "youth_engagement".into()
                }]
            })
        );
    }

    #[test]
    fn entries_removed_recommendations_and_sessions() {
        let mut after = report();
        after.key_messages.truncate(1);
        after.recommendations[0].addressed_to = Level::Global;
        after.sessions[0].theme = Some(Theme::Gender);
        after.links.agenda = None;
        after.links.photos = Some("https://example.org/photos".into());
        let changes = diff(&report(), &after);
        assert_eq!(
            fields(&changes),
            [
                ("key_messages", None, "removed"),
                ("recommendations", None, "changed"),
                ("sessions", None, "changed"),
                ("links", Some("agenda"), "removed"),
                ("links", Some("photos"), "added"),
            ]
        );
        let Some(Shown::Entry { terms, .. }) = &changes[2].after else {
            panic!("a session is an entry: {:?}", changes[2]);
        };
        assert_eq!(terms.len(), 2, "its type and its theme");
    }

    #[test]
    fn a_first_draft_against_nothing_adds_every_field_given() {
        let changes = diff(&ReportContent::default(), &report());
        assert!(changes.iter().all(|c| c.change == ChangeKind::Added));
        assert_eq!(changed_fields(&changes).len(), 18, "{:?}", fields(&changes));
    }

    #[test]
    fn changes_serialise_with_their_kinds() {
        let mut after = report();
        after.country = Some("RO".into());
        let json = serde_json::to_value(diff(&report(), &after)).unwrap();
        assert_eq!(
            json,
            serde_json::json!([{
                "field": "country", "part": null, "change": "changed",
                "before": { "kind": "country", "value": "MD" },
                "after": { "kind": "country", "value": "RO" }
            }])
        );
    }
}
