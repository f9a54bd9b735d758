//! The one CSV writer of the service: spreadsheet-safe CSV for every file the
//! registry hands out (aggregates, the initiatives directory, exports).
//!
//! What it promises:
//! - UTF-8 with a byte-order mark, so a spreadsheet shows `Côte d'Ivoire`
//!   as written rather than guessing a legacy code page;
//! - RFC 4180: fields holding a comma, a quote, CR or LF are quoted, quotes
//!   doubled; records end with CRLF;
//! - formula-like cells neutralised (OWASP "CSV injection"): a cell that
//!   begins with `=`, `+`, `-`, `@`, a tab or a CR is prefixed with `'`, so
//!   a spreadsheet shows it as text instead of evaluating it.
//!
//! Pure string building: no I/O here.

/// The UTF-8 byte-order mark every CSV the service writes begins with.
pub const BOM: char = '\u{feff}';

/// Characters that make a spreadsheet read a cell as a formula when it begins with one.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV document being written: starts with the byte-order mark.
#[derive(Debug, Clone)]
pub struct Writer {
    out: String,
}

impl Default for Writer {
    fn default() -> Self {
        Self::new()
    }
}

impl Writer {
    /// An empty document (just the byte-order mark).
    pub fn new() -> Self {
        Self {
            out: BOM.to_string(),
        }
    }

    /// Appends one record, each field neutralised and quoted as needed, ending in CRLF.
    pub fn row<S: AsRef<str>>(&mut self, fields: &[S]) -> &mut Self {
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            push_cell(&mut self.out, field.as_ref());
        }
        self.out.push_str("\r\n");
        self
    }

    /// The document.
    pub fn finish(self) -> String {
        self.out
    }
}

/// A cell as the writer puts it: neutralised when formula-like, then quoted
/// when it holds a comma, a quote, CR or LF.
pub fn cell(field: &str) -> String {
    let mut out = String::with_capacity(field.len() + 3);
    push_cell(&mut out, field);
    out
}

/// A cell as it was before the writer neutralised it: the `'` the writer put
/// before a formula-like start is taken off, so an export reads back as
/// written (a cell that truly began with `'=` would lose its quote too).
pub fn read_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

fn push_cell(out: &mut String, field: &str) {
    let neutralise = field.starts_with(FORMULA_START);
    let quote = field.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if neutralise {
        out.push('\'');
    }
    if quote {
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_with_a_bom_and_ends_records_with_crlf() {
        let mut w = Writer::new();
        w.row(&["slug", "name"])
            .row(&["ci-igf", "Côte d'Ivoire IGF"]);
        assert_eq!(
            w.finish(),
            "\u{feff}slug,name\r\nci-igf,Côte d'Ivoire IGF\r\n"
        );
        assert_eq!(Writer::new().finish().as_bytes(), [0xEF, 0xBB, 0xBF]);
    }

    #[test]
    fn quotes_commas_quotes_and_line_breaks() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell(""), "");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("the \"IGF\""), "\"the \"\"IGF\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn neutralises_formula_like_cells() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+33 1 23"), "'+33 1 23");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("\rx"), "\"'\rx\"");
        assert_eq!(
            cell("=HYPERLINK(\"x\")"),
            "\"'=HYPERLINK(\"\"x\"\")\"",
            "neutralised and quoted"
        );
        // Only the first character matters.
        assert_eq!(cell("a=b"), "a=b");
        assert_eq!(cell("liberia-igf"), "liberia-igf");
    }

    #[test]
    fn a_neutralised_cell_reads_back_as_written() {
        for field in ["=1+1", "+33 1 23", "-2", "@SUM(A1)", "plain", "'quoted", ""] {
            let written = cell(field);
            assert_eq!(read_cell(&written), field, "{written}");
        }
    }
}
