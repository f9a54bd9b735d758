//! Project Fluent catalogs, shared by the pages (`api/locales/*/main.ftl`)
//! and the mail (`worker/locales/*/mail.ftl`): the messages of every shipped
//! locale, compiled in by the crate that owns them, with CLDR plural rules,
//! and the checks every shipped set of files must pass (the same ids in
//! every locale, a review header, each message formats). Pure: the sources
//! are strings the caller includes.
use crate::PageLocale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::BTreeSet;

/// The messages of every shipped locale of one set of files, built once.
pub struct Catalog {
    bundles: Vec<(PageLocale, FluentBundle<FluentResource>)>,
}

impl Catalog {
    /// Builds the bundles of `sources` (English first); `files` names them in
    /// panics, e.g. `api/locales/{locale}/main.ftl`. Panics when a file does
    /// not parse or repeats a message: the owners' unit tests build every
    /// catalog, so such a file never reaches a release.
    pub fn new(sources: &[(PageLocale, &str)], files: &str) -> Self {
        let bundles = sources
            .iter()
            .map(|(locale, source)| {
                let file = files.replace("{locale}", locale.as_str());
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
                let tag = locale
                    .as_str()
                    .parse()
                    .expect("a shipped locale is a language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // Pages set `dir` on their elements, and mail subjects are
                // plain text: the isolation marks Fluent puts around
                // placeables would show up in titles, values and subjects.
                bundle.set_use_isolating(false);
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("{file} repeats a message: {errors:?}"));
                (*locale, bundle)
            })
            .collect();
        Self { bundles }
    }

    /// The bundle of `locale` (every shipped locale has one).
    pub fn bundle(&self, locale: PageLocale) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == locale)
            .expect("every locale has a bundle")
            .1
    }

    /// The message `id` in `locale`, else in English; `None` when English
    /// lacks it too.
    pub fn message(
        &self,
        locale: PageLocale,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        [locale, PageLocale::En].into_iter().find_map(|l| {
            let bundle = self.bundle(l);
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(id, locale = %l, ?errors, "a message did not format fully");
            }
            Some(text.into_owned())
        })
    }

    /// The message `id` without arguments, or the id itself when no locale
    /// has it (a missing message shows, it does not break the page).
    pub fn text(&self, locale: PageLocale, id: &str) -> String {
        self.message(locale, id, None)
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` with `args`, or the id itself when no locale has it.
    pub fn text_with(&self, locale: PageLocale, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.message(locale, id, Some(&fluent))
            .unwrap_or_else(|| id.to_owned())
    }
}

/// The message ids a Fluent file defines (terms, starting with `-`, and
/// comments are not messages).
pub fn ids(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// What is wrong with a set of shipped locale files (English first): a
/// locale missing an English id or holding one English lacks, a file whose
/// first line does not say how far it is reviewed (`# Review: …`), a message
/// that does not format with every variable English names set, or formats
/// to nothing. Empty: none.
pub fn problems(sources: &[(PageLocale, &str)]) -> Vec<String> {
    let mut found = Vec::new();
    let Some((_, english_source)) = sources.first() else {
        return vec!["no locale files".into()];
    };
    let english = ids(english_source);
    for (locale, source) in sources {
        let theirs = ids(source);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        if !missing.is_empty() || !extra.is_empty() {
            found.push(format!(
                "{locale}: missing {missing:?}, not in en {extra:?}"
            ));
        }
        let first = source.lines().next().unwrap_or("");
        if !first.starts_with("# Review: ") {
            found.push(format!(
                "{locale}: the first line must be `# Review: …`, not {first:?}"
            ));
        }
    }
    // Every variable any English message names, as a number (plural
    // selectors need one; text placeables take it too).
    let mut args = FluentArgs::new();
    for piece in english_source.split('$').skip(1) {
        let name: String = piece
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        args.set(name, 2);
    }
    let catalog = Catalog::new(sources, "{locale}");
    for (locale, _) in sources {
        let bundle = catalog.bundle(*locale);
        for id in &english {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue; // reported above as missing
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() {
                found.push(format!("{locale} {id}: {errors:?}"));
            } else if text.trim().is_empty() {
                found.push(format!("{locale} {id} is empty"));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "# Review: source\nhello = Hello { $name }\nitems = { $count ->\n    [one] one item\n   *[other] { $count } items\n}\n";

    #[test]
    fn a_message_falls_back_to_english_and_plurals_follow_cldr() {
        let fr = "# Review: draft\nhello = Bonjour { $name }\nitems = { $count ->\n    [one] un élément\n   *[other] { $count } éléments\n}\n";
        let ru = "# Review: draft\nhello = Привет, { $name }\nitems = { $count ->\n    [one] { $count } элемент\n    [few] { $count } элемента\n   *[many] { $count } элементов\n}\n";
        let catalog = Catalog::new(
            &[
                (PageLocale::En, EN),
                (PageLocale::Fr, fr),
                (PageLocale::Ru, ru),
            ],
            "test/{locale}.ftl",
        );
        assert_eq!(
            catalog.text_with(PageLocale::Fr, "hello", &[("name", "Ada".into())]),
            "Bonjour Ada"
        );
        let mut three = FluentArgs::new();
        three.set("count", 3);
        assert_eq!(
            catalog
                .message(PageLocale::Ru, "items", Some(&three))
                .unwrap(),
            "3 элемента"
        );
        assert_eq!(catalog.text(PageLocale::Fr, "nowhere"), "nowhere");
        assert!(problems(&[(PageLocale::En, EN), (PageLocale::Fr, fr)]).is_empty());
    }

    #[test]
    fn problems_name_missing_ids_missing_headers_and_broken_messages() {
        let missing = "# Review: draft\nhello = Bonjour\n";
        let headless = "hello = Hola\nitems = varios\n";
        let found = problems(&[
            (PageLocale::En, EN),
            (PageLocale::Fr, missing),
            (PageLocale::Es, headless),
        ]);
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("fr: missing [\"items\"]")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|p| p.contains("es: the first line")),
            "{found:?}"
        );
    }
}
