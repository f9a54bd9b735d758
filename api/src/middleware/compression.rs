//! Compressed responses (Brotli or gzip, as `Accept-Encoding` asks: see
//! `http::encoding::negotiate`) and the conditional requests that go with
//! them. Around every route:
//!
//! - before the handler, the coding is negotiated once and put in the
//!   request (`Negotiated`: handlers holding stored encoded bytes send
//!   them), and `If-Match` / `If-None-Match` tags of any representation are
//!   read as the resource's, so handlers compare with their own tag only;
//! - after it, a compressible body of at least [`MIN_BYTES`] is compressed
//!   unless it already has a coding (stored bytes) or is streamed, every
//!   compressible response says `Vary: Accept-Encoding`, an encoded
//!   response's ETag names its coding, and a 304 carries the tag the client
//!   sent; a GET answered 200 whose ETag `If-None-Match` names becomes a
//!   304 (for handlers that do not answer 304 themselves).
//!
//! poem's own `Compression` middleware was not used: it sets no `Vary`,
//! leaves ETags naming the identity representation, compresses bodies of
//! any size and type (304s and images included), and chooses a coding
//! offered with `q=0`.
use crate::http::encoding::{
    Coding, Negotiated, matching_sent_tag, negotiate, representation_tag, resource_tags,
};
use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use poem::http::header::{self, HeaderMap, HeaderValue};
use poem::http::{HeaderName, Method, StatusCode};
use poem::{Body, Endpoint, IntoResponse, Request, Response, Result};
use std::sync::LazyLock;
use worker::encoding::{Lane, MIN_BYTES};

/// Bodies larger than this are compressed on [`LARGE_BODIES`] rather than
/// on a request task, which would hold up the requests queued behind it.
const INLINE_BYTES: usize = 64 * 1024;

/// Where large bodies are compressed per request (in practice an aggregate
/// whose stored forms the worker has not written yet, or a large listing):
/// two threads of the API's own, apart from tokio's blocking pool and from
/// the worker's coding threads (`worker::encoding::STORED_FORMS`), so that
/// a read load can neither starve the worker's coding nor be starved by it.
/// A request that finds both busy waits for one only if fewer than
/// [`LARGE_WAITING`] others do; beyond that it is answered uncompressed
/// (identity is always acceptable, and its ETag then names the identity
/// representation). So at most two large encodes run at once, and the
/// memory they hold (Brotli's window and hash tables, the coded copy) stays
/// bounded however many clients ask at the same moment: a waiting request
/// holds only the body it would send anyway.
static LARGE_BODIES: LazyLock<Lane> = LazyLock::new(|| Lane::new("nri-compress", 2));

/// How many requests may wait for a thread of [`LARGE_BODIES`] (a few
/// encodes' time) before the next is sent uncompressed instead.
const LARGE_WAITING: usize = 8;

pub async fn around<E: Endpoint>(next: E, mut req: Request) -> Result<Response> {
    let coding = accepted(req.headers());
    let if_none_match = rewrite_tags(req.headers_mut(), header::IF_NONE_MATCH);
    rewrite_tags(req.headers_mut(), header::IF_MATCH);
    req.extensions_mut().insert(Negotiated(coding));
    let read = matches!(*req.method(), Method::GET | Method::HEAD);
    let mut resp = next.call(req).await?.into_response();
    if read && let Some(sent) = &if_none_match {
        not_modified_unless_changed(&mut resp, sent);
    }
    if resp.status() == StatusCode::NOT_MODIFIED {
        vary(resp.headers_mut());
        if let Some(sent) = if_none_match {
            echo_tag(resp.headers_mut(), &sent);
        }
        return Ok(resp);
    }
    if let Some(already) = coded_as(resp.headers()) {
        // Stored bytes a handler sent in their stored coding.
        vary(resp.headers_mut());
        name_representation(resp.headers_mut(), already);
        return Ok(resp);
    }
    if !compressible(resp.headers()) {
        return Ok(resp);
    }
    vary(resp.headers_mut());
    match coding {
        Some(coding) if may_transform(&resp) => {
            compress(resp, coding, &LARGE_BODIES, LARGE_WAITING).await
        }
        _ => Ok(resp),
    }
}

/// Turns a GET's 200 into a 304 when `If-None-Match` names its ETag (in
/// any coding), for the resources whose handlers do not answer 304
/// themselves: the body is not sent again, though it was made.
fn not_modified_unless_changed(resp: &mut Response, sent: &str) {
    if resp.status() != StatusCode::OK {
        return;
    }
    let Some(etag) = resp
        .headers()
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
    else {
        return;
    };
    if matching_sent_tag(sent, etag).is_none() && sent.trim() != "*" {
        return;
    }
    resp.set_status(StatusCode::NOT_MODIFIED);
    resp.set_body(Body::empty());
    let headers = resp.headers_mut();
    for name in [
        header::CONTENT_TYPE,
        header::CONTENT_LENGTH,
        header::CONTENT_ENCODING,
    ] {
        headers.remove(name);
    }
}

/// The coding `Accept-Encoding` asks for (all its lines read as one list).
fn accepted(headers: &HeaderMap) -> Option<Coding> {
    let values: Vec<&str> = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    negotiate(&values.join(","))
}

/// Reads the tags of header `name` as the resource's; returns them as sent.
fn rewrite_tags(headers: &mut HeaderMap, name: HeaderName) -> Option<String> {
    let sent = headers.get(&name)?.to_str().ok()?.to_owned();
    if let Ok(v) = HeaderValue::from_str(&resource_tags(&sent)) {
        headers.insert(name, v);
    }
    Some(sent)
}

/// Gives a 304 the tag of the copy the client holds (one it sent).
fn echo_tag(headers: &mut HeaderMap, sent: &str) {
    let Some(etag) = headers.get(header::ETAG).and_then(|v| v.to_str().ok()) else {
        return;
    };
    if let Some(tag) = matching_sent_tag(sent, etag)
        && let Ok(v) = HeaderValue::from_str(tag)
    {
        headers.insert(header::ETAG, v);
    }
}

/// The coding a response's body already has, when it is one of ours.
fn coded_as(headers: &HeaderMap) -> Option<Coding> {
    let value = headers.get(header::CONTENT_ENCODING)?.to_str().ok()?;
    Coding::ALL
        .into_iter()
        .find(|c| value.trim().eq_ignore_ascii_case(c.as_str()))
}

/// Renames the ETag after the representation's coding.
fn name_representation(headers: &mut HeaderMap, coding: Coding) {
    let Some(etag) = headers.get(header::ETAG).and_then(|v| v.to_str().ok()) else {
        return;
    };
    if let Ok(v) = HeaderValue::from_str(&representation_tag(etag, coding)) {
        headers.insert(header::ETAG, v);
    }
}

/// Adds `Accept-Encoding` to `Vary` unless it is there already, in one
/// header line with what the handler put there (`Accept-Language`, …).
fn vary(headers: &mut HeaderMap) {
    let listed: Vec<String> = headers
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect();
    if listed
        .iter()
        .any(|v| v.eq_ignore_ascii_case("accept-encoding") || v == "*")
    {
        return;
    }
    let value = listed
        .into_iter()
        .chain(["Accept-Encoding".to_owned()])
        .collect::<Vec<_>>()
        .join(", ");
    if let Ok(value) = HeaderValue::from_str(&value) {
        headers.insert(header::VARY, value);
    }
}

/// Text formats: JSON (problems, feeds), HTML, CSV, Atom, plain text.
fn compressible(headers: &HeaderMap) -> bool {
    let Some(ct) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = ct.split_once(';').map_or(ct, |(essence, _)| essence).trim();
    let essence = essence.to_ascii_lowercase();
    essence.starts_with("text/")
        || essence == "application/json"
        || essence == "application/xml"
        || essence == "application/javascript"
        || essence == "image/svg+xml"
        || (essence.starts_with("application/")
            && (essence.ends_with("+json") || essence.ends_with("+xml")))
}

/// Whether the response has a body a coding may change: not an empty or
/// partial one, and not one its handler marked `no-transform`.
fn may_transform(resp: &Response) -> bool {
    let status = resp.status();
    let no_transform = resp
        .headers()
        .get_all(header::CACHE_CONTROL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("no-transform"));
    !no_transform
        && !status.is_informational()
        && status != StatusCode::NO_CONTENT
        && status != StatusCode::PARTIAL_CONTENT
}

/// Compresses the body when it is whole, large enough, and gets smaller; a
/// body over [`INLINE_BYTES`] on `large`, unless `waiting` requests already
/// wait for it.
async fn compress(
    mut resp: Response,
    coding: Coding,
    large: &Lane,
    waiting: usize,
) -> Result<Response> {
    let body: BoxBody<Bytes, std::io::Error> = resp.take_body().into();
    // Only a body whose length is known is whole: a streamed one is sent as it comes.
    let whole = http_body::Body::size_hint(&body).exact();
    let body = Body::from(body);
    if whole.is_none_or(|n| n < MIN_BYTES as u64) {
        resp.set_body(body);
        return Ok(resp);
    }
    let plain = body.into_bytes().await?;
    let coded = if plain.len() > INLINE_BYTES {
        let Some(slot) = large.reserve_unless_crowded(waiting).await else {
            // Crowded: sent as it is rather than after a long wait.
            resp.set_body(plain);
            return Ok(resp);
        };
        let shared = plain.clone();
        slot.run(move || coding.encode(&shared))
            .await
            .map_err(|e| anyhow::anyhow!("compressing a response: {e}"))?
    } else {
        coding.encode(&plain)
    };
    if coded.len() >= plain.len() {
        resp.set_body(plain);
        return Ok(resp);
    }
    let headers = resp.headers_mut();
    headers.insert(
        header::CONTENT_ENCODING,
        HeaderValue::from_static(coding.as_str()),
    );
    headers.remove(header::CONTENT_LENGTH);
    name_representation(headers, coding);
    resp.set_body(coded);
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vary_names_the_coding_once_beside_what_the_handler_listed() {
        let mut headers = HeaderMap::new();
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
        vary(&mut headers);
        vary(&mut headers);
        let all: Vec<_> = headers.get_all(header::VARY).iter().collect();
        assert_eq!(all, ["Accept-Language, Accept-Encoding"]);
        let mut headers = HeaderMap::new();
        vary(&mut headers);
        assert_eq!(headers[header::VARY], "Accept-Encoding");
    }

    /// A JSON response larger than [`INLINE_BYTES`].
    fn large_json() -> (Response, Bytes) {
        let row = r#"{"slug":"liberia-igf","name":"Liberia IGF","participants":{"total":240}},"#;
        let plain = Bytes::from(format!(
            "[{}{{}}]",
            row.repeat(INLINE_BYTES / row.len() + 100)
        ));
        assert!(plain.len() > INLINE_BYTES);
        let resp = Response::builder()
            .content_type("application/json")
            .header(header::ETAG, "\"v1\"")
            .body(plain.clone());
        (resp, plain)
    }

    #[tokio::test]
    async fn a_large_body_is_sent_uncompressed_rather_than_wait_for_a_crowded_lane() {
        let lane = Lane::new("test-compress", 1);
        let busy = lane.try_reserve().expect("the lane's one slot");
        let (resp, plain) = large_json();
        // The slot is busy and nobody may wait for it.
        let mut sent = compress(resp, Coding::Brotli, &lane, 0).await.unwrap();
        assert_eq!(sent.headers().get(header::CONTENT_ENCODING), None);
        assert_eq!(sent.headers()[header::ETAG], "\"v1\"", "the identity tag");
        assert_eq!(sent.take_body().into_bytes().await.unwrap(), plain);

        // Once the slot is free, the same body is compressed, to the same bytes.
        drop(busy);
        let (resp, plain) = large_json();
        let mut sent = compress(resp, Coding::Brotli, &lane, 0).await.unwrap();
        assert_eq!(sent.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(sent.headers()[header::ETAG], "\"v1-br\"");
        let coded = sent.take_body().into_bytes().await.unwrap();
        assert!(coded.len() < plain.len());
        assert_eq!(
            coded,
            Coding::Brotli.encode(&plain),
            "the stored forms' encoder"
        );
    }
}
