//! Who is looking at a page: the session cookie and the CSRF token every form
//! carries.
//!
//! A browser session is an API token issued at sign-in (named "browser
//! session"): it expires, is listed with the user's tokens and can be revoked
//! like any of them. The cookie holds `<token id>.<secret>`, `HttpOnly`,
//! `SameSite=Lax`, and `Secure` when the service is reached over TLS.
//!
//! CSRF: every form carries a token derived from a secret the browser holds in
//! an `HttpOnly` cookie: the session secret once signed in, before that a
//! random pre-session cookie. A cross-site page can neither read the cookie nor
//! compute the token, so a post without the right token is refused.
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use poem::Request;
use poem::http::header;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const SESSION_COOKIE: &str = "nri_session";
pub const PRESESSION_COOKIE: &str = "nri_presession";
/// Browser sessions last this long (the user can end them sooner).
pub const SESSION_DAYS: i64 = 14;

/// A browser session as held in its cookie.
#[derive(Debug, Clone)]
pub struct Session {
    pub token_id: i64,
    pub secret: String,
}

impl Session {
    pub fn cookie_value(&self) -> String {
        format!("{}.{}", self.token_id, self.secret)
    }

    fn parse(value: &str) -> Option<Self> {
        let (id, secret) = value.split_once('.')?;
        Some(Self {
            token_id: id.parse().ok()?,
            secret: secret.to_owned(),
        })
    }
}

/// The named cookie's value, if the request carries it.
pub fn cookie<'r>(req: &'r Request, name: &str) -> Option<&'r str> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty())
}

pub fn session_of(req: &Request) -> Option<Session> {
    cookie(req, SESSION_COOKIE).and_then(Session::parse)
}

/// A fresh random pre-session secret.
pub fn new_presession() -> String {
    let mut bytes = [0u8; 24];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The CSRF token for forms of a browser holding `secret`.
pub fn csrf_token(secret: &str) -> String {
    let digest = Sha256::digest(format!("nri-csrf\0{secret}").as_bytes());
    URL_SAFE_NO_PAD.encode(&digest[..18])
}

/// Whether `sent` is the CSRF token for `secret`, compared in constant time.
pub fn csrf_matches(secret: &str, sent: &str) -> bool {
    let expected = csrf_token(secret);
    expected.len() == sent.len()
        && expected
            .bytes()
            .zip(sent.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// A `Set-Cookie` value. `max_age` `Some(0)` deletes the cookie; `None` makes
/// it last for the browser session.
pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> String {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        c.push_str("; Secure");
    }
    c
}

/// Whether the browser reached us over TLS (directly or through a proxy that
/// says so), so cookies must be `Secure`.
pub fn over_tls(req: &Request, public_url: &str) -> bool {
    public_url.starts_with("https://")
        || req.uri().scheme_str() == Some("https")
        || req
            .headers()
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_tokens_depend_on_the_secret() {
        let a = csrf_token("one");
        assert!(csrf_matches("one", &a));
        assert!(!csrf_matches("two", &a));
        assert!(!csrf_matches("one", ""));
        assert!(!csrf_matches("one", &a[1..]));
    }

    #[test]
    fn cookies_are_read_by_name() {
        let req = Request::builder()
            .header(header::COOKIE, "a=1; nri_session=12.abc; b=2")
            .finish();
        let s = session_of(&req).unwrap();
        assert_eq!((s.token_id, s.secret.as_str()), (12, "abc"));
        assert_eq!(cookie(&req, "b"), Some("2"));
        assert_eq!(cookie(&req, "c"), None);
    }

    #[test]
    fn session_cookies_are_http_only_and_lax() {
        let c = set_cookie(SESSION_COOKIE, "1.x", Some(60), true);
        assert_eq!(
            c,
            "nri_session=1.x; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure"
        );
    }
}
