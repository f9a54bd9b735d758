//! The aggregate of accepted annual reports for a scope (every initiative, a UN
//! region, the youth initiatives, or the initiatives feeding a regional forum)
//! and a year; which scopes a change to an initiative affects; and the CSV form
//! of an aggregate.
//!
//! Everything here is a pure function of the facts passed in. No database, no
//! I/O, no clock and no async belong here: loading facts, storing aggregates and
//! scheduling recomputation are the caller's work.
use crate::graph;
use crate::{InitiativeKind, InitiativeStatus, Level, ReportStatus, Slug, UnRegion};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// An initiative as the aggregation sees it.
#[derive(Debug, Clone)]
pub struct InitiativeFacts {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: InitiativeKind,
    pub un_region: UnRegion,
    pub status: InitiativeStatus,
    /// ids of the regional / sub-regional initiatives it declares it feeds into (directly)
    pub contributes_to: Vec<i64>,
    /// Its working languages (BCP 47), first the one its texts fall back to.
    pub working_languages: Vec<String>,
}

impl InitiativeFacts {
    /// Regional and sub-regional initiatives, which others feed into; each
    /// has a scope of its own.
    fn is_forum(&self) -> bool {
        self.kind.is_forum()
    }

    fn is_youth(&self) -> bool {
        self.kind == InitiativeKind::Youth
    }

    fn is_recognized(&self) -> bool {
        self.status == InitiativeStatus::Recognized
    }

    /// Whether its reports are public and so count in aggregates.
    pub fn reports_are_public(&self) -> bool {
        self.status.is_public()
    }
}

/// An accepted report (only accepted reports are aggregated).
#[derive(Debug, Clone)]
pub struct AcceptedReport {
    pub initiative_id: i64,
    pub year: i32,
    pub accepted_at: Option<DateTime<Utc>>,
    /// What it contributes to the aggregates of its year.
    pub contribution: Contribution,
}

/// What an initiative's accepted report for a year contributes to the
/// aggregates of that year: every figure and text [`fold`] reads from the
/// report, and nothing about the initiative (its name, status and links are
/// facts of the fold). The worker stores one per initiative and year, so an
/// aggregate is folded from contributions without reading any report again.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub edition: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub total: Option<u32>,
    pub online: Option<u32>,
    pub youth: Option<u32>,
    pub by_stakeholder_group: BTreeMap<String, u32>,
    pub by_gender: BTreeMap<String, u32>,
    pub themes: Vec<String>,
    /// language-keyed text ({"en": "...", "ro": "..."}) and a theme
    pub key_messages: Vec<(BTreeMap<String, String>, String)>,
    /// language-keyed text and "regional" | "global"
    pub recommendations: Vec<(BTreeMap<String, String>, String)>,
}

/// A set of initiatives an aggregate is computed for.
///
/// The derived order (Global, UN regions, Youth, forums; each by name) is the
/// order scopes are listed in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Scope {
    /// Every initiative.
    Global,
    /// The initiatives of one UN regional group.
    UnRegion(String),
    /// The youth initiatives.
    Youth,
    /// The initiatives feeding the regional or sub-regional forum with this slug.
    Initiative(String),
}

impl Scope {
    /// The stable text form: "global", "un-region/africa", "kind/youth",
    /// "initiative/west-africa-igf".
    pub fn key(&self) -> String {
        match self {
            Scope::Global => "global".to_owned(),
            Scope::UnRegion(region) => format!("un-region/{region}"),
            Scope::Youth => "kind/youth".to_owned(),
            Scope::Initiative(slug) => format!("initiative/{slug}"),
        }
    }

    /// Parses the form `key` produces; `None` for anything else, including
    /// unknown UN regions and words that are not a `Slug`.
    pub fn parse(key: &str) -> Option<Scope> {
        match key {
            "global" => return Some(Scope::Global),
            "kind/youth" => return Some(Scope::Youth),
            _ => {}
        }
        if let Some(region) = key.strip_prefix("un-region/") {
            return UnRegion::parse(region)
                .ok()
                .map(|r| Scope::UnRegion(r.as_str().to_owned()));
        }
        if let Some(slug) = key.strip_prefix("initiative/") {
            return Slug::parse(slug)
                .ok()
                .map(|slug| Scope::Initiative(slug.as_str().to_owned()));
        }
        None
    }
}

/// The aggregate of one scope's accepted reports for one year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aggregate {
    /// `Scope::key()` of the scope.
    pub scope: String,
    pub year: i32,
    /// Initiatives in scope with a public accepted report for the year, sorted by slug.
    pub contributing: Vec<ContributingReport>,
    /// How many initiatives in scope contribute a report (`contributing.len()`).
    pub reporting: usize,
    /// How many initiatives in scope are "recognized".
    pub recognised: usize,
    pub participation: ParticipationTotals,
    /// Ranked: most initiatives first; ties broken by theme name ascending.
    pub themes: Vec<ThemeCount>,
    /// Grouped by theme: most initiatives first, ties by theme name; inside a
    /// group, by initiative slug then the report's own order.
    pub key_messages: Vec<ThemeMessages>,
    pub recommendations: Recommendations,
    /// Recognised initiatives in scope with no accepted report for the year, sorted by slug.
    pub missing: Vec<MissingInitiative>,
}

/// The counts of an aggregate that a scope's history across the years
/// shows (the reporting rate and the participants of each year): the
/// aggregate's own `reporting`, `recognised` and `participation` figures,
/// stored beside its body so that a history reads no body, and read from a
/// body (`serde_json::from_str`) stored without them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct Summary {
    pub reporting: u64,
    pub recognised: u64,
    pub participation: SummaryParticipation,
}

/// The participation figures of a [`Summary`]: those of the aggregate's
/// `participation` of the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct SummaryParticipation {
    pub total: u64,
    pub online: u64,
    pub youth: u64,
}

impl Aggregate {
    /// Its counts, as a history shows them.
    pub fn summary(&self) -> Summary {
        Summary {
            reporting: self.reporting as u64,
            recognised: self.recognised as u64,
            participation: SummaryParticipation {
                total: self.participation.total,
                online: self.participation.online,
                youth: self.participation.youth,
            },
        }
    }
}

/// One initiative's report as a line of the aggregate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContributingReport {
    pub slug: String,
    pub name: String,
    pub kind: String,
    /// The initiative's working languages, first the one its texts fall
    /// back to for a reader whose language they were not written in.
    pub working_languages: Vec<String>,
    pub edition: Option<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// The report's total participants, as reported.
    pub participants: Option<u32>,
    pub report_url: String,
}

/// Participation summed over the contributing reports; missing figures count as 0.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParticipationTotals {
    pub total: u64,
    pub online: u64,
    /// online / total, 0.0 when total is 0
    pub online_share: f64,
    pub youth: u64,
    pub by_stakeholder_group: BTreeMap<String, u64>,
    pub by_gender: BTreeMap<String, u64>,
}

/// A theme and how widely it was raised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeCount {
    pub theme: String,
    /// how many initiatives raised it (a theme listed twice by one report, or in
    /// themes and key messages, counts once per initiative)
    pub initiatives: usize,
}

/// The key messages given under one theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeMessages {
    pub theme: String,
    pub messages: Vec<AttributedText>,
}

/// A language-keyed text with the initiative and report it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AttributedText {
    pub text: BTreeMap<String, String>,
    /// The initiative's slug.
    pub initiative: String,
    pub initiative_name: String,
    pub report_url: String,
}

/// Recommendations, split by whom they address.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendations {
    pub regional: Vec<AttributedText>,
    pub global: Vec<AttributedText>,
}

/// A recognised initiative that has not reported for the year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissingInitiative {
    pub slug: String,
    pub name: String,
    /// Its report for the year is past due and not submitted (see [`is_overdue`]).
    pub overdue: bool,
}

/// A report opened for a year, as the overdue rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenedReport {
    pub status: ReportStatus,
    pub due_date: Option<NaiveDate>,
}

/// Whether an initiative's report for `year` is overdue on `today`: past its
/// due date and neither submitted nor accepted. Without a report opened (or a
/// due date: no event dates), it is due on 31 March of the next year.
pub fn is_overdue(year: i32, today: NaiveDate, opened: Option<OpenedReport>) -> bool {
    let default_due = NaiveDate::from_ymd_opt(year + 1, 3, 31);
    let due = opened.and_then(|r| r.due_date).or(default_due);
    let unsubmitted =
        opened.is_none_or(|r| matches!(r.status, ReportStatus::Draft | ReportStatus::Returned));
    unsubmitted && due.is_some_and(|d| d < today)
}

/// Marks the missing initiatives of `agg` whose report is overdue on `today`;
/// `opened` holds the reports opened for the aggregate's year, by slug.
pub fn mark_overdue(
    agg: &mut Aggregate,
    today: NaiveDate,
    opened: &BTreeMap<String, OpenedReport>,
) {
    for m in &mut agg.missing {
        m.overdue = is_overdue(agg.year, today, opened.get(&m.slug).copied());
    }
}

/// The initiatives in `scope`, sorted by slug:
/// - Global: every initiative;
/// - UnRegion(r): those whose un_region == r;
/// - Youth: kind == "youth";
/// - Initiative(slug): every initiative that contributes to that forum, directly
///   or transitively through others (not the forum itself), each once even when
///   it reaches the forum by two paths. Unknown slug → empty.
///
/// Cycles (which the registry forbids) do not loop forever.
pub fn members<'a>(scope: &Scope, initiatives: &'a [InitiativeFacts]) -> Vec<&'a InitiativeFacts> {
    let mut found: Vec<&InitiativeFacts> = match scope {
        Scope::Global => initiatives.iter().collect(),
        Scope::UnRegion(region) => initiatives
            .iter()
            .filter(|i| i.un_region.as_str() == region)
            .collect(),
        Scope::Youth => initiatives.iter().filter(|i| i.is_youth()).collect(),
        Scope::Initiative(slug) => contributors_of(slug, initiatives),
    };
    found.sort_by(|a, b| (&a.slug, a.id).cmp(&(&b.slug, b.id)));
    found
}

/// Every initiative feeding the forum `slug` directly or through others, the
/// forum itself excluded (see `domain::graph`).
fn contributors_of<'a>(slug: &str, initiatives: &'a [InitiativeFacts]) -> Vec<&'a InitiativeFacts> {
    let forum_ids: BTreeSet<i64> = initiatives
        .iter()
        .filter(|i| i.slug == slug)
        .map(|i| i.id)
        .collect();
    let reached = graph::contributors_of(&forum_ids, &links(initiatives));
    initiatives
        .iter()
        .filter(|i| reached.contains(&i.id))
        .collect()
}

/// Every declared link `(initiative, forum)`.
fn links(initiatives: &[InitiativeFacts]) -> Vec<(i64, i64)> {
    initiatives
        .iter()
        .flat_map(|i| i.contributes_to.iter().map(move |&to| (i.id, to)))
        .collect()
}

/// A contributing initiative with what its report contributes.
struct Source<'a> {
    initiative: &'a InitiativeFacts,
    report: &'a Contribution,
    report_url: String,
}

impl Source<'_> {
    fn attribute(&self, text: &BTreeMap<String, String>) -> AttributedText {
        AttributedText {
            text: text.clone(),
            initiative: self.initiative.slug.clone(),
            initiative_name: self.initiative.name.clone(),
            report_url: self.report_url.clone(),
        }
    }
}

/// Computes the aggregate of `scope` for `year` from accepted reports: the
/// [`fold`] of their [`contributions`].
pub fn compute(
    scope: &Scope,
    year: i32,
    initiatives: &[InitiativeFacts],
    reports: &[AcceptedReport],
    report_url: &dyn Fn(&str, i32) -> String,
) -> Aggregate {
    fold(
        scope,
        year,
        initiatives,
        &contributions(year, reports),
        report_url,
    )
}

/// Each initiative's contribution to `year`, by initiative id. Reports of
/// other years are ignored. Should an initiative have several accepted
/// reports for the year, the most recently accepted one counts.
pub fn contributions(year: i32, reports: &[AcceptedReport]) -> HashMap<i64, &Contribution> {
    let mut latest: HashMap<i64, &AcceptedReport> = HashMap::new();
    for r in reports.iter().filter(|r| r.year == year) {
        // `>=`: of equally recent ones, the last counts.
        if latest
            .get(&r.initiative_id)
            .is_none_or(|held| r.accepted_at >= held.accepted_at)
        {
            latest.insert(r.initiative_id, r);
        }
    }
    latest
        .into_iter()
        .map(|(id, r)| (id, &r.contribution))
        .collect()
}

/// Folds the contributions to `year` of the initiatives in `scope` into its
/// aggregate; `contributions` holds them by initiative id (those of
/// initiatives out of scope are ignored, so one map serves every scope).
///
/// `report_url(slug, year)` builds the link to a source report. Only
/// initiatives whose status is "recognized" or "lapsed" contribute reports (a
/// suspended or withdrawn initiative's reports are not public); `recognised`
/// counts status "recognized" only; `missing` lists recognized initiatives in
/// scope without a contribution; missing figures count as 0.
pub fn fold<C: Borrow<Contribution>>(
    scope: &Scope,
    year: i32,
    initiatives: &[InitiativeFacts],
    contributions: &HashMap<i64, C>,
    report_url: &dyn Fn(&str, i32) -> String,
) -> Aggregate {
    let in_scope = members(scope, initiatives);
    let sources: Vec<Source> = in_scope
        .iter()
        .filter(|i| i.reports_are_public())
        .filter_map(|&initiative| {
            contributions.get(&initiative.id).map(|c| Source {
                initiative,
                report: c.borrow(),
                report_url: report_url(&initiative.slug, year),
            })
        })
        .collect();
    Aggregate {
        scope: scope.key(),
        year,
        contributing: sources.iter().map(contributing_report).collect(),
        reporting: sources.len(),
        recognised: in_scope.iter().filter(|i| i.is_recognized()).count(),
        participation: participation(&sources),
        themes: theme_ranking(&sources),
        key_messages: key_messages_by_theme(&sources),
        recommendations: recommendations(&sources),
        missing: in_scope
            .iter()
            .filter(|i| i.is_recognized() && !contributions.contains_key(&i.id))
            .map(|i| MissingInitiative {
                slug: i.slug.clone(),
                name: i.name.clone(),
                overdue: false,
            })
            .collect(),
    }
}

fn contributing_report(source: &Source) -> ContributingReport {
    let (i, r) = (source.initiative, source.report);
    ContributingReport {
        slug: i.slug.clone(),
        name: i.name.clone(),
        kind: i.kind.as_str().to_owned(),
        working_languages: i.working_languages.clone(),
        edition: r.edition.clone(),
        start_date: r.start_date,
        end_date: r.end_date,
        participants: r.total,
        report_url: source.report_url.clone(),
    }
}

fn participation(sources: &[Source]) -> ParticipationTotals {
    let figure = |n: Option<u32>| u64::from(n.unwrap_or(0));
    let mut by_stakeholder_group = BTreeMap::new();
    let mut by_gender = BTreeMap::new();
    for s in sources {
        add_counts(&mut by_stakeholder_group, &s.report.by_stakeholder_group);
        add_counts(&mut by_gender, &s.report.by_gender);
    }
    let total: u64 = sources.iter().map(|s| figure(s.report.total)).sum();
    let online: u64 = sources.iter().map(|s| figure(s.report.online)).sum();
    ParticipationTotals {
        total,
        online,
        online_share: share(online, total),
        youth: sources.iter().map(|s| figure(s.report.youth)).sum(),
        by_stakeholder_group,
        by_gender,
    }
}

fn add_counts(sum: &mut BTreeMap<String, u64>, counts: &BTreeMap<String, u32>) {
    for (key, &n) in counts {
        *sum.entry(key.clone()).or_default() += u64::from(n);
    }
}

/// `part / whole`, 0.0 when `whole` is 0.
fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Themes by how many initiatives raised them, in a report's themes or key messages.
fn theme_ranking(sources: &[Source]) -> Vec<ThemeCount> {
    let mut raised_by: BTreeMap<&str, BTreeSet<i64>> = BTreeMap::new();
    for s in sources {
        let listed = s.report.themes.iter();
        let of_messages = s.report.key_messages.iter().map(|(_, theme)| theme);
        for theme in listed.chain(of_messages) {
            raised_by.entry(theme).or_default().insert(s.initiative.id);
        }
    }
    ranked(raised_by)
        .map(|(theme, initiatives)| ThemeCount {
            theme: theme.to_owned(),
            initiatives: initiatives.len(),
        })
        .collect()
}

/// Key messages grouped by theme, groups ranked by how many initiatives gave one.
/// `sources` are in slug order, so each group is by slug then the report's order.
fn key_messages_by_theme(sources: &[Source]) -> Vec<ThemeMessages> {
    let mut initiatives: BTreeMap<&str, BTreeSet<i64>> = BTreeMap::new();
    let mut messages: BTreeMap<&str, Vec<AttributedText>> = BTreeMap::new();
    for s in sources {
        for (text, theme) in &s.report.key_messages {
            initiatives
                .entry(theme)
                .or_default()
                .insert(s.initiative.id);
            messages.entry(theme).or_default().push(s.attribute(text));
        }
    }
    ranked(initiatives)
        .map(|(theme, _)| ThemeMessages {
            theme: theme.to_owned(),
            messages: messages.remove(theme).unwrap_or_default(),
        })
        .collect()
}

/// Themes with the initiatives behind them: most initiatives first, ties by theme name.
fn ranked(by_theme: BTreeMap<&str, BTreeSet<i64>>) -> impl Iterator<Item = (&str, BTreeSet<i64>)> {
    let mut themes: Vec<_> = by_theme.into_iter().collect();
    themes.sort_by(|(a, a_by), (b, b_by)| b_by.len().cmp(&a_by.len()).then_with(|| a.cmp(b)));
    themes.into_iter()
}

/// Recommendations split by addressee; any addressee other than "regional" or
/// "global" is left out.
fn recommendations(sources: &[Source]) -> Recommendations {
    let mut split = Recommendations {
        regional: Vec::new(),
        global: Vec::new(),
    };
    for s in sources {
        for (text, addressee) in &s.report.recommendations {
            match Level::parse(addressee) {
                Ok(Level::Regional) => split.regional.push(s.attribute(text)),
                Ok(Level::Global) => split.global.push(s.attribute(text)),
                Err(_) => {}
            }
        }
    }
    split
}

/// The years every scope has an aggregate for: from the first year any report
/// was opened for (`report_years`, whatever their status) through
/// `current_year` (the caller's clock), and any later report year. With no
/// report at all, the current year alone: who is missing shows from day one.
pub fn years_to_cover(
    report_years: impl IntoIterator<Item = i32>,
    current_year: i32,
) -> BTreeSet<i32> {
    let mut years: BTreeSet<i32> = report_years.into_iter().collect();
    let first = years
        .first()
        .copied()
        .unwrap_or(current_year)
        .min(current_year);
    years.extend(first..=current_year);
    years
}

/// The scopes whose aggregate a change to `initiative_id` can alter: Global;
/// its UN region; Youth if it is a youth initiative; `Initiative(F)` for every
/// regional or sub-regional F it reaches through its links, transitively.
///
/// The facts may hold several entries for one id (the caller passes the union
/// of old and new facts when links change); all of them are taken into account.
/// An id absent from the facts yields Global alone. Sorted, without duplicates.
pub fn affected_scopes(initiative_id: i64, initiatives: &[InitiativeFacts]) -> Vec<Scope> {
    let mut scopes = BTreeSet::from([Scope::Global]);
    for own in initiatives.iter().filter(|i| i.id == initiative_id) {
        scopes.insert(Scope::UnRegion(own.un_region.as_str().to_owned()));
        if own.is_youth() {
            scopes.insert(Scope::Youth);
        }
    }
    let reached = graph::forums_reached(initiative_id, &links(initiatives));
    scopes.extend(
        initiatives
            .iter()
            .filter(|i| reached.contains(&i.id) && i.is_forum())
            .map(|forum| Scope::Initiative(forum.slug.clone())),
    );
    scopes.into_iter().collect()
}

/// Every scope that exists for these initiatives: Global, the five UN regions,
/// Youth, and `Initiative(slug)` for every regional or sub-regional initiative. Sorted.
pub fn all_scopes(initiatives: &[InitiativeFacts]) -> Vec<Scope> {
    let mut scopes = BTreeSet::from([Scope::Global, Scope::Youth]);
    scopes.extend(
        UnRegion::ALL
            .iter()
            .map(|r| Scope::UnRegion(r.as_str().to_owned())),
    );
    scopes.extend(
        initiatives
            .iter()
            .filter(|i| i.is_forum())
            .map(|forum| Scope::Initiative(forum.slug.clone())),
    );
    scopes.into_iter().collect()
}

const CSV_HEADER: [&str; 9] = [
    "slug",
    "name",
    "kind",
    "kind_name",
    "edition",
    "start_date",
    "end_date",
    "participants",
    "report_url",
];

/// CSV of an aggregate: a header row, then one row per contributing initiative:
/// slug,name,kind,kind_name,edition,start_date,end_date,participants,report_url,
/// `kind_name` as `names("kind", kind)` gives it (the caller's English words).
/// Spreadsheet-safe as every CSV of the service ([`crate::csv`]): a byte-order
/// mark, RFC 4180 quoting, CRLF, formula-like cells neutralised. Absent
/// values are empty fields; dates are YYYY-MM-DD.
pub fn to_csv(a: &Aggregate, names: &dyn Fn(&str, &str) -> String) -> String {
    let mut out = crate::csv::Writer::new();
    out.row(&CSV_HEADER);
    for c in &a.contributing {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        out.row(&[
            c.slug.clone(),
            c.name.clone(),
            c.kind.clone(),
            names("kind", &c.kind),
            c.edition.clone().unwrap_or_default(),
            date(c.start_date),
            date(c.end_date),
            c.participants.map(|n| n.to_string()).unwrap_or_default(),
            c.report_url.clone(),
        ]);
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIBERIA: i64 = 1;
    const WEST_AFRICA: i64 = 2;
    const AFRICAN: i64 = 3;
    const GHANA: i64 = 4;
    const MOLDOVA: i64 = 5;
    const AFRICA_YOUTH: i64 = 6;
    const SUSPENDED: i64 = 7;

    fn nri(
        id: i64,
        slug: &str,
        kind: &str,
        un_region: &str,
        status: &str,
        contributes_to: &[i64],
    ) -> InitiativeFacts {
        InitiativeFacts {
            id,
            slug: slug.to_owned(),
            name: format!("Name of {slug}"),
            kind: kind.parse().unwrap(),
            un_region: un_region.parse().unwrap(),
            status: status.parse().unwrap(),
            contributes_to: contributes_to.to_vec(),
            working_languages: vec!["en".to_owned()],
        }
    }

    /// Liberia → West Africa IGF → African IGF, and Liberia → African IGF directly.
    #[rustfmt::skip]
    fn fixture() -> Vec<InitiativeFacts> {
        vec![
            nri(LIBERIA, "liberia-igf", "national", "africa", "recognized", &[WEST_AFRICA, AFRICAN]),
            nri(WEST_AFRICA, "west-africa-igf", "subregional", "africa", "recognized", &[AFRICAN]),
            nri(AFRICAN, "african-igf", "regional", "africa", "recognized", &[]),
            nri(GHANA, "ghana-igf", "national", "africa", "recognized", &[WEST_AFRICA]),
            nri(MOLDOVA, "moldova-igf", "national", "eastern_europe", "recognized", &[]),
            nri(AFRICA_YOUTH, "africa-youth-igf", "youth", "africa", "recognized", &[AFRICAN]),
            nri(SUSPENDED, "suspended-igf", "national", "africa", "suspended", &[]),
        ]
    }

    fn report(initiative_id: i64, year: i32) -> AcceptedReport {
        reported(initiative_id, year, Contribution::default())
    }

    fn reported(initiative_id: i64, year: i32, contribution: Contribution) -> AcceptedReport {
        AcceptedReport {
            initiative_id,
            year,
            accepted_at: None,
            contribution,
        }
    }

    fn with_total(initiative_id: i64, year: i32, total: u32) -> AcceptedReport {
        reported(
            initiative_id,
            year,
            Contribution {
                total: Some(total),
                ..Contribution::default()
            },
        )
    }

    fn counts(pairs: &[(&str, u32)]) -> BTreeMap<String, u32> {
        pairs.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect()
    }

    fn text(en: &str) -> BTreeMap<String, String> {
        BTreeMap::from([("en".to_owned(), en.to_owned())])
    }

    fn url(slug: &str, year: i32) -> String {
        format!("https://nri.example/initiatives/{slug}/reports/{year}")
    }

    fn aggregate(scope: &Scope, year: i32, reports: &[AcceptedReport]) -> Aggregate {
        compute(scope, year, &fixture(), reports, &url)
    }

    fn africa() -> Scope {
        Scope::UnRegion("africa".to_owned())
    }

    fn slugs_of(a: &Aggregate) -> Vec<&str> {
        a.contributing.iter().map(|c| c.slug.as_str()).collect()
    }

    fn member_slugs(scope: &Scope, initiatives: &[InitiativeFacts]) -> Vec<String> {
        members(scope, initiatives)
            .into_iter()
            .map(|i| i.slug.clone())
            .collect()
    }

    #[test]
    fn breakdowns_are_summed_and_missing_figures_count_as_zero() {
        let liberia = reported(
            LIBERIA,
            2024,
            Contribution {
                total: Some(100),
                online: Some(40),
                youth: None,
                by_stakeholder_group: counts(&[("civil_society", 30), ("government", 20)]),
                by_gender: counts(&[("female", 50), ("male", 45)]),
                ..Contribution::default()
            },
        );
        let ghana = reported(
            GHANA,
            2024,
            Contribution {
                total: Some(60),
                online: None,
                youth: Some(10),
                by_stakeholder_group: counts(&[("civil_society", 5), ("private_sector", 10)]),
                by_gender: counts(&[("female", 30)]),
                ..Contribution::default()
            },
        );
        let a = aggregate(&africa(), 2024, &[liberia, ghana]);

        assert_eq!(slugs_of(&a), ["ghana-igf", "liberia-igf"]);
        assert_eq!(a.reporting, 2);
        let p = &a.participation;
        assert_eq!((p.total, p.online, p.youth), (160, 40, 10));
        assert!((p.online_share - 0.25).abs() < 1e-12);
        assert_eq!(
            p.by_stakeholder_group,
            BTreeMap::from([
                ("civil_society".to_owned(), 35),
                ("government".to_owned(), 20),
                ("private_sector".to_owned(), 10),
            ])
        );
        assert_eq!(
            p.by_gender,
            BTreeMap::from([("female".to_owned(), 80), ("male".to_owned(), 45)])
        );
        assert_eq!(a.contributing[0].participants, Some(60));
        assert_eq!(a.contributing[0].report_url, url("ghana-igf", 2024));
    }

    #[test]
    fn the_summary_is_the_aggregates_own_counts_and_reads_from_its_json() {
        let liberia = reported(
            LIBERIA,
            2024,
            Contribution {
                total: Some(100),
                online: Some(40),
                youth: Some(7),
                ..Contribution::default()
            },
        );
        let a = aggregate(&africa(), 2024, &[liberia, with_total(GHANA, 2024, 60)]);
        let summary = a.summary();
        let expected = Summary {
            reporting: 2,
            recognised: 5,
            participation: SummaryParticipation {
                total: 160,
                online: 40,
                youth: 7,
            },
        };
        assert_eq!(summary, expected);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(serde_json::from_str::<Summary>(&json).unwrap(), summary);
    }

    #[test]
    fn online_share_is_zero_without_participants() {
        let a = aggregate(&africa(), 2024, &[report(LIBERIA, 2024)]);
        assert_eq!(a.reporting, 1);
        assert_eq!(a.participation.total, 0);
        assert_eq!(a.participation.online_share, 0.0);
    }

    #[test]
    fn themes_rank_by_initiatives_then_name_and_count_once_per_initiative() {
        let liberia = reported(
            LIBERIA,
            2024,
            Contribution {
                themes: vec!["ai".into(), "access".into(), "ai".into()],
                key_messages: vec![
                    (text("L1"), "security".into()),
                    (text("L2"), "access".into()),
                ],
                ..Contribution::default()
            },
        );
        let ghana = reported(
            GHANA,
            2024,
            Contribution {
                themes: vec!["ai".into(), "access".into()],
                key_messages: vec![(text("G1"), "cybersecurity".into())],
                ..Contribution::default()
            },
        );
        let a = aggregate(&africa(), 2024, &[liberia, ghana]);
        let ranking: Vec<(&str, usize)> = a
            .themes
            .iter()
            .map(|t| (t.theme.as_str(), t.initiatives))
            .collect();
        assert_eq!(
            ranking,
            [
                ("access", 2),
                ("ai", 2),
                ("cybersecurity", 1),
                ("security", 1)
            ]
        );
    }

    #[test]
    fn key_messages_are_grouped_ranked_and_attributed() {
        let liberia = reported(
            LIBERIA,
            2024,
            Contribution {
                key_messages: vec![
                    (text("L1"), "access".into()),
                    (text("L2"), "security".into()),
                    (text("L3"), "access".into()),
                    (text("L4"), "access".into()),
                ],
                ..Contribution::default()
            },
        );
        let ghana = reported(
            GHANA,
            2024,
            Contribution {
                key_messages: vec![(text("G1"), "security".into())],
                ..Contribution::default()
            },
        );
        // Security is given by two initiatives, access by one (with more messages).
        let a = aggregate(&africa(), 2024, &[liberia, ghana]);
        let groups: Vec<(&str, Vec<(&str, &str)>)> = a
            .key_messages
            .iter()
            .map(|g| {
                let messages = g
                    .messages
                    .iter()
                    .map(|m| (m.initiative.as_str(), m.text["en"].as_str()))
                    .collect();
                (g.theme.as_str(), messages)
            })
            .collect();
        assert_eq!(
            groups,
            [
                ("security", vec![("ghana-igf", "G1"), ("liberia-igf", "L2")]),
                (
                    "access",
                    vec![
                        ("liberia-igf", "L1"),
                        ("liberia-igf", "L3"),
                        ("liberia-igf", "L4")
                    ]
                ),
            ]
        );
        let first = &a.key_messages[0].messages[0];
        assert_eq!(first.initiative_name, "Name of ghana-igf");
        assert_eq!(first.report_url, url("ghana-igf", 2024));
    }

    #[test]
    fn recommendations_are_split_by_addressee() {
        let liberia = reported(
            LIBERIA,
            2024,
            Contribution {
                recommendations: vec![
                    (text("to the region"), "regional".into()),
                    (text("to the world"), "global".into()),
                    (text("to nobody"), "local".into()),
                ],
                ..Contribution::default()
            },
        );
        let r = aggregate(&africa(), 2024, &[liberia]).recommendations;
        let texts = |v: &[AttributedText]| -> Vec<String> {
            v.iter().map(|t| t.text["en"].clone()).collect()
        };
        assert_eq!(texts(&r.regional), ["to the region"]);
        assert_eq!(texts(&r.global), ["to the world"]);
        assert_eq!(r.global[0].initiative, "liberia-igf");
    }

    #[test]
    fn a_report_not_opened_is_overdue_after_31_march_of_the_next_year() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert!(!is_overdue(2025, day(2026, 3, 31), None));
        assert!(is_overdue(2025, day(2026, 4, 1), None));
        let draft = |due| OpenedReport {
            status: ReportStatus::Draft,
            due_date: due,
        };
        assert!(is_overdue(
            2025,
            day(2026, 2, 1),
            Some(draft(Some(day(2026, 1, 15))))
        ));
        assert!(!is_overdue(2025, day(2026, 2, 1), Some(draft(None))));
        let submitted = OpenedReport {
            status: ReportStatus::Submitted,
            due_date: Some(day(2026, 1, 15)),
        };
        assert!(!is_overdue(2025, day(2026, 6, 1), Some(submitted)));
    }

    #[test]
    fn years_run_from_the_first_report_to_the_current_year() {
        assert_eq!(
            years_to_cover([], 2026).into_iter().collect::<Vec<_>>(),
            [2026]
        );
        assert_eq!(
            years_to_cover([2023, 2025, 2023], 2026)
                .into_iter()
                .collect::<Vec<_>>(),
            [2023, 2024, 2025, 2026]
        );
        // A report opened for a later year is covered too.
        assert_eq!(
            years_to_cover([2027], 2026).into_iter().collect::<Vec<_>>(),
            [2026, 2027]
        );
    }

    #[test]
    fn missing_lists_recognised_non_reporters_and_suspended_reports_are_left_out() {
        let reports = [
            with_total(LIBERIA, 2024, 100),
            with_total(SUSPENDED, 2024, 500),
        ];
        let a = aggregate(&africa(), 2024, &reports);

        assert_eq!(slugs_of(&a), ["liberia-igf"]);
        assert_eq!(a.reporting, 1);
        assert_eq!(a.participation.total, 100);
        // Liberia, West Africa, African, Ghana and the youth IGF; not the suspended one.
        assert_eq!(a.recognised, 5);
        let missing: Vec<&str> = a.missing.iter().map(|m| m.slug.as_str()).collect();
        assert_eq!(
            missing,
            [
                "africa-youth-igf",
                "african-igf",
                "ghana-igf",
                "west-africa-igf"
            ]
        );
        assert_eq!(a.missing[2].name, "Name of ghana-igf");
    }

    #[test]
    fn a_lapsed_initiative_contributes_but_is_neither_recognised_nor_missing() {
        let mut initiatives = fixture();
        initiatives.push(nri(8, "lapsed-igf", "national", "africa", "lapsed", &[]));
        let a = compute(
            &africa(),
            2024,
            &initiatives,
            &[with_total(8, 2024, 7)],
            &url,
        );
        assert_eq!(slugs_of(&a), ["lapsed-igf"]);
        assert_eq!(a.participation.total, 7);
        assert_eq!(a.recognised, 5);
        assert!(a.missing.iter().all(|m| m.slug != "lapsed-igf"));

        let none = compute(&africa(), 2023, &initiatives, &[], &url);
        assert!(none.missing.iter().all(|m| m.slug != "lapsed-igf"));
    }

    #[test]
    fn a_youth_initiative_is_in_youth_and_its_region_only() {
        let initiatives = fixture();
        assert_eq!(
            member_slugs(&Scope::Youth, &initiatives),
            ["africa-youth-igf"]
        );
        assert!(member_slugs(&africa(), &initiatives).contains(&"africa-youth-igf".to_owned()));
        let eastern_europe = Scope::UnRegion("eastern_europe".to_owned());
        assert_eq!(member_slugs(&eastern_europe, &initiatives), ["moldova-igf"]);

        let reports = [with_total(AFRICA_YOUTH, 2024, 25)];
        assert_eq!(
            slugs_of(&aggregate(&Scope::Youth, 2024, &reports)),
            ["africa-youth-igf"]
        );
        assert_eq!(
            slugs_of(&aggregate(&africa(), 2024, &reports)),
            ["africa-youth-igf"]
        );
        assert_eq!(aggregate(&eastern_europe, 2024, &reports).reporting, 0);
    }

    #[test]
    fn two_paths_to_a_forum_count_once() {
        let african = Scope::Initiative("african-igf".to_owned());
        assert_eq!(
            member_slugs(&african, &fixture()),
            [
                "africa-youth-igf",
                "ghana-igf",
                "liberia-igf",
                "west-africa-igf"
            ]
        );
        let a = aggregate(&african, 2024, &[with_total(LIBERIA, 2024, 100)]);
        assert_eq!(a.reporting, 1);
        assert_eq!(slugs_of(&a), ["liberia-igf"]);
        assert_eq!(a.participation.total, 100);
        assert_eq!(a.scope, "initiative/african-igf");
    }

    #[test]
    fn a_forum_scope_holds_only_its_contributors() {
        let initiatives = fixture();
        let west_africa = Scope::Initiative("west-africa-igf".to_owned());
        assert_eq!(
            member_slugs(&west_africa, &initiatives),
            ["ghana-igf", "liberia-igf"]
        );
        let unknown = Scope::Initiative("atlantis-igf".to_owned());
        assert!(members(&unknown, &initiatives).is_empty());
    }

    #[test]
    fn cycles_terminate() {
        let looped = vec![
            nri(1, "a-igf", "regional", "weog", "recognized", &[2]),
            nri(2, "b-igf", "subregional", "weog", "recognized", &[1]),
            nri(3, "c-igf", "national", "weog", "recognized", &[2]),
        ];
        assert_eq!(
            member_slugs(&Scope::Initiative("a-igf".to_owned()), &looped),
            ["b-igf", "c-igf"]
        );
        assert_eq!(
            affected_scopes(1, &looped),
            [
                Scope::Global,
                Scope::UnRegion("weog".to_owned()),
                Scope::Initiative("b-igf".to_owned()),
            ]
        );
    }

    #[test]
    fn affected_scopes_follow_region_kind_and_links() {
        let initiatives = fixture();
        assert_eq!(
            affected_scopes(LIBERIA, &initiatives),
            [
                Scope::Global,
                africa(),
                Scope::Initiative("african-igf".to_owned()),
                Scope::Initiative("west-africa-igf".to_owned()),
            ]
        );
        let moldova = affected_scopes(MOLDOVA, &initiatives);
        assert_eq!(
            moldova,
            [Scope::Global, Scope::UnRegion("eastern_europe".to_owned())]
        );
        assert!(!moldova.contains(&africa()));
        assert!(affected_scopes(AFRICA_YOUTH, &initiatives).contains(&Scope::Youth));
        assert_eq!(affected_scopes(999, &initiatives), [Scope::Global]);
    }

    #[test]
    fn affected_scopes_take_old_and_new_facts_together() {
        // Ghana moves from West Africa IGF to a direct link with African IGF,
        // and (hypothetically) to another region: both sides are affected.
        let mut initiatives = fixture();
        initiatives.push(nri(
            GHANA,
            "ghana-igf",
            "national",
            "weog",
            "recognized",
            &[AFRICAN],
        ));
        let scopes = affected_scopes(GHANA, &initiatives);
        assert!(scopes.contains(&africa()));
        assert!(scopes.contains(&Scope::UnRegion("weog".to_owned())));
        assert!(scopes.contains(&Scope::Initiative("west-africa-igf".to_owned())));
        assert!(scopes.contains(&Scope::Initiative("african-igf".to_owned())));
    }

    #[test]
    fn all_scopes_lists_fixed_scopes_and_forums() {
        let scopes: Vec<String> = all_scopes(&fixture()).iter().map(Scope::key).collect();
        assert_eq!(
            scopes,
            [
                "global",
                "un-region/africa",
                "un-region/asia_pacific",
                "un-region/eastern_europe",
                "un-region/grulac",
                "un-region/weog",
                "kind/youth",
                "initiative/african-igf",
                "initiative/west-africa-igf",
            ]
        );
    }

    #[test]
    fn scope_keys_round_trip_and_bad_keys_are_refused() {
        for scope in all_scopes(&fixture()) {
            assert_eq!(Scope::parse(&scope.key()), Some(scope));
        }
        for bad in [
            "un-region/mars",
            "initiative/",
            "nope",
            "",
            "Global",
            "un-region/",
            "kind/national",
            "initiative/West Africa",
            "initiative/a/b",
        ] {
            assert_eq!(Scope::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn csv_quotes_commas_and_quotes() {
        let mut initiatives = fixture();
        initiatives[0].name = "Liberia \"IGF\", national".to_owned();
        let liberia = reported(
            LIBERIA,
            2024,
            Contribution {
                edition: Some("5th".to_owned()),
                start_date: NaiveDate::from_ymd_opt(2024, 9, 10),
                end_date: NaiveDate::from_ymd_opt(2024, 9, 11),
                total: Some(120),
                ..Contribution::default()
            },
        );
        let reports = [liberia, report(GHANA, 2024)];
        let a = compute(&africa(), 2024, &initiatives, &reports, &url);
        assert_eq!(
            to_csv(&a, &|vocabulary, code| format!("{vocabulary} {code}")),
            "\u{feff}slug,name,kind,kind_name,edition,start_date,end_date,participants,report_url\r\n\
             ghana-igf,Name of ghana-igf,national,kind national,,,,,\
             https://nri.example/initiatives/ghana-igf/reports/2024\r\n\
             liberia-igf,\"Liberia \"\"IGF\"\", national\",national,kind national,5th,2024-09-10,2024-09-11,120,\
             https://nri.example/initiatives/liberia-igf/reports/2024\r\n"
        );
    }

    #[test]
    fn reports_of_other_years_are_ignored() {
        let reports = [
            with_total(LIBERIA, 2023, 999),
            with_total(LIBERIA, 2024, 100),
        ];
        let a = aggregate(&africa(), 2024, &reports);
        assert_eq!(a.participation.total, 100);
        assert_eq!(a.contributing[0].report_url, url("liberia-igf", 2024));

        let earlier = aggregate(&africa(), 2022, &reports);
        assert_eq!(earlier.reporting, 0);
        assert!(earlier.missing.iter().any(|m| m.slug == "liberia-igf"));
    }

    #[test]
    fn the_latest_accepted_report_of_a_year_counts() {
        let at = |day: i64| DateTime::<Utc>::from_timestamp(1_700_000_000 + day * 86_400, 0);
        let reports = [
            AcceptedReport {
                accepted_at: at(2),
                ..with_total(LIBERIA, 2024, 200)
            },
            AcceptedReport {
                accepted_at: at(1),
                ..with_total(LIBERIA, 2024, 100)
            },
        ];
        let a = aggregate(&africa(), 2024, &reports);
        assert_eq!(a.reporting, 1);
        assert_eq!(a.participation.total, 200);
    }

    #[test]
    fn a_contribution_reads_back_as_stored_and_folds_as_its_report() {
        let liberia = reported(
            LIBERIA,
            2024,
            Contribution {
                edition: Some("5th".to_owned()),
                start_date: NaiveDate::from_ymd_opt(2024, 9, 10),
                total: Some(120),
                by_gender: counts(&[("female", 70)]),
                themes: vec!["access".into()],
                key_messages: vec![(text("L1"), "access".into())],
                recommendations: vec![(text("to the region"), "regional".into())],
                ..Contribution::default()
            },
        );
        let stored = serde_json::to_string(&liberia.contribution).expect("serialisable");
        let read: Contribution = serde_json::from_str(&stored).expect("reads back");
        assert_eq!(read, liberia.contribution);
        let folded = fold(
            &africa(),
            2024,
            &fixture(),
            &HashMap::from([(LIBERIA, read)]),
            &url,
        );
        assert_eq!(folded, aggregate(&africa(), 2024, &[liberia]));
    }

    #[test]
    fn an_aggregate_serialises_to_json() {
        let a = aggregate(&Scope::Global, 2024, &[with_total(MOLDOVA, 2024, 30)]);
        let json = serde_json::to_value(&a).expect("serialisable");
        assert_eq!(json["scope"], "global");
        assert_eq!(json["contributing"][0]["slug"], "moldova-igf");
        assert_eq!(json["participation"]["total"], 30);
    }
}
