//! `/initiatives/{slug}/reports[/{year}[/submit|/review|/reopen|/versions[/{n}]]]`
//! and the IGF Secretariat's review queue `/reports`.
//!
//! Who sees what: members and the IGF Secretariat see every report with its
//! reviewer comments; members of a forum the initiative feeds into see only
//! whether each report was submitted and whether it is overdue; the public
//! sees accepted reports. The workflow's transitions live in
//! `ReportStatus::apply`; every transition is audited and, where the worker
//! must react, recorded in the outbox in the same transaction.
use super::{
    Tag, check_if_match, compare_and_set, etag, from_json, insert_unless_exists, load_initiative,
    to_json, update_versioned,
};
use crate::audit::{self, Change};
use crate::auth::Caller;
use crate::authz::{Action, PlatformRight};
use crate::domain::report::{self, ReportContent};
use crate::domain::{
    FieldError, ReportAction, ReportStatus, ReportTransitionError, parse_text, parse_year,
};
use crate::outbox::{self, Event};
use crate::pagination::PageRequest;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::state::AppState;
use chrono::{DateTime, NaiveDate, Utc};
use entity::{annual_report, initiative, report_review, report_version};
use poem_openapi::param::{Header, Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Enum, Object, OpenApi};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::HashMap;

pub struct Api(pub AppState);

/// How much of a report the caller sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, Serialize)]
#[oai(rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum ReportView {
    /// Members and the IGF Secretariat: everything.
    Full,
    /// The public: an accepted report without reviewer comments.
    Public,
    /// Members of a forum the initiative feeds into: submitted or not, overdue.
    Status,
}

#[derive(Debug, Clone, Object, Serialize)]
pub struct ReviewOut {
    /// `accept`, `return` or `reopen`.
    pub decision: String,
    #[oai(nullable)]
    pub comment: Option<String>,
    pub version_number: i32,
    pub at: DateTime<Utc>,
}

/// An annual report as the caller may see it.
#[derive(Debug, Clone, Object, Serialize)]
pub struct ReportOut {
    pub initiative: String,
    pub year: i32,
    pub view: ReportView,
    /// Absent in the status-only view.
    #[oai(skip_serializing_if_is_none)]
    pub status: Option<ReportStatus>,
    /// Submitted (or accepted), as opposed to a draft or a returned report.
    pub submitted: bool,
    /// Past its due date and not submitted.
    pub overdue: bool,
    /// Event end + 90 days.
    #[oai(nullable)]
    pub due_date: Option<NaiveDate>,
    #[oai(skip_serializing_if_is_none)]
    pub content: Option<ReportContent>,
    /// How many times it was submitted (the latest version's number).
    #[oai(skip_serializing_if_is_none)]
    pub submissions: Option<i32>,
    #[oai(skip_serializing_if_is_none)]
    pub first_submitted_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    pub submitted_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    pub accepted_at: Option<DateTime<Utc>>,
    /// The latest reviewer comment or reopening reason.
    #[oai(skip_serializing_if_is_none)]
    pub reviewer_comment: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub reviews: Option<Vec<ReviewOut>>,
    #[oai(skip_serializing_if_is_none)]
    pub updated_at: Option<DateTime<Utc>>,
}

#[derive(Object)]
pub struct ReportPage {
    pub items: Vec<ReportOut>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, Serialize, Deserialize)]
#[oai(rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum ReviewDecision {
    Accept,
    Return,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct ReviewIn {
    pub decision: ReviewDecision,
    /// Required when returning: what to correct.
    #[oai(nullable)]
    pub comment: Option<String>,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct ReopenIn {
    /// Why the accepted report is reopened; shown to the secretariat.
    pub reason: String,
}

#[derive(Debug, Object)]
pub struct VersionSummary {
    pub number: i32,
    pub submitted_at: DateTime<Utc>,
    pub submitted_by: i64,
}

#[derive(Debug, Object)]
pub struct VersionOut {
    pub number: i32,
    pub submitted_at: DateTime<Utc>,
    pub submitted_by: i64,
    /// The report exactly as submitted.
    pub content: ReportContent,
}

#[derive(Object)]
pub struct VersionList {
    pub items: Vec<VersionSummary>,
}

#[derive(ApiResponse)]
pub enum ReportResponse {
    #[oai(status = 200)]
    Ok(Json<ReportOut>, #[oai(header = "ETag")] String),
    #[oai(status = 201)]
    Created(
        Json<ReportOut>,
        #[oai(header = "Location")] String,
        #[oai(header = "ETag")] String,
    ),
}

/// Past due and not (re)submitted.
pub fn is_overdue(r: &annual_report::Model, today: NaiveDate) -> Result<bool, ApiError> {
    Ok(matches!(
        crate::stored::report_status(r)?,
        ReportStatus::Draft | ReportStatus::Returned
    ) && r.due_date.is_some_and(|d| d < today))
}

/// Renders a report for `view`; `reviews` only for the full view.
pub fn to_out(
    slug: &str,
    r: &annual_report::Model,
    view: ReportView,
    reviews: Option<Vec<ReviewOut>>,
) -> Result<ReportOut, ApiError> {
    let status = crate::stored::report_status(r)?;
    let full = view == ReportView::Full;
    let content = match view {
        ReportView::Status => None,
        _ => Some(from_json::<ReportContent>(&r.content)?),
    };
    Ok(ReportOut {
        initiative: slug.to_owned(),
        year: r.year,
        view,
        status: (view != ReportView::Status).then_some(status),
        submitted: matches!(status, ReportStatus::Submitted | ReportStatus::Accepted),
        overdue: is_overdue(r, Utc::now().date_naive())?,
        due_date: r.due_date,
        content,
        submissions: full.then_some(r.submissions),
        first_submitted_at: if full { r.first_submitted_at } else { None },
        submitted_at: if view == ReportView::Status {
            None
        } else {
            r.submitted_at
        },
        accepted_at: if view == ReportView::Status {
            None
        } else {
            r.accepted_at
        },
        reviewer_comment: if full {
            r.reviewer_comment.clone()
        } else {
            None
        },
        reviews: if full { reviews } else { None },
        updated_at: full.then_some(r.updated_at),
    })
}

impl From<ReportTransitionError> for ApiError {
    fn from(e: ReportTransitionError) -> Self {
        ApiError::conflict(
            "invalid-transition",
            "Transition not allowed",
            e.to_string(),
        )
        .with("current", json!(e.current))
        .with("allowed", json!(e.allowed))
    }
}

fn year_param(year: i32) -> Result<i32, ApiError> {
    parse_year(year).map_err(|m| ApiError::field("year", m))
}

async fn find_report(
    db: &impl ConnectionTrait,
    ini: &initiative::Model,
    year: i32,
) -> Result<Option<annual_report::Model>, ApiError> {
    Ok(annual_report::Entity::find()
        .filter(annual_report::Column::InitiativeId.eq(ini.id))
        .filter(annual_report::Column::Year.eq(year))
        .one(db)
        .await?)
}

async fn require_report(
    db: &impl ConnectionTrait,
    ini: &initiative::Model,
    year: i32,
) -> Result<annual_report::Model, ApiError> {
    find_report(db, ini, year)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("`{}` has no report for {year}", ini.slug)))
}

/// Moves `current` by `action`, writing `changes` only if nobody changed the
/// report since it was read (compare-and-set on its version): of concurrent
/// submits, reviews or reopenings exactly one acts. A loser is told what a
/// later request would be told: the action is not allowed in the state the
/// winner left (409 naming it), its `If-Match` is stale (412), or, failing
/// both, that the report changed concurrently (409).
async fn transition(
    txn: &impl ConnectionTrait,
    ini: &initiative::Model,
    current: &annual_report::Model,
    action: ReportAction,
    changes: annual_report::ActiveModel,
    if_match: bool,
) -> Result<(), ApiError> {
    let won = compare_and_set(
        txn,
        changes,
        annual_report::Column::Id,
        current.id,
        annual_report::Column::Version,
        current.version,
    )
    .await?;
    if won {
        return Ok(());
    }
    let now = require_report(txn, ini, current.year).await?;
    crate::stored::report_status(&now)?.apply(action)?;
    Err(if if_match {
        ApiError::PreconditionFailed {
            current: etag(now.version),
        }
    } else {
        ApiError::changed_concurrently(format!("the {} report", current.year))
    })
}

async fn reviews_of(db: &impl ConnectionTrait, report_id: i64) -> Result<Vec<ReviewOut>, ApiError> {
    Ok(report_review::Entity::find()
        .filter(report_review::Column::ReportId.eq(report_id))
        .order_by_asc(report_review::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| ReviewOut {
            decision: r.decision,
            comment: r.comment,
            version_number: r.version_number,
            at: r.at,
        })
        .collect())
}

impl Api {
    /// The most the caller may see of this initiative's reports, or the error
    /// `decide` gives for the least (status) view.
    async fn view_for(
        &self,
        caller: &Caller,
        ini: &initiative::Model,
    ) -> Result<(ReportView, bool), ApiError> {
        let authz = &self.0.authz;
        if authz
            .decide(&caller.principal, ini, Action::ReadPrivateReport)
            .await
            .is_ok()
        {
            return Ok((ReportView::Full, true));
        }
        if authz
            .decide(&caller.principal, ini, Action::ReadReportStatus)
            .await
            .is_ok()
        {
            return Ok((ReportView::Status, true));
        }
        // The public reads accepted reports of initiatives it may see.
        authz
            .decide(&caller.principal, ini, Action::ReadInitiative)
            .await?;
        authz
            .decide(&caller.principal, ini, Action::ReadAcceptedReport)
            .await?;
        Ok((ReportView::Public, false))
    }

    /// Applies a reviewer's act: accept, return or reopen.
    async fn review_act(
        &self,
        caller: &Caller,
        slug: &str,
        year: i32,
        action: ReportAction,
        comment: Option<String>,
    ) -> Result<ReportResponse, ApiError> {
        let year = year_param(year)?;
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, slug).await?;
        let right = if action == ReportAction::Reopen {
            Action::ReopenReport
        } else {
            Action::ReviewReport
        };
        self.0.authz.decide(&caller.principal, &ini, right).await?;
        let current = require_report(&txn, &ini, year).await?;
        let next = crate::stored::report_status(&current)?.apply(action)?;
        let now = Utc::now();
        let user = caller.principal.require_user()?;
        let mut active = annual_report::ActiveModel {
            status: Set(next.as_str().to_owned()),
            version: Set(current.version + 1),
            updated_at: Set(now),
            ..Default::default()
        };
        let event = match action {
            ReportAction::Accept => {
                active.accepted_at = Set(Some(now));
                Event::ReportAccepted
            }
            ReportAction::Return => {
                active.reviewer_comment = Set(comment.clone());
                Event::ReportReturned
            }
            _ => {
                active.accepted_at = Set(None);
                active.reviewer_comment = Set(comment.clone());
                Event::ReportReopened
            }
        };
        transition(&txn, &ini, &current, action, active, false).await?;
        let updated = require_report(&txn, &ini, year).await?;
        report_review::ActiveModel {
            report_id: Set(current.id),
            version_number: Set(current.submissions),
            decision: Set(action.as_str().to_owned()),
            comment: Set(comment.clone()),
            reviewer_id: Set(user.id),
            at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        outbox::emit(
            &txn,
            event,
            &ini,
            Some(year),
            json!({ "year": year, "version": current.submissions }),
        )
        .await?;
        audit::record(
            &txn,
            caller,
            Change {
                initiative: Some(&ini),
                action: match action {
                    ReportAction::Accept => "report.accept",
                    ReportAction::Return => "report.return",
                    _ => "report.reopen",
                },
                target: format!("initiative/{}/reports/{year}", ini.slug),
                before: Some(json!({ "status": crate::stored::report_status(&current)? })),
                after: Some(json!({ "status": next, "comment": comment })),
            },
        )
        .await?;
        let reviews = reviews_of(&txn, updated.id).await?;
        txn.commit().await?;
        worker::wake(); // its outbox event is committed
        Ok(ReportResponse::Ok(
            Json(to_out(
                &ini.slug,
                &updated,
                ReportView::Full,
                Some(reviews),
            )?),
            etag(updated.version),
        ))
    }
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Reports")]
impl Api {
    /// An initiative's annual reports, newest first
    #[oai(path = "/:slug/reports", method = "get", operation_id = "list_reports")]
    async fn list(
        &self,
        caller: Caller,
        slug: Path<String>,
        /// Only reports past due and not submitted.
        overdue: Query<Option<bool>>,
        status: Query<Option<ReportStatus>>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<ReportPage>, ApiError> {
        let db = &self.0.db;
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let ini = load_initiative(db, &slug.0).await?;
        let (view, sees_unaccepted) = self.view_for(&caller, &ini).await?;
        let mut query =
            annual_report::Entity::find().filter(annual_report::Column::InitiativeId.eq(ini.id));
        if !sees_unaccepted {
            query = query.filter(annual_report::Column::Status.eq(ReportStatus::Accepted.as_str()));
        }
        if let Some(s) = status.0 {
            if view == ReportView::Status {
                return Err(ApiError::field(
                    "status",
                    "you may see only whether reports were submitted",
                ));
            }
            query = query.filter(annual_report::Column::Status.eq(s.as_str()));
        }
        if overdue.0 == Some(true) {
            query = query.filter(overdue_condition(Utc::now().date_naive()));
        }
        let (rows, next_cursor) = page
            .by_id(
                query,
                annual_report::Column::Year,
                Order::Desc,
                |r| i64::from(r.year),
                db,
            )
            .await?;
        let items = rows
            .iter()
            .map(|r| {
                let mut out = to_out(&ini.slug, r, view, None)?;
                // Lists carry the summary; the content is one GET away.
                out.content = None;
                Ok(out)
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(Json(ReportPage { items, next_cursor }))
    }

    /// One annual report
    #[oai(
        path = "/:slug/reports/:year",
        method = "get",
        operation_id = "get_report"
    )]
    async fn get(
        &self,
        caller: Caller,
        slug: Path<String>,
        year: Path<i32>,
    ) -> Result<ReportResponse, ApiError> {
        let db = &self.0.db;
        let year = year_param(year.0)?;
        let ini = load_initiative(db, &slug.0).await?;
        let (view, sees_unaccepted) = self.view_for(&caller, &ini).await?;
        let report = require_report(db, &ini, year).await?;
        if !sees_unaccepted && crate::stored::report_status(&report)? != ReportStatus::Accepted {
            // Not accepted: a private resource, so sign in (401) or no such report (404).
            caller.principal.require_user()?;
            return Err(ApiError::not_found(format!(
                "`{}` has no report for {year}",
                ini.slug
            )));
        }
        let reviews = if view == ReportView::Full {
            Some(reviews_of(db, report.id).await?)
        } else {
            None
        };
        Ok(ReportResponse::Ok(
            Json(to_out(&ini.slug, &report, view, reviews)?),
            etag(report.version),
        ))
    }

    /// Create or edit the draft
    ///
    /// Creates the report when there is none for the year (201); editing needs
    /// `If-Match`. Drafts may be incomplete; only malformed values are refused.
    /// Submitted and accepted reports cannot be edited (409).
    #[oai(
        path = "/:slug/reports/:year",
        method = "put",
        operation_id = "put_report"
    )]
    async fn put(
        &self,
        caller: Caller,
        slug: Path<String>,
        year: Path<i32>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
        body: JsonBody<ReportContent>,
    ) -> Result<ReportResponse, ApiError> {
        let year = year_param(year.0)?;
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::WriteReport)
            .await?;
        let content = report::check_draft(body.0).map_err(|e| ApiError::Validation(e.0))?;
        let now = Utc::now();
        let found = find_report(&txn, &ini, year).await?;
        let inserted = match found {
            Some(_) => None,
            None => {
                let new = annual_report::ActiveModel {
                    initiative_id: Set(ini.id),
                    year: Set(year),
                    status: Set(ReportStatus::Draft.as_str().to_owned()),
                    content: Set(to_json(&content)),
                    due_date: Set(report::due_date(&content)),
                    submissions: Set(0),
                    version: Set(1),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                };
                insert_unless_exists(&txn, new).await?
            }
        };
        let (row, before, created) = match (inserted, found) {
            (Some(row), _) => (row, None, true),
            (None, found) => {
                // When a concurrent request created it first, this one edits it.
                let current = match found {
                    Some(current) => current,
                    None => require_report(&txn, &ini, year).await?,
                };
                crate::stored::report_status(&current)?.apply(ReportAction::Edit)?;
                check_if_match(if_match.0.as_deref(), current.version)?;
                update_versioned(
                    &txn,
                    annual_report::ActiveModel {
                        content: Set(to_json(&content)),
                        due_date: Set(report::due_date(&content)),
                        version: Set(current.version + 1),
                        updated_at: Set(now),
                        ..Default::default()
                    },
                    annual_report::Column::Id,
                    current.id,
                    annual_report::Column::Version,
                    current.version,
                )
                .await?;
                let row = require_report(&txn, &ini, year).await?;
                (
                    row,
                    Some(from_json::<serde_json::Value>(&current.content)?),
                    false,
                )
            }
        };
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: if created {
                    "report.create"
                } else {
                    "report.update"
                },
                target: format!("initiative/{}/reports/{year}", ini.slug),
                before,
                after: Some(crate::audit::json(&content)),
            },
        )
        .await?;
        let reviews = reviews_of(&txn, row.id).await?;
        txn.commit().await?;
        let out = to_out(&ini.slug, &row, ReportView::Full, Some(reviews))?;
        Ok(if created {
            ReportResponse::Created(
                Json(out),
                format!("/api/v1/initiatives/{}/reports/{year}", ini.slug),
                etag(row.version),
            )
        } else {
            ReportResponse::Ok(Json(out), etag(row.version))
        })
    }

    /// Submit the report for review
    ///
    /// Refused with every problem listed by field (400) when the report is
    /// incomplete or inconsistent. Each submission is kept as a numbered,
    /// immutable version. `If-Match` is honoured when sent.
    #[oai(
        path = "/:slug/reports/:year/submit",
        method = "post",
        operation_id = "submit_report"
    )]
    async fn submit(
        &self,
        caller: Caller,
        slug: Path<String>,
        year: Path<i32>,
        #[oai(name = "If-Match")] if_match: Header<Option<String>>,
    ) -> Result<ReportResponse, ApiError> {
        let year = year_param(year.0)?;
        let txn = self.0.db.begin().await?;
        let ini = load_initiative(&txn, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::SubmitReport)
            .await?;
        let current = require_report(&txn, &ini, year).await?;
        let next = crate::stored::report_status(&current)?.apply(ReportAction::Submit)?;
        if if_match.0.is_some() {
            check_if_match(if_match.0.as_deref(), current.version)?;
        }
        let content: ReportContent = from_json(&current.content)?;
        let languages: Vec<String> = from_json(&ini.working_languages)?;
        let problems = report::check_submission(&content, year, &languages);
        if !problems.is_empty() {
            return Err(ApiError::Validation(problems.0));
        }
        let user = caller.principal.require_user()?;
        let now = Utc::now();
        let number = current.submissions + 1;
        transition(
            &txn,
            &ini,
            &current,
            ReportAction::Submit,
            annual_report::ActiveModel {
                status: Set(next.as_str().to_owned()),
                submissions: Set(number),
                submitted_at: Set(Some(now)),
                first_submitted_at: Set(Some(current.first_submitted_at.unwrap_or(now))),
                version: Set(current.version + 1),
                updated_at: Set(now),
                ..Default::default()
            },
            if_match.0.is_some(),
        )
        .await?;
        report_version::ActiveModel {
            report_id: Set(current.id),
            number: Set(number),
            content: Set(current.content.clone()),
            submitted_by: Set(user.id),
            submitted_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit::record(
            &txn,
            &caller,
            Change {
                initiative: Some(&ini),
                action: "report.submit",
                target: format!("initiative/{}/reports/{year}", ini.slug),
                before: Some(json!({ "status": crate::stored::report_status(&current)? })),
                after: Some(json!({ "status": next, "version": number })),
            },
        )
        .await?;
        let row = require_report(&txn, &ini, year).await?;
        let reviews = reviews_of(&txn, row.id).await?;
        txn.commit().await?;
        Ok(ReportResponse::Ok(
            Json(to_out(&ini.slug, &row, ReportView::Full, Some(reviews))?),
            etag(row.version),
        ))
    }

    /// Review a submitted report (IGF Secretariat): accept, or return with comments
    #[oai(
        path = "/:slug/reports/:year/review",
        method = "post",
        operation_id = "review_report"
    )]
    async fn review(
        &self,
        caller: Caller,
        slug: Path<String>,
        year: Path<i32>,
        body: JsonBody<ReviewIn>,
    ) -> Result<ReportResponse, ApiError> {
        let comment = body
            .0
            .comment
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|c| parse_text(c, 10_000).map_err(|m| ApiError::field("/comment", m)))
            .transpose()?;
        let action = match body.0.decision {
            ReviewDecision::Accept => ReportAction::Accept,
            ReviewDecision::Return => ReportAction::Return,
        };
        if action == ReportAction::Return && comment.is_none() {
            return Err(ApiError::Validation(vec![FieldError::new(
                "/comment",
                "say what to correct when returning a report",
            )]));
        }
        self.review_act(&caller, &slug.0, year.0, action, comment)
            .await
    }

    /// Reopen an accepted report (IGF Secretariat), with a reason
    #[oai(
        path = "/:slug/reports/:year/reopen",
        method = "post",
        operation_id = "reopen_report"
    )]
    async fn reopen(
        &self,
        caller: Caller,
        slug: Path<String>,
        year: Path<i32>,
        body: JsonBody<ReopenIn>,
    ) -> Result<ReportResponse, ApiError> {
        let reason =
            parse_text(&body.0.reason, 10_000).map_err(|m| ApiError::field("/reason", m))?;
        self.review_act(&caller, &slug.0, year.0, ReportAction::Reopen, Some(reason))
            .await
    }

    /// The submitted versions of a report
    #[oai(
        path = "/:slug/reports/:year/versions",
        method = "get",
        operation_id = "list_report_versions"
    )]
    async fn versions(
        &self,
        caller: Caller,
        slug: Path<String>,
        year: Path<i32>,
    ) -> Result<Json<VersionList>, ApiError> {
        let db = &self.0.db;
        let year = year_param(year.0)?;
        let ini = load_initiative(db, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadPrivateReport)
            .await?;
        let report = require_report(db, &ini, year).await?;
        let items = report_version::Entity::find()
            .filter(report_version::Column::ReportId.eq(report.id))
            .order_by_asc(report_version::Column::Number)
            .all(db)
            .await?
            .into_iter()
            .map(|v| VersionSummary {
                number: v.number,
                submitted_at: v.submitted_at,
                submitted_by: v.submitted_by,
            })
            .collect();
        Ok(Json(VersionList { items }))
    }

    /// One submitted version, exactly as submitted
    #[oai(
        path = "/:slug/reports/:year/versions/:n",
        method = "get",
        operation_id = "get_report_version"
    )]
    async fn version(
        &self,
        caller: Caller,
        slug: Path<String>,
        year: Path<i32>,
        n: Path<i32>,
    ) -> Result<Json<VersionOut>, ApiError> {
        let db = &self.0.db;
        let year = year_param(year.0)?;
        let ini = load_initiative(db, &slug.0).await?;
        self.0
            .authz
            .decide(&caller.principal, &ini, Action::ReadPrivateReport)
            .await?;
        let report = require_report(db, &ini, year).await?;
        let v = report_version::Entity::find()
            .filter(report_version::Column::ReportId.eq(report.id))
            .filter(report_version::Column::Number.eq(n.0))
            .one(db)
            .await?
            .ok_or_else(|| {
                ApiError::not_found(format!("no version {} of the {year} report", n.0))
            })?;
        Ok(Json(VersionOut {
            number: v.number,
            submitted_at: v.submitted_at,
            submitted_by: v.submitted_by,
            content: from_json(&v.content)?,
        }))
    }
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

/// The IGF Secretariat's review queue.
pub struct QueueApi(pub AppState);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum, Deserialize)]
#[oai(rename_all = "snake_case")]
pub enum QueueFilter {
    Draft,
    Submitted,
    Returned,
    Accepted,
    /// Past due and not submitted.
    Overdue,
}

#[derive(Debug, Object)]
pub struct QueueItem {
    pub initiative: String,
    pub initiative_name: String,
    pub year: i32,
    pub status: ReportStatus,
    pub overdue: bool,
    #[oai(nullable)]
    pub due_date: Option<NaiveDate>,
    #[oai(nullable)]
    pub submitted_at: Option<DateTime<Utc>>,
    pub submissions: i32,
}

#[derive(Object)]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    #[oai(nullable)]
    pub next_cursor: Option<String>,
}

#[OpenApi(tag = "Tag::Reports")]
impl QueueApi {
    /// The review queue across all initiatives (IGF Secretariat)
    #[oai(path = "/reports", method = "get", operation_id = "review_queue")]
    async fn queue(
        &self,
        caller: Caller,
        status: Query<Option<QueueFilter>>,
        year: Query<Option<i32>>,
        limit: Query<Option<u64>>,
        cursor: Query<Option<String>>,
    ) -> Result<Json<QueuePage>, ApiError> {
        caller.principal.require_user()?;
        if !self
            .0
            .authz
            .allowed_platform(&caller.principal, PlatformRight::ReadReviewQueue)
            .await
        {
            return Err(ApiError::Forbidden(
                "the review queue is the IGF Secretariat's".into(),
            ));
        }
        let db = &self.0.db;
        let page = PageRequest::parse(limit.0, cursor.0.as_deref())?;
        let today = Utc::now().date_naive();
        let mut query = annual_report::Entity::find();
        query = match status.0 {
            Some(QueueFilter::Overdue) => query.filter(overdue_condition(today)),
            Some(s) => {
                let s = match s {
                    QueueFilter::Draft => ReportStatus::Draft,
                    QueueFilter::Submitted => ReportStatus::Submitted,
                    QueueFilter::Returned => ReportStatus::Returned,
                    _ => ReportStatus::Accepted,
                };
                query.filter(annual_report::Column::Status.eq(s.as_str()))
            }
            None => query,
        };
        if let Some(y) = year.0 {
            query = query.filter(annual_report::Column::Year.eq(year_param(y)?));
        }
        let (rows, next_cursor) = page
            .by_id(query, annual_report::Column::Id, Order::Asc, |r| r.id, db)
            .await?;
        let names: HashMap<i64, (String, String)> = initiative::Entity::find()
            .filter(
                initiative::Column::Id
                    .is_in(rows.iter().map(|r| r.initiative_id).collect::<Vec<_>>()),
            )
            .all(db)
            .await?
            .into_iter()
            .map(|i| (i.id, (i.slug, i.name)))
            .collect();
        let items = rows
            .iter()
            .filter_map(|r| {
                let (slug, name) = names.get(&r.initiative_id)?;
                Some(Ok(QueueItem {
                    initiative: slug.clone(),
                    initiative_name: name.clone(),
                    year: r.year,
                    status: match crate::stored::report_status(r) {
                        Ok(s) => s,
                        Err(e) => return Some(Err(e)),
                    },
                    overdue: match is_overdue(r, today) {
                        Ok(o) => o,
                        Err(e) => return Some(Err(e)),
                    },
                    due_date: r.due_date,
                    submitted_at: r.submitted_at,
                    submissions: r.submissions,
                }))
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(Json(QueuePage { items, next_cursor }))
    }
}
