//! Reading reports: what each caller may see of an initiative's reports, a
//! report's submitted versions, and the review queue across initiatives.
use super::super::Reader;
use super::super::store::load_initiative;
use super::{find_report_with_initiative, no_report, require_report, reviews_of};
use crate::authz::{Action, PlatformRight};
use crate::domain::recognition::{self, ReportFacts};
use crate::domain::{InitiativeStatus, ReportStatus, parse_year};
use crate::pagination::PageRequest;
use crate::problem::ApiError;
use chrono::{Datelike, NaiveDate, Utc};
use entity::{annual_report, initiative, report_review, report_version};
use sea_orm::{ColumnTrait, Condition, EntityTrait, Order, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// How much of a report the caller sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Members and the IGF Secretariat: everything.
    Full,
    /// The public: an accepted report without reviewer comments.
    Public,
    /// Members of a forum the initiative feeds into: submitted or not, overdue.
    Status,
}

/// A page of an initiative's reports as the caller may see them.
pub struct Listed {
    pub ini: initiative::Model,
    pub view: View,
    pub reports: Vec<annual_report::Model>,
    pub next_cursor: Option<String>,
}

/// One report as the caller may see it; its reviews in the full view only.
pub struct Read {
    pub ini: initiative::Model,
    pub view: View,
    pub report: annual_report::Model,
    pub reviews: Option<Vec<report_review::Model>>,
}

/// A page of the review queue: each report with its initiative.
pub struct Queue {
    pub reports: Vec<(annual_report::Model, initiative::Model)>,
    pub next_cursor: Option<String>,
}

/// Which reports the review queue shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Select {
    Status(ReportStatus),
    /// Past due and not submitted.
    Overdue,
}

/// The most the caller may see of `ini`'s reports and whether that includes
/// reports not accepted, or the error `decide` gives for the least (status) view.
async fn view_for(r: &Reader<'_>, ini: &initiative::Model) -> Result<(View, bool), ApiError> {
    if r.authorize(ini, Action::ReadPrivateReport).await.is_ok() {
        return Ok((View::Full, true));
    }
    if r.authorize(ini, Action::ReadReportStatus).await.is_ok() {
        return Ok((View::Status, true));
    }
    // The public reads accepted reports of initiatives it may see.
    r.authorize(ini, Action::ReadInitiative).await?;
    r.authorize(ini, Action::ReadAcceptedReport).await?;
    Ok((View::Public, false))
}

/// `due_date < today` and not (re)submitted.
fn overdue_condition(today: NaiveDate) -> Condition {
    Condition::all()
        .add(annual_report::Column::DueDate.lt(today))
        .add(annual_report::Column::Status.is_in([
            ReportStatus::Draft.as_str(),
            ReportStatus::Returned.as_str(),
        ]))
}

/// Initiative `slug`'s reports the caller may see, newest first; `status`
/// only for callers who see more than whether reports were submitted.
#[tracing::instrument(skip(r, page))]
pub async fn list(
    r: &Reader<'_>,
    slug: &str,
    status: Option<ReportStatus>,
    overdue: bool,
    page: PageRequest,
) -> Result<Listed, ApiError> {
    let ini = load_initiative(r.db, slug).await?;
    let (view, sees_unaccepted) = view_for(r, &ini).await?;
    let mut query =
        annual_report::Entity::find().filter(annual_report::Column::InitiativeId.eq(ini.id));
    if !sees_unaccepted {
        query = query.filter(annual_report::Column::Status.eq(ReportStatus::Accepted.as_str()));
    }
    if let Some(s) = status {
        if view == View::Status {
            return Err(ApiError::field(
                "status",
                "you may see only whether reports were submitted",
            ));
        }
        query = query.filter(annual_report::Column::Status.eq(s.as_str()));
    }
    if overdue {
        query = query.filter(overdue_condition(Utc::now().date_naive()));
    }
    let (reports, next_cursor) = page
        .by_id(
            query,
            annual_report::Column::Year,
            Order::Desc,
            |r| i64::from(r.year),
            r.db,
        )
        .await?;
    Ok(Listed {
        ini,
        view,
        reports,
        next_cursor,
    })
}

/// Initiative `slug`'s report for `year`, if the caller may see it.
#[tracing::instrument(skip(r))]
pub async fn get(r: &Reader<'_>, slug: &str, year: i32) -> Result<Read, ApiError> {
    // The report and its initiative in one statement. Without a report, the
    // initiative alone decides what the caller is told (no such initiative,
    // no access, or no such report), in that order, as for any other read.
    let (ini, report) = match find_report_with_initiative(r.db, slug, year).await? {
        Some((report, ini)) => (ini, Some(report)),
        None => (load_initiative(r.db, slug).await?, None),
    };
    let (view, sees_unaccepted) = view_for(r, &ini).await?;
    let report = report.ok_or_else(|| no_report(&ini, year))?;
    if !sees_unaccepted && crate::stored::report_status(&report)? != ReportStatus::Accepted {
        // Not accepted: a private resource, so sign in (401) or no such report (404).
        r.caller.principal.require_user()?;
        return Err(no_report(&ini, year));
    }
    let reviews = if view == View::Full {
        Some(reviews_of(r.db, &report).await?)
    } else {
        None
    };
    Ok(Read {
        ini,
        view,
        report,
        reviews,
    })
}

/// The report behind `versions` and `version`, for members and the IGF Secretariat.
async fn private_report(
    r: &Reader<'_>,
    slug: &str,
    year: i32,
) -> Result<annual_report::Model, ApiError> {
    let ini = load_initiative(r.db, slug).await?;
    r.authorize(&ini, Action::ReadPrivateReport).await?;
    require_report(r.db, &ini, year).await
}

/// The submitted versions of initiative `slug`'s report for `year`, first first.
#[tracing::instrument(skip(r))]
pub async fn versions(
    r: &Reader<'_>,
    slug: &str,
    year: i32,
) -> Result<Vec<report_version::Model>, ApiError> {
    let report = private_report(r, slug, year).await?;
    Ok(report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(report.id))
        .order_by_asc(report_version::Column::Number)
        .all(r.db)
        .await?)
}

/// Submitted version `n` of initiative `slug`'s report for `year`.
#[tracing::instrument(skip(r))]
pub async fn version(
    r: &Reader<'_>,
    slug: &str,
    year: i32,
    n: i32,
) -> Result<report_version::Model, ApiError> {
    let report = private_report(r, slug, year).await?;
    report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(report.id))
        .filter(report_version::Column::Number.eq(n))
        .one(r.db)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no version {n} of the {year} report")))
}

/// The ids of the initiatives at risk on `today`, by
/// `domain::recognition::at_risk` over the stored reports: only recognised
/// initiatives can be, and only their reports of the last two cycles matter.
async fn at_risk_ids(r: &Reader<'_>, today: NaiveDate) -> Result<Vec<i64>, ApiError> {
    let recognized: Vec<i64> = initiative::Entity::find()
        .filter(initiative::Column::Status.eq(InitiativeStatus::Recognized.as_str()))
        .all(r.db)
        .await?
        .into_iter()
        .map(|i| i.id)
        .collect();
    let mut reports: HashMap<i64, Vec<ReportFacts>> = HashMap::new();
    for report in annual_report::Entity::find()
        .filter(annual_report::Column::InitiativeId.is_in(recognized.clone()))
        .filter(annual_report::Column::Year.gte(today.year() - 2))
        .all(r.db)
        .await?
    {
        reports
            .entry(report.initiative_id)
            .or_default()
            .push(ReportFacts {
                year: report.year,
                status: crate::stored::report_status(&report)?,
                due_date: report.due_date,
                first_submitted_at: report.first_submitted_at,
            });
    }
    Ok(recognized
        .into_iter()
        .filter(|id| {
            let facts = reports.get(id).map(Vec::as_slice).unwrap_or(&[]);
            recognition::at_risk(today, true, facts).at_risk
        })
        .collect())
}

/// The IGF Secretariat's review queue across all initiatives, oldest report
/// first, each with its initiative; `at_risk` keeps the reports of
/// initiatives at risk (true) or not (false). The page and year are read
/// once the caller may see the queue.
#[tracing::instrument(skip(r))]
pub async fn queue(
    r: &Reader<'_>,
    select: Option<Select>,
    year: Option<i32>,
    at_risk: Option<bool>,
    limit: Option<u64>,
    cursor: Option<&str>,
) -> Result<Queue, ApiError> {
    r.caller.principal.require_user()?;
    if !r
        .authz
        .allowed_platform(&r.caller.principal, PlatformRight::ReadReviewQueue)
        .await
    {
        return Err(ApiError::Forbidden(
            "the review queue is the IGF Secretariat's".into(),
        ));
    }
    let page = PageRequest::parse(limit, cursor)?;
    let mut query = annual_report::Entity::find();
    query = match select {
        Some(Select::Overdue) => query.filter(overdue_condition(Utc::now().date_naive())),
        Some(Select::Status(s)) => query.filter(annual_report::Column::Status.eq(s.as_str())),
        None => query,
    };
    if let Some(y) = year {
        let y = parse_year(y).map_err(|m| ApiError::field("year", m))?;
        query = query.filter(annual_report::Column::Year.eq(y));
    }
    if let Some(flagged) = at_risk {
        let ids = at_risk_ids(r, Utc::now().date_naive()).await?;
        query = if flagged {
            query.filter(annual_report::Column::InitiativeId.is_in(ids))
        } else {
            query.filter(annual_report::Column::InitiativeId.is_not_in(ids))
        };
    }
    let (rows, next_cursor) = page
        .by_id(query, annual_report::Column::Id, Order::Asc, |r| r.id, r.db)
        .await?;
    let initiatives: HashMap<i64, initiative::Model> = initiative::Entity::find()
        .filter(
            initiative::Column::Id.is_in(rows.iter().map(|r| r.initiative_id).collect::<Vec<_>>()),
        )
        .all(r.db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let items = rows
        .into_iter()
        .filter_map(|report| {
            let ini = initiatives.get(&report.initiative_id)?.clone();
            Some((report, ini))
        })
        .collect();
    Ok(Queue {
        reports: items,
        next_cursor,
    })
}
