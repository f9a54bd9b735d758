//! A submitted version of a report as a page, with what changed from the
//! version before it, field by field (`domain::report_diff`), the field names
//! and values in the reader's language. For the IGF Secretariat and the
//! initiative's members: the API's `versions` endpoints decide who may see
//! it (anonymous visitors are sent to sign in, other tenants get 404).
use crate::domain::report::ReportContent;
use crate::domain::report_diff::{self, FieldChange};
use crate::web::client::Reply;
use crate::web::form::urlencode;
use crate::web::{Visitor, Web};
use poem::http::StatusCode;
use poem::web::{Data, Path};
use poem::{Request, Response, handler};
use serde_json::json;

#[handler]
pub async fn version(
    req: &Request,
    Data(web): Data<&Web>,
    Path((slug, year, n)): Path<(String, i32, i32)>,
) -> Response {
    let v = web.visitor(req).await;
    let base = format!("/initiatives/{}", urlencode(&slug));
    let versions = format!("{base}/reports/{year}/versions");
    let (this, list, ini) = futures::join!(
        web.get(&v, format!("{versions}/{n}")),
        web.get(&v, &versions),
        web.get(&v, &base),
    );
    // The version first: its refusal (401, 404) is the one that must not leak more.
    for r in [&this, &list, &ini] {
        if !r.ok() {
            return web.refused(&v, r);
        }
    }
    let numbers: Vec<i64> = list.body["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| item["number"].as_i64())
        .collect();
    let previous = numbers.iter().copied().filter(|&m| m < i64::from(n)).max();
    let Some(content) = read_content(&v, &this) else {
        return server_error(web, &v);
    };
    let changes: Option<Vec<FieldChange>> = match previous {
        None => None,
        Some(p) => {
            let before = web.get(&v, format!("{versions}/{p}")).await;
            if !before.ok() {
                return web.refused(&v, &before);
            }
            let Some(before) = read_content(&v, &before) else {
                return server_error(web, &v);
            };
            Some(report_diff::diff(&before, &content))
        }
    };
    let fields = changes
        .as_deref()
        .map(|c| report_diff::changed_fields(c).len());
    web.page(
        &v,
        "report_version.html",
        json!({
            "slug": slug, "year": year, "n": n, "i": ini.body, "ver": this.body,
            "c": this.body["content"], "versions": list.body["items"], "previous": previous,
            "changes": changes, "fields": fields, "role": v.role_in(&slug),
        }),
    )
}

/// A stored version's content as typed: a version that does not read as a
/// report is corrupt data, logged and shown as the server's error.
fn read_content(v: &Visitor, reply: &Reply) -> Option<ReportContent> {
    match serde_json::from_value(reply.body["content"].clone()) {
        Ok(c) => Some(c),
        Err(e) => {
            tracing::error!(request_id = %v.request_id, error = %e, "a stored report version does not read as a report");
            None
        }
    }
}

fn server_error(web: &Web, v: &Visitor) -> Response {
    web.error(
        v,
        StatusCode::INTERNAL_SERVER_ERROR,
        &web.t(v, "error-server-title"),
        &web.t(v, "error-server-detail"),
    )
}

#[cfg(test)]
mod tests {
    use crate::domain::PageLocale;
    use crate::domain::report_diff::{ChangeKind, ReportField};

    /// The comparison names fields and kinds of change by the messages
    /// `diff-field-<field>` and `diff-change-<kind>` (through `label`, which
    /// the template scan cannot see): each locale must have every one.
    #[test]
    fn every_field_and_change_has_a_name_in_every_locale() {
        let ids: Vec<String> = ReportField::ALL
            .iter()
            .map(|f| format!("diff-field-{f}"))
            .chain(ChangeKind::ALL.iter().map(|k| format!("diff-change-{k}")))
            .collect();
        let mut missing = Vec::new();
        for locale in PageLocale::ALL {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("locales")
                .join(locale.as_str())
                .join("main.ftl");
            let source = std::fs::read_to_string(path).expect("a locale file");
            for id in &ids {
                if !source.lines().any(|l| l.starts_with(&format!("{id} ="))) {
                    missing.push(format!("{locale}: {id}"));
                }
            }
        }
        assert!(missing.is_empty(), "messages missing: {missing:#?}");
    }
}
