//! Signing up, in and out, and the account page where a user sees and ends
//! their sessions and API tokens (and chooses their notifications, whose
//! form is handled in `notifications`).
use crate::web::form::local_path;
use crate::web::l10n::LANG_COOKIE;
use crate::web::pages::verification::sign_in_after_sign_up;
use crate::web::session::{SESSION_DAYS, Session, set_cookie};
use crate::web::{Visitor, Web};
use poem::http::{Method, StatusCode, header};
use poem::web::{Data, Path, Query};
use poem::{Body, Request, Response, handler};
use serde_json::{Value, json};
use std::collections::BTreeMap;

#[handler]
pub async fn sign_in_form(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let next = local_path(q.get("next").map(String::as_str)).unwrap_or_else(|| "/".into());
    let flash = if q.contains_key("reset") {
        Some(web.t(&v, "flash-password-reset"))
    } else if q.contains_key("signed_up") {
        Some(web.t(&v, "flash-signed-up"))
    } else {
        None
    };
    web.page(
        &v,
        "sign_in.html",
        json!({ "next": next, "errors": {}, "flash": flash }),
    )
}

/// Opens a session: a token issued by the API for e-mail and password.
async fn open_session(
    web: &Web,
    v: &Visitor,
    email: &str,
    password: &str,
) -> Result<Session, crate::web::client::Reply> {
    let reply = web
        .send(
            v,
            Method::POST,
            "/tokens",
            &json!({ "email": email, "password": password, "name": crate::service::tokens::BROWSER_SESSION, "expires_in_days": SESSION_DAYS }),
            None,
        )
        .await;
    if !reply.ok() {
        return Err(reply);
    }
    Ok(Session {
        token_id: reply.body["token"]["id"].as_i64().unwrap_or_default(),
        secret: reply.body["secret"].as_str().unwrap_or_default().to_owned(),
    })
}

#[handler]
pub async fn sign_in(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let next = local_path(form.get("next")).unwrap_or_else(|| "/".into());
    let email = form.get("email").unwrap_or_default().to_owned();
    let password = form.get("password").unwrap_or_default();
    match open_session(web, &v, &email, password).await {
        Ok(session) => web.redirect_with_session(&v, &next, Some(&session)),
        Err(reply) => {
            let mut errors = reply.field_errors();
            let problem = match reply.status {
                StatusCode::UNAUTHORIZED => web.t(&v, "problem-sign-in-wrong"),
                _ if !errors.is_empty() => web.t(&v, "problem-correct-fields"),
                _ => web.refusal(&v, &reply),
            };
            if reply.status == StatusCode::UNAUTHORIZED {
                errors.insert("/password".into(), vec![web.t(&v, "invalid-sign-in")]);
            }
            let mut page = web.page_with_status(
                &v,
                reply.status,
                "sign_in.html",
                json!({ "next": next, "email": email, "errors": errors, "problem": problem }),
            );
            if let Some(wait) = reply.retry_after.and_then(|w| w.parse().ok()) {
                page.headers_mut().insert(header::RETRY_AFTER, wait);
            }
            page
        }
    }
}

#[handler]
pub async fn sign_up_form(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let next = local_path(q.get("next").map(String::as_str));
    web.page(&v, "sign_up.html", json!({ "errors": {}, "next": next }))
}

/// Creates the account, then signs it in and goes on to registering an initiative.
#[handler]
pub async fn sign_up(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let email = form.get("email").unwrap_or_default().to_owned();
    let name = form.get("name").unwrap_or_default().to_owned();
    let password = form.get("password").unwrap_or_default().to_owned();
    // Where to go once signed up: an invitation to accept, or registering an initiative.
    let next = local_path(form.get("next"));
    let mut errors = BTreeMap::new();
    if form.get("password_again") != Some(password.as_str()) {
        errors.insert(
            "/password_again".to_owned(),
            vec![web.t(&v, "invalid-passwords-differ")],
        );
    }
    let reply = if errors.is_empty() {
        let r = web
            .send(
                &v,
                Method::POST,
                "/users",
                // The page's language becomes the account's, so that the
                // first mail (confirming the address) is in it too.
                &json!({ "email": email, "name": name, "password": password, "locale": v.locale.as_str() }),
                None,
            )
            .await;
        errors = r.field_errors();
        Some(r)
    } else {
        None
    };
    match reply {
        Some(r) if r.ok() => match open_session(web, &v, &email, &password).await {
            Ok(session) => web.redirect_with_session(
                &v,
                next.as_deref().unwrap_or("/register"),
                Some(&session),
            ),
            // The address had an account already (its owner was mailed):
            // the answer does not tell, signing in with its password does.
            Err(_) => web.redirect(&v, &sign_in_after_sign_up(next.as_deref())),
        },
        other => {
            let problem = match &other {
                Some(r) if r.status == StatusCode::TOO_MANY_REQUESTS => web.refusal(&v, r),
                _ => web.t(&v, "problem-correct-fields"),
            };
            let status = other.map(|r| r.status).unwrap_or(StatusCode::BAD_REQUEST);
            web.page_with_status(
                &v,
                status,
                "sign_up.html",
                json!({ "email": email, "name": name, "errors": errors, "problem": problem, "next": next }),
            )
        }
    }
}

/// Ends the session: its token is revoked, not only the cookie dropped.
#[handler]
pub async fn sign_out(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, _) = crate::web::posted!(web, req, body);
    if let Some(s) = &v.session {
        web.api
            .call(
                &v,
                Method::DELETE,
                &format!("/tokens/{}", s.token_id),
                None,
                None,
            )
            .await;
    }
    web.redirect_with_session(&v, "/", None)
}

#[handler]
pub async fn account(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    if v.me.is_none() {
        return web.redirect_to_sign_in(&v);
    }
    let flash = if q.contains_key("changed") {
        Some(web.t(&v, "flash-password-changed"))
    } else if q.contains_key("verification") {
        Some(web.t(&v, "flash-verification-sent"))
    } else if q.contains_key("language") {
        Some(web.t(&v, "flash-language-saved"))
    } else {
        None
    };
    account_page(
        web,
        &v,
        StatusCode::OK,
        json!({ "flash": flash, "errors": {} }),
    )
    .await
}

/// The account page with `extra` (a flash, or the password form's errors)
/// in its context.
pub async fn account_page(web: &Web, v: &Visitor, status: StatusCode, extra: Value) -> Response {
    let tokens = web.get(v, "/tokens?limit=100").await;
    if !tokens.ok() {
        return web.refused(v, &tokens);
    }
    let notifications = web.get(v, "/me/notifications").await;
    if !notifications.ok() {
        return web.refused(v, &notifications);
    }
    let current = v.session.as_ref().map(|s| s.token_id);
    let items: Vec<Value> = tokens.body["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut t| {
            t["current"] = (t["id"].as_i64() == current).into();
            t
        })
        .collect();
    web.page_with_status(
        v,
        status,
        "account.html",
        crate::web::merged(
            json!({
                "tokens": items,
                "notifications": super::notifications::switches(&notifications.body),
            }),
            extra,
        ),
    )
}

/// Revokes one of the user's sessions or tokens; revoking this one signs out.
#[handler]
pub async fn revoke(
    req: &Request,
    Data(web): Data<&Web>,
    Path(id): Path<i64>,
    body: Body,
) -> Response {
    let (v, _) = crate::web::posted!(web, req, body);
    let reply = web
        .api
        .call(&v, Method::DELETE, &format!("/tokens/{id}"), None, None)
        .await;
    if !reply.ok() {
        return web.refused(&v, &reply);
    }
    if v.session.as_ref().is_some_and(|s| s.token_id == id) {
        return web.redirect_with_session(&v, "/", None);
    }
    web.redirect(&v, "/account")
}

/// Saves the page language as the user's preference (`PUT /me/preferences`)
/// and forgets the switcher's cookie, so the preference decides from now on.
#[handler]
pub async fn set_language(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let locale = form.text("locale");
    let reply = web
        .send(
            &v,
            Method::PUT,
            "/me/preferences",
            &json!({ "locale": locale }),
            None,
        )
        .await;
    if !reply.ok() {
        return web.refused(&v, &reply);
    }
    let mut resp = web.redirect(&v, "/account?language=1");
    let forget = set_cookie(LANG_COOKIE, "", Some(0), v.secure);
    if let Ok(value) = forget.parse() {
        resp.headers_mut().append(header::SET_COOKIE, value);
    }
    resp
}
