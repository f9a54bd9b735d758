//! The template filters that show people names instead of codes, and each
//! multilingual text in the reader's language with the others one click away
//! (a `<details>`, no JavaScript). They read the reader's locale from the
//! template variable `locale` (a tag such as `fr`; English when absent). The
//! names themselves are CLDR's, in `domain::names`; nothing here translates.
use super::charts::escape;
use super::l10n::Catalog;
use crate::domain::names::{self, texts::first_language};
use minijinja::value::{Value, ValueKind};
use minijinja::{Environment, State};
use std::sync::Arc;

/// How many countries a list shows before "and N more".
const COUNTRIES_SHOWN: usize = 3;

pub fn register(env: &mut Environment<'static>, catalog: Arc<Catalog>) {
    env.add_filter("country_name", country_name);
    env.add_filter("language_name", language_name);
    env.add_filter("countries", move |state: &State, list: Value| {
        countries(&catalog, state, list)
    });
    env.add_filter("listed", listed);
    env.add_function("separator", |state: &State| list_separator(&locale(state)));
    env.add_filter("named_countries", named_countries);
    env.add_filter("in_language", in_language);
    env.add_filter("other_languages", other_languages);
}

/// The reader's locale: the template's `locale`, else English.
fn locale(state: &State) -> String {
    state
        .lookup("locale")
        .and_then(|l| l.as_str().map(str::to_owned))
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "en".to_owned())
}

/// `MD` → `Moldova` (`Moldavie` to a French reader).
fn country_name(state: &State, code: &str) -> String {
    names::country_name(code, &locale(state)).to_owned()
}

/// A language by its own name, with its name in the reader's language when
/// that differs: `ro` → `română (Romanian)`; `fr` to a French reader → `français`.
fn language_name(state: &State, tag: &str) -> String {
    let own = names::language_autonym(tag);
    let read = names::language_name(tag, &locale(state));
    if own == read || own == tag {
        read.into_owned()
    } else {
        format!("{own} ({read})")
    }
}

/// Country codes (a list of codes, or of objects with a `code`) as
/// `[{code, name}]` sorted by name in the reader's language: what a country
/// picker lists.
fn named_countries(state: &State, list: Value) -> Vec<Value> {
    let locale = locale(state);
    let mut codes = codes_of(&list);
    names::sort_countries(&mut codes, &locale, String::as_str);
    codes
        .iter()
        .map(|code| {
            let name = names::country_name(code, &locale);
            minijinja::context! { code => code, name => name }
        })
        .collect()
}

/// Country codes as names sorted for the reader, collapsed beyond a few:
/// "Benin, Burkina Faso, Cabo Verde" then a `<details>` whose summary says how
/// many more and whose body lists them all.
fn countries(catalog: &Catalog, state: &State, list: Value) -> Value {
    let locale = locale(state);
    let mut codes = codes_of(&list);
    names::sort_countries(&mut codes, &locale, String::as_str);
    let names: Vec<String> = codes
        .iter()
        .map(|c| escape(names::country_name(c, &locale)))
        .collect();
    let separator = list_separator(&locale);
    if names.len() <= COUNTRIES_SHOWN + 1 {
        return Value::from_safe_string(names.join(separator));
    }
    let more = escape(&catalog.text_with(
        super::templates::locale_of(state),
        "list-and-more",
        &[("count", (names.len() - COUNTRIES_SHOWN).to_string())],
    ));
    Value::from_safe_string(format!(
        "{} <details class=\"more\"><summary>{more}</summary><p>{}</p></details>",
        names[..COUNTRIES_SHOWN].join(separator),
        names.join(separator)
    ))
}

/// The codes of a list of codes or of objects with a `code`.
fn codes_of(list: &Value) -> Vec<String> {
    let Ok(items) = list.try_iter() else {
        return Vec::new();
    };
    items
        .filter_map(|item| match item.kind() {
            ValueKind::String => item.as_str().map(str::to_owned),
            _ => item
                .get_attr("code")
                .ok()
                .and_then(|c| c.as_str().map(str::to_owned)),
        })
        .collect()
}

/// CLDR's list separator of each shipped locale (its "{0}, {1}" pattern).
pub(super) fn list_separator(locale: &str) -> &'static str {
    match names::shipped_locale(locale) {
        Some("ar") => "، ",
        Some("zh") => "、",
        _ => ", ",
    }
}

/// A list of names (or anything that reads as text) joined with the
/// reader's list separator: "Accra, Lomé" / "أكرا، لومي" / "阿克拉、洛美".
fn listed(state: &State, items: Vec<Value>) -> String {
    let texts: Vec<String> = items
        .iter()
        .filter(|v| !v.is_none() && !v.is_undefined())
        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
        .collect();
    texts.join(list_separator(&locale(state)))
}

/// A multilingual text (`{"en": …, "ro": …}`, or a plain string) in the
/// language the reader sees first (see `first_language`), as
/// `<span lang="…">`. `working_languages` are the initiative's.
fn in_language(state: &State, text: Value, working_languages: Option<Vec<String>>) -> Value {
    if let Some(s) = text.as_str() {
        return Value::from_safe_string(escape(s));
    }
    let texts = texts_of(&text);
    let Some((lang, t)) = ordered(&texts, &locale(state), working_languages)
        .into_iter()
        .next()
    else {
        return Value::from_safe_string(String::new());
    };
    Value::from_safe_string(format!(
        "<span lang=\"{}\" dir=\"auto\">{}</span>",
        escape(lang),
        escape(t)
    ))
}

/// The other languages of a multilingual text, one click away: a
/// `<details>` whose summary names them (each by its own name) and whose body
/// gives each text with its `lang`; nothing when there is no other.
fn other_languages(state: &State, text: Value, working_languages: Option<Vec<String>>) -> Value {
    let texts = texts_of(&text);
    let others: Vec<(&str, &str)> = ordered(&texts, &locale(state), working_languages)
        .into_iter()
        .skip(1)
        .collect();
    if others.is_empty() {
        return Value::from_safe_string(String::new());
    }
    let autonyms: Vec<String> = others
        .iter()
        .map(|(l, _)| escape(&names::language_autonym(l)))
        .collect();
    let mut html = format!(
        "<details class=\"languages\"><summary>{}</summary>",
        autonyms.join(" · ")
    );
    for ((lang, t), autonym) in others.iter().zip(&autonyms) {
        html.push_str(&format!(
            "<p lang=\"{}\" dir=\"auto\"><span class=\"muted\">{autonym}:</span> {}</p>",
            escape(lang),
            escape(t)
        ));
    }
    html.push_str("</details>");
    Value::from_safe_string(html)
}

/// The non-empty texts of a language-keyed map, in its order.
fn texts_of(text: &Value) -> Vec<(String, String)> {
    let Ok(keys) = text.try_iter() else {
        return Vec::new();
    };
    keys.filter_map(|k| {
        let t = text.get_item(&k).ok()?;
        let t = t.as_str().filter(|t| !t.trim().is_empty())?;
        Some((k.as_str()?.to_owned(), t.to_owned()))
    })
    .collect()
}

/// The texts with the one the reader sees first at the front.
fn ordered<'a>(
    texts: &'a [(String, String)],
    locale: &str,
    working_languages: Option<Vec<String>>,
) -> Vec<(&'a str, &'a str)> {
    let tags: Vec<&str> = texts.iter().map(|(l, _)| l.as_str()).collect();
    let first = first_language(&tags, locale, working_languages.as_deref().unwrap_or(&[]));
    let mut v: Vec<(&str, &str)> = texts
        .iter()
        .map(|(l, t)| (l.as_str(), t.as_str()))
        .collect();
    v.sort_by_key(|(l, _)| Some(*l) != first);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(template: &str, ctx: serde_json::Value) -> String {
        let mut env = Environment::new();
        register(&mut env, Arc::new(Catalog::new()));
        env.render_str(template, Value::from(minijinja::value::Serde(ctx)))
            .unwrap()
    }

    #[test]
    fn lists_join_as_the_readers_language_does() {
        let t = "{{ ['Accra', none, 'Lomé']|select|listed }} | {{ ['a', 'b']|listed }}{% for x in [1, 2] %}{{ x }}{% if not loop.last %}{{ separator() }}{% endif %}{% endfor %}";
        assert_eq!(render(t, json!({})), "Accra, Lomé | a, b1, 2");
        assert_eq!(
            render(t, json!({ "locale": "ar" })),
            "Accra، Lomé | a، b1، 2"
        );
        assert_eq!(
            render(t, json!({ "locale": "zh" })),
            "Accra、Lomé | a、b1、2"
        );
        // Listed texts are escaped like any other output of a page.
        let mut env = Environment::new();
        register(&mut env, Arc::new(Catalog::new()));
        env.add_template("probe.html", "{{ ['<b>', 'x']|listed }}")
            .unwrap();
        let html = env.get_template("probe.html").unwrap().render(()).unwrap();
        assert_eq!(html, "&lt;b&gt;, x");
    }

    #[test]
    fn a_long_list_of_countries_says_how_many_more_in_the_readers_language() {
        let t = "{{ ['GH', 'LR', 'SN', 'TG', 'BJ']|countries }}";
        let fr = render(t, json!({ "locale": "fr" }));
        assert!(fr.contains("<summary>et 2 autres</summary>"), "{fr}");
        let ru = render(t, json!({ "locale": "ru" }));
        assert!(ru.contains("<summary>и ещё 2</summary>"), "{ru}");
    }

    #[test]
    fn codes_read_as_names_in_the_readers_language() {
        let t = "{{ 'MD'|country_name }} / {{ 'ro'|language_name }} / {{ 'en'|language_name }}";
        assert_eq!(
            render(t, json!({})),
            "Moldova / română (Romanian) / English"
        );
        assert_eq!(
            render(t, json!({ "locale": "fr" })),
            "Moldavie / română (roumain) / English (anglais)"
        );
        assert_eq!(
            render("{{ 'fr'|language_name }}", json!({ "locale": "fr" })),
            "français"
        );
    }

    #[test]
    fn a_long_coverage_collapses_into_details() {
        let codes = ["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML"];
        let html = render("{{ c|countries }}", json!({ "c": codes }));
        assert!(
            html.starts_with(
                "Benin, Burkina Faso, Cape Verde <details class=\"more\"><summary>and 7 more</summary>"
            ),
            "{html}"
        );
        assert!(html.contains("Côte d’Ivoire"), "{html}");
        assert!(html.ends_with("Mali</p></details>"), "{html}");
        let short = render(
            "{{ c|countries }}",
            json!({ "c": ["MD", "DE"], "locale": "fr" }),
        );
        assert_eq!(short, "Allemagne, Moldavie");
    }

    #[test]
    fn pickers_list_countries_by_localised_name() {
        let t = "{% for c in cs|named_countries %}{{ c.code }}={{ c.name }};{% endfor %}";
        let cs = json!([{ "code": "DE", "name": "Germany" }, { "code": "DZ", "name": "Algeria" }]);
        assert_eq!(render(t, json!({ "cs": cs })), "DZ=Algeria;DE=Germany;");
        assert_eq!(
            render(t, json!({ "cs": cs, "locale": "fr" })),
            "DZ=Algérie;DE=Allemagne;"
        );
    }

    #[test]
    fn texts_show_in_the_readers_language_with_the_others_a_click_away() {
        let text = json!({ "en": "Open call.", "ro": "Apel deschis." });
        let t = "{{ m|in_language(w) }}|{{ m|other_languages(w) }}";
        let en = render(t, json!({ "m": text, "w": ["ro", "ru", "en"] }));
        assert_eq!(
            en,
            "<span lang=\"en\" dir=\"auto\">Open call.</span>|<details class=\"languages\"><summary>română</summary><p lang=\"ro\" dir=\"auto\"><span class=\"muted\">română:</span> Apel deschis.</p></details>"
        );
        // A French reader: no French text, so the first working language.
        let fr = render(
            t,
            json!({ "m": text, "w": ["ro", "ru", "en"], "locale": "fr" }),
        );
        assert!(
            fr.starts_with("<span lang=\"ro\" dir=\"auto\">Apel deschis.</span>|"),
            "{fr}"
        );
        assert!(fr.contains("<summary>English</summary>"), "{fr}");
        // One language: nothing more to offer.
        let one = render(t, json!({ "m": { "en": "<b>" } }));
        assert_eq!(one, "<span lang=\"en\" dir=\"auto\">&lt;b&gt;</span>|");
    }
}
