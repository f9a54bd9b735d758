//! E-mail verification in the pages: the page a verification link opens
//! (a button that confirms, so that a mail scanner fetching the link does
//! not use it up) and "send the link again" on the account page. Each posts
//! to the API's verification operations.
use crate::web::pages::account::account_page;
use crate::web::{Web, form};
use poem::http::{Method, StatusCode, header};
use poem::web::{Data, Query};
use poem::{Body, Request, Response, handler};
use serde_json::json;
use std::collections::BTreeMap;

#[handler]
pub async fn verify_form(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    web.page(&v, "verify_email.html", json!({ "token": q.get("token") }))
}

/// Confirms the address with the link's token.
#[handler]
pub async fn verify(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, posted) = crate::web::posted!(web, req, body);
    // A form without a token is sent as it is: the API names the field.
    let token = posted.get("token");
    let reply = web
        .send(
            &v,
            Method::POST,
            "/email-verifications/confirm",
            &json!({ "token": token }),
            None,
        )
        .await;
    if reply.ok() {
        return web.page(&v, "verify_email.html", json!({ "confirmed": true }));
    }
    let errors = reply.field_errors();
    let dead = errors.get("/token").and_then(|m| m.first()).cloned();
    web.page_with_status(
        &v,
        reply.status,
        "verify_email.html",
        json!({
            "token": if dead.is_some() { None } else { token },
            "problem": dead.unwrap_or_else(|| web.refusal(&v, &reply)),
        }),
    )
}

/// Asks for a new verification link for the signed-in user.
#[handler]
pub async fn resend(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, _) = crate::web::posted!(web, req, body);
    if v.me.is_none() {
        return web.redirect_to_sign_in(&v);
    }
    let reply = web
        .api
        .call(&v, Method::POST, "/me/email-verification", None, None)
        .await;
    if reply.ok() {
        return web.redirect(&v, "/account?verification=sent");
    }
    let mut page = account_page(
        web,
        &v,
        reply.status,
        json!({ "errors": {}, "verification_problem": web.refusal(&v, &reply) }),
    )
    .await;
    if reply.status == StatusCode::TOO_MANY_REQUESTS
        && let Some(wait) = reply.retry_after.as_ref().and_then(|w| w.parse().ok())
    {
        page.headers_mut().insert(header::RETRY_AFTER, wait);
    }
    page
}

/// Where the sign-up page sends a visitor whose new password did not sign
/// in (the address had an account already: its owner was mailed): to
/// signing in, saying so, and then on to `next`.
pub fn sign_in_after_sign_up(next: Option<&str>) -> String {
    match next {
        Some(next) => format!("/sign-in?signed_up=1&next={}", form::urlencode(next)),
        None => "/sign-in?signed_up=1".to_owned(),
    }
}
