//! The world map section of the directory and the dashboards: which countries
//! a page marks (from `GET /countries`), each named in the reader's language,
//! drawn by `web::map` and listed as text beside the map (the template macro
//! `world_map` in `macros.html` shows both).
use crate::domain::names;
use crate::web::map::{Marked, world_map};
use crate::web::{Visitor, Web};
use serde_json::{Value, json};

/// A country a page marks: where its link goes and how many initiatives it
/// stands for.
pub struct Place {
    pub code: String,
    pub href: String,
    pub initiatives: usize,
}

/// The items of `GET /countries` as `(code, initiatives of it, initiatives
/// covering it)`; an entry without a code is logged and left out.
pub fn countries(reply: &Value) -> Vec<(String, Vec<String>, Vec<String>)> {
    reply["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| {
            let Some(code) = c["code"].as_str() else {
                tracing::warn!(entry = %c, "a country of GET /countries has no code");
                return None;
            };
            Some((
                code.to_owned(),
                slugs(&c["initiatives"]),
                slugs(&c["covered_by"]),
            ))
        })
        .collect()
}

/// The strings of a JSON array of slugs (anything else in it is skipped).
pub fn slugs<T: FromIterator<String>>(v: &Value) -> T {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect()
}

/// The map (`svg`, `title`) and its text alternative (`countries`: `{href,
/// title}` sorted by the country's name in the reader's language), for the
/// template macro `world_map`.
pub fn section(web: &Web, v: &Visitor, id: &str, title: &str, mut places: Vec<Place>) -> Value {
    let locale = v.locale.as_str();
    names::sort_countries(&mut places, locale, |p| p.code.as_str());
    let marked: Vec<Marked> = places
        .iter()
        .map(|p| Marked {
            code: p.code.clone(),
            href: p.href.clone(),
            title: format!(
                "{}: {}",
                names::country_name(&p.code, locale),
                web.t_count(v, "count-initiatives", p.initiatives)
            ),
        })
        .collect();
    let list: Vec<Value> = marked
        .iter()
        .map(|m| json!({ "href": m.href, "title": m.title }))
        .collect();
    json!({
        "id": id,
        "title": title,
        "svg": world_map(id, title, &marked),
        "countries": list,
    })
}
