//! Posted HTML forms: decoding `application/x-www-form-urlencoded` bodies and
//! turning dotted field names (`key_messages.0.text.en`) into the JSON the API
//! takes. Field names are the API's JSON pointers with dots, so the API's
//! field errors (`/key_messages/0/text`) find their way back to the inputs.
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A decoded form: its fields in the order sent (a name may repeat).
#[derive(Debug, Clone, Default)]
pub struct Form(pub Vec<(String, String)>);

/// Errors found before the API is asked, keyed by JSON pointer.
pub type FieldErrors = BTreeMap<String, Vec<String>>;

impl Form {
    pub fn parse(body: &[u8]) -> Self {
        Form(serde_urlencoded::from_bytes(body).unwrap_or_default())
    }

    /// The first value of `name`, trimmed.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
    }

    /// The first value of `name` when it is not blank.
    pub fn text(&self, name: &str) -> Option<String> {
        self.get(name).filter(|v| !v.is_empty()).map(str::to_owned)
    }

    /// Every non-blank value of `name` (checkbox groups, multiple selects).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_owned())
            .collect()
    }

    /// Every non-blank value of `name` as a JSON list of strings.
    pub fn strings(&self, name: &str) -> Value {
        Value::Array(self.all(name).into_iter().map(Value::String).collect())
    }

    pub fn checked(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The fields whose names start with `prefix.`, nested by their dotted
    /// names: numeric segments become array positions (in order, gaps closed),
    /// blank values are left out, and so are entries left entirely blank.
    pub fn nested(&self, prefix: &str) -> Value {
        let mut root = Value::Object(Map::new());
        let lead = format!("{prefix}.");
        for (k, v) in &self.0 {
            let Some(rest) = k.strip_prefix(&lead) else {
                continue;
            };
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            insert(&mut root, &rest.split('.').collect::<Vec<_>>(), v);
        }
        arrays(root)
    }
}

fn insert(node: &mut Value, path: &[&str], value: &str) {
    let Value::Object(map) = node else { return };
    match path {
        [] => {}
        [last] => {
            map.insert((*last).to_owned(), Value::String(value.to_owned()));
        }
        [head, rest @ ..] => {
            let child = map
                .entry((*head).to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            insert(child, rest, value);
        }
    }
}

/// Objects whose keys are all numbers become arrays ordered by those numbers.
fn arrays(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let numeric = !map.is_empty() && map.keys().all(|k| k.parse::<usize>().is_ok());
            if numeric {
                let mut items: Vec<(usize, Value)> = map
                    .into_iter()
                    .map(|(k, v)| (k.parse().unwrap_or(0), arrays(v)))
                    .collect();
                items.sort_by_key(|(i, _)| *i);
                Value::Array(items.into_iter().map(|(_, v)| v).collect())
            } else {
                Value::Object(map.into_iter().map(|(k, v)| (k, arrays(v))).collect())
            }
        }
        other => other,
    }
}

/// Replaces the string at `pointer` by a whole number; a string that is not
/// one is reported under `pointer` and left as it was.
pub fn integer_at(root: &mut Value, pointer: &str, errors: &mut FieldErrors) {
    if let Some(slot) = root.pointer_mut(pointer)
        && let Some(s) = slot.as_str()
    {
        match s.replace([',', ' ', '\u{a0}'], "").parse::<i64>() {
            Ok(n) => *slot = Value::from(n),
            Err(_) => errors
                .entry(pointer.to_owned())
                .or_default()
                .push("must be a whole number, such as 120".into()),
        }
    }
}

/// Splits a comma-separated field into a list of its non-blank items.
pub fn list(text: Option<&str>) -> Vec<Value> {
    text.unwrap_or_default()
        .split([',', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Value::String(s.to_owned()))
        .collect()
}

/// Percent-encodes a query-string value.
pub fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("v", s)])
        .map(|q| q[2..].to_owned())
        .unwrap_or_default()
}

/// Where to go back to after signing in: `next` re-serialised as the path
/// and query it denotes, when a browser would resolve it to this site; `None`
/// otherwise (then go to `/`). The raw input is never sent back, and an
/// address that names another origin once percent-decoded is refused too.
pub fn local_path(next: Option<&str>) -> Option<String> {
    let path = same_origin_path(next?)?;
    let decoded = percent_encoding::percent_decode_str(&path).decode_utf8_lossy();
    (decoded == path || same_origin_path(&decoded).is_some()).then_some(path)
}

/// `candidate` resolved against this site the way a browser resolves a link
/// (the WHATWG URL parser: tabs and newlines dropped, `\` read as `/`), as
/// path and query, when it stays on this site and is written as an absolute
/// path: no scheme, no host, no leading space or control character.
fn same_origin_path(candidate: &str) -> Option<String> {
    if !candidate.starts_with('/') || candidate.chars().any(char::is_control) {
        return None;
    }
    let base = url::Url::parse("http://this-site.invalid/").expect("a valid base");
    let resolved = base.join(candidate).ok()?;
    if resolved.origin() != base.origin() || resolved.path().starts_with("//") {
        return None;
    }
    Some(match resolved.query() {
        Some(q) => format!("{}?{q}", resolved.path()),
        None => resolved.path().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dotted_names_nest_and_blank_entries_vanish() {
        let f = Form::parse(
            b"r.edition=11th&r.key_messages.0.theme=gender&r.key_messages.0.text.en=Hello\
              &r.key_messages.1.theme=&r.key_messages.1.text.en=+&r.key_messages.2.theme=environment\
              &r.participation.by_gender.female=12&other=1",
        );
        assert_eq!(
            f.nested("r"),
            json!({
                "edition": "11th",
                "key_messages": [
                    {"theme": "gender", "text": {"en": "Hello"}},
                    {"theme": "environment"}
                ],
                "participation": {"by_gender": {"female": "12"}}
            })
        );
    }

    #[test]
    fn integers_are_checked() {
        let mut v = json!({"p": {"total": "1,200", "online": "many"}});
        let mut errors = FieldErrors::new();
        integer_at(&mut v, "/p/total", &mut errors);
        integer_at(&mut v, "/p/online", &mut errors);
        integer_at(&mut v, "/p/absent", &mut errors);
        assert_eq!(v["p"]["total"], 1200);
        assert_eq!(v["p"]["online"], "many");
        assert_eq!(errors.keys().collect::<Vec<_>>(), ["/p/online"]);
    }

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(
            local_path(Some("/workspace/x")).as_deref(),
            Some("/workspace/x")
        );
        assert_eq!(
            local_path(Some("/initiatives/x?y=1&z=%C8%99")).as_deref(),
            Some("/initiatives/x?y=1&z=%C8%99")
        );
        // Known ways to name another origin with what looks like a path.
        for bypass in [
            "//evil.example",
            "///evil.example",
            "/.//evil.example",
            "/x/..//evil.example",
            "/\\evil.example",
            "\\/evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r/evil.example",
            "\t//evil.example",
            " //evil.example",
            "\u{0}//evil.example",
            "/\u{0}/evil.example",
            "/\u{b}/evil.example",
            "/%09/evil.example",
            "/%2F/evil.example",
            "/%2f%2fevil.example",
            "/%5C/evil.example",
            "/%5c%5cevil.example",
            "/%0a/evil.example",
            "https://evil.example",
            "https:evil.example",
            "http:/evil.example",
            "javascript:alert(1)",
            "data:text/html,x",
            "evil.example",
            "",
        ] {
            assert_eq!(local_path(Some(bypass)), None, "{bypass:?}");
        }
        assert_eq!(local_path(None), None);
        assert_eq!(urlencode("/a b?c=d&e"), "%2Fa+b%3Fc%3Dd%26e");
    }
}
