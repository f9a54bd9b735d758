//! The pages' languages, with Project Fluent: the messages of every shipped
//! locale (`api/locales/<tag>/main.ftl`, compiled in), choosing the locale of
//! a request, and the domain's common English field messages mapped to
//! messages. Pages only: the API's JSON and problem documents stay English
//! (their codes are the contract), and mail is not rendered here.
use crate::domain::PageLocale;
use std::cmp::Reverse;

/// Every shipped locale's messages. `en` is complete by definition; the
/// others are checked against it by the tests below.
const SOURCES: &[(PageLocale, &str)] = &[
    (PageLocale::En, include_str!("../../locales/en/main.ftl")),
    (PageLocale::Fr, include_str!("../../locales/fr/main.ftl")),
    (PageLocale::Es, include_str!("../../locales/es/main.ftl")),
    (PageLocale::Ar, include_str!("../../locales/ar/main.ftl")),
    (PageLocale::Zh, include_str!("../../locales/zh/main.ftl")),
    (PageLocale::Ru, include_str!("../../locales/ru/main.ftl")),
    (PageLocale::Pt, include_str!("../../locales/pt/main.ftl")),
];

/// The cookie the language switcher sets: the reader's explicit choice.
pub const LANG_COOKIE: &str = "lang";

/// A locale's name in its own language, as the switcher offers it.
pub fn autonym(locale: PageLocale) -> &'static str {
    match locale {
        PageLocale::En => "English",
        PageLocale::Fr => "Français",
        PageLocale::Es => "Español",
        PageLocale::Ar => "العربية",
        PageLocale::Zh => "中文",
        PageLocale::Ru => "Русский",
        PageLocale::Pt => "Português",
    }
}

/// The writing direction of a locale's pages: `rtl` or `ltr`.
pub fn direction(locale: PageLocale) -> &'static str {
    locale.direction()
}

/// The pages' messages of every shipped locale, built once at start (the
/// catalog type is the domain's, shared with the mail).
pub struct Catalog(domain::l10n::Catalog);

impl Catalog {
    /// Panics when a shipped file does not parse: the unit tests build it, so
    /// such a file never reaches a release.
    pub fn new() -> Self {
        Self(domain::l10n::Catalog::new(
            SOURCES,
            "api/locales/{locale}/main.ftl",
        ))
    }
}

impl std::ops::Deref for Catalog {
    type Target = domain::l10n::Catalog;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Default for Catalog {
    fn default() -> Self {
        Self::new()
    }
}

/// The locale of a page: the switcher's choice (cookie), else the signed-in
/// user's preference, else the best match of `Accept-Language`, else English.
pub fn negotiate(
    chosen: Option<&str>,
    preference: Option<&str>,
    accept_language: Option<&str>,
) -> PageLocale {
    chosen
        .and_then(from_tag)
        .or_else(|| preference.and_then(from_tag))
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or(PageLocale::En)
}

/// The shipped locale of a language tag, by its primary subtag: `pt-BR` →
/// `pt`, `zh-Hans-CN` → `zh`, `FR` → `fr`.
pub fn from_tag(tag: &str) -> Option<PageLocale> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    PageLocale::parse(&primary).ok()
}

/// The best shipped locale an `Accept-Language` header asks for (RFC 9110
/// §12.5.4): ranges by falling q-value, in the header's order among equals;
/// `q=0` means "not this one"; a range with a malformed q-value is ignored.
pub fn from_accept_language(header: &str) -> Option<PageLocale> {
    let mut ranges: Vec<(u16, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(order, part)| {
            let mut pieces = part.split(';');
            let range = pieces.next()?.trim();
            let mut q = 1000;
            for param in pieces {
                let (name, value) = param.split_once('=')?;
                if name.trim().eq_ignore_ascii_case("q") {
                    q = quality(value.trim())?;
                }
            }
            (!range.is_empty() && q > 0).then_some((q, order, range))
        })
        .collect();
    ranges.sort_by_key(|&(q, order, _)| (Reverse(q), order));
    ranges.into_iter().find_map(|(_, _, range)| from_tag(range))
}

/// A q-value in thousandths: `0`, `0.5`, `1.000`; anything else is malformed.
fn quality(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The domain's field messages (English, shared with the API) that pages
/// show in the reader's language, by their exact text. Messages not listed
/// here, and the details of refusals, stay English.
const FIELD_MESSAGES: &[(&str, &str)] = &[
    ("is required", "invalid-required"),
    ("is listed twice", "invalid-listed-twice"),
    ("cannot be null", "invalid-required"),
    ("must not be empty", "invalid-required"),
    ("is not a valid address", "invalid-address"),
    ("not a url", "invalid-url"),
    ("is not a BCP 47 language tag", "invalid-language-tag"),
    ("is before start_date", "invalid-before-start"),
    ("must not be before term_start", "invalid-before-term-start"),
    (
        "is required unless the event was online",
        "invalid-venue-required",
    ),
    (
        "is required for a national initiative",
        "invalid-country-required",
    ),
    (
        "is required unless the initiative is national",
        "invalid-region-required",
    ),
    (
        "at least one key message is required",
        "invalid-key-message-required",
    ),
    (
        "needs a text in at least one language",
        "invalid-text-required",
    ),
    (
        "is not one of the initiative's working languages",
        "invalid-not-working-language",
    ),
    (
        "must be a whole number, such as 120",
        "invalid-whole-number",
    ),
    (
        "is one of the most common passwords; choose one that is harder to guess",
        "invalid-common-password",
    ),
    ("is not this account's password", "invalid-wrong-password"),
    ("is not a year", "invalid-year"),
    (
        "must be 2 to 64 characters of a-z, 0-9 and `-`",
        "invalid-slug",
    ),
    ("must be 1 to 60 characters", "invalid-tag-length"),
    (
        "the network's name must be 1 to 40 characters",
        "invalid-network-name",
    ),
    (
        "must not be one character repeated",
        "invalid-repeated-character",
    ),
];

/// The domain's field messages that carry values, as templates: each
/// `{name}` stands for a value the message names, passed to the message as
/// the argument `name`. A region code reads as its name.
const FIELD_PATTERNS: &[(&str, &str)] = &[
    ("must be at most {max} characters", "invalid-too-long"),
    ("must be at least {min} characters", "invalid-too-short"),
    ("must be at most {max} bytes", "invalid-too-many-bytes"),
    ("`{value}` is not an e-mail address", "invalid-not-email"),
    (
        "`{value}` is not an ISO 3166-1 alpha-2 code",
        "invalid-not-country",
    ),
    (
        "`{value}` is not a BCP 47 language tag",
        "invalid-not-language-tag",
    ),
    (
        "`{value}` is not an http(s) address",
        "invalid-not-web-address",
    ),
    (
        "`{value}` is reserved; choose another slug",
        "invalid-slug-reserved",
    ),
    ("`{value}` is not a year", "invalid-not-year"),
    (
        "must be between 1995 and {last}",
        "invalid-established-year",
    ),
    (
        "{date} is outside the report's year {year}",
        "invalid-outside-year",
    ),
    (
        "adds up to {part}, above the total of {total}",
        "invalid-above-total",
    ),
    (
        "is derived from the country for national initiatives: {country} is in `{region}`",
        "invalid-region-derived",
    ),
    (
        "must not contain control characters (found U+{code}); this is a single-line text",
        "invalid-control-single-line",
    ),
    (
        "must not contain control characters other than tab and line breaks (found U+{code})",
        "invalid-control-characters",
    ),
];

/// The values `message` holds where `template` has `{name}`s, or `None`
/// when it is not that template's message. A value runs to the next piece of
/// fixed text (to the end for a trailing one) and is never empty.
fn fill<'t, 'm>(template: &'t str, message: &'m str) -> Option<Vec<(&'t str, &'m str)>> {
    let mut values = Vec::new();
    let mut rest = message;
    let mut parts = template.split('{');
    rest = rest.strip_prefix(parts.next()?)?;
    for part in parts {
        let (name, literal) = part.split_once('}')?;
        let end = if literal.is_empty() {
            rest.len()
        } else {
            rest.find(literal)?
        };
        if end == 0 {
            return None;
        }
        values.push((name, &rest[..end]));
        rest = &rest[end + literal.len()..];
    }
    rest.is_empty().then_some(values)
}

/// A field message in `locale` when it is one the pages know, else as given.
pub fn field_message(catalog: &Catalog, locale: PageLocale, message: &str) -> String {
    if let Some((_, id)) = FIELD_MESSAGES.iter().find(|(m, _)| *m == message) {
        return catalog.text(locale, id);
    }
    for (template, id) in FIELD_PATTERNS {
        if let Some(values) = fill(template, message) {
            let args: Vec<(&str, String)> = values
                .into_iter()
                .map(|(name, value)| {
                    let shown = match name {
                        "region" => {
                            super::templates::vocabulary_label(catalog, locale, "region", value)
                        }
                        "country" => {
                            crate::domain::names::country_name(value, locale.as_str()).to_owned()
                        }
                        _ => value.to_owned(),
                    };
                    (name, shown)
                })
                .collect();
            return catalog.text_with(locale, id, &args);
        }
    }
    message.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentArgs;

    /// The same ids in every locale, a review header on each file, and
    /// every message formatting to some text (`domain::l10n::problems`).
    #[test]
    fn every_locale_has_every_english_message_a_review_header_and_formats() {
        assert!(
            domain::l10n::ids(SOURCES[0].1).len() > 100,
            "en/main.ftl is read"
        );
        let problems = domain::l10n::problems(SOURCES);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    /// The feeds and CSV files (`worker/locales/<tag>/feed.ftl`) name
    /// themes, UN regions and kinds of initiative with the pages' words, in every locale: a correction made in
    /// one file and not the other fails here.
    #[test]
    fn the_feeds_name_themes_regions_and_kinds_as_the_pages_do() {
        use crate::domain::{InitiativeKind, Theme, UnRegion};
        let catalog = Catalog::new();
        let mut differ = Vec::new();
        for locale in PageLocale::ALL {
            let themes = Theme::ALL.iter().map(|t| ("theme", t.as_str()));
            let regions = UnRegion::ALL.iter().map(|r| ("region", r.as_str()));
            let kinds = InitiativeKind::ALL.iter().map(|k| ("kind", k.as_str()));
            for (vocabulary, code) in themes.chain(regions).chain(kinds) {
                let page = catalog.text(*locale, &format!("{vocabulary}-{code}"));
                let feed = worker::feed::vocabulary_name(*locale, vocabulary, code);
                if page != feed {
                    differ.push(format!("{locale} {vocabulary}-{code}: {page:?} / {feed:?}"));
                }
            }
            let (site, author) = (
                catalog.text(*locale, "site-name"),
                worker::feed::WORDS.text(*locale, "feed-author"),
            );
            if site != author {
                differ.push(format!(
                    "{locale} site-name / feed-author: {site:?} / {author:?}"
                ));
            }
        }
        assert!(differ.is_empty(), "{differ:#?}");
    }

    /// Every problem type the API can answer has a message, so a refusal
    /// shown on a page in another language than English is in that language
    /// (`Web::refusal`). The conflicts' types are read from the sources,
    /// as `ApiError::conflict("<type>", …)` writes them.
    #[test]
    fn every_problem_type_has_a_message() {
        use crate::problem::ApiError;
        let mut kinds: Vec<String> = [
            ApiError::field("x", "y"),
            ApiError::Unauthorized(String::new()),
            ApiError::Forbidden(String::new()),
            ApiError::not_found(""),
            ApiError::changed_concurrently("x"),
            ApiError::PreconditionRequired,
            ApiError::PreconditionFailed {
                current: String::new(),
            },
            ApiError::PayloadTooLarge(1),
            ApiError::UnsupportedMediaType(String::new()),
            ApiError::rate_limited("x", 1),
            ApiError::Unavailable(String::new()),
            ApiError::Internal(anyhow::anyhow!("x")),
        ]
        .iter()
        .map(|e| {
            e.problem()["type"]
                .as_str()
                .expect("a type")
                .replace("/problems/", "")
        })
        .collect();
        let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("the sources") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).expect("a source file");
                    for call in source.split("ApiError::conflict(").skip(1) {
                        // A literal type (this test's own mentions are not).
                        let Some(kind) = call.split('"').nth(1) else {
                            continue;
                        };
                        if !kind.is_empty()
                            && kind.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        {
                            kinds.push(kind.to_owned());
                        }
                    }
                }
            }
        }
        assert!(kinds.contains(&"slug-taken".to_owned()), "{kinds:?}");
        let catalog = Catalog::new();
        let missing: Vec<String> = kinds
            .iter()
            .filter(|k| {
                catalog
                    .message(PageLocale::Fr, &format!("problem-{k}"), None)
                    .is_none()
            })
            .cloned()
            .collect();
        assert!(
            missing.is_empty(),
            "add problem-<type> to api/locales/*/main.ftl: {missing:?}"
        );
    }

    /// The pages name each recognition criterion by its key
    /// (`criterion-<key>`); English says what the domain's title says.
    #[test]
    fn every_recognition_criterion_has_a_title_in_every_locale() {
        use crate::domain::InitiativeKind;
        use crate::domain::recognition::{Facts, evaluate};
        let facts = Facts {
            today: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("a date"),
            kind: InitiativeKind::National,
            committee: Vec::new(),
            focal_point_name: None,
            focal_point_email: None,
            website: None,
            website_check: None,
            attestations: Default::default(),
            reports: Vec::new(),
        };
        let catalog = Catalog::new();
        let criteria = evaluate(&facts);
        assert_eq!(criteria.len(), 6);
        for c in &criteria {
            let id = format!("criterion-{}", c.key);
            assert_eq!(
                catalog.message(PageLocale::En, &id, None).as_deref(),
                Some(c.title)
            );
            for locale in PageLocale::ALL {
                let bundle = catalog.bundle(*locale);
                assert!(bundle.has_message(&id), "{locale} lacks {id}");
            }
        }
    }

    #[test]
    fn plurals_follow_each_languages_cldr_rules() {
        let catalog = Catalog::new();
        let count = |locale, n: u32| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            catalog
                .message(locale, "count-initiatives", Some(&args))
                .expect("count-initiatives exists")
        };
        assert_eq!(count(PageLocale::En, 1), "1 initiative");
        assert_eq!(count(PageLocale::En, 2), "2 initiatives");
        assert_eq!(count(PageLocale::En, 0), "0 initiatives");
        // Russian: one (1, 21), few (2–4, 22), many (5–20, 11).
        assert_eq!(count(PageLocale::Ru, 1), "1 инициатива");
        assert_eq!(count(PageLocale::Ru, 21), "21 инициатива");
        assert_eq!(count(PageLocale::Ru, 3), "3 инициативы");
        assert_eq!(count(PageLocale::Ru, 5), "5 инициатив");
        assert_eq!(count(PageLocale::Ru, 11), "11 инициатив");
        // Arabic: zero, one, two, few (3–10), many (11–99), other (100).
        assert_eq!(count(PageLocale::Ar, 0), "لا توجد مبادرات");
        assert_eq!(count(PageLocale::Ar, 1), "مبادرة واحدة");
        assert_eq!(count(PageLocale::Ar, 2), "مبادرتان");
        assert_eq!(count(PageLocale::Ar, 3), "3 مبادرات");
        assert_eq!(count(PageLocale::Ar, 11), "11 مبادرة");
        assert_eq!(count(PageLocale::Ar, 100), "100 مبادرة");
        assert_eq!(count(PageLocale::Fr, 1), "1 initiative");
        assert_eq!(count(PageLocale::Fr, 2), "2 initiatives");
    }

    #[test]
    fn the_switcher_beats_the_preference_which_beats_the_header() {
        use PageLocale::*;
        assert_eq!(negotiate(Some("fr"), Some("es"), Some("ru")), Fr);
        assert_eq!(negotiate(None, Some("es"), Some("ru")), Es);
        assert_eq!(negotiate(None, None, Some("ru")), Ru);
        assert_eq!(negotiate(None, None, None), En);
        assert_eq!(
            negotiate(Some("xx"), None, Some("ar")),
            Ar,
            "an unknown choice is no choice"
        );
        assert_eq!(negotiate(None, None, Some("de, ja")), En);
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        use PageLocale::*;
        assert_eq!(from_accept_language("fr"), Some(Fr));
        assert_eq!(
            from_accept_language("de;q=0.9, pt-BR;q=0.8, en;q=0.7"),
            Some(Pt)
        );
        assert_eq!(from_accept_language("en;q=0.5, zh-Hans-CN"), Some(Zh));
        assert_eq!(from_accept_language("ru;q=0, es;q=0.1"), Some(Es));
        assert_eq!(
            from_accept_language("fr;q=0.5, ar;q=0.5"),
            Some(Fr),
            "ties keep the order"
        );
        assert_eq!(
            from_accept_language("ar;q=2, es"),
            Some(Es),
            "a q above 1 is malformed"
        );
        assert_eq!(from_accept_language("ar;q=0.1234, es"), Some(Es));
        assert_eq!(from_accept_language("FR-ca;Q=1.0"), Some(Fr));
        assert_eq!(from_accept_language("*"), None);
        assert_eq!(from_accept_language(""), None);
        assert_eq!(quality("0.5"), Some(500));
        assert_eq!(quality("1"), Some(1000));
        assert_eq!(quality("1.001"), None);
        assert_eq!(quality("-0"), None);
    }

    #[test]
    fn common_field_messages_read_in_the_readers_language() {
        let catalog = Catalog::new();
        for (english, id) in FIELD_MESSAGES {
            assert!(
                catalog.message(PageLocale::En, id, None).is_some(),
                "{id} (for {english:?}) is not in en.ftl"
            );
        }
        assert_eq!(
            field_message(&catalog, PageLocale::Fr, "is required"),
            catalog.text(PageLocale::Fr, "invalid-required")
        );
        assert_ne!(
            field_message(&catalog, PageLocale::Fr, "is required"),
            "is required"
        );
        assert!(
            field_message(&catalog, PageLocale::Es, "must be at most 200 characters")
                .contains("200")
        );
        assert_eq!(
            field_message(&catalog, PageLocale::Fr, "something new"),
            "something new"
        );
    }

    /// The messages the domain really produces for values a person typed,
    /// each shown in French by a message of its own, with its values.
    #[test]
    fn field_messages_with_values_read_in_the_readers_language() {
        use crate::domain::profile::{ProfileInput, validate};
        use crate::domain::report::{ReportContent, check_submission};
        use crate::domain::{
            CountryCode, Email, InitiativeKind, LanguageTag, Slug, UnRegion, WebUrl,
        };
        let catalog = Catalog::new();
        let mut produced: Vec<String> = vec![
            Email::parse("nobody").unwrap_err(),
            CountryCode::parse("XQ").unwrap_err(),
            LanguageTag::parse("not a tag").unwrap_err(),
            WebUrl::parse("ftp://example.org").unwrap_err(),
            Slug::parse("countries").unwrap_err(),
            Slug::parse("A").unwrap_err(),
            crate::domain::input::check_text("a\u{7}b", crate::domain::input::Lines::Single)
                .unwrap_err(),
            crate::domain::input::check_text("a\u{7}b", crate::domain::input::Lines::Multi)
                .unwrap_err(),
            domain::password::password_problem(&"x".repeat(2000)).expect("too long"),
            domain::password::password_problem("short").expect("too short"),
        ];
        let profile = validate(
            ProfileInput {
                name: "Liberia IGF".into(),
                kind: Some(InitiativeKind::National),
                country: Some("LR".into()),
                un_region: Some(UnRegion::Weog),
                established_year: Some(1900),
                working_languages: vec!["en".into()],
                ..Default::default()
            },
            2026,
        )
        .unwrap_err();
        produced.extend(profile.0.into_iter().map(|e| e.message));
        let report: ReportContent = serde_json::from_value(serde_json::json!({
            "start_date": "2024-12-30", "end_date": "2025-01-02",
            "participation": { "total": 10, "by_gender": { "female": 12 } },
        }))
        .expect("a report");
        produced.extend(
            check_submission(&report, 2025, &["en".to_owned()])
                .0
                .into_iter()
                .map(|e| e.message),
        );
        for wanted in [
            "above the total",
            "outside the report's year",
            "is derived from the country",
            "must be between 1995",
        ] {
            assert!(
                produced.iter().any(|m| m.contains(wanted)),
                "no {wanted:?} among {produced:?}"
            );
        }
        for message in produced.iter().filter(|m| {
            !["is required", "at least one key message is required"].contains(&m.as_str())
        }) {
            let fr = field_message(&catalog, PageLocale::Fr, message);
            assert_ne!(&fr, message, "{message:?} stays English on a French page");
            let en = field_message(&catalog, PageLocale::En, message);
            assert!(!en.contains(['{', '}']), "{en}");
        }
        let derived = produced
            .iter()
            .find(|m| m.contains("is derived"))
            .expect("derived");
        assert_eq!(
            field_message(&catalog, PageLocale::Fr, derived),
            "découle du pays pour une initiative nationale : Liberia est en Afrique"
        );
        // A value is never empty, and the whole message must match.
        assert_eq!(fill("`{value}` is not a year", "`` is not a year"), None);
        assert_eq!(
            fill("must be at most {max} bytes", "must be at most 5 bytes!"),
            None
        );
    }
}
