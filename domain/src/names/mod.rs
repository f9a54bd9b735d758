//! Names that people read instead of codes: countries (ISO 3166-1 alpha-2)
//! and languages (BCP 47) in the shipped locales, each language also by its
//! own name (its autonym: `română`, `русский`, `العربية`), and an order of
//! names that follows each locale's collation.
//!
//! The names are the Unicode CLDR's display names (see [`CLDR_VERSION`]),
//! generated into `countries.tsv` and `languages.tsv` beside this file by
//! `python3 domain/src/names/regenerate.py [VERSION]`, which reads the npm
//! package `cldr-localenames-full`. Nothing here is translated by hand.
//!
//! Every lookup falls back: a reader's locale that is not shipped reads
//! English; a name CLDR lacks in a locale reads in English; an unknown code
//! reads as itself. No I/O: the tables are compiled in.
mod cldr;
pub mod texts;

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::OnceLock;

pub use cldr::{CLDR_VERSION, LOCALES};

/// One generated table: a key, then `N - 1` names; rows sorted by key.
struct Table<const N: usize> {
    rows: Vec<[&'static str; N]>,
}

impl<const N: usize> Table<N> {
    /// The table's rows; the header line is skipped. The files are generated
    /// and compiled in (their shape is tested), so a malformed row is a bug
    /// in the generator, not bad input.
    fn parse(text: &'static str) -> Self {
        let rows = text
            .lines()
            .skip(1)
            .map(|line| {
                let cells: Vec<&str> = line.split('\t').collect();
                <[&str; N]>::try_from(cells)
                    .unwrap_or_else(|c| panic!("a names row needs {N} cells, has {}", c.len()))
            })
            .collect();
        Self { rows }
    }

    /// The row whose key is `key`, compared ASCII case-insensitively.
    fn row(&self, key: &str) -> Option<&[&'static str; N]> {
        self.rows
            .binary_search_by(|r| cmp_ascii_ci(r[0], key))
            .ok()
            .map(|i| &self.rows[i])
    }
}

fn cmp_ascii_ci(a: &str, b: &str) -> Ordering {
    let a = a.bytes().map(|c| c.to_ascii_lowercase());
    let b = b.bytes().map(|c| c.to_ascii_lowercase());
    a.cmp(b)
}

/// `code`, then a name per locale.
fn countries() -> &'static Table<8> {
    static TABLE: OnceLock<Table<8>> = OnceLock::new();
    TABLE.get_or_init(|| Table::parse(cldr::COUNTRIES))
}

/// `tag`, `autonym`, then a name per locale.
fn languages() -> &'static Table<9> {
    static TABLE: OnceLock<Table<9>> = OnceLock::new();
    TABLE.get_or_init(|| Table::parse(cldr::LANGUAGES))
}

/// The shipped locale a reader's language tag reads in (`fr-CA` → `fr`,
/// `zh-Hant` → `zh`, the only Chinese shipped), if any.
pub fn shipped_locale(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next()?;
    LOCALES
        .iter()
        .find(|l| l.eq_ignore_ascii_case(primary))
        .copied()
}

/// The column of `locale`'s names, English when it is not shipped.
fn column(locale: &str) -> usize {
    shipped_locale(locale)
        .and_then(|l| LOCALES.iter().position(|x| *x == l))
        .unwrap_or(0)
}

/// The name in column `col` of `row`, else its English name (column 0).
fn named<const N: usize>(
    row: &[&'static str; N],
    first: usize,
    col: usize,
) -> Option<&'static str> {
    [row[first + col], row[first]]
        .into_iter()
        .find(|n| !n.is_empty())
}

/// A country's name in `locale` (`MD`, `fr` → `Moldavie`), else in English,
/// else the code as given.
pub fn country_name<'a>(code: &'a str, locale: &str) -> &'a str {
    countries()
        .row(code)
        .and_then(|r| named(r, 1, column(locale)))
        .unwrap_or(code)
}

/// A language's name in `locale` (`ro`, `fr` → `roumain`). A tag CLDR does
/// not name as a whole reads as its language and region
/// (`fr-SN` → `French (Senegal)`); else the English name; else the tag.
pub fn language_name<'a>(tag: &'a str, locale: &str) -> Cow<'a, str> {
    let col = column(locale);
    if let Some(name) = languages()
        .row(tag)
        .map(|r| r[2 + col])
        .filter(|n| !n.is_empty())
    {
        return name.into();
    }
    if let Some(composed) = composed_name(tag, col) {
        return composed.into();
    }
    match languages().row(tag).and_then(|r| named(r, 2, col)) {
        Some(name) => name.into(),
        None => tag.into(),
    }
}

/// `language (region)` in column `col` for a tag such as `pt-BR` or `fr-SN`.
fn composed_name(tag: &str, col: usize) -> Option<String> {
    let (primary, rest) = tag.split_once('-')?;
    let region = rest.split('-').find(|s| s.len() == 2)?;
    let language = languages().row(primary)?[2 + col];
    let country = countries().row(region)?[1 + col];
    if language.is_empty() || country.is_empty() {
        return None;
    }
    Some(
        cldr::LOCALE_PATTERNS[col]
            .replace("{0}", language)
            .replace("{1}", country),
    )
}

/// A language's name in its own language (`ro` → `română`), for tags whose
/// language CLDR has a locale for; else `language_name(tag, "en")`. A tag
/// CLDR does not name as a whole reads as its language's autonym
/// (`ro-RO` → `română`).
pub fn language_autonym(tag: &str) -> Cow<'_, str> {
    let own = |t: &str| languages().row(t).map(|r| r[1]).filter(|n| !n.is_empty());
    let primary = tag.split('-').next().unwrap_or(tag);
    match own(tag).or_else(|| own(primary)) {
        Some(name) => name.into(),
        None => language_name(tag, "en"),
    }
}

/// Compares two names as a reader of `locale` expects them ordered (CLDR
/// collation: `Å` beside `A`, `É` beside `E`; in Chinese by pinyin).
pub fn compare_names(locale: &str) -> impl Fn(&str, &str) -> Ordering + use<> {
    let collator = collator(locale);
    move |a: &str, b: &str| collator.compare(a, b)
}

/// A collator for `locale`'s shipped locale (English when not shipped).
fn collator(locale: &str) -> icu_collator::CollatorBorrowed<'static> {
    let tag = LOCALES[column(locale)];
    let id: icu_locale_core::Locale = tag
        .parse()
        .unwrap_or_else(|e| panic!("{tag} is a shipped locale: {e}"));
    icu_collator::Collator::try_new((&id).into(), Default::default())
        .unwrap_or_else(|e| panic!("compiled collation data covers {tag}: {e}"))
}

/// Country codes ordered by their names in `locale`.
pub fn sort_countries<T>(items: &mut [T], locale: &str, code: impl Fn(&T) -> &str) {
    let cmp = compare_names(locale);
    items.sort_by(|a, b| cmp(country_name(code(a), locale), country_name(code(b), locale)));
}

#[cfg(test)]
mod tests;
