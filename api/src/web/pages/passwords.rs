//! Passwords in the pages: "forgot your password?" (ask for a link by
//! mail), the page the link opens (choose a new password), and the change
//! form on the account page. Each posts to the API's password operations.
use crate::web::pages::account::account_page;
use crate::web::{Visitor, Web};
use poem::http::{Method, StatusCode, header};
use poem::web::{Data, Query};
use poem::{Body, Request, Response, handler};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// An error map with one message under `field`.
fn one_error(field: &str, message: &str) -> BTreeMap<String, Vec<String>> {
    BTreeMap::from([(field.to_owned(), vec![message.to_owned()])])
}

/// A page for a refused form: its status (and `Retry-After`), with the
/// reply's field errors and detail.
fn refused_form(
    web: &Web,
    v: &Visitor,
    reply: &crate::web::client::Reply,
    template: &str,
    ctx: Value,
) -> Response {
    let errors = reply.field_errors();
    let problem = if reply.status == StatusCode::TOO_MANY_REQUESTS || errors.is_empty() {
        web.refusal(v, reply)
    } else {
        web.t(v, "problem-correct-fields")
    };
    let mut page = web.page_with_status(
        v,
        reply.status,
        template,
        crate::web::merged(ctx, json!({ "errors": errors, "problem": problem })),
    );
    if let Some(wait) = reply.retry_after.as_ref().and_then(|w| w.parse().ok()) {
        page.headers_mut().insert(header::RETRY_AFTER, wait);
    }
    page
}

#[handler]
pub async fn forgot_form(req: &Request, Data(web): Data<&Web>) -> Response {
    let v = web.visitor(req).await;
    web.page(&v, "forgot_password.html", json!({ "errors": {} }))
}

/// Asks the API to mail a reset link; says the same whether or not the
/// account exists (the API's answer).
#[handler]
pub async fn forgot(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let email = form.get("email").unwrap_or_default().to_owned();
    let reply = web
        .send(
            &v,
            Method::POST,
            "/password-resets",
            &json!({ "email": email }),
            None,
        )
        .await;
    if reply.ok() {
        return web.page(
            &v,
            "forgot_password.html",
            json!({ "sent": web.t(&v, "flash-reset-sent"), "errors": {} }),
        );
    }
    refused_form(
        web,
        &v,
        &reply,
        "forgot_password.html",
        json!({ "email": email }),
    )
}

#[handler]
pub async fn reset_form(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let token = q.get("token").cloned().unwrap_or_default();
    web.page(
        &v,
        "reset_password.html",
        json!({ "token": token, "errors": {} }),
    )
}

/// Sets the new password with the link's token, then goes to signing in.
#[handler]
pub async fn reset(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let token = form.get("token").unwrap_or_default().to_owned();
    let password = form.get("password").unwrap_or_default().to_owned();
    if form.get("password_again") != Some(password.as_str()) {
        return web.page_with_status(
            &v,
            StatusCode::BAD_REQUEST,
            "reset_password.html",
            json!({ "token": token, "errors": one_error("/password_again", &web.t(&v, "invalid-passwords-differ")), "problem": web.t(&v, "problem-correct-fields") }),
        );
    }
    let reply = web
        .send(
            &v,
            Method::POST,
            "/password-resets/confirm",
            &json!({ "token": token, "password": password }),
            None,
        )
        .await;
    if reply.ok() {
        // Every session of the account has ended, this browser's too.
        return web.redirect_with_session(&v, "/sign-in?reset=1", None);
    }
    let link_dead = reply.field_errors().contains_key("/token");
    refused_form(
        web,
        &v,
        &reply,
        "reset_password.html",
        json!({ "token": if link_dead { String::new() } else { token } }),
    )
}

/// Changes the signed-in user's password from the account page.
#[handler]
pub async fn change(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    if v.me.is_none() {
        return web.redirect_to_sign_in(&v);
    }
    let new = form.get("new_password").unwrap_or_default().to_owned();
    if form.get("new_password_again") != Some(new.as_str()) {
        return account_page(
            web,
            &v,
            StatusCode::BAD_REQUEST,
            json!({ "errors": one_error("/new_password_again", &web.t(&v, "invalid-passwords-differ")), "problem": web.t(&v, "problem-correct-fields") }),
        )
        .await;
    }
    let reply = web
        .send(
            &v,
            Method::POST,
            "/me/password",
            &json!({ "current_password": form.get("current_password").unwrap_or_default(), "new_password": new }),
            None,
        )
        .await;
    if reply.ok() {
        return web.redirect(&v, "/account?changed=1");
    }
    let errors = reply.field_errors();
    let problem = if errors.is_empty() {
        web.refusal(&v, &reply)
    } else {
        web.t(&v, "problem-correct-fields")
    };
    account_page(
        web,
        &v,
        reply.status,
        json!({ "errors": errors, "problem": problem }),
    )
    .await
}
