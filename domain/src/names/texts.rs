//! Which language of a multilingual text a reader sees first: the reader's
//! own when the text was written in it, else the initiative's first working
//! language that it was written in, else English (the IGF's common
//! language), else the first it has. The other languages stay one click away
//! on the pages; choosing them is not this module's business.

/// The language of `available` (a text's language tags) to show a reader of
/// `reader` for an initiative working in `working_languages`, in that order.
/// `None` only when nothing is available.
pub fn first_language<'a, W: AsRef<str>>(
    available: &[&'a str],
    reader: &str,
    working_languages: &[W],
) -> Option<&'a str> {
    let primary = |t: &str| t.split('-').next().unwrap_or(t).to_ascii_lowercase();
    let exact = |want: &str| {
        available
            .iter()
            .find(|a| a.eq_ignore_ascii_case(want))
            .copied()
    };
    exact(reader)
        .or_else(|| {
            let r = primary(reader);
            available.iter().find(|a| primary(a) == r).copied()
        })
        .or_else(|| working_languages.iter().find_map(|w| exact(w.as_ref())))
        .or_else(|| exact("en"))
        .or_else(|| available.first().copied())
}

#[cfg(test)]
mod tests {
    use super::first_language;

    const MOLDOVA: &[&str] = &["ro", "ru", "en"];

    #[test]
    fn the_readers_language_first() {
        assert_eq!(first_language(&["en", "ro"], "ro", MOLDOVA), Some("ro"));
        assert_eq!(first_language(&["en", "ro"], "en", MOLDOVA), Some("en"));
        assert_eq!(
            first_language(&["en", "pt-BR"], "pt", &["en"]),
            Some("pt-BR")
        );
        assert_eq!(first_language(&["en", "pt"], "pt-PT", &["en"]), Some("pt"));
    }

    #[test]
    fn else_the_first_working_language_written() {
        assert_eq!(
            first_language(&["en", "ru", "ro"], "fr", MOLDOVA),
            Some("ro")
        );
        assert_eq!(first_language(&["en", "ru"], "fr", MOLDOVA), Some("ru"));
    }

    #[test]
    fn else_english_else_the_first() {
        assert_eq!(first_language(&["de", "en"], "fr", &["ro"]), Some("en"));
        assert_eq!(first_language(&["de", "it"], "fr", &["ro"]), Some("de"));
        assert_eq!(first_language(&[], "fr", &["ro"]), None);
    }
}
