//! The IGF Secretariat's pages: the review queue (submitted, returned and
//! overdue reports, sortable by due date), a report's review page with accept,
//! return (comment required) and reopen, each initiative's recognition
//! checklist with the status decision form, and failed jobs and webhook
//! deliveries. The API decides who may do what; these pages only show it.
use super::vocab;
use crate::domain::InitiativeStatus;
use crate::web::form::urlencode;
use crate::web::{Visitor, Web};
use poem::http::{Method, StatusCode};
use poem::web::{Data, Path, Query};
use poem::{Body, Request, Response, handler};
use serde_json::{Value, json};
use std::collections::BTreeMap;

const QUEUE_FILTERS: &[&str] = &["submitted", "returned", "overdue", "accepted", "draft"];

fn signed_in(web: &Web, v: &Visitor) -> Option<Response> {
    v.me.is_none().then(|| web.redirect_to_sign_in(v))
}

#[handler]
pub async fn queue(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    if let Some(r) = signed_in(web, &v) {
        return r;
    }
    let status = q
        .get("status")
        .map(String::as_str)
        .filter(|s| QUEUE_FILTERS.contains(s))
        .unwrap_or("submitted");
    let year = q.get("year").and_then(|y| y.parse::<i32>().ok());
    let mut path = format!("/reports?status={status}");
    if let Some(y) = year {
        path.push_str(&format!("&year={y}"));
    }
    let mut items = match web.get_all(&v, &path, 20).await {
        Ok(items) => items,
        Err(reply) => return web.refused(&v, &reply),
    };
    let descending = q.get("sort").map(String::as_str) == Some("due_desc");
    // Reports without a due date (no event dates yet) come last either way.
    items.sort_by(|a, b| {
        let (da, db) = (a["due_date"].as_str(), b["due_date"].as_str());
        match (da, db) {
            (Some(x), Some(y)) if descending => y.cmp(x),
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a["initiative"].as_str().cmp(&b["initiative"].as_str()),
        }
    });
    // New registrations wait for a recognition decision.
    let applicants = web
        .get_all(&v, "/initiatives?status=applicant", 5)
        .await
        .unwrap_or_default();
    web.page(
        &v,
        "queue.html",
        json!({ "items": items, "status": status, "year": year, "descending": descending, "filters": QUEUE_FILTERS, "applicants": applicants }),
    )
}

async fn report_page(
    web: &Web,
    v: &Visitor,
    slug: &str,
    year: i32,
    status: StatusCode,
    extra: Value,
) -> Response {
    let base = format!("/initiatives/{}", urlencode(slug));
    let (ini, report, versions) = futures::join!(
        web.get(v, &base),
        web.get(v, format!("{base}/reports/{year}")),
        web.get(v, format!("{base}/reports/{year}/versions")),
    );
    for r in [&ini, &report] {
        if !r.ok() {
            return web.refused(v, r);
        }
    }
    let ctx = crate::web::merged(
        json!({ "slug": slug, "year": year, "i": ini.body, "r": report.body, "versions": versions.body["items"], "errors": {} }),
        extra,
    );
    web.page_with_status(v, status, "review_report.html", ctx)
}

#[handler]
pub async fn report_view(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, year)): Path<(String, i32)>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    if let Some(r) = signed_in(web, &v) {
        return r;
    }
    let flash = q
        .get("done")
        .map(|d| web.t_with(&v, "flash-report-done", &[("done", d.clone())]));
    report_page(
        web,
        &v,
        &slug,
        year,
        StatusCode::OK,
        json!({ "flash": flash }),
    )
    .await
}

/// Accept, return (with a comment) or reopen (with a reason).
#[handler]
pub async fn act(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, year)): Path<(String, i32)>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let comment = form.text("comment");
    let path = format!("/initiatives/{}/reports/{year}", urlencode(&slug));
    let action = form.get("action").unwrap_or_default();
    let (reply, done) = match action {
        "accept" | "return" => {
            let mut body = json!({ "decision": action });
            if let Some(c) = &comment {
                body["comment"] = c.clone().into();
            }
            let r = web
                .send(&v, Method::POST, &format!("{path}/review"), &body, None)
                .await;
            (
                r,
                if action == "accept" {
                    "accepted"
                } else {
                    "returned"
                },
            )
        }
        "reopen" => {
            let r = web
                .send(
                    &v,
                    Method::POST,
                    &format!("{path}/reopen"),
                    &json!({ "reason": comment.clone().unwrap_or_default() }),
                    None,
                )
                .await;
            (r, "reopened")
        }
        _ => {
            return web.error(
                &v,
                StatusCode::BAD_REQUEST,
                &web.t(&v, "error-unknown-action-title"),
                &web.t(&v, "error-unknown-action-detail"),
            );
        }
    };
    if reply.ok() {
        return web.redirect(
            &v,
            &format!(
                "/review/reports/{}/{year}?done={}",
                urlencode(&slug),
                urlencode(done)
            ),
        );
    }
    if reply.is_refusal() {
        return web.refused(&v, &reply);
    }
    let mut errors = reply.field_errors();
    // The API names the field `comment` for returns and `reason` for reopening; the form has one box.
    if let Some(m) = errors.remove("/reason") {
        errors.entry("/comment".into()).or_default().extend(m);
    }
    let problem = if errors.is_empty() {
        web.refusal(&v, &reply)
    } else {
        web.t(&v, "problem-correct-field")
    };
    report_page(
        web,
        &v,
        &slug,
        year,
        reply.status,
        json!({ "errors": errors, "problem": problem, "comment": comment }),
    )
    .await
}

async fn recognition_page(
    web: &Web,
    v: &Visitor,
    slug: &str,
    status: StatusCode,
    extra: Value,
) -> Response {
    let base = format!("/initiatives/{}", urlencode(slug));
    let (ini, rec, decisions, reports) = futures::join!(
        web.get(v, &base),
        web.get(v, format!("{base}/recognition")),
        web.get(v, format!("{base}/recognition/decisions?limit=50")),
        web.get(v, format!("{base}/reports?limit=100")),
    );
    for r in [&ini, &rec] {
        if !r.ok() {
            return web.refused(v, r);
        }
    }
    let ctx = crate::web::merged(
        json!({
            "slug": slug, "i": ini.body, "rec": rec.body, "decisions": decisions.body["items"],
            "reports": reports.body["items"], "statuses": vocab("status", InitiativeStatus::ALL), "errors": {},
        }),
        extra,
    );
    web.page_with_status(v, status, "recognition.html", ctx)
}

#[handler]
pub async fn recognition_view(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    if let Some(r) = signed_in(web, &v) {
        return r;
    }
    let flash = q.get("decided").map(|s| {
        web.t_with(
            &v,
            "flash-status-now",
            &[("status", web.label(&v, "status", s))],
        )
    });
    recognition_page(web, &v, &slug, StatusCode::OK, json!({ "flash": flash })).await
}

/// Records a status decision (the reason is required).
#[handler]
pub async fn decide(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let status = form.text("status");
    let reason = form.text("reason");
    let reply = web
        .send(
            &v,
            Method::POST,
            &format!("/initiatives/{}/recognition/decisions", urlencode(&slug)),
            &json!({ "status": status, "reason": reason.clone().unwrap_or_default() }),
            None,
        )
        .await;
    if reply.ok() {
        let s = status.unwrap_or_default();
        return web.redirect(
            &v,
            &format!(
                "/review/initiatives/{}?decided={}",
                urlencode(&slug),
                urlencode(&s)
            ),
        );
    }
    if reply.is_refusal() {
        return web.refused(&v, &reply);
    }
    let errors = reply.field_errors();
    let problem = if errors.is_empty() {
        web.refusal(&v, &reply)
    } else {
        web.t(&v, "problem-correct-fields")
    };
    recognition_page(
        web,
        &v,
        &slug,
        reply.status,
        json!({ "errors": errors, "problem": problem, "reason": reason, "chosen": status }),
    )
    .await
}

/// Failed jobs, and webhook deliveries whose last attempt failed.
#[handler]
pub async fn failed_jobs(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    if let Some(r) = signed_in(web, &v) {
        return r;
    }
    let jobs = web.get(&v, "/jobs?status=failed&limit=100").await;
    if !jobs.ok() {
        return web.refused(&v, &jobs);
    }
    let subs = web.get(&v, "/subscriptions?limit=100").await;
    let mut deliveries = Vec::new();
    for s in subs.body["items"].as_array().into_iter().flatten() {
        let id = s["id"].as_i64().unwrap_or_default();
        let d = web
            .get(
                &v,
                format!("/subscriptions/{id}/deliveries?failed=true&limit=20"),
            )
            .await;
        for item in d.body["items"].as_array().into_iter().flatten() {
            deliveries.push(json!({ "subscription": s, "delivery": item }));
        }
    }
    web.page(
        &v,
        "jobs.html",
        json!({ "jobs": jobs.body["items"], "deliveries": deliveries, "retried": q.get("retried") }),
    )
}

#[handler]
pub async fn retry_job(
    req: &Request,
    Data(web): Data<&Web>,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let (v, _) = crate::web::posted!(web, req, body);
    let reply = web
        .send(
            &v,
            Method::POST,
            &format!("/jobs/{id}/retry"),
            &json!({}),
            None,
        )
        .await;
    if !reply.ok() {
        return web.refused(&v, &reply);
    }
    web.redirect(&v, &format!("/review/jobs?retried={id}"))
}
