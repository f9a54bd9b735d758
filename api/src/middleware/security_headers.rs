//! Headers every response carries, whatever produced it (API, explorer,
//! probes, pages, errors): no MIME sniffing, no framing by another site, and
//! HSTS when the service is reached over TLS. Pages set a fuller
//! `Content-Security-Policy` of their own (see `web::Web::finish`); it is
//! kept, and anything without one gets `frame-ancestors 'none'`.
use crate::state::AppState;
use poem::http::{HeaderMap, HeaderValue, header};
use poem::{Endpoint, IntoResponse, Request, Response, Result};

/// One year, as browsers' preload lists expect.
const HSTS: &str = "max-age=31536000";

pub async fn around<E: Endpoint>(next: E, req: Request) -> Result<Response> {
    let tls = req
        .data::<AppState>()
        .is_some_and(|s| crate::web::session::over_tls(&req, &s.settings.public_url()));
    let mut resp = next.call(req).await?.into_response();
    apply(resp.headers_mut(), tls);
    Ok(resp)
}

/// Adds the headers that are missing; never replaces a stricter one a page set.
pub fn apply(h: &mut HeaderMap, tls: bool) {
    let defaults = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // For browsers that predate CSP's frame-ancestors.
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"),
    ];
    for (name, value) in defaults {
        if !h.contains_key(&name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    }
    if tls {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_missing_headers_and_keeps_a_pages_own_policy() {
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'"),
        );
        apply(&mut h, false);
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(h[header::X_FRAME_OPTIONS], "DENY");
        assert_eq!(
            h[header::CONTENT_SECURITY_POLICY],
            "default-src 'self'; frame-ancestors 'none'"
        );
        assert!(!h.contains_key(header::STRICT_TRANSPORT_SECURITY));
        apply(&mut h, true);
        assert_eq!(h[header::STRICT_TRANSPORT_SECURITY], HSTS);
    }
}
