//! The template environment: every page template, compiled into the binary,
//! and the few filters the templates share.
use super::l10n::{self, Catalog};
use crate::domain::PageLocale;
use fluent_bundle::{FluentArgs, FluentValue};
use minijinja::value::Kwargs;
use minijinja::{Environment, Error, State, Value};
use std::sync::Arc;

/// Every template, by name. Adding a page means adding its file here.
const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("error.html", include_str!("../../templates/error.html")),
    ("home.html", include_str!("../../templates/home.html")),
    (
        "directory.html",
        include_str!("../../templates/directory.html"),
    ),
    (
        "initiative.html",
        include_str!("../../templates/initiative.html"),
    ),
    ("report.html", include_str!("../../templates/report.html")),
    (
        "report_body.html",
        include_str!("../../templates/report_body.html"),
    ),
    ("sign_in.html", include_str!("../../templates/sign_in.html")),
    ("sign_up.html", include_str!("../../templates/sign_up.html")),
    ("account.html", include_str!("../../templates/account.html")),
    (
        "unsubscribe.html",
        include_str!("../../templates/unsubscribe.html"),
    ),
    (
        "invitation.html",
        include_str!("../../templates/invitation.html"),
    ),
    (
        "forgot_password.html",
        include_str!("../../templates/forgot_password.html"),
    ),
    (
        "reset_password.html",
        include_str!("../../templates/reset_password.html"),
    ),
    (
        "verify_email.html",
        include_str!("../../templates/verify_email.html"),
    ),
    (
        "register.html",
        include_str!("../../templates/register.html"),
    ),
    (
        "workspace.html",
        include_str!("../../templates/workspace.html"),
    ),
    ("profile.html", include_str!("../../templates/profile.html")),
    (
        "secretariat.html",
        include_str!("../../templates/secretariat.html"),
    ),
    (
        "committee.html",
        include_str!("../../templates/committee.html"),
    ),
    (
        "principles.html",
        include_str!("../../templates/principles.html"),
    ),
    ("members.html", include_str!("../../templates/members.html")),
    ("links.html", include_str!("../../templates/links.html")),
    (
        "report_form.html",
        include_str!("../../templates/report_form.html"),
    ),
    ("queue.html", include_str!("../../templates/queue.html")),
    (
        "review_report.html",
        include_str!("../../templates/review_report.html"),
    ),
    (
        "recognition.html",
        include_str!("../../templates/recognition.html"),
    ),
    ("jobs.html", include_str!("../../templates/jobs.html")),
    (
        "dashboards.html",
        include_str!("../../templates/dashboards.html"),
    ),
    (
        "dashboard.html",
        include_str!("../../templates/dashboard.html"),
    ),
    (
        "world_map.html",
        include_str!("../../templates/world_map.html"),
    ),
    (
        "dashboard_list.html",
        include_str!("../../templates/dashboard_list.html"),
    ),
    (
        "report_version.html",
        include_str!("../../templates/report_version.html"),
    ),
    (
        "compilation.html",
        include_str!("../../templates/compilation.html"),
    ),
];

/// The environment, with `t` and the locale-aware filters reading the page's
/// `locale` (set for every page by `Web::page_with_status`).
pub fn environment(catalog: Arc<Catalog>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .unwrap_or_else(|e| panic!("template {name} does not compile: {e:#}"));
    }
    let c = catalog.clone();
    env.add_function("t", move |state: &State, id: &str, args: Kwargs| {
        translate(&c, locale_of(state), id, args)
    });
    let c = catalog.clone();
    env.add_filter("label", move |state: &State, value: &str, vocab: &str| {
        vocabulary_label(&c, locale_of(state), vocab, value)
    });
    let c = catalog.clone();
    env.add_filter("message", move |state: &State, message: &str| {
        l10n::field_message(&c, locale_of(state), message)
    });
    let c = catalog.clone();
    env.add_filter("evidence", move |state: &State, item: Value| {
        let item = serde_json::to_value(&item).map_err(|e| {
            Error::new(
                minijinja::ErrorKind::InvalidOperation,
                "evidence of a criterion",
            )
            .with_source(e)
        })?;
        super::evidence::evidence(&c, locale_of(state), &item)
            .map_err(|e| Error::new(minijinja::ErrorKind::InvalidOperation, e))
    });
    let c = catalog.clone();
    env.add_filter("pointer_label", move |state: &State, pointer: &str| {
        pointer_label(&c, locale_of(state), pointer)
    });
    env.add_filter("text", text);
    env.add_filter("day", day);
    env.add_filter("field_id", field_id);
    env.add_filter("field_name", field_name);
    super::names::register(&mut env, catalog);
    env
}

/// The page's locale: its `locale` variable, English when absent.
pub(super) fn locale_of(state: &State) -> PageLocale {
    state
        .lookup("locale")
        .and_then(|v| v.as_str().and_then(|s| PageLocale::parse(s).ok()))
        .unwrap_or(PageLocale::En)
}

/// `t("message-id", name=value, …)`: the message in the page's locale. A
/// number argument selects plural forms (`count=3`). An id ending in `-html`
/// is markup written by the translators (links, emphasis): its text
/// arguments are escaped and the result is not escaped again.
fn translate(
    catalog: &Catalog,
    locale: PageLocale,
    id: &str,
    args: Kwargs,
) -> Result<Value, Error> {
    let markup = id.ends_with("-html");
    let mut fluent = FluentArgs::new();
    for name in args.args() {
        let value: Value = args.get(name)?;
        let arg: FluentValue = if let Some(n) = value.as_i64() {
            n.into()
        } else if value.kind() == minijinja::value::ValueKind::Number {
            f64::try_from(value.clone()).unwrap_or(0.0).into()
        } else if value.is_none() || value.is_undefined() {
            String::new().into()
        } else if markup && !value.is_safe() {
            escape(&value.to_string()).into()
        } else {
            value.to_string().into()
        };
        fluent.set(name.to_owned(), arg);
    }
    args.assert_all_used()?;
    let text = catalog.message(locale, id, Some(&fluent)).ok_or_else(|| {
        Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("no message `{id}` in api/locales/en/main.ftl"),
        )
    })?;
    Ok(if markup {
        Value::from_safe_string(text)
    } else {
        Value::from(text)
    })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

/// A vocabulary value as the reader's words: the message `<vocab>-<value>`
/// (`theme-ai_and_emerging_technologies`), else the value as English words.
pub fn vocabulary_label(catalog: &Catalog, locale: PageLocale, vocab: &str, value: &str) -> String {
    catalog
        .message(locale, &format!("{vocab}-{value}"), None)
        .unwrap_or_else(|| label(value))
}

/// A value as English words: `private_sector` → `Private sector`; what a
/// value without a message reads as.
pub fn label(value: &str) -> String {
    let words = value.replace(['_', '-'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A language-keyed text in English when it has English, else in its first language.
fn text(value: Value) -> String {
    if let Some(s) = value.as_str() {
        return s.to_owned();
    }
    if let Ok(en) = value.get_attr("en")
        && let Some(s) = en.as_str()
    {
        return s.to_owned();
    }
    value
        .try_iter()
        .ok()
        .and_then(|mut keys| keys.next())
        .and_then(|k| value.get_item(&k).ok())
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The date part of an RFC 3339 timestamp.
fn day(value: &str) -> String {
    value.get(..10).unwrap_or(value).to_owned()
}

/// The id of the input for a JSON pointer: `/key_messages/0/text` → `f-key_messages-0-text`.
pub fn field_id(pointer: &str) -> String {
    format!("f{}", pointer.replace('/', "-"))
}

/// The form name of the input for a JSON pointer under `prefix`: `r.key_messages.0.text`.
fn field_name(pointer: &str, prefix: &str) -> String {
    let dotted = pointer.replace('/', ".");
    if prefix.is_empty() {
        dotted.trim_start_matches('.').to_owned()
    } else {
        format!("{prefix}{dotted}")
    }
}

/// A JSON pointer as words for the error summary: `/key_messages/0/text` →
/// `Key messages 1 text`; each name reads as its message `field-<name>` when
/// there is one.
fn pointer_label(catalog: &Catalog, locale: PageLocale, pointer: &str) -> String {
    let words: Vec<String> = pointer
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| match s.parse::<usize>() {
            Ok(n) => (n + 1).to_string(),
            Err(_) => catalog
                .message(locale, &format!("field-{s}"), None)
                .unwrap_or_else(|| s.replace('_', " ")),
        })
        .collect();
    let joined = words.join(" ");
    let mut chars = joined.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_file_is_registered() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            assert!(
                TEMPLATES.iter().any(|(n, _)| *n == name),
                "{name} is not in TEMPLATES"
            );
        }
    }

    #[test]
    fn every_template_compiles() {
        let env = environment(Arc::new(Catalog::new()));
        assert_eq!(env.templates().count(), TEMPLATES.len());
    }

    #[test]
    fn vocabulary_reads_as_words() {
        assert_eq!(label("private_sector"), "Private sector");
        assert_eq!(label(""), "");
        assert_eq!(field_id("/key_messages/0/text"), "f-key_messages-0-text");
        assert_eq!(field_name("/a/0", "r"), "r.a.0");
        assert_eq!(field_name("/email", ""), "email");
    }

    #[test]
    fn texts_prefer_english() {
        let v = Value::from(minijinja::value::Serde(
            serde_json::json!({"fr": "Bonjour", "en": "Hello"}),
        ));
        assert_eq!(text(v), "Hello");
        let v = Value::from(minijinja::value::Serde(serde_json::json!({"ro": "Salut"})));
        assert_eq!(text(v), "Salut");
    }

    /// The message ids the templates name literally: `t("id"` and `t('id'`.
    fn ids_used() -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for (name, source) in TEMPLATES {
            for quote in ['"', '\''] {
                let marker = format!("t({quote}");
                let mut rest = *source;
                while let Some(at) = rest.find(&marker) {
                    let boundary = rest[..at]
                        .chars()
                        .last()
                        .is_none_or(|c| !c.is_alphanumeric() && c != '_');
                    rest = &rest[at + marker.len()..];
                    let id = rest.split(quote).next().unwrap_or_default();
                    // `t("criterion-" ~ c.key)`: a family of messages named
                    // by a prefix, each checked by its own test.
                    if boundary && !id.ends_with('-') {
                        out.push((*name, id.to_owned()));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_message_a_template_uses_exists_in_every_locale() {
        let catalog = Catalog::new();
        let used = ids_used();
        assert!(used.len() > 100, "the scan finds the t(…) calls");
        let mut missing = Vec::new();
        for (template, id) in &used {
            for locale in PageLocale::ALL {
                // `message` falls back to English: ask the locale's own file.
                let source = l10n_source(*locale);
                if !source
                    .lines()
                    .any(|l| l.split_once('=').is_some_and(|(k, _)| k.trim() == id))
                {
                    missing.push(format!("{template}: {id} in {locale}"));
                }
            }
            let _ = catalog.text(PageLocale::En, id);
        }
        assert!(missing.is_empty(), "messages missing: {missing:#?}");
    }

    fn l10n_source(locale: PageLocale) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(locale.as_str())
            .join("main.ftl");
        std::fs::read_to_string(path).expect("a locale file")
    }

    #[test]
    fn every_vocabulary_value_has_a_message_in_every_locale() {
        use crate::domain::*;
        fn names<T: std::fmt::Display>(all: &[T]) -> Vec<String> {
            all.iter().map(|v| v.to_string()).collect()
        }
        let statuses: Vec<String> = [
            names(ReportStatus::ALL),
            names(InitiativeStatus::ALL),
            ["overdue", "unknown", "met", "not_met"]
                .map(str::to_owned)
                .to_vec(),
        ]
        .concat();
        let vocabularies = [
            ("kind", names(InitiativeKind::ALL)),
            ("region", names(UnRegion::ALL)),
            ("status", statuses),
            ("group", names(StakeholderGroup::ALL)),
            ("committee_role", names(CommitteeRole::ALL)),
            ("gender", names(Gender::ALL)),
            ("role", names(MemberRole::ALL)),
            ("theme", names(Theme::ALL)),
            ("format", names(EventFormat::ALL)),
            ("session_type", names(SessionType::ALL)),
            ("level", names(Level::ALL)),
            ("principle", names(Principle::ALL)),
            ("decision", names(ReportAction::ALL)),
        ];
        let mut missing = Vec::new();
        for locale in PageLocale::ALL {
            let source = l10n_source(*locale);
            for (vocab, values) in &vocabularies {
                for value in values {
                    let id = format!("{vocab}-{value}");
                    if !source.lines().any(|l| l.starts_with(&format!("{id} ="))) {
                        missing.push(format!("{locale}: {id}"));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "vocabulary messages missing: {missing:#?}"
        );
    }

    /// What a template shows a reader outside `t(…)`: its text between tags
    /// and the attributes people read or hear (`placeholder`, `title`,
    /// `aria-label`, `alt`, `value` of buttons), with template comments,
    /// statements and expressions taken out; and, from statements and
    /// expressions, string literals that read as words (a capital letter, or
    /// a space between letters), such as a macro's default `"Choose…"`.
    fn visible_english(source: &str) -> Vec<String> {
        let mut found = Vec::new();
        // Literals inside {{ … }} and {% … %}.
        for (open, close) in [("{{", "}}"), ("{%", "%}")] {
            for part in source.split(open).skip(1) {
                let code = part.split(close).next().unwrap_or_default();
                for (i, literal) in code.split(['"', '\'']).enumerate() {
                    let words = literal.chars().any(|c| c.is_alphabetic())
                        && (literal.chars().any(|c| c.is_uppercase())
                            || literal.contains(' ')
                            || literal.contains('…'))
                        && !literal.contains('=');
                    // Odd pieces are inside quotes; `t("…")` ids have no spaces or capitals.
                    if i % 2 == 1 && words {
                        found.push(format!("literal {literal:?}"));
                    }
                }
            }
        }
        let mut text = strip_between(source, "{#", "#}");
        text = strip_between(&text, "{%", "%}");
        text = strip_between(&text, "{{", "}}");
        // Attributes read aloud or shown, before the tags go.
        for attr in ["placeholder", "title", "aria-label", "alt"] {
            for quote in ['"', '\''] {
                let marker = format!(" {attr}={quote}");
                for part in text.split(&marker).skip(1) {
                    let value = part.split(quote).next().unwrap_or_default();
                    if value.chars().any(|c| c.is_alphabetic()) {
                        found.push(format!("{attr}={value:?}"));
                    }
                }
            }
        }
        for part in text.split("<input").skip(1) {
            let tag = part.split('>').next().unwrap_or_default();
            let button = tag.contains("type=\"submit\"") || tag.contains("type=\"button\"");
            if let Some(value) = tag.split("value=\"").nth(1).filter(|_| button) {
                let value = value.split('"').next().unwrap_or_default();
                if value.chars().any(|c| c.is_alphabetic()) {
                    found.push(format!("button value={value:?}"));
                }
            }
        }
        text = strip_between(&text, "<", ">");
        // Attributes a macro writes outside a tag (` aria-invalid="true"`).
        text = strip_attributes(&text);
        for entity in ["&amp;", "&nbsp;", "&lt;", "&gt;"] {
            text = text.replace(entity, " ");
        }
        for word in text.split_whitespace() {
            if word.chars().any(|c| c.is_alphabetic()) {
                found.push(word.to_owned());
            }
        }
        found
    }

    /// `text` without `name="value"` pairs.
    fn strip_attributes(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("=\"") {
            let name_start = rest[..at]
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .map_or(0, |i| i + 1);
            out.push_str(&rest[..name_start]);
            let value = &rest[at + 2..];
            rest = value.find('"').map_or("", |end| &value[end + 1..]);
        }
        out.push_str(rest);
        out
    }

    fn strip_between(s: &str, open: &str, close: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(at) = rest.find(open) {
            out.push_str(&rest[..at]);
            out.push(' ');
            rest = match rest[at + open.len()..].find(close) {
                Some(end) => &rest[at + open.len() + end + close.len()..],
                None => "",
            };
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn no_template_holds_english_outside_the_locale_files() {
        let mut found = Vec::new();
        for (name, source) in TEMPLATES {
            for text in visible_english(source) {
                found.push(format!("{name}: {text}"));
            }
        }
        assert!(
            found.is_empty(),
            "put these in api/locales/en/main.ftl and use t(…): {found:#?}"
        );
    }

    /// A list on a page joins with the reader's separator (`|listed`,
    /// `separator()`): Arabic writes "،", Chinese "、". A comma written in a
    /// template's text would be the same in every language.
    #[test]
    fn no_template_joins_with_a_comma_of_its_own() {
        let mut found = Vec::new();
        for (name, source) in TEMPLATES {
            let mut text = strip_between(source, "{#", "#}");
            text = strip_between(&text, "<style", "</style>");
            text = strip_between(&text, "{%", "%}");
            text = strip_between(&text, "{{", "}}");
            text = strip_between(&text, "<", ">");
            text = strip_attributes(&text);
            if let Some(at) = text.find(',') {
                let start = text[..at]
                    .char_indices()
                    .rev()
                    .nth(20)
                    .map_or(0, |(i, _)| i);
                found.push(format!("{name}: {:?}", &text[start..(at + 1)]));
            }
        }
        assert!(found.is_empty(), "use |listed or separator(): {found:#?}");
    }

    #[test]
    fn the_english_scan_finds_text_attributes_and_worded_literals() {
        let found = visible_english(
            r#"<p class="x">{{ t("ok") }} Hello</p><a title="Go" href="/x">{# note #}</a>
<input type="submit" value="Send"><input type="hidden" name="csrf" value="abc">{% if e %} aria-invalid="true"{% endif %}
{{ macro(blank="Choose…", kind="email", attrs='autocomplete="name"') }}{% if x %}&amp;{% endif %}"#,
        );
        assert_eq!(
            found,
            vec![
                "literal \"Choose…\"".to_owned(),
                "title=\"Go\"".to_owned(),
                "button value=\"Send\"".to_owned(),
                "Hello".to_owned(),
            ]
        );
    }

    #[test]
    fn messages_render_in_the_pages_locale_with_escaped_arguments() {
        let mut env = environment(Arc::new(Catalog::new()));
        env.add_template(
            "probe.html",
            r#"{% from "macros.html" import summary %}{{ t("count-initiatives", count=n) }}|{{ "africa"|label("region") }}|{{ summary({}, "x") }}|{{ t("initiative-igf-html", slug=evil) }}"#,
        )
        .unwrap();
        let render = |locale: &str| {
            env.get_template("probe.html")
                .unwrap()
                .render(minijinja::context! { locale => locale, n => 1, evil => "<b>" })
                .unwrap()
        };
        let en = render("en");
        assert!(en.starts_with("1 initiative|Africa|"), "{en}");
        let fr = render("fr");
        assert!(fr.starts_with("1 initiative|Afrique|"), "{fr}");
        assert!(
            fr.contains(&Catalog::new().text(PageLocale::Fr, "error-summary-title")),
            "imported macros read the page's locale: {fr}"
        );
        assert!(
            fr.contains("/review/initiatives/&lt;b&gt;") && !fr.contains("<b>"),
            "arguments of markup messages are escaped: {fr}"
        );
        let ru = render("ru");
        assert!(ru.starts_with("1 инициатива|Африка|"), "{ru}");
    }
}
