//! The pages anyone may see: the start page, the directory of recognised
//! initiatives, an initiative's page and its accepted reports.
use super::{countries, default_year, vocab, world};
use crate::domain::{InitiativeKind, UnRegion};
use crate::web::Web;
use crate::web::form::{local_path, urlencode};
use crate::web::l10n::LANG_COOKIE;
use crate::web::session::set_cookie;
use poem::web::{Data, Path, Query};
use poem::{IntoResponse, Request, Response, handler};
use serde_json::{Value, json};
use std::collections::BTreeMap;

#[handler]
pub async fn home(req: &Request, Data(web): Data<&Web>) -> Response {
    let v = web.visitor(req).await;
    let year = default_year();
    let recent = web
        .get(&v, "/initiatives?status=recognized&limit=6")
        .await
        .body["items"]
        .clone();
    web.page(&v, "home.html", json!({ "year": year, "recent": recent }))
}

#[handler]
pub fn stylesheet() -> impl IntoResponse {
    include_str!("../../../static/site.css")
        .with_content_type("text/css; charset=utf-8")
        .with_header("cache-control", "public, max-age=3600")
}

/// The one script: it adds a filter to long lists of checkboxes (countries).
/// Every page works without it.
#[handler]
pub fn filter_script() -> impl IntoResponse {
    include_str!("../../../static/filter.js")
        .with_content_type("text/javascript; charset=utf-8")
        .with_header("cache-control", "public, max-age=3600")
}

/// Any other address under `/`: an HTML page, not the API's problem document.
#[handler]
pub async fn not_found(req: &Request, Data(web): Data<&Web>) -> Response {
    let v = web.visitor(req).await;
    web.error(
        &v,
        poem::http::StatusCode::NOT_FOUND,
        &web.t(&v, "error-page-not-found-title"),
        &web.t(&v, "error-page-not-found-detail"),
    )
}

/// The language switcher: remembers the reader's choice in a cookie (a year)
/// and goes back to the page it was chosen on. An unknown language forgets
/// the choice, so the preference and `Accept-Language` decide again.
#[handler]
pub async fn choose_language(
    req: &Request,
    Data(web): Data<&Web>,
    Path(tag): Path<String>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let next = local_path(q.get("next").map(String::as_str)).unwrap_or_else(|| "/".into());
    let mut resp = web.redirect(&v, &next);
    let cookie = match crate::web::l10n::from_tag(&tag) {
        Some(locale) => set_cookie(LANG_COOKIE, locale.as_str(), Some(365 * 86_400), v.secure),
        None => set_cookie(LANG_COOKIE, "", Some(0), v.secure),
    };
    if let Ok(value) = cookie.parse() {
        resp.headers_mut()
            .append(poem::http::header::SET_COOKIE, value);
    }
    resp
}

/// The directory: recognised initiatives, filtered by kind, UN region,
/// country and name, 25 to a page, under a world map of the countries with
/// one (filtered by kind and region too), each a link to the directory of
/// that country.
#[handler]
pub async fn directory(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let mut query = vec!["status=recognized".to_owned(), "limit=25".to_owned()];
    let mut map_query = vec!["status=recognized".to_owned()];
    for key in ["kind", "un_region", "country", "q", "cursor"] {
        if let Some(val) = q.get(key).map(|s| s.trim()).filter(|s| !s.is_empty()) {
            query.push(format!("{key}={}", urlencode(val)));
            if matches!(key, "kind" | "un_region") {
                map_query.push(format!("{key}={}", urlencode(val)));
            }
        }
    }
    let (reply, places) = futures::join!(
        web.get(&v, format!("/initiatives?{}", query.join("&"))),
        web.get(&v, format!("/countries?{}", map_query.join("&"))),
    );
    let places = world::countries(&places.body)
        .into_iter()
        .map(|(code, of, covering)| world::Place {
            href: format!("/initiatives?country={code}"),
            code,
            initiatives: of.len() + covering.len(),
        })
        .collect();
    let map = world::section(
        web,
        &v,
        "directory-map",
        &web.t(&v, "map-directory-title"),
        places,
    );
    if !reply.ok() {
        // A bad filter (say, an unknown country code) is shown beside the form.
        return web.page_with_status(
            &v,
            reply.status,
            "directory.html",
            json!({ "q": q, "items": [], "errors": reply.field_errors(), "problem": web.refusal(&v, &reply), "map": map,
                    "kinds": vocab("kind", InitiativeKind::ALL), "regions": vocab("region", UnRegion::ALL), "countries": countries() }),
        );
    }
    let next = reply.body["next_cursor"].as_str().map(|c| {
        let mut params: Vec<String> = q
            .iter()
            .filter(|(k, _)| k.as_str() != "cursor")
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect();
        params.push(format!("cursor={}", urlencode(c)));
        format!("/initiatives?{}", params.join("&"))
    });
    web.page(
        &v,
        "directory.html",
        json!({ "q": q, "items": reply.body["items"], "next": next, "errors": {}, "map": map,
                "kinds": vocab("kind", InitiativeKind::ALL), "regions": vocab("region", UnRegion::ALL), "countries": countries() }),
    )
}

/// How many listed committee members the public page names.
const LISTED_SHOWN: usize = 100;

/// An initiative's public page: profile (website, public e-mail, social
/// links), its youth parent or youth tracks, secretariat (without private
/// data), committee counts and the names of the current members who agreed
/// to be listed, links and accepted reports.
#[handler]
pub async fn initiative_page(
    req: &Request,
    Data(web): Data<&Web>,
    Path(slug): Path<String>,
) -> Response {
    let v = web.visitor(req).await;
    let base = format!("/initiatives/{}", urlencode(&slug));
    let ini = web.get(&v, &base).await;
    if !ini.ok() {
        return web.refused(&v, &ini);
    }
    let parent = ini.body["parent"].as_str().map(str::to_owned);
    let (secretariat, committee, reports, links, tracks, parent) = futures::join!(
        web.get(&v, format!("{base}/secretariat")),
        web.get(&v, format!("{base}/committee?limit={LISTED_SHOWN}")),
        web.get(&v, format!("{base}/reports?status=accepted&limit=100")),
        web.get(&v, format!("{base}/contributes-to")),
        web.get(
            &v,
            format!("/initiatives?parent={}&limit=100", urlencode(&slug))
        ),
        async {
            match &parent {
                Some(p) => Some(web.get(&v, format!("/initiatives/{}", urlencode(p))).await),
                None => None,
            }
        },
    );
    let ok = |r: crate::web::client::Reply| if r.ok() { r.body } else { Value::Null };
    let committee = ok(committee);
    // The public page names only those who agreed to be listed, whoever
    // reads it (members see everyone, with the rest, in the workspace).
    let listed: Vec<Value> = committee["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|m| m["current"] == true)
        .filter(|m| committee["view"] == "public" || m["listed_publicly"] == true)
        .cloned()
        .collect();
    web.page(
        &v,
        "initiative.html",
        json!({
            "i": ini.body,
            "secretariat": ok(secretariat),
            "committee": committee,
            "listed": listed,
            "reports": ok(reports)["items"],
            "links": ok(links),
            "tracks": ok(tracks)["items"],
            "parent": parent.map(ok),
            "role": v.role_in(&slug),
        }),
    )
}

/// An accepted report as the public sees it (members see their own drafts in
/// the workspace).
#[handler]
pub async fn report_page(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, year)): Path<(String, i32)>,
) -> Response {
    let v = web.visitor(req).await;
    let base = format!("/initiatives/{}", urlencode(&slug));
    let (ini, report) = futures::join!(
        web.get(&v, &base),
        web.get(&v, format!("{base}/reports/{year}")),
    );
    if !ini.ok() {
        return web.refused(&v, &ini);
    }
    if !report.ok() {
        return web.refused(&v, &report);
    }
    if report.body["content"].is_null() {
        return web.error(
            &v,
            poem::http::StatusCode::NOT_FOUND,
            &web.t(&v, "error-unpublished-title"),
            &web.t(&v, "error-unpublished-detail"),
        );
    }
    web.page(
        &v,
        "report.html",
        json!({ "i": ini.body, "r": report.body }),
    )
}
