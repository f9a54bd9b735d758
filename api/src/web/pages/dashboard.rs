//! Regional forum dashboards: a scope's aggregate for a year as charts and
//! tables (participation by stakeholder group and by gender, themes ranked),
//! the key messages by theme with links to their reports, who has not
//! reported, and links to the feeds and the CSV files (the aggregate, its
//! key messages, who is missing). Public, like the aggregates.
use super::{default_year, vocab};
use crate::domain::UnRegion;
use crate::web::charts::{Bar, bar_chart};
use crate::web::form::urlencode;
use crate::web::{Visitor, Web};
use poem::http::StatusCode;
use poem::web::{Data, Path, Query};
use poem::{Request, Response, handler};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The scopes a dashboard can show, besides each forum's own.
#[handler]
pub async fn index(
    req: &Request,
    Data(web): Data<&Web>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let year = q
        .get("year")
        .and_then(|y| y.parse().ok())
        .unwrap_or_else(default_year);
    let (regional, subregional) = futures::join!(
        web.get(&v, "/initiatives?kind=regional&limit=100"),
        web.get(&v, "/initiatives?kind=subregional&limit=100"),
    );
    let mut forums: Vec<Value> = Vec::new();
    for r in [regional, subregional] {
        forums.extend(r.body["items"].as_array().cloned().unwrap_or_default());
    }
    web.page(
        &v,
        "dashboards.html",
        json!({ "year": year, "regions": vocab("region", UnRegion::ALL), "forums": forums }),
    )
}

#[handler]
pub async fn global(req: &Request, Data(web): Data<&Web>, Path(year): Path<i32>) -> Response {
    let v = web.visitor(req).await;
    show(
        web,
        &v,
        "global",
        "global",
        year,
        web.t(&v, "dashboard-title-global"),
    )
    .await
}

#[handler]
pub async fn scoped(
    req: &Request,
    Data(web): Data<&Web>,
    Path((kind, name, year)): Path<(String, String, i32)>,
) -> Response {
    let v = web.visitor(req).await;
    let title = match scope_title(web, &v, &kind, &name).await {
        Ok(title) => title,
        Err(page) => return page,
    };
    let scope = format!("{kind}/{}", urlencode(&name));
    show(web, &v, &scope, &scope, year, title).await
}

/// The title of a scope's pages (`un-region`, `kind` or `initiative`, and
/// the name), or the page saying why there is none: an unknown kind of
/// scope, or a forum the visitor may not see.
pub(super) async fn scope_title(
    web: &Web,
    v: &Visitor,
    kind: &str,
    name: &str,
) -> Result<String, Response> {
    Ok(match kind {
        "un-region" => web.t_with(
            v,
            "dashboard-title-region",
            &[("region", web.label(v, "region", name))],
        ),
        "kind" => web.t_with(
            v,
            "dashboard-title-kind",
            &[("kind", web.label(v, "kind", name))],
        ),
        "initiative" => {
            let ini = web
                .get(v, format!("/initiatives/{}", urlencode(name)))
                .await;
            if !ini.ok() {
                return Err(web.refused(v, &ini));
            }
            web.t_with(
                v,
                "dashboard-title-forum",
                &[(
                    "forum",
                    ini.body["name"].as_str().unwrap_or(name).to_owned(),
                )],
            )
        }
        _ => {
            return Err(web.error(
                v,
                StatusCode::NOT_FOUND,
                &web.t(v, "error-not-found-title"),
                &web.t(v, "error-dashboard-scope"),
            ));
        }
    })
}

async fn show(
    web: &Web,
    v: &Visitor,
    api_scope: &str,
    page_scope: &str,
    year: i32,
    title: String,
) -> Response {
    let agg = web
        .get(v, format!("/aggregates/{api_scope}/{year}.json"))
        .await;
    let feeds = json!({
        "atom": format!("/api/v1/feeds/{api_scope}.atom"),
        "json": format!("/api/v1/feeds/{api_scope}.json"),
        "csv": format!("/api/v1/aggregates/{api_scope}/{year}.csv"),
        "key_messages": format!("/api/v1/aggregates/{api_scope}/{year}/key-messages.csv"),
        "missing": format!("/api/v1/aggregates/{api_scope}/{year}/missing.csv"),
        "aggregate": format!("/api/v1/aggregates/{api_scope}/{year}.json"),
    });
    let years: Vec<i32> = (0..6).map(|d| default_year() + 1 - d).collect();
    let base = json!({ "title": title, "year": year, "years": years, "scope": page_scope, "feeds": feeds });
    if !agg.ok() {
        if agg.status == StatusCode::BAD_REQUEST {
            return web.refused(v, &agg);
        }
        let mut ctx = base;
        ctx["empty"] = true.into();
        return web.page(v, "dashboard.html", ctx);
    }
    let a = agg.body;
    let bars = |map: &Value, vocab: &str| -> Vec<Bar> {
        map.as_object()
            .into_iter()
            .flatten()
            .map(|(k, n)| Bar {
                label: web.label(v, vocab, k),
                value: n.as_u64().unwrap_or(0),
            })
            .collect()
    };
    let mut by_group = bars(&a["participation"]["by_stakeholder_group"], "group");
    by_group.sort_by_key(|b| std::cmp::Reverse(b.value));
    let by_gender = bars(&a["participation"]["by_gender"], "gender");
    let themes: Vec<Bar> = a["themes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| {
            let Some(theme) = t["theme"].as_str() else {
                tracing::warn!(entry = %t, "an aggregate's theme entry names no theme");
                return None;
            };
            Some(Bar {
                label: web.label(v, "theme", theme),
                value: t["initiatives"].as_u64().unwrap_or(0),
            })
        })
        .collect();
    let mut ctx = base;
    ctx["a"] = a.clone();
    // A chart without figures is left out; the page says nothing was reported.
    let chart = |id: &str, title: &str, bars: &[Bar], shares: bool| {
        (!bars.is_empty()).then(|| bar_chart(id, title, bars, shares))
    };
    ctx["charts"] = json!({
        "groups": chart("chart-groups", &web.t(v, "chart-groups"), &by_group, true),
        "gender": chart("chart-gender", &web.t(v, "chart-gender"), &by_gender, true),
        "themes": chart("chart-themes", &web.t(v, "chart-themes"), &themes, false),
    });
    web.page(v, "dashboard.html", ctx)
}
