//! Reading an import before anything is written (`nri import`): the
//! initiatives CSV as rows of cells named by their column, each with its
//! line, turned into what each row asks an initiative to be; and where a
//! problem is, so that every problem of a file is reported at once, as
//! `line 7: country: …` for a CSV and `/initiatives/2/profile/country: …`
//! (a JSON pointer) for a JSON export.
//!
//! A row names its initiative by slug. It may leave out any column after
//! `kind` (the header says which it has): a column the file does not have,
//! or a cell missing at the end of a short row, keeps what is stored; an
//! empty cell clears it. A missing `status` means `applicant` for a new
//! initiative and keeps an existing one's. Cells that the export
//! neutralised for spreadsheets (`'=…`) are read back as written.
use crate::profile::ProfileInput;
use crate::vocabulary::{InitiativeKind, InitiativeStatus, UnRegion};
use crate::{FieldError, Slug};
use std::collections::BTreeMap;
use std::fmt;

/// The columns of the initiatives CSV, in the SPEC's order.
pub const COLUMNS: [&str; 13] = [
    "slug",
    "name",
    "acronym",
    "kind",
    "country",
    "coverage",
    "un_region",
    "parent",
    "website",
    "public_email",
    "established_year",
    "working_languages",
    "status",
];

/// Columns an import's header must have.
const REQUIRED: [&str; 3] = ["slug", "name", "kind"];

/// What is wrong and where: prints as `line 7: country: …` or
/// `/initiatives/2/profile/country: …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// Where a record is in its file, which names the place of its problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A CSV row, by its line (the header is line 1).
    Line(u64),
    /// A JSON value, by its pointer (`/initiatives/2`).
    Pointer(String),
}

impl Origin {
    /// A problem with `field` of this record: a JSON pointer into it
    /// (`/coverage/2`), shown for a CSV row as the column (`coverage`).
    pub fn problem(&self, field: &str, message: impl Into<String>) -> Problem {
        let at = match self {
            Origin::Line(n) => {
                let column = field.trim_start_matches('/');
                let column = column.split('/').next().unwrap_or(column);
                if column.is_empty() {
                    format!("line {n}")
                } else {
                    format!("line {n}: {column}")
                }
            }
            Origin::Pointer(p) => format!("{p}{field}"),
        };
        Problem {
            at,
            message: message.into(),
        }
    }

    /// The problems of field errors of this record, such as those of
    /// `profile::validate` (whose fields are pointers into the profile).
    pub fn problems(&self, prefix: &str, errors: Vec<FieldError>) -> Vec<Problem> {
        errors
            .into_iter()
            .map(|e| self.problem(&format!("{prefix}{}", e.field), e.message))
            .collect()
    }
}

/// One data row of an initiatives CSV: its line and the cells it has, by column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    cells: BTreeMap<&'static str, String>,
}

/// Reads an initiatives CSV (with or without a byte-order mark): the header
/// names the columns (any of [`COLUMNS`], in any order, `slug`, `name` and
/// `kind` required), each later non-blank line is a row. Every problem of
/// the header and of the rows' shape is reported at once.
pub fn read_csv(text: &str) -> Result<Vec<Row>, Vec<Problem>> {
    let text = text.strip_prefix(crate::csv::BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut problems = Vec::new();
    let mut records = reader.records();
    let header = match records.next() {
        None => {
            return Err(vec![Problem {
                at: "line 1".into(),
                message: format!(
                    "the file is empty: expected a header such as `{}`",
                    COLUMNS.join(",")
                ),
            }]);
        }
        Some(Err(e)) => return Err(vec![csv_problem(text, &e)]),
        Some(Ok(h)) => h,
    };
    let mut columns: Vec<Option<&'static str>> = Vec::new();
    for name in header.iter().map(str::trim) {
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) if columns.contains(&Some(*c)) => problems.push(Problem {
                at: format!("line 1: {c}"),
                message: "appears twice in the header".into(),
            }),
            Some(c) => columns.push(Some(*c)),
            None => {
                problems.push(Problem {
                    at: format!("line 1: {name}"),
                    message: format!(
                        "is not a column of the initiatives CSV ({})",
                        COLUMNS.join(",")
                    ),
                });
                columns.push(None);
            }
        }
    }
    for required in REQUIRED {
        if !columns.contains(&Some(required)) {
            problems.push(Problem {
                at: format!("line 1: {required}"),
                message: "the header must have this column".into(),
            });
        }
    }
    let mut rows = Vec::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(csv_problem(text, &e));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| line_at(text, p.byte()));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() > columns.len() {
            problems.push(Problem {
                at: format!("line {line}"),
                message: format!(
                    "has {} cells but the header has {} columns",
                    record.len(),
                    columns.len()
                ),
            });
            continue;
        }
        let cells = columns
            .iter()
            .zip(record.iter())
            .filter_map(|(c, v)| c.map(|c| (c, crate::csv::read_cell(v.trim()).to_owned())))
            .collect();
        rows.push(Row { line, cells });
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// The line (from 1) of the record the CSV reader places at byte `offset`
/// of `text`: the reader's own count and offset skip no blank lines before
/// the record, so those are stepped over here.
fn line_at(text: &str, offset: u64) -> u64 {
    let bytes = text.as_bytes();
    let mut end = usize::try_from(offset).map_or(bytes.len(), |o| o.min(bytes.len()));
    while end < bytes.len() && matches!(bytes[end], b'\r' | b'\n') {
        end += 1;
    }
    bytes[..end].iter().filter(|b| **b == b'\n').count() as u64 + 1
}

fn csv_problem(text: &str, e: &csv::Error) -> Problem {
    let at = match e.position() {
        Some(p) => format!("line {}", line_at(text, p.byte())),
        None => "line ?".into(),
    };
    Problem {
        at,
        message: format!("is not valid CSV: {e}"),
    }
}

/// What an initiative is before a row applies: the profile as input, its
/// parent's slug and its status. A new initiative starts from [`Current::new`].
#[derive(Debug, Clone)]
pub struct Current {
    pub profile: ProfileInput,
    pub parent: Option<String>,
    pub status: InitiativeStatus,
}

impl Current {
    /// A new initiative: nothing set, `applicant`.
    pub fn new() -> Self {
        Self {
            profile: ProfileInput {
                name: String::new(),
                acronym: None,
                kind: None,
                country: None,
                coverage: vec![],
                un_region: None,
                established_year: None,
                description: BTreeMap::new(),
                working_languages: vec![],
                website: None,
                public_email: None,
                social_links: BTreeMap::new(),
            },
            parent: None,
            status: InitiativeStatus::Applicant,
        }
    }
}

impl Default for Current {
    fn default() -> Self {
        Self::new()
    }
}

impl Row {
    /// The row's slug, checked.
    pub fn slug(&self) -> Result<Slug, Problem> {
        let slug = self.cells.get("slug").map_or("", String::as_str);
        Slug::parse(slug).map_err(|m| self.origin().problem("/slug", m))
    }

    pub fn origin(&self) -> Origin {
        Origin::Line(self.line)
    }

    /// What this row asks the initiative to be: `current` with the row's
    /// cells applied. Cells that do not parse are problems; the profile's
    /// own rules are checked later, by `profile::validate`.
    pub fn apply_to(&self, current: Current) -> Result<Current, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut c = current;
        let origin = self.origin();
        let cell = |name: &str| self.cells.get(name).map(String::as_str);
        let optional = |v: &str| (!v.is_empty()).then(|| v.to_owned());
        let words = |v: &str| v.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        if let Some(v) = cell("name") {
            c.profile.name = v.to_owned();
        }
        if let Some(v) = cell("acronym") {
            c.profile.acronym = optional(v);
        }
        if let Some(v) = cell("kind") {
            c.profile.kind = match v {
                "" => None,
                v => InitiativeKind::parse(v)
                    .map_err(|m| problems.push(origin.problem("/kind", m)))
                    .ok(),
            };
        }
        if let Some(v) = cell("country") {
            c.profile.country = optional(v);
        }
        if let Some(v) = cell("coverage") {
            c.profile.coverage = words(v);
        }
        if let Some(v) = cell("un_region") {
            c.profile.un_region = match v {
                "" => None,
                v => UnRegion::parse(v)
                    .map_err(|m| problems.push(origin.problem("/un_region", m)))
                    .ok(),
            };
        }
        if let Some(v) = cell("parent") {
            c.parent = optional(v);
        }
        if let Some(v) = cell("website") {
            c.profile.website = optional(v);
        }
        if let Some(v) = cell("public_email") {
            c.profile.public_email = optional(v);
        }
        if let Some(v) = cell("established_year") {
            c.profile.established_year = match v {
                "" => None,
                v => v
                    .parse()
                    .map_err(|_| {
                        problems.push(
                            origin.problem("/established_year", format!("`{v}` is not a year")),
                        )
                    })
                    .ok(),
            };
        }
        if let Some(v) = cell("working_languages") {
            c.profile.working_languages = words(v);
        }
        if let Some(v) = cell("status").filter(|v| !v.is_empty()) {
            match InitiativeStatus::parse(v) {
                Ok(s) => c.status = s,
                Err(m) => problems.push(origin.problem("/status", m)),
            }
        }
        if problems.is_empty() {
            Ok(c)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(problems: Vec<Problem>) -> Vec<String> {
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn reads_the_exports_csv_back() {
        let text = "\u{feff}slug,name,acronym,kind,country,coverage,un_region,parent,website,public_email,established_year,working_languages,status\r\n\
            ci-igf,\"C\u{f4}te d'Ivoire IGF, \"\"CI\"\"\",,national,CI,,africa,,,,2012,fr en,recognized\r\n\
            x,'=HYPERLINK(\"x\"),,national,LR,,,,,,,,\r\n";
        let rows = read_csv(text).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].slug().unwrap().as_str(), "ci-igf");
        let c = rows[0].apply_to(Current::new()).unwrap();
        assert_eq!(c.profile.name, "C\u{f4}te d'Ivoire IGF, \"CI\"");
        assert_eq!(c.profile.working_languages, ["fr", "en"]);
        assert_eq!(c.profile.established_year, Some(2012));
        assert_eq!(c.profile.un_region, Some(UnRegion::Africa));
        assert_eq!(c.status, InitiativeStatus::Recognized);
        let x = rows[1].apply_to(Current::new()).unwrap();
        assert_eq!(
            x.profile.name, "=HYPERLINK(\"x\")",
            "the export's neutralising quote is taken off"
        );
        assert_eq!(
            x.status,
            InitiativeStatus::Applicant,
            "no status: applicant"
        );
    }

    #[test]
    fn columns_the_file_leaves_out_keep_what_is_stored() {
        let rows = read_csv("slug,name,kind\nlr-igf,Liberia IGF,national\n").unwrap();
        let mut current = Current::new();
        current.profile.country = Some("LR".into());
        current.profile.website = Some("https://lr.example".into());
        current.status = InitiativeStatus::Recognized;
        let c = rows[0].apply_to(current).unwrap();
        assert_eq!(c.profile.country.as_deref(), Some("LR"));
        assert_eq!(c.profile.website.as_deref(), Some("https://lr.example"));
        assert_eq!(c.status, InitiativeStatus::Recognized);
        // An empty cell clears.
        let rows = read_csv("slug,name,kind,website\nlr-igf,Liberia IGF,national,\n").unwrap();
        let mut current = Current::new();
        current.profile.website = Some("https://lr.example".into());
        assert_eq!(rows[0].apply_to(current).unwrap().profile.website, None);
    }

    #[test]
    fn every_problem_is_named_by_line_and_column() {
        let problems = read_csv("slug,name,colour\n").unwrap_err();
        assert_eq!(
            show(problems),
            [
                "line 1: colour: is not a column of the initiatives CSV (slug,name,acronym,kind,country,coverage,un_region,parent,website,public_email,established_year,working_languages,status)",
                "line 1: kind: the header must have this column",
            ]
        );
        let rows =
            read_csv("slug,name,kind,established_year,status\n\nBad Slug,A,galactic,soon,famous\n")
                .unwrap();
        assert_eq!(rows[0].line, 3, "blank lines are skipped but counted");
        assert!(
            rows[0]
                .slug()
                .unwrap_err()
                .to_string()
                .starts_with("line 3: slug: ")
        );
        let problems = show(rows[0].apply_to(Current::new()).unwrap_err());
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].starts_with("line 3: kind: `galactic` is not one of"));
        assert_eq!(
            problems[1],
            "line 3: established_year: `soon` is not a year"
        );
        assert!(problems[2].starts_with("line 3: status: `famous` is not one of"));
        assert_eq!(
            show(read_csv("slug,name,kind\na,b,national,extra\n").unwrap_err()),
            ["line 2: has 4 cells but the header has 3 columns"]
        );
    }

    #[test]
    fn json_records_name_problems_by_pointer() {
        let origin = Origin::Pointer("/initiatives/2".into());
        assert_eq!(
            origin.problem("/profile/country", "unknown").to_string(),
            "/initiatives/2/profile/country: unknown"
        );
        assert_eq!(
            Origin::Line(4)
                .problem("/coverage/3", "unknown")
                .to_string(),
            "line 4: coverage: unknown"
        );
    }
}
