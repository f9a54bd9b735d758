//! The template environment: every page template, compiled into the binary,
//! and the few filters the templates share.
use minijinja::{Environment, Value};

/// Every template, by name. Adding a page means adding its file here.
const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("error.html", include_str!("../../templates/error.html")),
    ("home.html", include_str!("../../templates/home.html")),
    (
        "directory.html",
        include_str!("../../templates/directory.html"),
    ),
    (
        "initiative.html",
        include_str!("../../templates/initiative.html"),
    ),
    ("report.html", include_str!("../../templates/report.html")),
    (
        "report_body.html",
        include_str!("../../templates/report_body.html"),
    ),
    ("sign_in.html", include_str!("../../templates/sign_in.html")),
    ("sign_up.html", include_str!("../../templates/sign_up.html")),
    ("account.html", include_str!("../../templates/account.html")),
    (
        "invitation.html",
        include_str!("../../templates/invitation.html"),
    ),
    (
        "forgot_password.html",
        include_str!("../../templates/forgot_password.html"),
    ),
    (
        "reset_password.html",
        include_str!("../../templates/reset_password.html"),
    ),
    (
        "register.html",
        include_str!("../../templates/register.html"),
    ),
    (
        "workspace.html",
        include_str!("../../templates/workspace.html"),
    ),
    ("profile.html", include_str!("../../templates/profile.html")),
    (
        "secretariat.html",
        include_str!("../../templates/secretariat.html"),
    ),
    (
        "committee.html",
        include_str!("../../templates/committee.html"),
    ),
    (
        "principles.html",
        include_str!("../../templates/principles.html"),
    ),
    ("members.html", include_str!("../../templates/members.html")),
    ("links.html", include_str!("../../templates/links.html")),
    (
        "report_form.html",
        include_str!("../../templates/report_form.html"),
    ),
    ("queue.html", include_str!("../../templates/queue.html")),
    (
        "review_report.html",
        include_str!("../../templates/review_report.html"),
    ),
    (
        "recognition.html",
        include_str!("../../templates/recognition.html"),
    ),
    ("jobs.html", include_str!("../../templates/jobs.html")),
    (
        "dashboards.html",
        include_str!("../../templates/dashboards.html"),
    ),
    (
        "dashboard.html",
        include_str!("../../templates/dashboard.html"),
    ),
];

pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .unwrap_or_else(|e| panic!("template {name} does not compile: {e:#}"));
    }
    env.add_filter("label", label);
    env.add_filter("text", text);
    env.add_filter("day", day);
    env.add_filter("field_id", field_id);
    env.add_filter("field_name", field_name);
    env.add_filter("pointer_label", pointer_label);
    super::names::register(&mut env);
    env
}

/// A vocabulary value as words: `private_sector` → `Private sector`.
pub fn label(value: &str) -> String {
    let words = value.replace(['_', '-'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A language-keyed text in English when it has English, else in its first language.
fn text(value: Value) -> String {
    if let Some(s) = value.as_str() {
        return s.to_owned();
    }
    if let Ok(en) = value.get_attr("en")
        && let Some(s) = en.as_str()
    {
        return s.to_owned();
    }
    value
        .try_iter()
        .ok()
        .and_then(|mut keys| keys.next())
        .and_then(|k| value.get_item(&k).ok())
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The date part of an RFC 3339 timestamp.
fn day(value: &str) -> String {
    value.get(..10).unwrap_or(value).to_owned()
}

/// The id of the input for a JSON pointer: `/key_messages/0/text` → `f-key_messages-0-text`.
pub fn field_id(pointer: &str) -> String {
    format!("f{}", pointer.replace('/', "-"))
}

/// The form name of the input for a JSON pointer under `prefix`: `r.key_messages.0.text`.
fn field_name(pointer: &str, prefix: &str) -> String {
    let dotted = pointer.replace('/', ".");
    if prefix.is_empty() {
        dotted.trim_start_matches('.').to_owned()
    } else {
        format!("{prefix}{dotted}")
    }
}

/// A JSON pointer as words for the error summary: `/key_messages/0/text` → `Key messages 1 text`.
fn pointer_label(pointer: &str) -> String {
    let words: Vec<String> = pointer
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| match s.parse::<usize>() {
            Ok(n) => (n + 1).to_string(),
            Err(_) => s.replace('_', " "),
        })
        .collect();
    label(&words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_file_is_registered() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            assert!(
                TEMPLATES.iter().any(|(n, _)| *n == name),
                "{name} is not in TEMPLATES"
            );
        }
    }

    #[test]
    fn every_template_compiles() {
        let env = environment();
        assert_eq!(env.templates().count(), TEMPLATES.len());
    }

    #[test]
    fn vocabulary_reads_as_words() {
        assert_eq!(label("private_sector"), "Private sector");
        assert_eq!(label(""), "");
        assert_eq!(field_id("/key_messages/0/text"), "f-key_messages-0-text");
        assert_eq!(field_name("/a/0", "r"), "r.a.0");
        assert_eq!(field_name("/email", ""), "email");
    }

    #[test]
    fn texts_prefer_english() {
        let v = Value::from(minijinja::value::Serde(
            serde_json::json!({"fr": "Bonjour", "en": "Hello"}),
        ));
        assert_eq!(text(v), "Hello");
        let v = Value::from(minijinja::value::Serde(serde_json::json!({"ro": "Salut"})));
        assert_eq!(text(v), "Salut");
    }
}
