//! The CSV companions of a stored aggregate, the files a regional
//! coordinator opens in a spreadsheet beside the aggregate's own CSV: its key
//! messages (one row per message and language) and who is missing. Beside
//! each code a person reads, its English name (`theme,theme_name`,
//! `language,language_name`): languages by their CLDR name, themes by the
//! caller's words.
//!
//! They are rendered from the aggregate's stored JSON, reading only what they
//! need, so they say exactly what the aggregate says; the aggregate itself is
//! the worker's (see [`crate::aggregate`]). Links are absolute, built on the
//! public base URL the caller passes (`NRI_PUBLIC_URL`), and point at the
//! human pages. Spreadsheet-safe like every CSV of the service
//! ([`crate::csv`]). Pure: no I/O here.
use serde::Deserialize;
use std::collections::BTreeMap;

/// A CSV rendered from a stored aggregate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Companion {
    /// `…/{year}/key-messages.csv`: one row per key message and language.
    KeyMessages,
    /// `…/{year}/missing.csv`: one row per recognised initiative without an accepted report.
    Missing,
}

/// The columns of the key messages CSV.
pub const KEY_MESSAGE_COLUMNS: [&str; 8] = [
    "initiative",
    "initiative_name",
    "theme",
    "theme_name",
    "language",
    "language_name",
    "text",
    "report_url",
];

/// The columns of the "who is missing" CSV.
pub const MISSING_COLUMNS: [&str; 4] = ["initiative", "name", "overdue", "initiative_url"];

impl Companion {
    /// The file's name after the aggregate's (`…-2025-key-messages.csv`), and
    /// what tells its ETag from the aggregate's.
    pub fn name(self) -> &'static str {
        match self {
            Companion::KeyMessages => "key-messages",
            Companion::Missing => "missing",
        }
    }

    /// Renders the companion of the aggregate stored as `stored` (its JSON),
    /// with links on `public_url` and themes named by `names("theme", code)`.
    /// An error means the stored JSON does not hold an aggregate.
    pub fn render(
        self,
        stored: &[u8],
        public_url: &str,
        names: &dyn Fn(&str, &str) -> String,
    ) -> Result<String, serde_json::Error> {
        let links = Links::new(public_url);
        Ok(match self {
            Companion::KeyMessages => key_messages(&serde_json::from_slice(stored)?, &links, names),
            Companion::Missing => missing(&serde_json::from_slice(stored)?, &links),
        })
    }
}

/// What the key messages CSV reads of a stored aggregate.
#[derive(Debug, Deserialize)]
struct KeyMessagesOf {
    year: i32,
    /// Grouped by theme, in the aggregate's order.
    key_messages: Vec<ThemeMessages>,
}

#[derive(Debug, Deserialize)]
struct ThemeMessages {
    theme: String,
    messages: Vec<Message>,
}

#[derive(Debug, Deserialize)]
struct Message {
    /// By language tag.
    text: BTreeMap<String, String>,
    /// The initiative's slug.
    initiative: String,
    initiative_name: String,
}

/// What the "who is missing" CSV reads of a stored aggregate.
#[derive(Debug, Deserialize)]
struct MissingOf {
    missing: Vec<MissingInitiative>,
}

#[derive(Debug, Deserialize)]
struct MissingInitiative {
    slug: String,
    name: String,
    overdue: bool,
}

/// Absolute links to the public pages.
struct Links<'a> {
    base: &'a str,
}

impl<'a> Links<'a> {
    fn new(public_url: &'a str) -> Self {
        Self {
            base: public_url.trim_end_matches('/'),
        }
    }

    /// The page of an initiative (slugs are `[a-z0-9-]`: nothing to escape).
    fn initiative(&self, slug: &str) -> String {
        format!("{}/initiatives/{slug}", self.base)
    }

    /// The page of an initiative's report for a year.
    fn report(&self, slug: &str, year: i32) -> String {
        format!("{}/initiatives/{slug}/reports/{year}", self.base)
    }
}

/// One row per key message and language (languages in tag order), in the
/// aggregate's order: themes as ranked, then initiative, then the report's order.
fn key_messages(
    agg: &KeyMessagesOf,
    links: &Links,
    names: &dyn Fn(&str, &str) -> String,
) -> String {
    let mut out = crate::csv::Writer::new();
    out.row(&KEY_MESSAGE_COLUMNS);
    for group in &agg.key_messages {
        let theme_name = names("theme", &group.theme);
        for m in &group.messages {
            let report_url = links.report(&m.initiative, agg.year);
            for (language, text) in &m.text {
                out.row(&[
                    &m.initiative,
                    &m.initiative_name,
                    &group.theme,
                    &theme_name,
                    language,
                    &crate::names::language_name(language, "en").into_owned(),
                    text,
                    &report_url,
                ]);
            }
        }
    }
    out.finish()
}

/// One row per missing initiative, in the aggregate's order (by slug).
fn missing(agg: &MissingOf, links: &Links) -> String {
    let mut out = crate::csv::Writer::new();
    out.row(&MISSING_COLUMNS);
    for m in &agg.missing {
        out.row(&[
            m.slug.as_str(),
            &m.name,
            if m.overdue { "true" } else { "false" },
            &links.initiative(&m.slug),
        ]);
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Names a theme as the caller's words would (the worker's English).
    fn names(vocabulary: &str, code: &str) -> String {
        assert_eq!((vocabulary, code), ("theme", "digital_inclusion"));
        "Digital inclusion".to_owned()
    }

    fn stored() -> Vec<u8> {
        json!({
            "scope": "un-region/eastern_europe",
            "year": 2025,
            "reporting": 2,
            "contributing": [],
            "key_messages": [
                { "theme": "digital_inclusion", "messages": [
                    { "text": { "ru": "Доступ для всех.", "en": "Access for all." },
                      "initiative": "moldova-igf", "initiative_name": "Moldova IGF",
                      "report_url": "/api/v1/initiatives/moldova-igf/reports/2025" },
                    { "text": { "en": "=HYPERLINK(\"x\")" },
                      "initiative": "ukraine-igf", "initiative_name": "Ukraine IGF, \"UA\"",
                      "report_url": "/api/v1/initiatives/ukraine-igf/reports/2025" }
                ]}
            ],
            "missing": [
                { "slug": "armenia-igf", "name": "Armenia IGF", "overdue": true },
                { "slug": "georgia-igf", "name": "Georgia IGF", "overdue": false }
            ],
            "generated_at": "2026-01-01T00:00:00Z",
            "change_seq": 7
        })
        .to_string()
        .into_bytes()
    }

    #[test]
    fn key_messages_are_one_row_per_language_with_absolute_report_links() {
        let csv = Companion::KeyMessages
            .render(&stored(), "https://nri.example.org/", &names)
            .unwrap();
        assert_eq!(
            csv,
            "\u{feff}initiative,initiative_name,theme,theme_name,language,language_name,text,report_url\r\n\
             moldova-igf,Moldova IGF,digital_inclusion,Digital inclusion,en,English,Access for all.,https://nri.example.org/initiatives/moldova-igf/reports/2025\r\n\
             moldova-igf,Moldova IGF,digital_inclusion,Digital inclusion,ru,Russian,Доступ для всех.,https://nri.example.org/initiatives/moldova-igf/reports/2025\r\n\
             ukraine-igf,\"Ukraine IGF, \"\"UA\"\"\",digital_inclusion,Digital inclusion,en,English,\"'=HYPERLINK(\"\"x\"\")\",https://nri.example.org/initiatives/ukraine-igf/reports/2025\r\n"
        );
    }

    #[test]
    fn who_is_missing_links_each_initiative_page() {
        let csv = Companion::Missing
            .render(&stored(), "http://127.0.0.1:8080", &names)
            .unwrap();
        assert_eq!(
            csv,
            "\u{feff}initiative,name,overdue,initiative_url\r\n\
             armenia-igf,Armenia IGF,true,http://127.0.0.1:8080/initiatives/armenia-igf\r\n\
             georgia-igf,Georgia IGF,false,http://127.0.0.1:8080/initiatives/georgia-igf\r\n"
        );
    }

    #[test]
    fn an_empty_aggregate_gives_the_header_alone() {
        let empty = json!({ "year": 2026, "key_messages": [], "missing": [] }).to_string();
        for (c, header) in [
            (Companion::KeyMessages, KEY_MESSAGE_COLUMNS.join(",")),
            (Companion::Missing, MISSING_COLUMNS.join(",")),
        ] {
            let csv = c.render(empty.as_bytes(), "http://x", &names).unwrap();
            assert_eq!(csv, format!("\u{feff}{header}\r\n"));
        }
    }

    #[test]
    fn stored_json_that_is_not_an_aggregate_is_an_error() {
        for c in [Companion::KeyMessages, Companion::Missing] {
            assert!(c.render(b"{\"year\": 2025}", "http://x", &names).is_err());
            assert!(c.render(b"not json", "http://x", &names).is_err());
        }
    }
}
