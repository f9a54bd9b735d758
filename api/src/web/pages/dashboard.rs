//! Regional forum dashboards: a scope's aggregate for a year as charts and
//! tables (participation by stakeholder group and by gender, themes ranked),
//! a world map of the contributing countries, the reporting rate and
//! participation across the years, the key messages by theme and the
//! recommendations with links to their reports, whose report awaits review,
//! who has not reported, and links to the feeds and the CSV files (the
//! aggregate, its key messages, who is missing). Public, like the aggregates.
//!
//! The page stays small however large the registry: each list shows its
//! first few entries and links to the whole of it, a hundred to a page
//! (`?list=…&page=…`), and the CSV files have everything.
use super::compilation::carried_languages;
use super::{default_year, vocab, world};
use crate::domain::{PageLocale, UnRegion};
use crate::web::charts::{Bar, bar_chart};
use crate::web::form::urlencode;
use crate::web::{Visitor, Web};
use poem::http::StatusCode;
use poem::web::{Data, Path, Query};
use poem::{Request, Response, handler};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

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
pub async fn global(
    req: &Request,
    Data(web): Data<&Web>,
    Path(year): Path<i32>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let title = web.t(&v, "dashboard-title-global");
    show(web, &v, "global", "global", year, title, &q).await
}

#[handler]
pub async fn scoped(
    req: &Request,
    Data(web): Data<&Web>,
    Path((kind, name, year)): Path<(String, String, i32)>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let title = match scope_title(web, &v, &kind, &name).await {
        Ok(title) => title,
        Err(page) => return page,
    };
    let scope = format!("{kind}/{}", urlencode(&name));
    show(web, &v, &scope, &scope, year, title, &q).await
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

/// How many entries of a long list the dashboard shows before "all N".
const SHOWN: usize = 10;
/// How many key messages of each theme the dashboard shows.
const MESSAGES_SHOWN: usize = 3;
/// How many theme groups of key messages the dashboard shows.
const THEMES_SHOWN: usize = 20;
/// How many entries a page of a whole list shows.
const PER_PAGE: usize = 100;
/// How many years the history goes back from the current one.
const HISTORY_YEARS: i32 = 10;

/// The lists a dashboard links to in full (`?list=`).
const LISTS: &[&str] = &[
    "contributing",
    "awaiting",
    "missing",
    "key_messages",
    "recommendations",
];

async fn show(
    web: &Web,
    v: &Visitor,
    api_scope: &str,
    page_scope: &str,
    year: i32,
    title: String,
    q: &BTreeMap<String, String>,
) -> Response {
    let list = q.get("list").map(String::as_str);
    if let Some(l) = list.filter(|l| !LISTS.contains(l)) {
        tracing::info!(list = l, "a dashboard list that does not exist");
        return web.error(
            v,
            StatusCode::NOT_FOUND,
            &web.t(v, "error-not-found-title"),
            &web.t(v, "error-dashboard-scope"),
        );
    }
    let (agg, awaiting) = futures::join!(
        web.get(v, format!("/aggregates/{api_scope}/{year}.json")),
        web.get(v, format!("/reports/{year}/awaiting-review")),
    );
    // The feeds in the page's language: a reader subscribes to what they read.
    let lang = match v.locale {
        PageLocale::En => String::new(),
        other => format!("?lang={}", other.as_str()),
    };
    let feeds = json!({
        "atom": format!("/api/v1/feeds/{api_scope}.atom{lang}"),
        "json": format!("/api/v1/feeds/{api_scope}.json{lang}"),
        "csv": format!("/api/v1/aggregates/{api_scope}/{year}.csv"),
        "key_messages": format!("/api/v1/aggregates/{api_scope}/{year}/key-messages.csv"),
        "missing": format!("/api/v1/aggregates/{api_scope}/{year}/missing.csv"),
        "aggregate": format!("/api/v1/aggregates/{api_scope}/{year}.json"),
    });
    let years: Vec<i32> = (0..6).map(|d| default_year() + 1 - d).collect();
    let here = format!("/dashboards/{page_scope}/{year}");
    let base = json!({ "title": title, "year": year, "years": years, "scope": page_scope, "feeds": feeds, "page_url": here.clone() });
    if !agg.ok() {
        // Only "no aggregate yet" is an empty dashboard: a refusal or a
        // failure must not read as "nothing reported".
        if agg.status != StatusCode::NOT_FOUND {
            return web.refused(v, &agg);
        }
        let mut ctx = base;
        ctx["empty"] = true.into();
        if list.is_none() {
            ctx["history"] = history(web, v, api_scope, None).await;
        }
        return web.page(v, "dashboard.html", ctx);
    }
    let mut a = agg.body;
    // Whose report awaits review is told apart from who has not reported.
    let awaiting: BTreeSet<String> = world::slugs(&awaiting.body["initiatives"]);
    let (waiting, missing): (Vec<Value>, Vec<Value>) = take_array(&mut a["missing"])
        .into_iter()
        .partition(|m| m["slug"].as_str().is_some_and(|s| awaiting.contains(s)));
    a["awaiting"] = Value::Array(waiting);
    a["missing"] = Value::Array(missing);
    let recommendations = recommendations(&mut a);
    a["recommendations"] = Value::Array(recommendations);
    // A text not written in the reader's language shows in its initiative's
    // first working language, as on the report page.
    let mut base = base;
    base["languages"] =
        carried_languages(a["contributing"].as_array().into_iter().flatten()).into();
    if let Some(list) = list {
        return whole_list(web, v, base, a, list, q);
    }

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
    let (history, countries) = futures::join!(
        history(web, v, api_scope, Some((year, &a))),
        web.get(v, "/countries"),
    );
    let contributing: BTreeSet<&str> = a["contributing"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["slug"].as_str())
        .collect();
    let map = contributing_map(web, v, year, &countries.body, &contributing);

    // Each list bounded, with its length kept for "all N".
    let mut totals = serde_json::Map::new();
    for name in ["contributing", "awaiting", "missing", "recommendations"] {
        let items = a[name].as_array_mut();
        totals.insert(name.into(), items.as_ref().map_or(0, |i| i.len()).into());
        if let Some(items) = items {
            items.truncate(SHOWN);
        }
    }
    let mut messages = 0;
    if let Some(groups) = a["key_messages"].as_array_mut() {
        for g in groups.iter_mut() {
            let total = g["messages"].as_array().map_or(0, Vec::len);
            messages += total;
            if let Some(theme) = g["theme"].as_str() {
                let more = format!("{here}?list=key_messages&theme={}", urlencode(theme));
                g["more"] = more.into();
            }
            g["total"] = total.into();
            if let Some(m) = g["messages"].as_array_mut() {
                m.truncate(MESSAGES_SHOWN);
            }
        }
        groups.truncate(THEMES_SHOWN);
    }
    let shown: usize = a["key_messages"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|g| g["messages"].as_array().map_or(0, Vec::len))
        .sum();
    totals.insert("key_messages".into(), messages.into());
    totals.insert("key_messages_shown".into(), shown.into());

    let mut ctx = base;
    ctx["a"] = a;
    ctx["totals"] = Value::Object(totals);
    ctx["map"] = map;
    ctx["history"] = history;
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

/// The recommendations of an aggregate, taken out of it as one list (those
/// to the regional level first), each with `addressed_to`.
fn recommendations(a: &mut Value) -> Vec<Value> {
    let mut all = Vec::new();
    for to in ["regional", "global"] {
        for mut r in take_array(&mut a["recommendations"][to]) {
            r["addressed_to"] = to.into();
            all.push(r);
        }
    }
    all
}

/// The array at `v`, taken out of it (empty when it is not one).
fn take_array(v: &mut Value) -> Vec<Value> {
    match v.take() {
        Value::Array(items) => items,
        _ => Vec::new(),
    }
}

/// One of a dashboard's lists in full, a hundred to a page: who contributed,
/// whose report awaits review, who is missing, the recommendations, or the
/// key messages (of one theme with `theme=`).
fn whole_list(
    web: &Web,
    v: &Visitor,
    mut ctx: Value,
    mut a: Value,
    list: &str,
    q: &BTreeMap<String, String>,
) -> Response {
    let theme = q.get("theme").filter(|t| !t.is_empty());
    let items: Vec<Value> = if list == "key_messages" {
        take_array(&mut a["key_messages"])
            .into_iter()
            .filter(|g| theme.is_none_or(|t| g["theme"].as_str() == Some(t.as_str())))
            .flat_map(|mut g| {
                let theme = g["theme"].clone();
                take_array(&mut g["messages"])
                    .into_iter()
                    .map(move |mut m| {
                        m["theme"] = theme.clone();
                        m
                    })
            })
            .collect()
    } else {
        take_array(&mut a[list])
    };
    let page: usize = q
        .get("page")
        .and_then(|p| p.parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let pages = items.len().div_ceil(PER_PAGE).max(1);
    let shown: Vec<Value> = items
        .iter()
        .skip((page - 1) * PER_PAGE)
        .take(PER_PAGE)
        .cloned()
        .collect();
    let here = ctx["page_url"].as_str().unwrap_or("/dashboards").to_owned();
    let link = |p: usize| {
        let mut params = vec![format!("list={list}"), format!("page={p}")];
        if let Some(t) = theme {
            params.push(format!("theme={}", urlencode(t)));
        }
        format!("{here}?{}", params.join("&"))
    };
    ctx["list"] = list.into();
    ctx["list_title"] = web.t(v, &format!("dashboard-list-{list}")).into();
    ctx["theme"] = theme.map_or(Value::Null, |t| t.as_str().into());
    ctx["items"] = Value::Array(shown);
    ctx["total"] = items.len().into();
    ctx["page"] = page.into();
    ctx["pages"] = pages.into();
    ctx["previous"] = (page > 1).then(|| link(page - 1)).into();
    ctx["next"] = (page < pages).then(|| link(page + 1)).into();
    web.page(v, "dashboard_list.html", ctx)
}

/// The reporting rate and participation of a scope in each year with a
/// stored aggregate, oldest first, up to the current year: a table's rows
/// and two charts (`rows` is empty when no year has an aggregate). The
/// counts come from the scope's history (`/aggregates/{scope}/years`, one
/// small read, no aggregate body); `known` is an aggregate the page already
/// holds, whose own counts its year shows.
async fn history(web: &Web, v: &Visitor, api_scope: &str, known: Option<(i32, &Value)>) -> Value {
    let current = default_year() + 1;
    let first = current - HISTORY_YEARS + 1;
    let reply = web
        .get(
            v,
            format!("/aggregates/{api_scope}/years?from={first}&to={current}"),
        )
        .await;
    if !reply.ok() && reply.status != StatusCode::NOT_FOUND {
        tracing::warn!(
            scope = api_scope,
            status = reply.status.as_u16(),
            detail = reply.detail(),
            "the history of a scope did not read"
        );
    }
    let mut stored: BTreeMap<i32, &Value> = BTreeMap::new();
    if reply.ok() {
        for y in reply.body["years"].as_array().into_iter().flatten() {
            let Some(year) = y["year"].as_i64().and_then(|y| i32::try_from(y).ok()) else {
                tracing::warn!(entry = %y, "a year of a scope's history names no year");
                continue;
            };
            stored.insert(year, y);
        }
    }
    if let Some((year, a)) = known.filter(|(y, _)| (first..=current).contains(y)) {
        stored.insert(year, a);
    }
    let mut rows: Vec<Value> = Vec::new();
    for (year, a) in stored {
        let (Some(reporting), Some(recognised), Some(participants)) = (
            a["reporting"].as_u64(),
            a["recognised"].as_u64(),
            a["participation"]["total"].as_u64(),
        ) else {
            tracing::warn!(
                year,
                scope = api_scope,
                "a stored year of a scope lacks its counts"
            );
            continue;
        };
        let rate = (recognised > 0).then(|| (reporting * 100 + recognised / 2) / recognised);
        rows.push(json!({
            "year": year,
            "reporting": reporting,
            "recognised": recognised,
            "rate": rate,
            "participants": participants,
            "online": a["participation"]["online"],
            "youth": a["participation"]["youth"],
        }));
    }
    let bars = |value: &dyn Fn(&Value) -> u64| -> Vec<Bar> {
        rows.iter()
            .map(|r| Bar {
                label: r["year"].to_string(),
                value: value(r),
            })
            .collect()
    };
    let rate = bars(&|r| r["rate"].as_u64().unwrap_or(0));
    let participants = bars(&|r| r["participants"].as_u64().unwrap_or(0));
    let charts = (!rows.is_empty()).then(|| {
        json!({
            "rate": bar_chart("chart-rate", &web.t(v, "chart-reporting-rate"), &rate, false),
            "participants": bar_chart("chart-participants", &web.t(v, "chart-participants-years"), &participants, false),
        })
    });
    json!({ "rows": rows, "charts": charts })
}

/// The world map of the countries of `contributing` initiatives (their
/// own country, not a forum's coverage): each links to the report when one
/// initiative of it reported, else to the directory of that country.
fn contributing_map(
    web: &Web,
    v: &Visitor,
    year: i32,
    countries: &Value,
    contributing: &BTreeSet<&str>,
) -> Value {
    let places = world::countries(countries)
        .into_iter()
        .filter_map(|(code, of, _)| {
            let reported: Vec<&String> = of
                .iter()
                .filter(|s| contributing.contains(s.as_str()))
                .collect();
            let href = match reported.as_slice() {
                [] => return None,
                [one] => format!("/initiatives/{one}/reports/{year}"),
                _ => format!("/initiatives?country={code}"),
            };
            Some(world::Place {
                initiatives: reported.len(),
                href,
                code,
            })
        })
        .collect();
    world::section(
        web,
        v,
        "dashboard-map",
        &web.t(v, "map-dashboard-title"),
        places,
    )
}
