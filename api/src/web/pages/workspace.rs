//! The secretariat's workspace: registering an initiative, its overview, and
//! the forms for the profile, secretariat, committee and principles. Each form
//! posts back to its own page; a refusal shows the API's field errors beside
//! the inputs and keeps what was typed, and a stale edit (someone saved first)
//! says so and keeps it too.
use super::{countries, default_year, vocab};
use crate::domain::{CommitteeRole, Gender, InitiativeKind, StakeholderGroup, UnRegion};
use crate::web::client::Reply;
use crate::web::form::{FieldErrors, Form, integer_at, list, urlencode};
use crate::web::{Visitor, Web};
use poem::http::{Method, StatusCode};
use poem::web::{Data, Path, Query};
use poem::{Body, Request, Response, handler};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

fn base(slug: &str) -> String {
    format!("/initiatives/{}", urlencode(slug))
}

/// What a form page says after a post that did not go through.
pub fn outcome(web: &Web, v: &Visitor, reply: &Reply) -> (StatusCode, FieldErrors, String) {
    let errors = reply.field_errors();
    let problem = match reply.status {
        StatusCode::PRECONDITION_FAILED => web.t(v, "problem-stale"),
        StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY if !errors.is_empty() => {
            let count = errors.values().map(Vec::len).sum::<usize>();
            web.t_with(v, "problem-count", &[("count", count.to_string())])
        }
        _ => web.refusal(v, reply),
    };
    (reply.status, errors, problem)
}

#[handler]
pub async fn register_form(req: &Request, Data(web): Data<&Web>) -> Response {
    let v = web.visitor(req).await;
    if v.me.is_none() {
        return web.redirect_to_sign_in(&v);
    }
    web.page(
        &v,
        "register.html",
        register_ctx(json!({}), FieldErrors::new(), None),
    )
}

fn register_ctx(values: Value, errors: FieldErrors, problem: Option<String>) -> Value {
    json!({ "v": values, "errors": errors, "problem": problem,
            "kinds": vocab("kind", InitiativeKind::ALL), "regions": vocab("region", UnRegion::ALL), "countries": countries() })
}

/// Registers an initiative; the user becomes its focal point.
#[handler]
pub async fn register(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let mut values = form.nested("i");
    let mut errors = FieldErrors::new();
    integer_at(&mut values, "/established_year", &mut errors);
    values["working_languages"] = Value::Array(list(form.get("i.working_languages")));
    values["coverage"] = form.strings("i.coverage");
    if let Some(d) = values.get("description").cloned() {
        values["description"] = json!({ "en": d });
    }
    if values.get("kind").is_none() {
        errors.insert("/kind".into(), vec![web.t(&v, "invalid-choose-kind")]);
    }
    if !errors.is_empty() {
        let problem = Some(web.t(&v, "problem-correct-fields"));
        return web.page_with_status(
            &v,
            StatusCode::BAD_REQUEST,
            "register.html",
            register_ctx(values, errors, problem),
        );
    }
    let reply = web
        .send(&v, Method::POST, "/initiatives", &values, None)
        .await;
    if reply.ok() {
        let slug = reply.body["slug"].as_str().unwrap_or_default();
        return web.redirect(&v, &format!("/workspace/{}?registered=1", urlencode(slug)));
    }
    if reply.status == StatusCode::UNAUTHORIZED {
        return web.redirect_to_sign_in(&v);
    }
    let (status, errors, problem) = outcome(web, &v, &reply);
    web.page_with_status(
        &v,
        status,
        "register.html",
        register_ctx(values, errors, Some(problem)),
    )
}

/// The workspace's front page: status, reports by year, and the forms.
#[handler]
pub async fn overview(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    if v.me.is_none() {
        return web.redirect_to_sign_in(&v);
    }
    let b = base(&slug);
    let (ini, reports, members, recognition) = futures::join!(
        web.get(&v, &b),
        web.get(&v, format!("{b}/reports?limit=100")),
        web.get(&v, format!("{b}/members?limit=100")),
        web.get(&v, format!("{b}/recognition")),
    );
    if !ini.ok() {
        return web.refused(&v, &ini);
    }
    if !members.ok() {
        // Members may read the member list; anyone else has no workspace here.
        return web.refused(&v, &members);
    }
    let year = default_year();
    let mut years: Vec<i64> = (0..3).map(|d| i64::from(year + 1 - d)).collect();
    for r in reports.body["items"].as_array().into_iter().flatten() {
        if let Some(y) = r["year"].as_i64()
            && !years.contains(&y)
        {
            years.push(y);
        }
    }
    years.sort_unstable_by(|a, b| b.cmp(a));
    web.page(
        &v,
        "workspace.html",
        json!({
            "i": ini.body, "reports": reports.body["items"], "members": members.body["items"],
            "recognition": if recognition.ok() { recognition.body } else { Value::Null },
            "years": years, "year": year, "role": v.role_in(&slug), "flash": q.get("registered").map(|_| web.t(&v, "flash-registered")),
        }),
    )
}

/// Loads a resource for a form, or the page that says why it cannot be.
async fn load(web: &Web, v: &Visitor, path: &str) -> Result<Reply, Response> {
    if v.me.is_none() {
        return Err(web.redirect_to_sign_in(v));
    }
    let r = web.get(v, path).await;
    if r.ok() {
        Ok(r)
    } else {
        Err(web.refused(v, &r))
    }
}

/// Shows a form page again after a refused post, with the current ETag when
/// the refusal was a stale edit (so saving again overwrites knowingly).
async fn refused_form(
    web: &Web,
    v: &Visitor,
    path: &str,
    reply: &Reply,
    template: &str,
    mut ctx: Value,
) -> Response {
    if reply.status == StatusCode::UNAUTHORIZED {
        return web.redirect_to_sign_in(v);
    }
    if matches!(reply.status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN) {
        return web.refused(v, reply);
    }
    let (status, errors, problem) = outcome(web, v, reply);
    if status == StatusCode::PRECONDITION_FAILED {
        let current = web.get(v, path).await;
        ctx["etag"] = current.etag.into();
        ctx["current"] = current.body;
    }
    ctx["errors"] = json!(errors);
    ctx["problem"] = problem.into();
    web.page_with_status(v, status, template, ctx)
}

fn profile_ctx(i: &Value, etag: Option<String>, slug: &str) -> Value {
    json!({ "slug": slug, "v": i, "etag": etag, "errors": {},
            "kinds": vocab("kind", InitiativeKind::ALL), "regions": vocab("region", UnRegion::ALL), "countries": countries() })
}

#[handler]
pub async fn profile_form(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let r = match load(web, &v, &base(&slug)).await {
        Ok(r) => r,
        Err(page) => return page,
    };
    let mut ctx = profile_ctx(&r.body, r.etag, &slug);
    ctx["saved"] = q.contains_key("saved").into();
    web.page(&v, "profile.html", ctx)
}

#[handler]
pub async fn profile(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let mut patch = form.nested("i");
    let mut errors = FieldErrors::new();
    integer_at(&mut patch, "/established_year", &mut errors);
    // A forum's form lists its countries as checkboxes: none ticked is an empty list.
    if form.checked("coverage_listed") {
        patch["coverage"] = form.strings("i.coverage");
    } else if let Some(m) = patch.as_object_mut() {
        m.remove("coverage");
    }
    // Cleared fields are sent as null, so the merge-patch removes them.
    for key in ["acronym", "website", "public_email", "established_year"] {
        patch
            .as_object_mut()
            .map(|m| m.entry(key).or_insert(Value::Null));
    }
    patch["working_languages"] = Value::Array(list(form.get("i.working_languages")));
    let mut description = Map::new();
    for (k, text) in patch["description"]
        .as_object()
        .cloned()
        .unwrap_or_default()
    {
        description.insert(k, text);
    }
    patch["description"] = Value::Object(description);
    let ctx = profile_ctx(&patch, form.text("etag"), &slug);
    if !errors.is_empty() {
        let mut ctx = ctx;
        ctx["errors"] = json!(errors);
        ctx["problem"] = web.t(&v, "problem-correct-fields").into();
        return web.page_with_status(&v, StatusCode::BAD_REQUEST, "profile.html", ctx);
    }
    let path = base(&slug);
    let reply = web
        .send(&v, Method::PATCH, &path, &patch, form.get("etag"))
        .await;
    if reply.ok() {
        return web.redirect(
            &v,
            &format!("/workspace/{}/profile?saved=1", urlencode(&slug)),
        );
    }
    refused_form(web, &v, &path, &reply, "profile.html", ctx).await
}

#[handler]
pub async fn secretariat_form(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let r = match load(web, &v, &format!("{}/secretariat", base(&slug))).await {
        Ok(r) => r,
        Err(page) => return page,
    };
    web.page(
        &v,
        "secretariat.html",
        json!({ "slug": slug, "v": r.body, "etag": r.etag, "errors": {}, "saved": q.contains_key("saved"),
                "groups": vocab("group", StakeholderGroup::ALL), "countries": countries() }),
    )
}

#[handler]
pub async fn secretariat(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let mut s = form.nested("s");
    s["supporting_organisations"] = Value::Array(list(form.get("s.supporting_organisations")));
    s["contact_emails"] = Value::Array(list(form.get("s.contact_emails")));
    let path = format!("{}/secretariat", base(&slug));
    let reply = web.send(&v, Method::PUT, &path, &s, form.get("etag")).await;
    if reply.ok() {
        return web.redirect(
            &v,
            &format!("/workspace/{}/secretariat?saved=1", urlencode(&slug)),
        );
    }
    let ctx = json!({ "slug": slug, "v": s, "etag": form.text("etag"), "groups": vocab("group", StakeholderGroup::ALL), "countries": countries() });
    refused_form(web, &v, &path, &reply, "secretariat.html", ctx).await
}

fn committee_ctx(
    slug: &str,
    members: Value,
    new: Value,
    errors: FieldErrors,
    problem: Option<String>,
) -> Value {
    json!({ "slug": slug, "committee": members, "v": new, "errors": errors, "problem": problem,
            "groups": vocab("group", StakeholderGroup::ALL), "genders": vocab("gender", Gender::ALL), "roles": vocab("committee_role", CommitteeRole::ALL), "countries": countries() })
}

#[handler]
pub async fn committee(req: &Request, Data(web): Data<&Web>, Path(slug): Path<String>) -> Response {
    let v = web.visitor(req).await;
    let r = match load(web, &v, &format!("{}/committee?limit=100", base(&slug))).await {
        Ok(r) => r,
        Err(page) => return page,
    };
    web.page(
        &v,
        "committee.html",
        committee_ctx(
            &slug,
            r.body,
            json!({ "listed_publicly": true }),
            FieldErrors::new(),
            None,
        ),
    )
}

#[handler]
pub async fn committee_add(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let mut m = form.nested("m");
    m["listed_publicly"] = form.checked("m.listed_publicly").into();
    let path = format!("{}/committee", base(&slug));
    let reply = web.send(&v, Method::POST, &path, &m, None).await;
    if reply.ok() {
        return web.redirect(&v, &format!("/workspace/{}/committee", urlencode(&slug)));
    }
    if reply.is_refusal() {
        return web.refused(&v, &reply);
    }
    let list = web.get(&v, format!("{path}?limit=100")).await;
    let (status, errors, problem) = outcome(web, &v, &reply);
    web.page_with_status(
        &v,
        status,
        "committee.html",
        committee_ctx(&slug, list.body, m, errors, Some(problem)),
    )
}

#[handler]
pub async fn committee_remove(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, id)): Path<(String, i64)>,
    body: Body,
) -> Response {
    let (v, _) = crate::web::posted!(web, req, body);
    let reply = web
        .api
        .call(
            &v,
            Method::DELETE,
            &format!("{}/committee/{id}", base(&slug)),
            None,
            None,
        )
        .await;
    if !reply.ok() {
        return web.refused(&v, &reply);
    }
    web.redirect(&v, &format!("/workspace/{}/committee", urlencode(&slug)))
}

/// The five principles, each `{key}` (the template names it by the message `principle-<key>`).
fn principles_ctx(slug: &str, year: i32, values: Value, etag: Option<String>) -> Value {
    let names: Vec<Value> = crate::domain::Principle::ALL
        .iter()
        .map(|p| json!({ "key": p.as_str() }))
        .collect();
    json!({ "slug": slug, "year": year, "v": values, "etag": etag, "principles": names, "errors": {} })
}

#[handler]
pub async fn principles_form(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, year)): Path<(String, i32)>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    if v.me.is_none() {
        return web.redirect_to_sign_in(&v);
    }
    let r = web
        .get(&v, format!("{}/principles/{year}", base(&slug)))
        .await;
    let (values, etag) = match r.status {
        s if s.is_success() => (r.body["principles"].clone(), r.etag),
        StatusCode::NOT_FOUND
            if r.body["detail"]
                .as_str()
                .is_some_and(|d| d.contains("attestation")) =>
        {
            (json!({}), None)
        }
        _ => return web.refused(&v, &r),
    };
    let mut ctx = principles_ctx(&slug, year, values, etag);
    ctx["saved"] = q.contains_key("saved").into();
    web.page(&v, "principles.html", ctx)
}

#[handler]
pub async fn principles(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, year)): Path<(String, i32)>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let mut values = Map::new();
    for principle in crate::domain::Principle::ALL {
        let key = principle.as_str();
        values.insert(
            key.to_owned(),
            json!({
                "attested": form.checked(&format!("p.{key}.attested")),
                "evidence": form.text(&format!("p.{key}.evidence")),
                "evidence_urls": list(form.get(&format!("p.{key}.evidence_urls"))),
            }),
        );
    }
    let values = Value::Object(values);
    let path = format!("{}/principles/{year}", base(&slug));
    let reply = web
        .send(&v, Method::PUT, &path, &values, form.get("etag"))
        .await;
    if reply.ok() {
        return web.redirect(
            &v,
            &format!("/workspace/{}/principles/{year}?saved=1", urlencode(&slug)),
        );
    }
    let ctx = principles_ctx(&slug, year, values, form.text("etag"));
    refused_form(web, &v, &path, &reply, "principles.html", ctx).await
}

/// Whether a form left a repeatable entry entirely blank.
pub fn blank(form: &Form, prefix: &str) -> bool {
    form.0
        .iter()
        .all(|(k, v)| !k.starts_with(prefix) || v.trim().is_empty())
}
