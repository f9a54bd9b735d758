//! Renders a scope's feed of accepted reports and their key messages, as
//! Atom 1.0 (RFC 4287) and as JSON Feed 1.1, in any shipped language. Pure:
//! the caller loads the entries and serves the result; nothing here does I/O
//! or reads the clock.
//!
//! Both feeds list the same entries in the same order (newest accepted
//! first) with the same stable ids, so a reader may switch between them.
//! An entry links to the report's page for people; its id stays the report's
//! API address. The feeds' own words (titles, summaries, names of themes,
//! regions, places and languages) come from `worker/locales/<tag>/feed.ftl`
//! in the feed's language and say which it is (`xml:lang`, JSON Feed
//! `language`); each key message is given in every language it was written
//! in, the feed's language first when it has one, each marked with its
//! `lang`. Codes stay codes where programs read them (Atom `category/@term`,
//! JSON Feed `_nri`).
//!
//! The worker stores the English rendering and the [`FeedModel`] it came
//! from; the API renders the other languages from that model on request.
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use domain::PageLocale;
use domain::aggregate::Scope;
use domain::l10n::Catalog;
use domain::names::{country_name, language_autonym, texts::first_language};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// The feeds' generator (the software, not a translatable name).
pub const FEED_GENERATOR: &str = "NRI Registry";

/// The feeds' words in every shipped locale (`worker/locales/<tag>/feed.ftl`,
/// compiled in). English is complete by definition; the others are checked
/// against it by the tests below.
const SOURCES: &[(PageLocale, &str)] = &[
    (PageLocale::En, include_str!("../locales/en/feed.ftl")),
    (PageLocale::Fr, include_str!("../locales/fr/feed.ftl")),
    (PageLocale::Es, include_str!("../locales/es/feed.ftl")),
    (PageLocale::Ar, include_str!("../locales/ar/feed.ftl")),
    (PageLocale::Zh, include_str!("../locales/zh/feed.ftl")),
    (PageLocale::Ru, include_str!("../locales/ru/feed.ftl")),
    (PageLocale::Pt, include_str!("../locales/pt/feed.ftl")),
];

/// The feeds' messages, built once.
pub static WORDS: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::new(SOURCES, "worker/locales/{locale}/feed.ftl"));

/// A fingerprint of the feeds' words in every locale (hex): a feed rendered
/// on request carries it in its ETag, so a release that corrects a
/// translation is fetched anew by clients holding the old words.
pub static WORDS_VERSION: LazyLock<String> = LazyLock::new(|| {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for (locale, source) in SOURCES {
        hash.update(locale.as_str());
        hash.update(source);
    }
    hex::encode(&hash.finalize()[..8])
});

/// The name of a theme, UN region or kind of initiative (`vocabulary` is
/// `theme`, `region` or `kind`) in `locale`; a code without a message reads
/// as itself. The CSV files use the English names.
pub fn vocabulary_name(locale: PageLocale, vocabulary: &str, code: &str) -> String {
    WORDS
        .message(locale, &format!("{vocabulary}-{code}"), None)
        .unwrap_or_else(|| code.to_owned())
}

/// The English name of a theme, UN region or kind: what the CSV files put
/// beside each code (`kind,kind_name`, `theme,theme_name`).
pub fn english_name(vocabulary: &str, code: &str) -> String {
    vocabulary_name(PageLocale::En, vocabulary, code)
}

/// One accepted report in a scope's feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedEntry {
    pub initiative_slug: String,
    pub initiative_name: String,
    pub year: i32,
    /// e.g. "MIGF 2025"
    pub edition: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub accepted_at: DateTime<Utc>,
    /// Path of the report, e.g. "/api/v1/initiatives/liberia-igf/reports/2025"
    /// (made absolute with `base_url`): the entry's id.
    pub report_path: String,
    /// Path of the report's page, e.g. "/initiatives/liberia-igf/reports/2025":
    /// where the entry links.
    pub page_path: String,
    /// Where it was held: the city and the ISO 3166-1 code of the country.
    pub city: Option<String>,
    pub country: Option<String>,
    /// Key messages: language-keyed text ({"en": "...", "ro": "..."}) and
    /// theme (e.g. "access_and_connectivity").
    pub key_messages: Vec<(BTreeMap<String, String>, String)>,
}

/// Metadata of the feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedMeta {
    /// e.g. "un-region/africa"
    pub scope: String,
    /// The forum's name when the scope is a forum's (`initiative/<slug>`),
    /// e.g. "West Africa IGF": the feed's title names it.
    pub forum_name: Option<String>,
    /// Absolute base URL without trailing slash, e.g. "https://nri.example.org"
    /// or "http://127.0.0.1:8080" (a trailing slash is tolerated).
    pub base_url: String,
}

/// A scope's feed before it is put in words: everything any language's
/// rendering reads, stored by the worker beside its English rendering.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedModel {
    pub meta: FeedMeta,
    pub entries: Vec<FeedEntry>,
}

impl FeedModel {
    /// The Atom document in `locale`.
    pub fn atom(&self, locale: PageLocale) -> String {
        atom(&self.meta, &self.entries, locale)
    }

    /// The JSON Feed document in `locale`, serialised.
    pub fn json(&self, locale: PageLocale) -> String {
        json_feed(&self.meta, &self.entries, locale).to_string()
    }
}

/// The feed's title in `locale`: "NRI Registry: Africa".
fn title(meta: &FeedMeta, locale: PageLocale) -> String {
    let scope = match Scope::parse(&meta.scope) {
        Some(Scope::Global) => WORDS.text(locale, "feed-scope-global"),
        Some(Scope::Youth) => WORDS.text(locale, "feed-scope-youth"),
        Some(Scope::UnRegion(region)) => vocabulary_name(locale, "region", &region),
        Some(Scope::Initiative(slug)) => meta.forum_name.clone().unwrap_or(slug),
        None => meta.scope.clone(),
    };
    WORDS.text_with(locale, "feed-title", &[("scope", scope)])
}

/// Atom 1.0 (RFC 4287) document of the scope's accepted reports, in `locale`.
///
/// The feed's id is its own absolute URL (`{base_url}/api/v1/feeds/{scope}.atom`,
/// with `?lang=` in another language than English); `updated` is the newest entry's
/// `accepted_at`, or the Unix epoch for an empty feed. Entries are newest
/// first (ties: slug ascending, then year descending); each entry's id is the
/// absolute report URL, so it is stable across calls and languages, and its
/// `alternate` link the report's page. Content is an escaped HTML list of the
/// key messages by theme name; every distinct theme becomes a `<category>`
/// whose `term` is its code and `label` its name.
pub fn atom(meta: &FeedMeta, entries: &[FeedEntry], locale: PageLocale) -> String {
    let base = base(meta);
    let lang = locale.as_str();
    let feed_url = feed_url(&base, meta, "atom", locale);
    let sorted = newest_first(entries);
    let updated = sorted
        .first()
        .map(|e| e.accepted_at)
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);

    let mut out = String::with_capacity(1024 + 1024 * sorted.len());
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n"
    ));
    push_elem(&mut out, 1, "id", &feed_url);
    push_elem(&mut out, 1, "title", &title(meta, locale));
    push_elem(&mut out, 1, "updated", &rfc3339(updated));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        esc(&feed_url)
    ));
    out.push_str("  <author>\n");
    push_elem(&mut out, 2, "name", &WORDS.text(locale, "feed-author"));
    out.push_str("  </author>\n");
    push_elem(&mut out, 1, "generator", FEED_GENERATOR);

    for e in sorted {
        let url = absolute(&base, &e.report_path);
        out.push_str(&format!("  <entry xml:lang=\"{lang}\">\n"));
        push_elem(&mut out, 2, "id", &url);
        push_elem(&mut out, 2, "title", &entry_title(e, locale));
        push_elem(&mut out, 2, "updated", &rfc3339(e.accepted_at));
        push_elem(&mut out, 2, "published", &rfc3339(e.accepted_at));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            esc(&absolute(&base, &e.page_path))
        ));
        out.push_str("    <author>\n");
        push_elem(&mut out, 3, "name", &e.initiative_name);
        out.push_str("    </author>\n");
        push_elem(&mut out, 2, "summary", &summary(e, locale));
        out.push_str(&format!(
            "    <content type=\"html\">{}</content>\n",
            esc(&content_html(e, locale))
        ));
        for theme in themes(e) {
            out.push_str(&format!(
                "    <category term=\"{}\" label=\"{}\"/>\n",
                esc(theme),
                esc(&vocabulary_name(locale, "theme", theme))
            ));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

/// JSON Feed 1.1 (<https://jsonfeed.org/version/1.1>) of the scope's accepted
/// reports in `locale`: the same items, order, ids and links as [`atom`],
/// `tags` naming the themes, plus an `_nri` extension per item with the
/// initiative's slug, the year and the key messages in every language, by
/// theme code.
pub fn json_feed(meta: &FeedMeta, entries: &[FeedEntry], locale: PageLocale) -> Value {
    let base = base(meta);
    let lang = locale.as_str();
    let items: Vec<Value> = newest_first(entries)
        .into_iter()
        .map(|e| {
            let url = absolute(&base, &e.report_path);
            let key_messages: Vec<Value> = e
                .key_messages
                .iter()
                .map(|(text, theme)| {
                    let text: Map<String, Value> = text
                        .iter()
                        .map(|(lang, t)| (lang.clone(), Value::String(t.clone())))
                        .collect();
                    json!({ "theme": theme, "text": text })
                })
                .collect();
            let tags: Vec<String> = themes(e)
                .into_iter()
                .map(|t| vocabulary_name(locale, "theme", t))
                .collect();
            json!({
                "id": url,
                "url": absolute(&base, &e.page_path),
                "language": lang,
                "title": entry_title(e, locale),
                "content_text": content_text(e, locale),
                "content_html": content_html(e, locale),
                "summary": summary(e, locale),
                "date_published": rfc3339(e.accepted_at),
                "date_modified": rfc3339(e.accepted_at),
                "authors": [{ "name": e.initiative_name }],
                "tags": tags,
                "_nri": {
                    "initiative": e.initiative_slug,
                    "year": e.year,
                    "key_messages": key_messages,
                },
            })
        })
        .collect();
    json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": title(meta, locale),
        "language": lang,
        "home_page_url": format!("{base}/"),
        "feed_url": feed_url(&base, meta, "json", locale),
        "authors": [{ "name": WORDS.text(locale, "feed-author") }],
        "items": items,
    })
}

/// The feed's own address in `locale` (the feed's id in Atom): English
/// without a query, another language with its `?lang=`, so that a reader
/// following `self` keeps the language it subscribed to.
fn feed_url(base: &str, meta: &FeedMeta, extension: &str, locale: PageLocale) -> String {
    let url = format!("{base}/api/v1/feeds/{}.{extension}", meta.scope);
    match locale {
        PageLocale::En => url,
        other => format!("{url}?lang={}", other.as_str()),
    }
}

/// The base URL without trailing slashes.
fn base(meta: &FeedMeta) -> String {
    meta.base_url.trim_end_matches('/').to_string()
}

/// `path` made absolute against `base` (an already absolute URL is kept).
fn absolute(base: &str, path: &str) -> String {
    if path.starts_with("http://") || path.starts_with("https://") {
        path.to_string()
    } else if path.starts_with('/') {
        format!("{base}{path}")
    } else {
        format!("{base}/{path}")
    }
}

/// Newest accepted first; ties by slug ascending, then year descending.
fn newest_first(entries: &[FeedEntry]) -> Vec<&FeedEntry> {
    let mut v: Vec<&FeedEntry> = entries.iter().collect();
    v.sort_by(|a, b| {
        b.accepted_at
            .cmp(&a.accepted_at)
            .then_with(|| a.initiative_slug.cmp(&b.initiative_slug))
            .then_with(|| b.year.cmp(&a.year))
    });
    v
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn entry_title(e: &FeedEntry, locale: PageLocale) -> String {
    match e.edition.as_deref().map(str::trim) {
        Some(ed) if !ed.is_empty() => ed.to_string(),
        _ => WORDS.text_with(
            locale,
            "feed-entry-title",
            &[
                ("initiative", e.initiative_name.clone()),
                ("year", e.year.to_string()),
            ],
        ),
    }
}

/// Plain-text summary in `locale`: when (ISO dates) and where it was held,
/// and how many key messages it has.
fn summary(e: &FeedEntry, locale: PageLocale) -> String {
    let city = e.city.clone().filter(|c| !c.trim().is_empty());
    let country = e
        .country
        .as_deref()
        .map(|c| country_name(c, locale.as_str()).to_owned());
    let place = match (city, country) {
        (Some(city), Some(country)) => Some(WORDS.text_with(
            locale,
            "feed-place",
            &[("city", city), ("country", country)],
        )),
        (city, country) => city.or(country),
    };
    let mut args: Vec<(&str, String)> = Vec::new();
    let when = match (e.start_date, e.end_date) {
        (Some(s), Some(t)) if s == t => {
            args.push(("date", s.to_string()));
            Some("feed-held-on")
        }
        (Some(s), Some(t)) => {
            args.extend([("start", s.to_string()), ("end", t.to_string())]);
            Some("feed-held-between")
        }
        (Some(s), None) => {
            args.push(("start", s.to_string()));
            Some("feed-held-from")
        }
        (None, Some(t)) => {
            args.push(("end", t.to_string()));
            Some("feed-held-until")
        }
        (None, None) => None,
    };
    let held = match (when, place.is_some()) {
        (None, false) => None,
        (None, true) => Some("feed-held-in".to_owned()),
        (Some(id), false) => Some(id.to_owned()),
        (Some(id), true) => Some(format!("{id}-in")),
    };
    let mut out = String::new();
    if let Some(id) = held {
        args.extend(place.map(|p| ("place", p)));
        out.push_str(&WORDS.text_with(locale, &id, &args));
        out.push(' ');
    }
    out.push_str(&key_message_count(e, locale));
    out
}

/// "3 key messages." in `locale`, with its plural rules.
fn key_message_count(e: &FeedEntry, locale: PageLocale) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", e.key_messages.len());
    WORDS
        .message(locale, "feed-key-messages", Some(&args))
        .unwrap_or_else(|| e.key_messages.len().to_string())
}

/// A key message's texts, the one a feed reader sees first (in the feed's
/// language if written in it, else the first in language-code order) then
/// the others in language-code order, each with its language tag.
fn message_texts(text: &BTreeMap<String, String>, locale: PageLocale) -> Vec<(&str, &str)> {
    let tags: Vec<&str> = text.keys().map(String::as_str).collect();
    let first = first_language::<&str>(&tags, locale.as_str(), &[]);
    let mut texts: Vec<(&str, &str)> = text.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
    texts.sort_by_key(|(l, _)| Some(*l) != first);
    texts
}

/// Distinct themes, sorted.
fn themes(e: &FeedEntry) -> BTreeSet<&str> {
    e.key_messages.iter().map(|(_, t)| t.as_str()).collect()
}

/// The key messages as an HTML list, each under its theme's name
/// (HTML-escaped; the Atom writer escapes the whole again as XML text).
fn content_html(e: &FeedEntry, locale: PageLocale) -> String {
    if e.key_messages.is_empty() {
        return format!("<p>{}</p>", esc_html(&key_message_count(e, locale)));
    }
    let mut html = String::from("<ul>");
    for (text, theme) in &e.key_messages {
        let theme = vocabulary_name(locale, "theme", theme);
        html.push_str(&format!("<li><strong>{}</strong>:", esc_html(&theme)));
        for (i, (lang, t)) in message_texts(text, locale).into_iter().enumerate() {
            let (lang, t) = (esc_html(lang), esc_html(t));
            if i == 0 {
                html.push_str(&format!(" <span lang=\"{lang}\">{t}</span>"));
            } else {
                let name = esc_html(&language_autonym(&lang));
                html.push_str(&format!("<br><span lang=\"{lang}\">({name}) {t}</span>"));
            }
        }
        html.push_str("</li>");
    }
    html.push_str("</ul>");
    html
}

/// The key messages as plain text, one per line: "{theme name}: {text}",
/// each other language's text on a line of its own: "  ({language}) {text}".
fn content_text(e: &FeedEntry, locale: PageLocale) -> String {
    if e.key_messages.is_empty() {
        return key_message_count(e, locale);
    }
    e.key_messages
        .iter()
        .map(|(text, theme)| {
            let mut texts = message_texts(text, locale).into_iter();
            let first = texts.next().map_or("", |(_, t)| t);
            let others = texts.map(|(l, t)| format!("\n  ({}) {t}", language_autonym(l)));
            let theme = vocabulary_name(locale, "theme", theme);
            format!("{theme}: {first}") + &others.collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Escapes text for HTML (as [`esc`], but with `&#39;` for the apostrophe,
/// which HTML 4 readers know and `&apos;` they may not).
fn esc_html(s: &str) -> String {
    esc(s).replace("&apos;", "&#39;")
}

/// `<name>text</name>` on its own line, indented by `depth` levels.
fn push_elem(out: &mut String, depth: usize, name: &str, text: &str) {
    for _ in 0..depth {
        out.push_str("  ");
    }
    out.push('<');
    out.push_str(name);
    out.push('>');
    out.push_str(&esc(text));
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

/// Escapes text for XML character data and attribute values (and for HTML).
/// Characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) are dropped
/// so that the document stays well-formed whatever the input.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn meta() -> FeedMeta {
        FeedMeta {
            scope: "un-region/africa".into(),
            forum_name: None,
            base_url: "https://nri.example.org".into(),
        }
    }

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
    }

    fn km(pairs: &[(&str, &str)], theme: &str) -> (BTreeMap<String, String>, String) {
        (
            pairs
                .iter()
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect(),
            theme.to_string(),
        )
    }

    fn entry(slug: &str, name: &str, year: i32, accepted: DateTime<Utc>) -> FeedEntry {
        FeedEntry {
            initiative_slug: slug.into(),
            initiative_name: name.into(),
            year,
            edition: None,
            start_date: None,
            end_date: None,
            accepted_at: accepted,
            report_path: format!("/api/v1/initiatives/{slug}/reports/{year}"),
            page_path: format!("/initiatives/{slug}/reports/{year}"),
            city: None,
            country: None,
            key_messages: vec![],
        }
    }

    fn sample() -> Vec<FeedEntry> {
        let mut old = entry("liberia-igf", "Liberia IGF", 2024, at(2024, 11, 2));
        old.key_messages = vec![km(&[("en", "Connect the unconnected")], "access")];
        let mut new = entry(
            "a&b-igf",
            "A & B <IGF> \"Forum\" 'x'",
            2025,
            at(2025, 10, 1),
        );
        new.edition = Some("A&B IGF 2025".into());
        new.start_date = NaiveDate::from_ymd_opt(2025, 9, 1);
        new.end_date = NaiveDate::from_ymd_opt(2025, 9, 3);
        new.key_messages = vec![
            km(
                &[("en", "Rates < 5% & \"fair\""), ("fr", "Taux")],
                "access_and_connectivity",
            ),
            km(
                &[("ro", "Mesaj român"), ("ru", "Сообщение")],
                "human_rights",
            ),
            km(&[("en", "Again")], "access_and_connectivity"),
        ];
        let mid = entry("moldova-igf", "Moldova IGF", 2025, at(2025, 3, 5));
        vec![old, new, mid]
    }

    /// A minimal well-formedness check: every tag is closed in order, every
    /// `&` starts one of the five predefined entities (or a char ref), and
    /// attribute values are quoted with no raw `<`, `&` or quote inside.
    fn assert_well_formed(xml: &str) {
        let body = xml
            .strip_prefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .expect("XML declaration");
        let mut stack: Vec<String> = Vec::new();
        let mut rest = body;
        while let Some(i) = rest.find(['<', '&']) {
            let (text, tail) = rest.split_at(i);
            assert!(!text.contains("]]>"));
            if tail.starts_with('&') {
                let end = tail.find(';').expect("entity ends with ;");
                let name = &tail[1..end];
                assert!(
                    ["amp", "lt", "gt", "quot", "apos"].contains(&name) || name.starts_with('#'),
                    "bad entity &{name};"
                );
                rest = &tail[end + 1..];
                continue;
            }
            let end = tail.find('>').expect("tag ends with >");
            let tag = &tail[1..end];
            assert!(!tag.contains('<'), "raw < inside tag {tag}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name), "mismatched </{name}>");
            } else {
                let self_closing = tag.ends_with('/');
                let tag = tag.trim_end_matches('/');
                let name = tag.split_whitespace().next().expect("tag name");
                // Attributes: name="value" pairs, values without raw < & ".
                let mut attrs = tag[name.len()..].trim();
                while !attrs.is_empty() {
                    let eq = attrs.find("=\"").expect("attribute =\"");
                    let close = attrs[eq + 2..].find('"').expect("closing quote") + eq + 2;
                    let value = &attrs[eq + 2..close];
                    assert!(!value.contains('<'), "raw < in attribute");
                    for (j, _) in value.match_indices('&') {
                        let ent = &value[j..];
                        assert!(
                            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                                .iter()
                                .any(|e| ent.starts_with(e)),
                            "raw & in attribute {value}"
                        );
                    }
                    attrs = attrs[close + 1..].trim_start();
                }
                if !self_closing {
                    stack.push(name.to_string());
                }
            }
            rest = &tail[end + 1..];
            if stack.is_empty() {
                assert!(rest.trim().is_empty(), "content after the root element");
            }
        }
        assert!(stack.is_empty(), "unclosed elements: {stack:?}");
    }

    #[test]
    fn atom_is_well_formed_and_escapes_names_and_messages() {
        let xml = atom(&meta(), &sample(), PageLocale::En);
        assert_well_formed(&xml);
        assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"));
        assert_eq!(xml.matches("<entry xml:lang=\"en\">").count(), 3);
        // Name with & < > " ' in the entry author.
        assert!(xml.contains("<name>A &amp; B &lt;IGF&gt; &quot;Forum&quot; &apos;x&apos;</name>"));
        assert!(xml.contains("<title>A&amp;B IGF 2025</title>"));
        // Slug with & in the id (the API's report) and link (its page).
        assert!(xml.contains(
            "<id>https://nri.example.org/api/v1/initiatives/a&amp;b-igf/reports/2025</id>"
        ));
        assert!(xml.contains(
            "<link rel=\"alternate\" type=\"text/html\" href=\"https://nri.example.org/initiatives/a&amp;b-igf/reports/2025\"/>"
        ));
        // Message escaped once as HTML and again as XML, each language marked.
        assert!(xml.contains(
            "&lt;li&gt;&lt;strong&gt;Access and connectivity&lt;/strong&gt;: &lt;span lang=&quot;en&quot;&gt;Rates &amp;lt; 5% &amp;amp; &amp;quot;fair&amp;quot;&lt;/span&gt;&lt;br&gt;&lt;span lang=&quot;fr&quot;&gt;(français) Taux&lt;/span&gt;&lt;/li&gt;"
        ));
        assert!(!xml.contains("<li>"));
        assert!(!xml.contains("\"fair\""));
        // One category per distinct theme.
        assert_eq!(
            xml.matches(
                "<category term=\"access_and_connectivity\" label=\"Access and connectivity\"/>"
            )
            .count(),
            1
        );
        assert_eq!(
            xml.matches("<category term=\"human_rights\" label=\"human_rights\"/>")
                .count(),
            1
        );
        assert!(
            xml.contains("<summary>Held from 2025-09-01 to 2025-09-03. 3 key messages.</summary>")
        );
        assert!(xml.contains(
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://nri.example.org/api/v1/feeds/un-region/africa.atom\"/>"
        ));
    }

    #[test]
    fn well_formedness_checker_catches_bad_xml() {
        let ok = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a><b x=\"1\"/>t &amp; u</a>\n";
        assert_well_formed(ok);
        for bad in [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a>t & u</a>\n",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a><b></a></b>\n",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a x=\"&\"/>\n",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a>\n",
        ] {
            let r = std::panic::catch_unwind(|| assert_well_formed(bad));
            assert!(r.is_err(), "accepted: {bad}");
        }
    }

    #[test]
    fn control_characters_are_dropped() {
        let mut e = entry("x", "Bad\u{1}Name\u{0}", 2025, at(2025, 1, 1));
        e.key_messages = vec![km(&[("en", "a\u{8}b\tc")], "t")];
        let xml = atom(&meta(), &[e], PageLocale::En);
        assert!(xml.contains("<name>BadName</name>"));
        assert!(xml.contains("ab\tc"));
        assert!(!xml.contains('\u{1}') && !xml.contains('\u{8}') && !xml.contains('\u{0}'));
    }

    #[test]
    fn atom_entries_newest_first_and_updated_is_newest() {
        let xml = atom(&meta(), &sample(), PageLocale::En);
        let a = xml.find("/a&amp;b-igf/reports/2025</id>").unwrap();
        let m = xml.find("/moldova-igf/reports/2025</id>").unwrap();
        let l = xml.find("/liberia-igf/reports/2024</id>").unwrap();
        assert!(a < m && m < l, "order: {a} {m} {l}");
        // The feed's updated (first <updated>) is the newest accepted_at.
        let first_updated = xml.find("<updated>").unwrap();
        assert_eq!(
            &xml[first_updated..first_updated + 40],
            "<updated>2025-10-01T12:00:00Z</updated>\n"
        );
        assert_eq!(xml.matches("<entry xml:lang=\"en\">").count(), 3);
    }

    #[test]
    fn ties_sort_by_slug_then_year_descending() {
        let t = at(2025, 5, 5);
        let entries = vec![
            entry("b-igf", "B", 2024, t),
            entry("a-igf", "A", 2023, t),
            entry("b-igf", "B", 2025, t),
            entry("a-igf", "A", 2024, t),
        ];
        let ids: Vec<String> = json_feed(&meta(), &entries, PageLocale::En)["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                i["id"]
                    .as_str()
                    .unwrap()
                    .rsplit("initiatives/")
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(
            ids,
            [
                "a-igf/reports/2024",
                "a-igf/reports/2023",
                "b-igf/reports/2025",
                "b-igf/reports/2024"
            ]
        );
        let xml = atom(&meta(), &entries, PageLocale::En);
        let pos: Vec<usize> = ids
            .iter()
            .map(|id| xml.find(&format!("{id}</id>")).unwrap())
            .collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn empty_feed_has_epoch_updated() {
        let xml = atom(&meta(), &[], PageLocale::En);
        assert_well_formed(&xml);
        assert!(xml.contains("<updated>1970-01-01T00:00:00Z</updated>"));
        assert!(!xml.contains("<entry>"));
        assert!(
            xml.contains("<id>https://nri.example.org/api/v1/feeds/un-region/africa.atom</id>")
        );
        let j = json_feed(&meta(), &[], PageLocale::En);
        assert_eq!(j["items"], json!([]));
    }

    #[test]
    fn ids_are_stable_across_calls_and_input_order() {
        let mut entries = sample();
        let first = atom(&meta(), &entries, PageLocale::En);
        entries.reverse();
        let second = atom(&meta(), &entries, PageLocale::En);
        assert_eq!(first, second);
        let ids = |j: &Value| -> Vec<String> {
            j["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap().to_string())
                .collect()
        };
        let j1 = json_feed(&meta(), &entries, PageLocale::En);
        let j2 = json_feed(&meta(), &sample(), PageLocale::En);
        assert_eq!(ids(&j1), ids(&j2));
        assert_eq!(
            ids(&j1)[2],
            "https://nri.example.org/api/v1/initiatives/liberia-igf/reports/2024"
        );
    }

    #[test]
    fn trailing_slash_in_base_url_is_tolerated() {
        let mut m = meta();
        m.base_url = "http://127.0.0.1:8080/".into();
        let j = json_feed(&m, &sample(), PageLocale::En);
        assert_eq!(j["home_page_url"], "http://127.0.0.1:8080/");
        assert_eq!(
            j["feed_url"],
            "http://127.0.0.1:8080/api/v1/feeds/un-region/africa.json"
        );
        assert_eq!(
            j["items"][2]["id"],
            "http://127.0.0.1:8080/api/v1/initiatives/liberia-igf/reports/2024"
        );
        assert_eq!(
            j["items"][2]["url"],
            "http://127.0.0.1:8080/initiatives/liberia-igf/reports/2024"
        );
    }

    #[test]
    fn json_feed_shape() {
        let j = json_feed(&meta(), &sample(), PageLocale::En);
        assert_eq!(j["version"], "https://jsonfeed.org/version/1.1");
        assert_eq!(j["title"], "NRI Registry: Africa");
        assert_eq!(j["home_page_url"], "https://nri.example.org/");
        assert_eq!(
            j["feed_url"],
            "https://nri.example.org/api/v1/feeds/un-region/africa.json"
        );
        assert_eq!(j["authors"], json!([{ "name": "NRI Registry" }]));
        let items = j["items"].as_array().unwrap();
        let slugs: Vec<&str> = items
            .iter()
            .map(|i| i["_nri"]["initiative"].as_str().unwrap())
            .collect();
        assert_eq!(slugs, ["a&b-igf", "moldova-igf", "liberia-igf"]);

        let first = &items[0];
        assert_eq!(first["title"], "A&B IGF 2025");
        assert_eq!(
            first["id"],
            "https://nri.example.org/api/v1/initiatives/a&b-igf/reports/2025"
        );
        assert_eq!(
            first["url"],
            "https://nri.example.org/initiatives/a&b-igf/reports/2025"
        );
        assert_eq!(first["language"], "en");
        assert_eq!(j["language"], "en");
        assert_eq!(first["date_published"], "2025-10-01T12:00:00Z");
        assert_eq!(first["date_modified"], "2025-10-01T12:00:00Z");
        assert_eq!(
            first["authors"],
            json!([{ "name": "A & B <IGF> \"Forum\" 'x'" }])
        );
        assert_eq!(
            first["tags"],
            json!(["Access and connectivity", "human_rights"])
        );
        assert_eq!(
            first["content_text"],
            "Access and connectivity: Rates < 5% & \"fair\"\n  (français) Taux\nhuman_rights: Mesaj român\n  (русский) Сообщение\nAccess and connectivity: Again"
        );
        assert_eq!(
            first["content_html"],
            "<ul><li><strong>Access and connectivity</strong>: <span lang=\"en\">Rates &lt; 5% &amp; &quot;fair&quot;</span><br><span lang=\"fr\">(français) Taux</span></li><li><strong>human_rights</strong>: <span lang=\"ro\">Mesaj român</span><br><span lang=\"ru\">(русский) Сообщение</span></li><li><strong>Access and connectivity</strong>: <span lang=\"en\">Again</span></li></ul>"
        );
        assert_eq!(
            first["summary"],
            "Held from 2025-09-01 to 2025-09-03. 3 key messages."
        );
        assert_eq!(first["_nri"]["year"], 2025);
        assert_eq!(
            first["_nri"]["key_messages"][1],
            json!({ "theme": "human_rights", "text": { "ro": "Mesaj român", "ru": "Сообщение" } })
        );
        assert_eq!(first["_nri"]["key_messages"].as_array().unwrap().len(), 3);

        // No edition: title from name and year; no key messages.
        let mid = &items[1];
        assert_eq!(mid["title"], "Moldova IGF 2025");
        assert_eq!(mid["tags"], json!([]));
        assert_eq!(mid["summary"], "No key messages.");
        assert_eq!(mid["content_html"], "<p>No key messages.</p>");
    }

    #[test]
    fn message_without_english_uses_first_language() {
        let mut e = entry("md", "Moldova IGF", 2025, at(2025, 1, 1));
        e.key_messages = vec![
            km(&[("ru", "Сообщение"), ("ro", "Mesaj")], "t1"),
            km(&[("es", "Hola"), ("de", "Hallo"), ("en", "Hello")], "t2"),
            km(&[], "t3"),
        ];
        let j = json_feed(&meta(), std::slice::from_ref(&e), PageLocale::En);
        // BTreeMap order: "ro" < "ru", so "ro" is first; the others follow by tag.
        assert_eq!(
            j["items"][0]["content_text"],
            "t1: Mesaj\n  (русский) Сообщение\nt2: Hello\n  (Deutsch) Hallo\n  (español) Hola\nt3: "
        );
        let xml = atom(&meta(), &[e], PageLocale::En);
        assert!(
            xml.contains("t1&lt;/strong&gt;: &lt;span lang=&quot;ro&quot;&gt;Mesaj&lt;/span&gt;")
        );
        assert!(
            xml.contains("t2&lt;/strong&gt;: &lt;span lang=&quot;en&quot;&gt;Hello&lt;/span&gt;")
        );
    }

    #[test]
    fn apostrophe_in_html_uses_numeric_reference() {
        let mut e = entry("x", "X IGF", 2025, at(2025, 1, 1));
        e.key_messages = vec![km(&[("en", "Women's rights")], "gender")];
        let j = json_feed(&meta(), std::slice::from_ref(&e), PageLocale::En);
        assert_eq!(
            j["items"][0]["content_html"],
            "<ul><li><strong>Gender</strong>: <span lang=\"en\">Women&#39;s rights</span></li></ul>"
        );
        assert!(atom(&meta(), &[e], PageLocale::En).contains("Women&amp;#39;s rights"));
    }

    #[test]
    fn summary_describes_dates() {
        let mut e = entry("x", "X IGF", 2025, at(2025, 1, 1));
        e.key_messages = vec![km(&[("en", "m")], "t")];
        assert_eq!(summary(&e, PageLocale::En), "1 key message.");
        e.start_date = NaiveDate::from_ymd_opt(2025, 6, 1);
        assert_eq!(
            summary(&e, PageLocale::En),
            "Held from 2025-06-01. 1 key message."
        );
        e.end_date = e.start_date;
        assert_eq!(
            summary(&e, PageLocale::En),
            "Held on 2025-06-01. 1 key message."
        );
        e.start_date = None;
        assert_eq!(
            summary(&e, PageLocale::En),
            "Held until 2025-06-01. 1 key message."
        );
    }

    #[test]
    fn summary_names_the_place() {
        let mut e = entry("x", "X IGF", 2025, at(2025, 1, 1));
        e.country = Some("MD".into());
        assert_eq!(
            summary(&e, PageLocale::En),
            "Held in Moldova. No key messages."
        );
        e.city = Some("Chișinău".into());
        e.start_date = NaiveDate::from_ymd_opt(2025, 6, 1);
        assert_eq!(
            summary(&e, PageLocale::En),
            "Held from 2025-06-01 in Chișinău, Moldova. No key messages."
        );
    }

    #[test]
    fn every_locale_has_every_message_and_names_every_theme_region_and_kind() {
        let problems = domain::l10n::problems(SOURCES);
        assert!(problems.is_empty(), "{problems:#?}");
        for locale in PageLocale::ALL {
            for theme in domain::vocabulary::Theme::ALL {
                let name = vocabulary_name(*locale, "theme", theme.as_str());
                assert_ne!(name, theme.as_str(), "{locale}: theme {theme}");
            }
            for region in domain::vocabulary::UnRegion::ALL {
                let name = vocabulary_name(*locale, "region", region.as_str());
                assert_ne!(name, region.as_str(), "{locale}: region {region}");
            }
            for kind in domain::vocabulary::InitiativeKind::ALL {
                let name = vocabulary_name(*locale, "kind", kind.as_str());
                assert_ne!(name, kind.as_str(), "{locale}: kind {kind}");
            }
        }
    }

    #[test]
    fn a_feed_speaks_its_language_and_puts_texts_written_in_it_first() {
        let xml = atom(&meta(), &sample(), PageLocale::Fr);
        assert_well_formed(&xml);
        assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">"));
        assert_eq!(xml.matches("<entry xml:lang=\"fr\">").count(), 3);
        assert!(
            xml.contains("<title>Registre des NRI : Afrique</title>"),
            "{xml}"
        );
        assert!(xml.contains("<name>Registre des NRI</name>"), "{xml}");
        assert!(
            xml.contains("<summary>Tenu du 2025-09-01 au 2025-09-03. 3 messages clés.</summary>")
        );
        assert!(xml.contains("<title>Moldova IGF 2025</title>"), "{xml}");
        assert!(
            xml.contains(
                "<category term=\"access_and_connectivity\" label=\"Accès et connectivité\"/>"
            ),
            "{xml}"
        );
        // The French text first, the English one offered after it.
        assert!(xml.contains(
            "&lt;span lang=&quot;fr&quot;&gt;Taux&lt;/span&gt;&lt;br&gt;&lt;span lang=&quot;en&quot;&gt;(English) Rates"
        ), "{xml}");
        // The feed's own address keeps its language; entries' ids and links
        // are the same in every language.
        assert!(xml.contains(
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://nri.example.org/api/v1/feeds/un-region/africa.atom?lang=fr\"/>"
        ));
        let en = atom(&meta(), &sample(), PageLocale::En);
        let entries = |x: &str| {
            x.split("<entry")
                .skip(1)
                .flat_map(|e| {
                    e.lines()
                        .filter(|l| l.contains("<id>") || l.contains("href="))
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(entries(&xml).len(), 6);
        assert_eq!(entries(&xml), entries(&en));

        let ru = json_feed(&meta(), &sample(), PageLocale::Ru);
        assert_eq!(ru["language"], "ru");
        assert_eq!(
            ru["items"][0]["summary"],
            "Проведено с 2025-09-01 по 2025-09-03. 3 ключевых послания."
        );
        assert_eq!(ru["items"][1]["summary"], "Нет ключевых посланий.");
        let mut place = entry("x", "X IGF", 2025, at(2025, 1, 1));
        place.country = Some("MD".into());
        assert_eq!(
            summary(&place, PageLocale::Ar),
            "عُقد في مولدوفا. لا توجد رسائل رئيسية."
        );
        place.city = Some("Chișinău".into());
        assert_eq!(
            summary(&place, PageLocale::Ar),
            "عُقد في Chișinău، مولدوفا. لا توجد رسائل رئيسية."
        );
    }

    #[test]
    fn the_model_renders_what_its_parts_render_and_survives_storage() {
        let model = FeedModel {
            meta: FeedMeta {
                scope: "initiative/west-africa-igf".into(),
                forum_name: Some("West Africa IGF".into()),
                base_url: "https://nri.example.org".into(),
            },
            entries: sample(),
        };
        let stored = serde_json::to_string(&model).unwrap();
        let read: FeedModel = serde_json::from_str(&stored).unwrap();
        assert_eq!(read, model);
        assert_eq!(
            read.atom(PageLocale::Es),
            atom(&model.meta, &model.entries, PageLocale::Es)
        );
        assert!(
            read.json(PageLocale::Zh)
                .contains("\"title\":\"NRI 登记册：West Africa IGF\"")
        );
    }
}
