//! The web pages at `/`: rendered on the server from the templates in
//! `api/templates`, working without JavaScript. Pages hold no rules of their
//! own: they read and write through the API in-process (`client`), as the
//! signed-in user, and turn its answers (including RFC 9457 field errors) into
//! HTML. Sessions and CSRF are in `session`, form decoding in `form`, the SVG
//! charts in `charts`; one module per area of the site holds its handlers.
pub mod charts;
pub mod client;
mod evidence;
pub mod form;
pub mod l10n;
pub mod map;
mod names;
pub mod pages;
pub mod session;
mod templates;

/// Reads a posted form, checking its CSRF token, or returns the refusal page
/// from the handler.
macro_rules! posted {
    ($web:expr, $req:expr, $body:expr) => {
        match $web.form($req, $body).await {
            Ok(posted) => posted,
            Err(refusal) => return refusal,
        }
    };
}
pub(crate) use posted;

use crate::auth::{ClientIp, RequestId};
use crate::domain::PageLocale;
use client::{ApiClient, Reply};
use form::Form;
use poem::http::{Method, StatusCode, header};
use poem::{IntoResponse, Request, Response};
use serde_json::{Value, json};
use session::Session;
use std::sync::Arc;

/// What every page handler shares.
#[derive(Clone)]
pub struct Web {
    pub api: ApiClient,
    env: Arc<minijinja::Environment<'static>>,
    catalog: Arc<l10n::Catalog>,
    public_url: Arc<str>,
}

/// The person behind a page request: their session (if any), who they are,
/// and what their forms must carry.
#[derive(Debug, Clone)]
pub struct Visitor {
    pub session: Option<Session>,
    /// `GET /me` for a signed-in visitor.
    pub me: Option<Value>,
    /// The secret the CSRF token derives from (session or pre-session).
    csrf_secret: String,
    /// A pre-session cookie to set with the response.
    new_presession: Option<String>,
    /// The session cookie was stale (expired or revoked): clear it.
    clear_session: bool,
    pub request_id: String,
    pub client_ip: String,
    pub secure: bool,
    /// The path and query of the page, to come back to after signing in.
    pub here: String,
    /// The language the page speaks (`l10n::negotiate`).
    pub locale: PageLocale,
}

impl Visitor {
    pub fn csrf(&self) -> String {
        session::csrf_token(&self.csrf_secret)
    }

    pub fn is_igf(&self) -> bool {
        self.me
            .as_ref()
            .is_some_and(|m| m["platform_role"] == "igf_secretariat")
    }

    /// The visitor's role in an initiative (`focal_point`, `editor`, `viewer`).
    pub fn role_in(&self, slug: &str) -> Option<String> {
        self.me.as_ref().and_then(|m| {
            m["roles"]
                .as_array()?
                .iter()
                .find(|r| r["initiative"] == slug)
                .and_then(|r| r["role"].as_str().map(str::to_owned))
        })
    }
}

impl Web {
    pub fn new(api: ApiClient, public_url: &str) -> Self {
        let catalog = Arc::new(l10n::Catalog::new());
        Self {
            api,
            env: Arc::new(templates::environment(catalog.clone())),
            catalog,
            public_url: public_url.into(),
        }
    }

    /// The message `id` in the visitor's language.
    pub fn t(&self, visitor: &Visitor, id: &str) -> String {
        self.catalog.text(visitor.locale, id)
    }

    /// The message `id` in the visitor's language, with arguments.
    pub fn t_with(&self, visitor: &Visitor, id: &str, args: &[(&str, String)]) -> String {
        self.catalog.text_with(visitor.locale, id, args)
    }

    /// The message `id` in the visitor's language with a number `count`,
    /// which selects its plural form ("1 initiative", "3 initiatives").
    pub fn t_count(&self, visitor: &Visitor, id: &str, count: usize) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", count);
        self.catalog
            .message(visitor.locale, id, Some(&args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// A vocabulary value in the visitor's language (`theme`, `ai_and_emerging_technologies`).
    pub fn label(&self, visitor: &Visitor, vocab: &str, value: &str) -> String {
        templates::vocabulary_label(&self.catalog, visitor.locale, vocab, value)
    }

    /// Who is asking: reads the cookies and, for a session, asks `/me`.
    pub async fn visitor(&self, req: &Request) -> Visitor {
        let request_id = req
            .extensions()
            .get::<RequestId>()
            .map(|r| r.0.clone())
            .unwrap_or_default();
        let here = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".into());
        let existing = session::cookie(req, session::PRESESSION_COOKIE).map(str::to_owned);
        let mut v = Visitor {
            session: session::session_of(req),
            me: None,
            csrf_secret: String::new(),
            new_presession: None,
            clear_session: false,
            request_id,
            client_ip: ClientIp::of(req).0,
            secure: session::over_tls(req, &self.public_url),
            here,
            locale: PageLocale::En,
        };
        if v.session.is_some() {
            let me = self.api.get(&v, "/me").await;
            if me.ok() {
                v.me = Some(me.body);
            } else {
                v.session = None;
                v.clear_session = true;
            }
        }
        v.locale = l10n::negotiate(
            session::cookie(req, l10n::LANG_COOKIE),
            v.me.as_ref().and_then(|m| m["locale"].as_str()),
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok()),
        );
        v.csrf_secret = match (&v.session, existing) {
            (Some(s), _) => s.secret.clone(),
            (None, Some(p)) => p,
            (None, None) => {
                let fresh = session::new_presession();
                v.new_presession = Some(fresh.clone());
                fresh
            }
        };
        v
    }

    /// Reads a posted form and checks its CSRF token: `Err` is the refusal page.
    pub async fn form(&self, req: &Request, body: poem::Body) -> Result<(Visitor, Form), Response> {
        let visitor = self.visitor(req).await;
        let form = self.posted(&visitor, body).await?;
        let sent = form.get("csrf").unwrap_or_default();
        if visitor.new_presession.is_some() || !session::csrf_matches(&visitor.csrf_secret, sent) {
            return Err(self.error(
                &visitor,
                StatusCode::FORBIDDEN,
                &self.t(&visitor, "error-expired-title"),
                &self.t(&visitor, "error-expired-detail"),
            ));
        }
        Ok((visitor, form))
    }

    /// Reads a posted form's body, without a CSRF check (for the few forms
    /// whose link carries their secret). A body that cannot be read in full
    /// (the connection broke) is refused with a 400 page, never taken as an
    /// empty form.
    pub async fn posted(&self, visitor: &Visitor, body: poem::Body) -> Result<Form, Response> {
        match body.into_bytes().await {
            Ok(bytes) => Ok(Form::parse(&bytes)),
            Err(e) => {
                tracing::info!(error = %e, "a posted form could not be read");
                Err(self.error(
                    visitor,
                    StatusCode::BAD_REQUEST,
                    &self.t(visitor, "error-refused-title"),
                    &self.t(visitor, "error-unreadable-form"),
                ))
            }
        }
    }

    /// Renders a template with the visitor's details added to `ctx`.
    pub fn page(&self, visitor: &Visitor, template: &str, ctx: Value) -> Response {
        self.page_with_status(visitor, StatusCode::OK, template, ctx)
    }

    pub fn page_with_status(
        &self,
        visitor: &Visitor,
        status: StatusCode,
        template: &str,
        mut ctx: Value,
    ) -> Response {
        if let Value::Object(map) = &mut ctx {
            map.insert("me".into(), visitor.me.clone().unwrap_or(Value::Null));
            map.insert("csrf".into(), visitor.csrf().into());
            map.insert("is_igf".into(), visitor.is_igf().into());
            map.insert("here".into(), visitor.here.clone().into());
            map.insert("locale".into(), visitor.locale.as_str().into());
            map.insert("dir".into(), l10n::direction(visitor.locale).into());
            let locales: Vec<Value> = PageLocale::ALL
                .iter()
                .map(|l| json!({ "tag": l.as_str(), "name": l10n::autonym(*l) }))
                .collect();
            map.insert("locales".into(), locales.into());
        }
        let html = self
            .env
            .get_template(template)
            .and_then(|t| t.render(minijinja::Value::from(minijinja::value::Serde(&ctx))));
        let (status, html) = match html {
            Ok(h) => (status, h),
            Err(e) => {
                tracing::error!(template, error = %e, detail = ?e.detail(), "rendering a page failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!(
                        "<!doctype html><html lang=\"{}\" dir=\"{}\"><title>{}</title><p>{}</p></html>",
                        visitor.locale,
                        l10n::direction(visitor.locale),
                        self.t(visitor, "error-render-title"),
                        self.t(visitor, "error-render-detail"),
                    ),
                )
            }
        };
        let mut resp = poem::web::Html(html).with_status(status).into_response();
        self.finish(visitor, &mut resp);
        resp
    }

    /// Adds cookies and the headers every page carries.
    fn finish(&self, visitor: &Visitor, resp: &mut Response) {
        let h = resp.headers_mut();
        if let Some(p) = &visitor.new_presession {
            let c = session::set_cookie(session::PRESESSION_COOKIE, p, None, visitor.secure);
            if let Ok(v) = c.parse() {
                h.append(header::SET_COOKIE, v);
            }
        }
        if visitor.clear_session {
            let c = session::set_cookie(session::SESSION_COOKIE, "", Some(0), visitor.secure);
            if let Ok(v) = c.parse() {
                h.append(header::SET_COOKIE, v);
            }
        }
        h.insert(header::CACHE_CONTROL, "no-store".parse().expect("static"));
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
                .parse()
                .expect("static"),
        );
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            "nosniff".parse().expect("static"),
        );
        h.insert(
            header::REFERRER_POLICY,
            "same-origin".parse().expect("static"),
        );
    }

    /// A page explaining why something cannot be shown or done.
    pub fn error(
        &self,
        visitor: &Visitor,
        status: StatusCode,
        title: &str,
        detail: &str,
    ) -> Response {
        self.page_with_status(
            visitor,
            status,
            "error.html",
            json!({ "title": title, "detail": detail, "status": status.as_u16() }),
        )
    }

    /// The page for an API refusal: sign-in for 401, otherwise its status and detail.
    /// What a refusal from the API says to the reader. The API's `detail`
    /// is English (codes are the contract) and names exactly what was
    /// refused, so an English page shows it; another language shows the
    /// message of the problem's type (`problem-<type>` in the locale files),
    /// and the API's detail only for a type without one.
    pub fn refusal(&self, visitor: &Visitor, reply: &Reply) -> String {
        if visitor.locale == PageLocale::En {
            return reply.detail();
        }
        reply
            .problem_kind()
            .and_then(|kind| {
                self.catalog
                    .message(visitor.locale, &format!("problem-{kind}"), None)
            })
            .unwrap_or_else(|| reply.detail())
    }

    pub fn refused(&self, visitor: &Visitor, reply: &Reply) -> Response {
        match reply.status {
            StatusCode::UNAUTHORIZED => self.redirect_to_sign_in(visitor),
            StatusCode::NOT_FOUND => self.error(
                visitor,
                StatusCode::NOT_FOUND,
                &self.t(visitor, "error-not-found-title"),
                &self.refusal(visitor, reply),
            ),
            StatusCode::FORBIDDEN => self.error(
                visitor,
                StatusCode::FORBIDDEN,
                &self.t(visitor, "error-forbidden-title"),
                &format!(
                    "{} {}",
                    self.refusal(visitor, reply),
                    self.t(visitor, "error-forbidden-ask")
                ),
            ),
            s if s.is_server_error() => self.error(
                visitor,
                s,
                &self.t(visitor, "error-server-title"),
                &self.t(visitor, "error-server-detail"),
            ),
            s => self.error(
                visitor,
                s,
                &self.t(visitor, "error-refused-title"),
                &self.refusal(visitor, reply),
            ),
        }
    }

    pub fn redirect_to_sign_in(&self, visitor: &Visitor) -> Response {
        let next = form::urlencode(&visitor.here);
        self.redirect(visitor, &format!("/sign-in?next={next}"))
    }

    /// A 303 See Other (after a post, so reloading does not post again).
    pub fn redirect(&self, visitor: &Visitor, to: &str) -> Response {
        let mut resp = Response::builder()
            .status(StatusCode::SEE_OTHER)
            .header(header::LOCATION, to)
            .finish();
        self.finish(visitor, &mut resp);
        resp
    }

    /// A redirect that also sets or clears the session cookie.
    pub fn redirect_with_session(
        &self,
        visitor: &Visitor,
        to: &str,
        session: Option<&Session>,
    ) -> Response {
        let mut resp = self.redirect(visitor, to);
        let cookie = match session {
            Some(s) => session::set_cookie(
                session::SESSION_COOKIE,
                &s.cookie_value(),
                Some(session::SESSION_DAYS * 86_400),
                visitor.secure,
            ),
            None => session::set_cookie(session::SESSION_COOKIE, "", Some(0), visitor.secure),
        };
        if let Ok(v) = cookie.parse() {
            resp.headers_mut().append(header::SET_COOKIE, v);
        }
        resp
    }

    pub async fn get(&self, visitor: &Visitor, path: impl AsRef<str>) -> Reply {
        self.api.get(visitor, path.as_ref()).await
    }

    /// Every item of a paginated list, following `next_cursor` (at most
    /// `pages` pages of 100): for pages that sort or count the whole list.
    pub async fn get_all(
        &self,
        visitor: &Visitor,
        path: &str,
        pages: usize,
    ) -> Result<Vec<Value>, Reply> {
        let sep = if path.contains('?') { '&' } else { '?' };
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..pages {
            let url = match &cursor {
                Some(c) => format!("{path}{sep}limit=100&cursor={}", form::urlencode(c)),
                None => format!("{path}{sep}limit=100"),
            };
            let reply = self.get(visitor, url).await;
            if !reply.ok() {
                return Err(reply);
            }
            items.extend(reply.body["items"].as_array().cloned().unwrap_or_default());
            match reply.body["next_cursor"].as_str() {
                Some(c) => cursor = Some(c.to_owned()),
                None => break,
            }
        }
        Ok(items)
    }

    pub async fn send(
        &self,
        visitor: &Visitor,
        method: Method,
        path: &str,
        body: &Value,
        if_match: Option<&str>,
    ) -> Reply {
        self.api
            .call(visitor, method, path, Some(body), if_match)
            .await
    }
}

/// `base` with the members of `extra` added (both JSON objects): a page's
/// context plus what one particular answer adds (errors, a flash message).
pub fn merged(mut base: Value, extra: Value) -> Value {
    if let (Value::Object(b), Value::Object(e)) = (&mut base, extra) {
        b.extend(e);
    }
    base
}

/// Adds the page routes to the application's route table (the caller
/// provides `Web` as data).
pub fn routes(route: poem::Route) -> poem::Route {
    use pages::*;
    use poem::get;
    route
        .at("/", get(public::home))
        .at("/static/site.css", get(public::stylesheet))
        .at("/static/filter.js", get(public::filter_script))
        .at("/language/:tag", get(public::choose_language))
        // Other addresses get an HTML page (a `/*` route would also take `/`).
        .at("/:first", get(public::not_found))
        .at("/:first/*rest", get(public::not_found))
        .at("/initiatives", get(public::directory))
        .at("/initiatives/:slug", get(public::initiative_page))
        .at("/initiatives/:slug/reports/:year", get(public::report_page))
        .at(
            "/initiatives/:slug/reports/:year/versions/:n",
            get(versions::version),
        )
        .at(
            "/sign-in",
            get(account::sign_in_form).post(account::sign_in),
        )
        .at(
            "/sign-up",
            get(account::sign_up_form).post(account::sign_up),
        )
        .at("/sign-out", poem::post(account::sign_out))
        .at("/account", get(account::account))
        .at("/account/password", poem::post(passwords::change))
        .at("/account/notifications", poem::post(notifications::save))
        .at(
            "/unsubscribe",
            get(notifications::unsubscribe_form).post(notifications::unsubscribe),
        )
        .at("/account/language", poem::post(account::set_language))
        .at(
            "/forgot-password",
            get(passwords::forgot_form).post(passwords::forgot),
        )
        .at(
            "/reset-password",
            get(passwords::reset_form).post(passwords::reset),
        )
        .at(
            "/verify-email",
            get(verification::verify_form).post(verification::verify),
        )
        .at(
            "/account/email-verification",
            poem::post(verification::resend),
        )
        .at("/account/sessions/:id/revoke", poem::post(account::revoke))
        .at(
            "/register",
            get(workspace::register_form).post(workspace::register),
        )
        .at("/workspace/:slug", get(workspace::overview))
        .at(
            "/workspace/:slug/profile",
            get(workspace::profile_form).post(workspace::profile),
        )
        .at(
            "/workspace/:slug/secretariat",
            get(workspace::secretariat_form).post(workspace::secretariat),
        )
        .at(
            "/workspace/:slug/committee",
            get(workspace::committee).post(workspace::committee_add),
        )
        .at(
            "/workspace/:slug/committee/:id/remove",
            poem::post(workspace::committee_remove),
        )
        .at(
            "/workspace/:slug/members",
            get(members::members_view).post(members::member_set),
        )
        .at(
            "/workspace/:slug/members/:user/remove",
            poem::post(members::member_remove),
        )
        .at(
            "/workspace/:slug/invitations",
            poem::post(invitations::invite),
        )
        .at(
            "/workspace/:slug/invitations/:id/revoke",
            poem::post(invitations::revoke),
        )
        .at(
            "/invitations/:token",
            get(invitations::show).post(invitations::accept),
        )
        .at(
            "/workspace/:slug/links",
            get(members::links_view).post(members::links_save),
        )
        .at(
            "/workspace/:slug/principles/:year",
            get(workspace::principles_form).post(workspace::principles),
        )
        .at(
            "/workspace/:slug/reports/:year",
            get(report_form::show).post(report_form::save),
        )
        .at("/review", get(review::queue))
        .at("/review/jobs", get(review::failed_jobs))
        .at("/review/jobs/:id/retry", poem::post(review::retry_job))
        .at(
            "/review/initiatives/:slug",
            get(review::recognition_view).post(review::decide),
        )
        .at(
            "/review/reports/:slug/:year",
            get(review::report_view).post(review::act),
        )
        .at("/dashboards", get(dashboard::index))
        .at("/dashboards/global/:year", get(dashboard::global))
        .at("/dashboards/:kind/:name/:year", get(dashboard::scoped))
        .at(
            "/dashboards/global/:year/compilation",
            get(compilation::global),
        )
        .at(
            "/dashboards/:kind/:name/:year/compilation",
            get(compilation::scoped),
        )
}
