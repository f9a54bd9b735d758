//! Notifications in the pages: the form on the account page (which kinds
//! the user receives, `PUT /me/notifications`) and the unsubscribe page a
//! message's link opens (`/unsubscribe?token=…`: a button that turns that
//! one kind off). The unsubscribe POST also takes a mail program's one-click
//! request (RFC 8058: `List-Unsubscribe=One-Click`, the token in the
//! address), so it needs no session and no CSRF token: the token is the
//! secret, and using it only ever turns a notification off.
use crate::domain::NotificationKind;
use crate::web::pages::account::account_page;
use crate::web::{Visitor, Web};
use poem::http::{Method, StatusCode};
use poem::web::{Data, Query};
use poem::{Body, Request, Response, handler};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The account page's switches: each kind, what it is, and whether it is on
/// in `current` (the answer of `GET /me/notifications`).
pub fn switches(current: &Value) -> Value {
    NotificationKind::ALL
        .iter()
        .map(|k| {
            json!({
                "kind": k.as_str(),
                "on": current[k.as_str()].as_bool().unwrap_or(true),
            })
        })
        .collect()
}

/// Saves the account page's notification switches: a kind is on when its
/// box was ticked.
#[handler]
pub async fn save(req: &Request, Data(web): Data<&Web>, body: Body) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let chosen: serde_json::Map<String, Value> = NotificationKind::ALL
        .iter()
        .map(|k| {
            (
                k.as_str().to_owned(),
                json!(form.get(k.as_str()) == Some("on")),
            )
        })
        .collect();
    let reply = web
        .send(
            &v,
            Method::PUT,
            "/me/notifications",
            &Value::Object(chosen),
            None,
        )
        .await;
    if !reply.ok() {
        return web.refused(&v, &reply);
    }
    account_page(
        web,
        &v,
        StatusCode::OK,
        json!({ "flash": web.t(&v, "flash-notifications-saved"), "errors": {} }),
    )
    .await
}

#[handler]
pub async fn unsubscribe_form(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    // Without a token the page says it needs the link; no empty one is made up.
    web.page(&v, "unsubscribe.html", json!({ "token": q.get("token") }))
}

/// Turns off the kind the token names (from the address or the form).
#[handler]
pub async fn unsubscribe(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
    body: Body,
) -> Response {
    let v: Visitor = web.visitor(req).await;
    let form = match web.posted(&v, body).await {
        Ok(form) => form,
        Err(refused) => return refused,
    };
    let token = q
        .get("token")
        .map(String::as_str)
        .or_else(|| form.get("token"));
    let reply = web
        .send(
            &v,
            Method::POST,
            "/notifications/unsubscribe",
            &json!({ "token": token }),
            None,
        )
        .await;
    if !reply.ok() {
        let problem = reply
            .field_errors()
            .into_values()
            .flatten()
            .next()
            .unwrap_or_else(|| web.refusal(&v, &reply));
        return web.page_with_status(
            &v,
            reply.status,
            "unsubscribe.html",
            json!({ "token": token, "problem": problem }),
        );
    }
    let done = reply.body["kind"]
        .as_str()
        .and_then(|k| NotificationKind::parse(k).ok())
        .map(NotificationKind::as_str);
    web.page(&v, "unsubscribe.html", json!({ "done": done }))
}
