//! What any text or date from outside may be, whatever field it fills: text
//! carries no control characters (a long text may break lines and indent with
//! tabs), and a date lies in the range the registry deals with. The HTTP
//! boundary (`crate::boundary`) applies these to every value of every request;
//! nothing past it re-checks.
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

/// The first and last year any date of the registry may fall in.
pub const FIRST_YEAR: i32 = 1990;
pub const LAST_YEAR: i32 = 2100;

/// Whether a text may span lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// Names, e-mails, slugs, cities, identifiers: no control character at all.
    Single,
    /// Descriptions, evidence, messages, comments, reasons: tab, line feed
    /// and carriage return are allowed, no other control character.
    Multi,
}

/// Refuses control characters (Unicode category Cc: U+0000–U+001F and
/// U+007F–U+009F), except tab, LF and CR in a multi-line text.
pub fn check_text(s: &str, lines: Lines) -> Result<(), String> {
    let allowed = |c: char| lines == Lines::Multi && matches!(c, '\t' | '\n' | '\r');
    match s.chars().find(|&c| c.is_control() && !allowed(c)) {
        None => Ok(()),
        Some(c) => Err(match lines {
            Lines::Single => format!(
                "must not contain control characters (found U+{:04X}); this is a single-line text",
                u32::from(c)
            ),
            Lines::Multi => format!(
                "must not contain control characters other than tab and line breaks (found U+{:04X})",
                u32::from(c)
            ),
        }),
    }
}

/// Refuses a date outside `FIRST_YEAR..=LAST_YEAR`.
pub fn check_date(d: NaiveDate) -> Result<NaiveDate, String> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&d.year()) {
        Ok(d)
    } else {
        Err(format!(
            "{d} is not a date between {FIRST_YEAR}-01-01 and {LAST_YEAR}-12-31"
        ))
    }
}

/// Refuses a timestamp whose date lies outside `FIRST_YEAR..=LAST_YEAR`.
pub fn check_date_time(t: DateTime<FixedOffset>) -> Result<(), String> {
    check_date(t.date_naive())
        .map(drop)
        .map_err(|_| format!("{t} is not a time between {FIRST_YEAR} and {LAST_YEAR}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_text_refuses_every_control_character() {
        assert!(check_text("Liberia IGF \u{202e} é 中文", Lines::Single).is_ok());
        for c in [
            '\0', '\u{1}', '\t', '\n', '\r', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}',
        ] {
            let err = check_text(&format!("a{c}b"), Lines::Single).unwrap_err();
            assert!(err.contains(&format!("U+{:04X}", u32::from(c))), "{err}");
        }
    }

    #[test]
    fn long_text_allows_line_breaks_and_tabs_only() {
        assert!(check_text("one\r\ntwo\n\tthree", Lines::Multi).is_ok());
        for c in [
            '\0', '\u{8}', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{85}',
        ] {
            assert!(
                check_text(&format!("a{c}b"), Lines::Multi).is_err(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn dates_lie_between_1990_and_2100() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(check_date(d("1990-01-01")).is_ok());
        assert!(check_date(d("2100-12-31")).is_ok());
        for bad in ["1989-12-31", "2101-01-01", "+262142-12-31", "-262143-01-01"] {
            assert!(check_date(d(bad)).is_err(), "{bad}");
        }
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        assert!(check_date_time(t("2025-06-01T10:00:00+02:00")).is_ok());
        assert!(check_date_time(t("0001-01-01T00:00:00Z")).is_err());
        assert!(check_date_time(t("9999-12-31T23:59:59Z")).is_err());
    }
}
