use super::*;
use crate::countries::COUNTRIES;

#[test]
fn the_tables_are_whole_and_sorted() {
    let c = &countries().rows;
    assert_eq!(c.len(), COUNTRIES.len());
    for (row, country) in c.iter().zip(COUNTRIES) {
        assert_eq!(row[0], country.code);
        assert!(row[1..].iter().all(|n| !n.is_empty()), "{row:?}");
    }
    let l = &languages().rows;
    assert!(l.len() > 500, "{}", l.len());
    assert!(
        l.windows(2)
            .all(|w| cmp_ascii_ci(w[0][0], w[1][0]) == Ordering::Less)
    );
    assert!(
        l.iter()
            .all(|r| !r[2].is_empty() || r[3..].iter().any(|n| !n.is_empty()))
    );
}

#[test]
fn countries_in_each_locale() {
    for (locale, name) in [
        ("en", "Moldova"),
        ("fr", "Moldavie"),
        ("es", "Moldavia"),
        ("ar", "مولدوفا"),
        ("zh", "摩尔多瓦"),
        ("ru", "Молдова"),
        ("pt", "Moldávia"),
    ] {
        assert_eq!(country_name("MD", locale), name, "{locale}");
    }
    assert_eq!(country_name("LR", "en"), "Liberia");
    assert_eq!(country_name("CV", "fr"), "Cap-Vert");
    assert_eq!(country_name("DE", "ru"), "Германия");
}

#[test]
fn countries_fall_back_to_english_then_the_code() {
    assert_eq!(country_name("md", "fr-CA"), "Moldavie");
    assert_eq!(country_name("MD", "de"), "Moldova");
    assert_eq!(country_name("MD", ""), "Moldova");
    assert_eq!(country_name("XX", "fr"), "XX");
    assert_eq!(country_name("", "fr"), "");
}

#[test]
fn languages_in_each_locale() {
    assert_eq!(language_name("ro", "en"), "Romanian");
    assert_eq!(language_name("ro", "fr"), "roumain");
    assert_eq!(language_name("ru", "es"), "ruso");
    assert_eq!(language_name("en", "ar"), "الإنجليزية");
    assert_eq!(language_name("fr", "zh"), "法语");
    assert_eq!(language_name("ro", "ru"), "румынский");
    assert_eq!(language_name("ro", "pt"), "romeno");
    assert_eq!(language_name("pt-BR", "en"), "Brazilian Portuguese");
}

#[test]
fn languages_compose_fall_back_and_keep_unknown_tags() {
    assert_eq!(language_name("fr-SN", "en"), "French (Senegal)");
    assert_eq!(language_name("fr-SN", "zh"), "法语（塞内加尔）");
    // CLDR's Portuguese has no name of its own for pt-BR: composed from its parts.
    assert_eq!(language_name("pt-BR", "pt"), "português (Brasil)");
    assert_eq!(language_name("ro", "de"), "Romanian");
    assert_eq!(language_name("qqq", "fr"), "qqq");
    assert_eq!(language_name("x-klingon", "fr"), "x-klingon");
}

#[test]
fn autonyms() {
    assert_eq!(language_autonym("ro"), "română");
    assert_eq!(language_autonym("ru"), "русский");
    assert_eq!(language_autonym("ar"), "العربية");
    assert_eq!(language_autonym("zh"), "中文");
    assert_eq!(language_autonym("pt-BR"), "português (Brasil)");
    assert_eq!(language_autonym("ro-RO"), "română");
    // No CLDR locale of its own: its English name, then the tag.
    assert_eq!(language_autonym("afh"), "Afrihili");
    assert_eq!(language_autonym("qqq"), "qqq");
}

#[test]
fn names_sort_by_each_locales_collation() {
    let mut codes = ["ZA", "AX", "AT", "EG", "EC"];
    sort_countries(&mut codes, "en", |c| *c);
    // Åland sorts with the A's, not after Z as its code points would.
    assert_eq!(codes, ["AX", "AT", "EC", "EG", "ZA"]);
    // French: Égypte, with its accent, sorts before Équateur and after Afrique.
    sort_countries(&mut codes, "fr", |c| *c);
    let names: Vec<&str> = codes.iter().map(|c| country_name(c, "fr")).collect();
    assert_eq!(
        names,
        [
            "Afrique du Sud",
            "Autriche",
            "Égypte",
            "Équateur",
            "Îles Åland"
        ]
    );
    let cmp = compare_names("zh");
    // Pinyin: 阿 (ā) before 北 (běi) before 中 (zhōng), unlike their code points.
    assert_eq!(cmp("阿富汗", "北京"), Ordering::Less);
    assert_eq!(cmp("中国", "北京"), Ordering::Greater);
}

#[test]
fn readers_locales() {
    assert_eq!(shipped_locale("fr-CA"), Some("fr"));
    assert_eq!(shipped_locale("ZH_Hant"), Some("zh"));
    assert_eq!(shipped_locale("de"), None);
    assert_eq!(LOCALES.len(), cldr::LOCALE_PATTERNS.len());
    assert!(!CLDR_VERSION.is_empty());
}
