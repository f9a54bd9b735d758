//! The annual report form: every field of the SPEC, with repeatable key
//! messages, recommendations and sessions. "Save draft" stores whatever is
//! there (the API refuses only malformed values); "Submit" saves, then asks
//! the API to submit, which lists every problem at once. Errors are shown
//! beside their fields and summarised at the top; nothing typed is lost.
//! "Add another" (key message, recommendation, session) is a submit button
//! too: it shows the posted form again with one more empty entry and saves
//! nothing, so the form needs no JavaScript.
use super::workspace::outcome;
use super::{countries, vocab};
use crate::domain::{EventFormat, Gender, Level, SessionType, StakeholderGroup, Theme};
use crate::web::form::{FieldErrors, Form, integer_at, list, urlencode};
use crate::web::{Visitor, Web};
use poem::http::{Method, StatusCode};
use poem::web::{Data, Path, Query};
use poem::{Body, Request, Response, handler};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The lists of repeatable entries and the fields that make one up.
const REPEATED: &[&str] = &["key_messages", "recommendations", "sessions"];

/// Builds the report content the API takes from the posted form.
pub fn content_from(form: &Form, errors: &mut FieldErrors) -> Value {
    let mut c = form.nested("r");
    for key in REPEATED {
        let kept: Vec<Value> = c[*key]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e.get("remove").is_none())
            .collect();
        c[*key] = Value::Array(kept);
    }
    c["languages"] = Value::Array(list(form.get("r.languages")));
    c["tags"] = Value::Array(list(form.get("r.tags")));
    c["themes"] = form.strings("r.themes");
    for p in ["total", "online", "youth", "countries_represented"] {
        integer_at(&mut c, &format!("/participation/{p}"), errors);
    }
    for g in StakeholderGroup::ALL {
        integer_at(
            &mut c,
            &format!("/participation/by_stakeholder_group/{g}"),
            errors,
        );
    }
    for g in Gender::ALL {
        integer_at(&mut c, &format!("/participation/by_gender/{g}"), errors);
    }
    integer_at(&mut c, "/preparation/consultations", errors);
    if form.checked("r.preparation.open_call") {
        c["preparation"]["open_call"] = true.into();
    } else if c.get("preparation").is_some() {
        c["preparation"]["open_call"] = false.into();
    }
    c
}

/// How many empty entries each repeatable list shows: as many as were posted
/// empty (at least one), and one more in the list being added to.
fn blank_rows(form: &Form, adding: Option<&str>) -> Value {
    let mut rows = serde_json::Map::new();
    for key in REPEATED {
        let lead = format!("r.{key}.");
        let mut filled = std::collections::BTreeSet::new();
        let mut all = std::collections::BTreeSet::new();
        for (name, value) in &form.0 {
            let Some((index, field)) = name.strip_prefix(&lead).and_then(|r| r.split_once('.'))
            else {
                continue;
            };
            all.insert(index);
            if field != "remove" && !value.trim().is_empty() {
                filled.insert(index);
            }
        }
        let blank = all.len() - filled.len();
        let n = if adding == Some(*key) {
            blank + 1
        } else {
            blank.max(1)
        };
        rows.insert((*key).to_owned(), Value::Array(vec![json!({}); n]));
    }
    Value::Object(rows)
}

/// The languages a report's texts may be written in, English first.
fn text_languages(initiative: &Value, content: &Value) -> Vec<String> {
    let mut langs = vec!["en".to_owned()];
    let mut add = |l: &str| {
        if !langs.iter().any(|x| x == l) {
            langs.push(l.to_owned());
        }
    };
    for l in initiative["working_languages"]
        .as_array()
        .into_iter()
        .flatten()
    {
        add(l.as_str().unwrap_or_default());
    }
    for key in REPEATED {
        for entry in content[*key].as_array().into_iter().flatten() {
            for field in ["text", "title"] {
                for l in entry[field]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, _)| k)
                {
                    add(l);
                }
            }
        }
    }
    langs.retain(|l| !l.is_empty());
    langs
}

struct Loaded {
    initiative: Value,
    report: Value,
    etag: Option<String>,
    versions: Value,
}

async fn load(web: &Web, v: &Visitor, slug: &str, year: i32) -> Result<Loaded, Response> {
    if v.me.is_none() {
        return Err(web.redirect_to_sign_in(v));
    }
    let base = format!("/initiatives/{}", urlencode(slug));
    let (ini, report, versions) = futures::join!(
        web.get(v, &base),
        web.get(v, format!("{base}/reports/{year}")),
        web.get(v, format!("{base}/reports/{year}/versions")),
    );
    if !ini.ok() {
        return Err(web.refused(v, &ini));
    }
    let (report_body, etag) = if report.ok() {
        (report.body, report.etag)
    } else if report.status == StatusCode::NOT_FOUND && report.detail().contains("has no report") {
        (json!({ "year": year, "status": null, "content": {} }), None)
    } else {
        return Err(web.refused(v, &report));
    };
    if report_body["view"] == "status" || report_body["view"] == "public" {
        // Forum members and the public see the report elsewhere; this form is for its editors.
        if v.role_in(slug).is_none() {
            return Err(web.error(
                v,
                StatusCode::NOT_FOUND,
                &web.t(v, "error-not-found-title"),
                &format!("no initiative `{slug}`"),
            ));
        }
    }
    Ok(Loaded {
        initiative: ini.body,
        report: report_body,
        etag,
        versions: if versions.ok() {
            versions.body["items"].clone()
        } else {
            json!([])
        },
    })
}

fn ctx(slug: &str, year: i32, l: &Loaded, content: &Value, etag: Option<&str>) -> Value {
    let status = l.report["status"].as_str().unwrap_or("new");
    let editable = matches!(status, "new" | "draft" | "returned");
    json!({
        "slug": slug, "year": year, "i": l.initiative, "r": l.report, "c": content,
        "etag": etag, "versions": l.versions, "status": status, "editable": editable,
        "langs": text_languages(&l.initiative, content),
        "themes": vocab("theme", Theme::ALL), "groups": vocab("group", StakeholderGroup::ALL), "genders": vocab("gender", Gender::ALL),
        "session_types": vocab("session_type", SessionType::ALL), "formats": vocab("format", EventFormat::ALL), "levels": vocab("level", Level::ALL),
        "countries": countries(), "errors": {}, "blank_rows": blank_rows(&Form::default(), None),
    })
}

#[handler]
pub async fn show(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, year)): Path<(String, i32)>,
    Query(q): Query<BTreeMap<String, String>>,
) -> Response {
    let v = web.visitor(req).await;
    let l = match load(web, &v, &slug, year).await {
        Ok(l) => l,
        Err(page) => return page,
    };
    let content = l.report["content"].clone();
    let mut c = ctx(&slug, year, &l, &content, l.etag.as_deref());
    c["flash"] = match (q.contains_key("saved"), q.contains_key("submitted")) {
        (_, true) => web.t(&v, "flash-report-submitted").into(),
        (true, _) => web.t(&v, "flash-draft-saved").into(),
        _ => Value::Null,
    };
    web.page(&v, "report_form.html", c)
}

#[handler]
pub async fn save(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, year)): Path<(String, i32)>,
    body: Body,
) -> Response {
    let (v, form) = crate::web::posted!(web, req, body);
    let l = match load(web, &v, &slug, year).await {
        Ok(l) => l,
        Err(page) => return page,
    };
    let mut errors = FieldErrors::new();
    let content = content_from(&form, &mut errors);
    let sent_etag = form.text("etag");
    let adding = form
        .get("action")
        .and_then(|a| a.strip_prefix("add-"))
        .and_then(|a| REPEATED.iter().find(|k| **k == a));
    if let Some(key) = adding {
        // Nothing is saved: the same form again, with one more empty entry.
        let mut c = ctx(&slug, year, &l, &content, sent_etag.as_deref());
        c["blank_rows"] = blank_rows(&form, Some(key));
        c["flash"] = web.t(&v, "report-added-unsaved").into();
        if !errors.is_empty() {
            c["problem"] = web.t(&v, "problem-correct-fields").into();
            c["errors"] = json!(errors);
        }
        return web.page(&v, "report_form.html", c);
    }
    let page = |status: StatusCode, errors: FieldErrors, problem: String, etag: Option<&str>| {
        let mut c = ctx(&slug, year, &l, &content, etag);
        c["errors"] = json!(errors);
        c["problem"] = problem.into();
        web.page_with_status(&v, status, "report_form.html", c)
    };
    if !errors.is_empty() {
        return page(
            StatusCode::BAD_REQUEST,
            errors,
            web.t(&v, "problem-nothing-saved"),
            sent_etag.as_deref(),
        );
    }
    let path = format!("/initiatives/{}/reports/{year}", urlencode(&slug));
    let put = web
        .send(&v, Method::PUT, &path, &content, sent_etag.as_deref())
        .await;
    if !put.ok() {
        if put.is_refusal() {
            return web.refused(&v, &put);
        }
        let (status, errors, problem) = outcome(web, &v, &put);
        let etag = if status == StatusCode::PRECONDITION_FAILED {
            l.etag.clone()
        } else {
            sent_etag
        };
        return page(status, errors, problem, etag.as_deref());
    }
    let here = format!("/workspace/{}/reports/{year}", urlencode(&slug));
    if form.get("action") != Some("submit") {
        return web.redirect(&v, &format!("{here}?saved=1"));
    }
    let submit = web
        .send(
            &v,
            Method::POST,
            &format!("{path}/submit"),
            &json!({}),
            put.etag.as_deref(),
        )
        .await;
    if submit.ok() {
        return web.redirect(&v, &format!("{here}?submitted=1"));
    }
    let (status, errors, mut problem) = outcome(web, &v, &submit);
    if !errors.is_empty() {
        let count = errors.values().map(Vec::len).sum::<usize>();
        problem = web.t_with(
            &v,
            "problem-not-submittable",
            &[("count", count.to_string())],
        );
    }
    // The draft is stored now: show its state and history as they are.
    let saved = match load(web, &v, &slug, year).await {
        Ok(saved) => saved,
        Err(refusal) => return refusal,
    };
    let mut c = ctx(&slug, year, &saved, &content, put.etag.as_deref());
    c["errors"] = json!(errors);
    c["problem"] = problem.into();
    web.page_with_status(&v, status, "report_form.html", c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_becomes_report_content() {
        let form = Form::parse(
            b"r.edition=1st&r.themes=gender&r.themes=environment&r.languages=en%2C+fr\
              &r.key_messages.0.theme=gender&r.key_messages.0.text.en=Close+the+gap\
              &r.key_messages.1.theme=environment&r.key_messages.1.text.en=Drop+me&r.key_messages.1.remove=on\
              &r.key_messages.2.theme=&r.key_messages.2.text.en=\
              &r.participation.total=120&r.participation.by_gender.female=60&r.participation.online=lots\
              &r.preparation.consultations=3",
        );
        let mut errors = FieldErrors::new();
        let c = content_from(&form, &mut errors);
        assert_eq!(c["themes"], json!(["gender", "environment"]));
        assert_eq!(c["languages"], json!(["en", "fr"]));
        assert_eq!(
            c["key_messages"],
            json!([{"theme": "gender", "text": {"en": "Close the gap"}}])
        );
        assert_eq!(c["participation"]["total"], 120);
        assert_eq!(c["participation"]["by_gender"]["female"], 60);
        assert_eq!(
            c["preparation"],
            json!({"consultations": 3, "open_call": false})
        );
        assert_eq!(errors.keys().collect::<Vec<_>>(), ["/participation/online"]);
    }

    #[test]
    fn adding_an_entry_keeps_the_empty_ones_and_adds_one() {
        let count = |rows: &Value, key: &str| rows[key].as_array().map(Vec::len);
        let form = Form::parse(
            b"r.key_messages.0.theme=gender&r.key_messages.0.text.en=Typed\
              &r.key_messages.1.theme=&r.key_messages.1.text.en=\
              &r.sessions.0.title.en=&r.sessions.0.remove=1",
        );
        let rows = blank_rows(&form, Some("key_messages"));
        assert_eq!(
            count(&rows, "key_messages"),
            Some(2),
            "the posted empty one and a new one"
        );
        assert_eq!(count(&rows, "sessions"), Some(1));
        assert_eq!(count(&rows, "recommendations"), Some(1));
        let filled = Form::parse(b"r.key_messages.0.text.en=Typed");
        let rows = blank_rows(&filled, Some("key_messages"));
        assert_eq!(count(&rows, "key_messages"), Some(1), "one new empty entry");
    }
}
