//! A focal point's pages for who works on the initiative (members and their
//! roles) and which regional forums it declares it feeds into.
use super::vocab;
use super::workspace::outcome;
use crate::domain::MemberRole;
use crate::web::form::{FieldErrors, urlencode};
use crate::web::{Visitor, Web};
use poem::http::{Method, StatusCode};
use poem::web::{Data, Path, Query};
use poem::{Body, Request, Response, handler};
use serde_json::{Value, json};
use std::collections::BTreeMap;

pub(super) fn base(slug: &str) -> String {
    format!("/initiatives/{}", urlencode(slug))
}

/// Back to the members page, saying what was done.
pub(super) fn back_to_members(web: &Web, v: &Visitor, slug: &str, done: &str) -> Response {
    web.redirect(
        v,
        &format!(
            "/workspace/{}/members?done={}",
            urlencode(slug),
            urlencode(done)
        ),
    )
}

pub(super) async fn members_page(
    web: &Web,
    v: &Visitor,
    slug: &str,
    status: StatusCode,
    extra: Value,
) -> Response {
    if v.me.is_none() {
        return web.redirect_to_sign_in(v);
    }
    let (ini, members) = futures::join!(
        web.get(v, base(slug)),
        web.get(v, format!("{}/members?limit=100", base(slug))),
    );
    for r in [&ini, &members] {
        if !r.ok() {
            return web.refused(v, r);
        }
    }
    let may_manage = v.role_in(slug).as_deref() == Some("focal_point") || v.is_igf();
    // Pending invitations, for those who invite.
    let invitations = if may_manage {
        let r = web
            .get(v, format!("{}/invitations?limit=100", base(slug)))
            .await;
        if !r.ok() {
            return web.refused(v, &r);
        }
        r.body["items"].clone()
    } else {
        json!([])
    };
    let ctx = crate::web::merged(
        json!({ "slug": slug, "i": ini.body, "members": members.body["items"], "roles": vocab("role", MemberRole::ALL),
                "invitations": invitations, "may_manage": may_manage, "errors": {} }),
        extra,
    );
    web.page_with_status(v, status, "members.html", ctx)
}

#[handler]
pub async fn members_view(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let flash = q.get("done").cloned();
    members_page(web, &v, &slug, StatusCode::OK, json!({ "flash": flash })).await
}

/// Gives an existing account a role (or changes it).
#[handler]
pub async fn member_set(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let user = form.get("user").unwrap_or_default().to_owned();
    let role = form.text("role");
    let mut errors = FieldErrors::new();
    if user.is_empty() {
        errors.insert("/user".into(), vec![web.t(&v, "invalid-member-email")]);
    }
    let reply = if errors.is_empty() {
        let r = web
            .send(
                &v,
                Method::PUT,
                &format!("{}/members/{}", base(&slug), urlencode(&user)),
                &json!({ "role": role }),
                None,
            )
            .await;
        if r.ok() {
            let done = web.t_with(
                &v,
                "flash-member-role",
                &[
                    ("email", user.clone()),
                    (
                        "role",
                        web.label(&v, "role", role.as_deref().unwrap_or_default()),
                    ),
                ],
            );
            return back_to_members(web, &v, &slug, &done);
        }
        Some(r)
    } else {
        None
    };
    let (status, problem) = match &reply {
        // An unknown account reads like a missing one; say what to do about it.
        Some(r) if r.status == StatusCode::NOT_FOUND && r.detail().contains("user") => {
            errors.insert("/user".into(), vec![web.t(&v, "invalid-no-account")]);
            (StatusCode::NOT_FOUND, web.t(&v, "problem-correct-field"))
        }
        Some(r) if r.is_refusal() => return web.refused(&v, r),
        Some(r) => {
            let (status, field_errors, problem) = outcome(web, &v, r);
            errors.extend(field_errors);
            (status, problem)
        }
        None => (StatusCode::BAD_REQUEST, web.t(&v, "problem-correct-field")),
    };
    members_page(
        web,
        &v,
        &slug,
        status,
        json!({ "errors": errors, "problem": problem, "user": user, "chosen": role }),
    )
    .await
}

#[handler]
pub async fn member_remove(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, user)): Path<(String, i64)>,
    body: Body,
) -> Response {
    let (v, _) = crate::web::posted!(web, req, body);
    let reply = web
        .api
        .call(
            &v,
            Method::DELETE,
            &format!("{}/members/{user}", base(&slug)),
            None,
            None,
        )
        .await;
    if reply.ok() {
        return back_to_members(web, &v, &slug, &web.t(&v, "flash-member-removed"));
    }
    if reply.is_refusal() {
        return web.refused(&v, &reply);
    }
    // Say why (for example, the last focal point cannot go).
    let (status, _, problem) = outcome(web, &v, &reply);
    members_page(web, &v, &slug, status, json!({ "problem": problem })).await
}

async fn links_page(
    web: &Web,
    v: &Visitor,
    slug: &str,
    status: StatusCode,
    extra: Value,
) -> Response {
    if v.me.is_none() {
        return web.redirect_to_sign_in(v);
    }
    let (ini, current) = futures::join!(
        web.get(v, base(slug)),
        web.get(v, format!("{}/contributes-to", base(slug)))
    );
    for r in [&ini, &current] {
        if !r.ok() {
            return web.refused(v, r);
        }
    }
    let mut forums = Vec::new();
    for kind in ["regional", "subregional"] {
        let found = web
            .get_all(v, &format!("/initiatives?kind={kind}"), 5)
            .await
            .unwrap_or_default();
        forums.extend(found.into_iter().filter(|f| f["slug"] != slug));
    }
    let chosen: Vec<Value> = current.body["targets"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| t["slug"].clone())
        .collect();
    let ctx = crate::web::merged(
        json!({ "slug": slug, "i": ini.body, "forums": forums, "chosen": chosen, "errors": {} }),
        extra,
    );
    web.page_with_status(v, status, "links.html", ctx)
}

#[handler]
pub async fn links_view(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    links_page(
        web,
        &v,
        &slug,
        StatusCode::OK,
        json!({ "saved": q.contains_key("saved") }),
    )
    .await
}

/// Replaces the list of forums the initiative feeds into.
#[handler]
pub async fn links_save(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let targets = form.all("targets");
    let reply = web
        .send(
            &v,
            Method::PUT,
            &format!("{}/contributes-to", base(&slug)),
            &json!({ "targets": targets }),
            None,
        )
        .await;
    if reply.ok() {
        return web.redirect(
            &v,
            &format!("/workspace/{}/links?saved=1", urlencode(&slug)),
        );
    }
    if reply.is_refusal() {
        return web.refused(&v, &reply);
    }
    let (status, errors, problem) = outcome(web, &v, &reply);
    links_page(
        web,
        &v,
        &slug,
        status,
        json!({ "errors": errors, "problem": problem, "chosen": targets }),
    )
    .await
}
