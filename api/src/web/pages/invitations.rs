//! Invitations in the pages: a focal point invites from the members page
//! (and revokes pending invitations there); the link in the message opens
//! `/invitations/{token}`, where the person signs in or signs up and accepts.
use super::members::{back_to_members, base, members_page};
use super::workspace::outcome;
use crate::web::Web;
use crate::web::form::urlencode;
use poem::http::{Method, StatusCode};
use poem::web::{Data, Path};
use poem::{Body, Request, Response, handler};
use serde_json::json;

/// Sends an invitation from the members page.
#[handler]
pub async fn invite(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let email = form.get("email").unwrap_or_default().to_owned();
    let role = form.text("role");
    let reply = web
        .send(
            &v,
            Method::POST,
            &format!("{}/invitations", base(&slug)),
            &json!({ "email": email, "role": role }),
            None,
        )
        .await;
    if reply.ok() {
        let done = web.t_with(&v, "flash-invitation-sent", &[("email", email.clone())]);
        return back_to_members(web, &v, &slug, &done);
    }
    if reply.is_refusal() {
        return web.refused(&v, &reply);
    }
    let (status, errors, problem) = outcome(web, &v, &reply);
    // The members page's own form uses `/role`; this one's role is a select.
    members_page(
        web,
        &v,
        &slug,
        status,
        json!({ "errors": errors, "problem": problem, "invite_email": email, "invite_role": role }),
    )
    .await
}

/// Revokes a pending invitation from the members page.
#[handler]
pub async fn revoke(
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
            &format!("{}/invitations/{id}", base(&slug)),
            None,
            None,
        )
        .await;
    if !reply.ok() {
        return web.refused(&v, &reply);
    }
    back_to_members(web, &v, &slug, &web.t(&v, "flash-invitation-revoked"))
}

/// What the link in the message opens: the invitation, and a way to accept it.
#[handler]
pub async fn show(req: &Request, Data(web): Data<&Web>, Path(token): Path<String>) -> Response {
    let v = web.visitor(req).await;
    let reply = web
        .get(&v, format!("/invitations/{}", urlencode(&token)))
        .await;
    if !reply.ok() {
        return web.refused(&v, &reply);
    }
    let here = format!("/invitations/{}", urlencode(&token));
    web.page(
        &v,
        "invitation.html",
        json!({ "inv": reply.body, "token": token, "accept_path": here, "here_encoded": urlencode(&here) }),
    )
}

/// Accepts the invitation as the signed-in visitor, then opens the workspace.
#[handler]
pub async fn accept(
    req: &Request,
    Data(web): Data<&Web>,
    Path(token): Path<String>,
    body: Body,
) -> Response {
    let (v, _) = crate::web::posted!(web, req, body);
    if v.me.is_none() {
        return web.redirect_to_sign_in(&v);
    }
    let reply = web
        .send(
            &v,
            Method::POST,
            &format!("/invitations/{}/accept", urlencode(&token)),
            &json!({}),
            None,
        )
        .await;
    if reply.ok() {
        // The account page lists every role, should the answer not name the initiative.
        let target = match reply.body["initiative"].as_str() {
            Some(slug) => format!("/workspace/{}", urlencode(slug)),
            None => "/account".to_owned(),
        };
        return web.redirect(&v, &target);
    }
    if reply.is_refusal() {
        return web.refused(&v, &reply);
    }
    web.error(
        &v,
        StatusCode::CONFLICT,
        &web.t(&v, "error-invitation-unusable"),
        &web.refusal(&v, &reply),
    )
}
