//! Content negotiation of codings (RFC 9110 §12.5.3) and the entity tags of
//! encoded representations (§8.8.3: each coding is a representation of its
//! own, so it has a tag of its own: `"<tag>-br"`, `"<tag>-gz"`).
//!
//! Handlers know only their resource's tag (a row version, a stored hash);
//! `middleware::compression` names the representation it sends and, in the
//! conditional headers a client sends back, reads any representation's tag
//! as the resource's (see [`resource_tags`]).
pub use worker::encoding::Coding;

/// The coding chosen for a request from its `Accept-Encoding`, put in the
/// request's extensions by `middleware::compression`: handlers that hold
/// stored encoded bytes send them when it names a coding. Absent (or `None`)
/// means the identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Negotiated(pub Option<Coding>);

impl Negotiated {
    /// The coding negotiated for `req`, if any.
    pub fn of(req: &poem::Request) -> Option<Coding> {
        req.extensions().get::<Negotiated>().and_then(|n| n.0)
    }
}

/// A quality value in thousandths (`q=0.5` is 500).
type Quality = u16;

/// The coding to send for an `Accept-Encoding` value, or `None` for the
/// identity: the acceptable coding (q > 0, named or through `*`) with the
/// highest quality, Brotli before gzip at equal quality, unless the client
/// names `identity` with a higher quality still. When nothing acceptable is
/// offered the identity is sent (RFC 9110 prefers it to a 406).
pub fn negotiate(accept_encoding: &str) -> Option<Coding> {
    let mut star = None;
    let mut identity = None;
    let mut named: [Option<Quality>; 2] = [None, None];
    for item in accept_encoding.split(',') {
        let mut parts = item.split(';');
        // `split` always yields a first piece: the coding's name.
        let Some(name) = parts.next().map(str::trim) else {
            continue;
        };
        if name.is_empty() {
            continue;
        }
        let Some(q) = quality(parts) else {
            continue;
        };
        let slot = if name == "*" {
            &mut star
        } else if name.eq_ignore_ascii_case("identity") {
            &mut identity
        } else if name.eq_ignore_ascii_case("br") {
            &mut named[0]
        } else if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
            &mut named[1]
        } else {
            continue;
        };
        // A coding named twice keeps its best quality.
        *slot = Some(slot.map_or(q, |seen: Quality| seen.max(q)));
    }
    let best = Coding::ALL
        .iter()
        .zip(named)
        .filter_map(|(c, q)| Some((*c, q.or(star)?)))
        .filter(|(_, q)| *q > 0)
        // `max_by_key` keeps the last of equals: reversed, Brotli wins ties.
        .rev()
        .max_by_key(|(_, q)| *q)?;
    match identity {
        Some(q) if q > best.1 => None,
        _ => Some(best.0),
    }
}

/// The `q` parameter among `params` (1 when absent), or `None` when it does
/// not read as a quality value (the item is then ignored).
fn quality<'a>(params: impl Iterator<Item = &'a str>) -> Option<Quality> {
    for p in params {
        let Some((k, v)) = p.split_once('=') else {
            continue;
        };
        if k.trim().eq_ignore_ascii_case("q") {
            let v: f32 = v.trim().parse().ok()?;
            return (0.0..=1.0)
                .contains(&v)
                .then(|| (v * 1000.0).round() as Quality);
        }
    }
    Some(1000)
}

/// The tag of `coding`'s representation of the resource tagged `etag`
/// (`"7"` → `"7-br"`, `W/"7"` → `W/"7-br"`); a value that is not an entity
/// tag is left as it is.
pub fn representation_tag(etag: &str, coding: Coding) -> String {
    match etag.strip_suffix('"') {
        Some(open) if open.contains('"') => format!("{open}{}\"", coding.tag_suffix()),
        _ => etag.to_owned(),
    }
}

/// A list of entity tags (`If-Match`, `If-None-Match`) with every
/// representation's tag read as its resource's (`"7-gz"` → `"7"`), so that a
/// handler comparing with its resource's tag honours a tag the client got
/// with any coding. `*` and unknown tags pass unchanged.
pub fn resource_tags(list: &str) -> String {
    list.split(',')
        .map(|t| stripped(t.trim()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Of the tags a client sent (`If-None-Match`), the one that names the
/// representation the handler found unmodified (its resource tag is
/// `etag`), as the client sent it: a 304 carries the tag of the copy the
/// client holds.
pub fn matching_sent_tag<'a>(sent: &'a str, etag: &str) -> Option<&'a str> {
    let bare = |t: &str| -> String {
        let t = t.trim();
        t.strip_prefix("W/").unwrap_or(t).to_owned()
    };
    let want = bare(etag);
    sent.split(',')
        .map(str::trim)
        .find(|t| *t != "*" && bare(&stripped(t)) == want)
}

/// `tag` without a coding's suffix (`"7-br"` → `"7"`).
fn stripped(tag: &str) -> String {
    for coding in Coding::ALL {
        let suffix = format!("{}\"", coding.tag_suffix());
        if let Some(open) = tag.strip_suffix(suffix.as_str())
            && open.contains('"')
        {
            return format!("{open}\"");
        }
    }
    tag.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Coding::{Brotli, Gzip};

    #[test]
    fn the_best_acceptable_coding_is_chosen() {
        let rows: &[(&str, Option<Coding>)] = &[
            ("", None),
            ("br", Some(Brotli)),
            ("gzip", Some(Gzip)),
            ("x-gzip", Some(Gzip)),
            ("gzip, deflate, br", Some(Brotli)),
            ("GZIP, BR", Some(Brotli)),
            ("br;q=0.5, gzip", Some(Gzip)),
            ("br;q=0.8, gzip;q=0.8", Some(Brotli)),
            ("br ; q=0.9 , gzip;q=1.0", Some(Gzip)),
            ("br;q=0, gzip;q=0", None),
            ("gzip;q=0", None),
            ("deflate", None),
            ("zstd, deflate", None),
            ("*", Some(Brotli)),
            ("*;q=0.5, br;q=0.2", Some(Gzip)),
            ("*;q=0", None),
            ("identity", None),
            ("identity;q=0", None),
            ("identity;q=0, gzip", Some(Gzip)),
            ("gzip;q=0.5, identity", None),
            ("gzip;q=0.5, identity;q=0.4", Some(Gzip)),
            ("br;q=abc, gzip", Some(Gzip)),
            ("br;q=2, gzip", Some(Gzip)),
            ("br;q=0.001", Some(Brotli)),
            ("br;level=1;q=0.7, gzip;q=0.6", Some(Brotli)),
            (",, ,br", Some(Brotli)),
        ];
        let wrong: Vec<String> = rows
            .iter()
            .filter(|(h, want)| negotiate(h) != *want)
            .map(|(h, want)| format!("{h:?}: want {want:?}, got {:?}", negotiate(h)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn a_representations_tag_names_its_coding() {
        assert_eq!(representation_tag("\"7\"", Brotli), "\"7-br\"");
        assert_eq!(representation_tag("W/\"7\"", Gzip), "W/\"7-gz\"");
        assert_eq!(representation_tag("\"a1-csv\"", Gzip), "\"a1-csv-gz\"");
        assert_eq!(representation_tag("nonsense", Brotli), "nonsense");
        assert_eq!(representation_tag("\"", Brotli), "\"");
    }

    #[test]
    fn conditional_tags_are_read_as_the_resources() {
        assert_eq!(resource_tags("\"7-br\""), "\"7\"");
        assert_eq!(resource_tags("\"7-gz\", W/\"8-br\""), "\"7\", W/\"8\"");
        assert_eq!(resource_tags("\"a1-csv-gz\""), "\"a1-csv\"");
        assert_eq!(resource_tags("\"7\", *"), "\"7\", *");
        // Only a coding's suffix inside the quotes is read.
        assert_eq!(resource_tags("\"7\"-br"), "\"7\"-br");
        assert_eq!(resource_tags("\"-br\""), "\"\"");
    }

    #[test]
    fn a_304_echoes_the_tag_the_client_holds() {
        assert_eq!(matching_sent_tag("\"7-br\"", "\"7\""), Some("\"7-br\""));
        assert_eq!(
            matching_sent_tag("\"6\", \"7-gz\"", "\"7\""),
            Some("\"7-gz\"")
        );
        assert_eq!(matching_sent_tag("\"7\"", "\"7\""), Some("\"7\""));
        assert_eq!(matching_sent_tag("W/\"7-br\"", "\"7\""), Some("W/\"7-br\""));
        assert_eq!(matching_sent_tag("*", "\"7\""), None);
        assert_eq!(matching_sent_tag("\"8-br\"", "\"7\""), None);
    }
}
