//! The printable yearly compilation of a scope: the key messages of every
//! contributing initiative by theme and the recommendations by whom they
//! address, each with its initiative, edition and participants, and the
//! participation figures; what the IGF Secretariat assembles by hand for the
//! NRIs' main session. Read from the stored aggregate (never computed here),
//! public like it; each text in the reader's language where written in it,
//! else in its initiative's first working language, which the aggregate
//! carries for each contributing initiative (so the page reads nothing but
//! the aggregate, whatever the size of the directory). The print stylesheet
//! (`@media print` in `site.css`) gives A4 pages, a page per theme and no
//! navigation.
use super::dashboard::scope_title;
use crate::web::form::urlencode;
use crate::web::{Visitor, Web};
use poem::http::StatusCode;
use poem::web::{Data, Path};
use poem::{Request, Response, handler};
use serde_json::{Map, Value, json};

/// How many directory pages (of 100) are read for the working languages of
/// an aggregate stored before it carried them.
const DIRECTORY_PAGES: usize = 50;

#[handler]
pub async fn global(req: &Request, Data(web): Data<&Web>, Path(year): Path<i32>) -> Response {
    let v = web.visitor(req).await;
    let title = web.t(&v, "dashboard-title-global");
    show(web, &v, "global", None, year, title).await
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
    // The directory filter that holds every initiative of the scope.
    let filter = match kind.as_str() {
        "un-region" => Some(format!("un_region={}", urlencode(&name))),
        "kind" => Some(format!("kind={}", urlencode(&name))),
        _ => None,
    };
    let scope = format!("{kind}/{}", urlencode(&name));
    show(web, &v, &scope, filter.as_deref(), year, title).await
}

async fn show(
    web: &Web,
    v: &Visitor,
    scope: &str,
    filter: Option<&str>,
    year: i32,
    title: String,
) -> Response {
    let agg = web.get(v, format!("/aggregates/{scope}/{year}.json")).await;
    let base = json!({ "title": title, "year": year, "scope": scope });
    if !agg.ok() {
        if agg.status == StatusCode::NOT_FOUND {
            let mut ctx = base;
            ctx["empty"] = true.into();
            return web.page(v, "compilation.html", ctx);
        }
        return web.refused(v, &agg);
    }
    let a = agg.body;
    // Each contributing report by slug, for the attribution of its texts.
    let reports: Map<String, Value> = a["contributing"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| Some((r["slug"].as_str()?.to_owned(), r.clone())))
        .collect();
    let languages = match working_languages(web, v, filter, &reports).await {
        Ok(l) => l,
        Err(reply) => return web.refused(v, &reply),
    };
    let mut ctx = base;
    ctx["a"] = a;
    ctx["reports"] = reports.into();
    ctx["languages"] = languages.into();
    web.page(v, "compilation.html", ctx)
}

/// The working languages of the contributing initiatives, by slug, as the
/// aggregate carries them on each contributing report: the language a text
/// falls back to when it was not written in the reader's.
pub(super) fn carried_languages<'a>(
    contributing: impl IntoIterator<Item = &'a Value>,
) -> Map<String, Value> {
    contributing
        .into_iter()
        .filter_map(|r| {
            let languages = r.get("working_languages").filter(|l| l.is_array())?;
            Some((r["slug"].as_str()?.to_owned(), languages.clone()))
        })
        .collect()
}

/// The working languages of the contributing initiatives, by slug
/// ([`carried_languages`]); an aggregate stored before it carried them is
/// completed from the directory (narrowed by `filter` where the scope allows).
async fn working_languages(
    web: &Web,
    v: &Visitor,
    filter: Option<&str>,
    reports: &Map<String, Value>,
) -> Result<Map<String, Value>, crate::web::client::Reply> {
    let carried = carried_languages(reports.values());
    if carried.len() == reports.len() {
        return Ok(carried);
    }
    tracing::info!(
        missing = reports.len() - carried.len(),
        "an aggregate stored without working languages: reading the directory"
    );
    let path = match filter {
        Some(f) => format!("/initiatives?{f}"),
        None => "/initiatives".to_owned(),
    };
    let directory = web.get_all(v, &path, DIRECTORY_PAGES).await?;
    Ok(directory
        .into_iter()
        .filter_map(|i| {
            let slug = i["slug"].as_str()?;
            reports
                .contains_key(slug)
                .then(|| (slug.to_owned(), i["working_languages"].clone()))
        })
        .collect())
}
