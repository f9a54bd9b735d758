//! Which addresses outbound requests (webhooks, website checks) may reach:
//! only public unicast addresses over http(s), so that a URL supplied by a
//! user cannot make the server call itself, its private network or the cloud
//! metadata service (SSRF). Pure, no I/O: the caller parses the URL with
//! [`parse_target`], resolves the host itself, passes every address to
//! [`check_addrs`], and then connects only to those checked addresses (which
//! also defeats DNS rebinding between the check and the connection).
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Whether outbound requests may go to loopback (tests and local use only;
/// never in production).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GuardPolicy {
    pub allow_loopback: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// e.g. "ftp is not allowed; use http or https"
    Scheme(String),
    /// The URL could not be parsed or has no host (or, from
    /// [`check_addrs`], the host resolved to no address); says why.
    Malformed(String),
    /// The host resolves to an address that is not public: loopback, private
    /// (RFC 1918, fc00::/7), link-local (169.254.0.0/16 incl. the cloud
    /// metadata address 169.254.169.254, fe80::/10), unspecified, broadcast,
    /// multicast, CGNAT 100.64.0.0/10, documentation ranges, 0.0.0.0/8,
    /// IPv4-mapped IPv6 of any of these, etc.
    Address {
        host: String,
        ip: IpAddr,
        why: &'static str,
    },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Scheme(msg) => f.write_str(msg),
            Refusal::Malformed(msg) => write!(f, "malformed URL: {msg}"),
            Refusal::Address { host, ip, why } => {
                if *host == ip.to_string() {
                    write!(f, "{ip} is {why}")
                } else {
                    write!(f, "{ip} (for {host}) is {why}")
                }
            }
        }
    }
}

impl std::error::Error for Refusal {}

const LOOPBACK: &str = "a loopback address";
const PRIVATE: &str = "a private address";
const LINK_LOCAL: &str = "a link-local address (this includes the cloud metadata service)";
const UNSPECIFIED: &str = "the unspecified address";
const THIS_NETWORK: &str = "in 0.0.0.0/8 (\"this network\")";
const CGNAT: &str = "a shared (carrier-grade NAT) address";
const DOCUMENTATION: &str = "a documentation address";
const BENCHMARKING: &str = "a benchmarking address";
const PROTOCOL: &str = "an IETF protocol assignment, not a public host";
const MULTICAST: &str = "a multicast address";
const BROADCAST: &str = "the broadcast address";
const RESERVED: &str = "a reserved address";
const SITE_LOCAL: &str = "a (deprecated) site-local address";
const IPV4_COMPATIBLE: &str = "a deprecated IPv4-compatible IPv6 address";
const NAT64_LOCAL: &str = "a local-use NAT64 address";
const TEREDO: &str = "a Teredo tunnel address";
const NOT_GLOBAL_V6: &str = "outside the global unicast range 2000::/3";

/// Classifies one address: `Ok(())` if a public request may go there,
/// `Err(reason)` otherwise; the reason reads after "is", e.g. "a private
/// address". Loopback (127.0.0.0/8, ::1, and IPv4-mapped ::ffff:127.x) is
/// allowed only when `policy.allow_loopback`. IPv4 addresses embedded in
/// IPv6 (IPv4-mapped, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged as the
/// IPv4 address they reach (loopback never allowed through NAT64 or 6to4).
pub fn check_ip(ip: IpAddr, policy: GuardPolicy) -> Result<(), &'static str> {
    match ip {
        IpAddr::V4(v4) => check_v4(v4, policy),
        IpAddr::V6(v6) => check_v6(v6, policy),
    }
}

fn check_v4(ip: Ipv4Addr, policy: GuardPolicy) -> Result<(), &'static str> {
    let [a, b, c, _] = ip.octets();
    let why = match (a, b, c) {
        _ if ip.is_unspecified() => UNSPECIFIED,
        (0, _, _) => THIS_NETWORK,
        (127, _, _) if policy.allow_loopback => return Ok(()),
        (127, _, _) => LOOPBACK,
        (10, _, _) => PRIVATE,
        (172, 16..=31, _) => PRIVATE,
        (192, 168, _) => PRIVATE,
        (100, 64..=127, _) => CGNAT,
        (169, 254, _) => LINK_LOCAL,
        (192, 0, 0) => PROTOCOL,
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => DOCUMENTATION,
        (192, 88, 99) => RESERVED, // former 6to4 relay anycast
        (198, 18..=19, _) => BENCHMARKING,
        (224..=239, _, _) => MULTICAST,
        _ if ip.is_broadcast() => BROADCAST,
        (240..=255, _, _) => RESERVED,
        _ => return Ok(()),
    };
    Err(why)
}

fn check_v6(ip: Ipv6Addr, policy: GuardPolicy) -> Result<(), &'static str> {
    let s = ip.segments();
    let no_loopback = GuardPolicy {
        allow_loopback: false,
    };
    // IPv4 in the low 32 bits.
    let low_v4 = || Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
    if ip.is_unspecified() {
        return Err(UNSPECIFIED);
    }
    if ip.is_loopback() {
        return if policy.allow_loopback {
            Ok(())
        } else {
            Err(LOOPBACK)
        };
    }
    // ::ffff:a.b.c.d (IPv4-mapped): the connection goes to a.b.c.d.
    if s[..5] == [0, 0, 0, 0, 0] && s[5] == 0xffff {
        return check_v4(low_v4(), policy);
    }
    // ::a.b.c.d (IPv4-compatible, deprecated) and the rest of ::/96.
    if s[..6] == [0; 6] {
        return Err(IPV4_COMPATIBLE);
    }
    // 64:ff9b::/96, the well-known NAT64 prefix: reaches the embedded IPv4.
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return check_v4(low_v4(), no_loopback);
    }
    // 64:ff9b:1::/48, local-use NAT64.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1 {
        return Err(NAT64_LOCAL);
    }
    let why = match s[0] {
        // 2002::/16, 6to4: reaches the IPv4 in bits 16..48.
        0x2002 => {
            let v4 = Ipv4Addr::new((s[1] >> 8) as u8, s[1] as u8, (s[2] >> 8) as u8, s[2] as u8);
            return check_v4(v4, no_loopback);
        }
        0x2001 if s[1] == 0 => TEREDO,             // 2001::/32
        0x2001 if s[1] == 0x0db8 => DOCUMENTATION, // 2001:db8::/32
        0x2001 if s[1] < 0x0200 => PROTOCOL,       // 2001::/23
        0x3fff if s[1] < 0x1000 => DOCUMENTATION,  // 3fff::/20
        0xfc00..=0xfdff => PRIVATE,                // fc00::/7
        0xfe80..=0xfebf => LINK_LOCAL,             // fe80::/10
        0xfec0..=0xfeff => SITE_LOCAL,             // fec0::/10
        0xff00..=0xffff => MULTICAST,              // ff00::/8
        0x2000..=0x3fff => return Ok(()),          // 2000::/3
        _ => NOT_GLOBAL_V6,                        // 100::/64 discard, 5f00::/16 SRv6, unallocated
    };
    Err(why)
}

/// Parses an http(s) URL far enough to return `(scheme, host, port)`: the
/// scheme lower-cased, only "http" and "https" accepted; the host
/// lower-cased, without brackets for IPv6 literals (which are returned in
/// canonical form); default ports 80/443.
///
/// Deliberately stricter than browsers, so that no other URL parser can read
/// a different host out of an accepted URL: refused as `Malformed` are
/// userinfo ("user:pass@"), whitespace, control characters and backslashes
/// anywhere, percent-escapes and non-ASCII in the host (give IDNs as
/// "xn--"), IPv6 zone ids, empty or zero ports, and numeric hosts that are
/// not a canonical dotted quad ("2130706433", "0x7f.1", "127.1", "010.0.0.1"),
/// which browsers and `inet_aton` would read as IPv4 addresses.
pub fn parse_target(url: &str) -> Result<(String, String, u16), Refusal> {
    let malformed = |m: &str| Err(Refusal::Malformed(m.to_string()));
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return malformed("the URL contains whitespace or control characters");
    }
    if url.contains('\\') {
        return malformed("the URL contains a backslash");
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return malformed("the URL has no scheme");
    };
    let valid_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !valid_scheme {
        return malformed("the URL has no valid scheme");
    }
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        other => {
            return Err(Refusal::Scheme(format!(
                "{other} is not allowed; use http or https"
            )));
        }
    };
    let Some(rest) = rest.strip_prefix("//") else {
        return malformed("the URL has no host (expected \"//\" after the scheme)");
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return malformed("user names and passwords in the URL are not allowed");
    }
    if authority.is_empty() {
        return malformed("the URL has no host");
    }

    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let Some((literal, after)) = bracketed.split_once(']') else {
            return malformed("unclosed [ in the host");
        };
        if literal.contains('%') {
            return malformed("IPv6 zone identifiers are not allowed");
        }
        let Ok(v6) = literal.parse::<Ipv6Addr>() else {
            return malformed("invalid IPv6 address in the host");
        };
        let port = match after {
            "" => None,
            p => match p.strip_prefix(':') {
                Some(p) => Some(p),
                None => return malformed("unexpected characters after the IPv6 address"),
            },
        };
        (v6.to_string(), port)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        };
        (check_host_name(host)?, port)
    };

    let port = match port {
        None => default_port,
        Some(p) => {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                return malformed("the port is not a number");
            }
            match p.parse::<u16>() {
                Ok(0) | Err(_) => return malformed("the port is out of range (1-65535)"),
                Ok(n) => n,
            }
        }
    };
    Ok((scheme, host, port))
}

/// Validates a registered name or dotted-quad host; returns it lower-cased.
fn check_host_name(host: &str) -> Result<String, Refusal> {
    let malformed = |m: &str| Err(Refusal::Malformed(m.to_string()));
    if host.is_empty() {
        return malformed("the URL has no host");
    }
    if host.contains('%') {
        return malformed("percent-escapes in the host are not allowed");
    }
    if !host.is_ascii() {
        return malformed("non-ASCII host names must be given in their xn-- form");
    }
    if host.len() > 253 {
        return malformed("the host name is too long");
    }
    let host = host.to_ascii_lowercase();
    let labels: Vec<&str> = host.strip_suffix('.').unwrap_or(&host).split('.').collect();
    for label in &labels {
        if label.is_empty() || label.len() > 63 {
            return malformed("the host name has an empty or over-long label");
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return malformed("the host name contains characters not allowed in a host");
        }
    }
    // Browsers (WHATWG URL) and inet_aton read a host whose last label is
    // numeric as an IPv4 address, in forms like "127.1" or "0x7f000001";
    // accept only the canonical dotted quad so that all readers agree.
    let last = labels.last().copied().unwrap_or("");
    let numeric = last.bytes().all(|b| b.is_ascii_digit())
        || (last.starts_with("0x") && last[2..].bytes().all(|b| b.is_ascii_hexdigit()));
    if numeric && host.parse::<Ipv4Addr>().is_err() {
        return malformed("numeric hosts must be a dotted-quad IPv4 address like 192.0.2.1");
    }
    Ok(host)
}

/// Checks every resolved address of a target: all must pass [`check_ip`] (a
/// hostname resolving to one public and one private address is refused; the
/// caller must then connect only to these checked addresses). An empty list
/// is refused as `Malformed`, since there is nothing that was checked.
pub fn check_addrs(host: &str, addrs: &[IpAddr], policy: GuardPolicy) -> Result<(), Refusal> {
    if addrs.is_empty() {
        return Err(Refusal::Malformed(format!("{host} resolved to no address")));
    }
    for &ip in addrs {
        check_ip(ip, policy).map_err(|why| Refusal::Address {
            host: host.to_string(),
            ip,
            why,
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DENY: GuardPolicy = GuardPolicy {
        allow_loopback: false,
    };
    const LOCAL: GuardPolicy = GuardPolicy {
        allow_loopback: true,
    };

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn default_policy_refuses_loopback() {
        assert_eq!(GuardPolicy::default(), DENY);
    }

    #[test]
    fn loopback_refused_by_default_allowed_with_policy() {
        for a in ["127.0.0.1", "127.255.0.9", "::1", "::ffff:127.0.0.1"] {
            assert_eq!(check_ip(ip(a), DENY), Err(LOOPBACK), "{a}");
            assert_eq!(check_ip(ip(a), LOCAL), Ok(()), "{a}");
        }
    }

    #[test]
    fn allow_loopback_allows_nothing_else() {
        for a in [
            "10.0.0.1",
            "169.254.169.254",
            "0.0.0.0",
            "::",
            "fe80::1",
            "::ffff:10.0.0.1",
            // Loopback reached through NAT64 or 6to4 is not local loopback.
            "64:ff9b::7f00:1",
            "2002:7f00:1::",
        ] {
            assert!(check_ip(ip(a), LOCAL).is_err(), "{a}");
        }
    }

    #[test]
    fn internal_addresses_refused() {
        let cases = [
            ("10.1.2.3", PRIVATE),
            ("172.16.0.1", PRIVATE),
            ("172.31.255.255", PRIVATE),
            ("192.168.1.1", PRIVATE),
            ("169.254.169.254", LINK_LOCAL),
            ("100.64.0.1", CGNAT),
            ("100.127.255.254", CGNAT),
            ("0.0.0.0", UNSPECIFIED),
            ("0.1.2.3", THIS_NETWORK),
            ("224.0.0.1", MULTICAST),
            ("239.255.255.250", MULTICAST),
            ("255.255.255.255", BROADCAST),
            ("240.0.0.1", RESERVED),
            ("192.0.2.1", DOCUMENTATION),
            ("198.51.100.7", DOCUMENTATION),
            ("203.0.113.9", DOCUMENTATION),
            ("198.18.0.1", BENCHMARKING),
            ("192.0.0.8", PROTOCOL),
            ("::", UNSPECIFIED),
            ("fe80::1", LINK_LOCAL),
            ("febf::1", LINK_LOCAL),
            ("fec0::1", SITE_LOCAL),
            ("fc00::1", PRIVATE),
            ("fd12:3456::1", PRIVATE),
            ("ff02::1", MULTICAST),
            ("::ffff:10.0.0.1", PRIVATE),
            ("::ffff:169.254.169.254", LINK_LOCAL),
            ("::ffff:0.0.0.0", UNSPECIFIED),
            ("::10.0.0.1", IPV4_COMPATIBLE),
            ("::8.8.8.8", IPV4_COMPATIBLE),
            ("64:ff9b::a9fe:a9fe", LINK_LOCAL),
            ("64:ff9b:1::1", NAT64_LOCAL),
            ("2002:c0a8:101::1", PRIVATE),
            ("2001::1", TEREDO),
            ("2001:db8::1", DOCUMENTATION),
            ("3fff::1", DOCUMENTATION),
            ("2001:10::1", PROTOCOL),
            ("100::1", NOT_GLOBAL_V6),
            ("4000::1", NOT_GLOBAL_V6),
        ];
        for (a, why) in cases {
            assert_eq!(check_ip(ip(a), DENY), Err(why), "{a}");
        }
    }

    #[test]
    fn public_addresses_allowed() {
        for a in [
            "93.184.216.34",
            "8.8.8.8",
            "1.1.1.1",
            "172.15.255.255",
            "172.32.0.1",
            "100.63.255.255",
            "100.128.0.1",
            "169.253.1.1",
            "192.0.1.1",
            "198.20.0.1",
            "223.255.255.254",
            "2606:4700::1111",
            "2a00:1450:4001::200e",
            "::ffff:93.184.216.34",
            "64:ff9b::5db8:d822",
            "2002:5db8:d822::1",
            "3fff:1000::1",
        ] {
            assert_eq!(check_ip(ip(a), DENY), Ok(()), "{a}");
            assert_eq!(check_ip(ip(a), LOCAL), Ok(()), "{a}");
        }
    }

    fn ok(url: &str) -> (String, String, u16) {
        parse_target(url).unwrap_or_else(|e| panic!("{url}: {e}"))
    }

    fn t(s: &str, h: &str, p: u16) -> (String, String, u16) {
        (s.to_string(), h.to_string(), p)
    }

    #[test]
    fn parse_target_accepts_http_urls() {
        assert_eq!(ok("http://[::1]:8080/path?q#f"), t("http", "::1", 8080));
        assert_eq!(ok("https://example.org"), t("https", "example.org", 443));
        assert_eq!(
            ok("HTTP://Example.org:8443"),
            t("http", "example.org", 8443)
        );
        assert_eq!(ok("http://example.org/a/b"), t("http", "example.org", 80));
        assert_eq!(
            ok("https://example.org?x=1"),
            t("https", "example.org", 443)
        );
        assert_eq!(
            ok("https://example.org#top"),
            t("https", "example.org", 443)
        );
        assert_eq!(
            ok("http://93.184.216.34:81/"),
            t("http", "93.184.216.34", 81)
        );
        assert_eq!(
            ok("https://[2606:4700::1111]/"),
            t("https", "2606:4700::1111", 443)
        );
        assert_eq!(
            ok("https://[::FFFF:7F00:1]/"),
            t("https", "::ffff:127.0.0.1", 443)
        );
        assert_eq!(
            ok("https://my_host.example.org./"),
            t("https", "my_host.example.org.", 443)
        );
        assert_eq!(
            ok("https://xn--bcher-kva.example/"),
            t("https", "xn--bcher-kva.example", 443)
        );
        assert_eq!(ok("http://example.org/a@b"), t("http", "example.org", 80));
    }

    #[test]
    fn parse_target_refuses_other_schemes() {
        for url in [
            "ftp://example.org/",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "gopher://x/",
        ] {
            match parse_target(url) {
                Err(Refusal::Scheme(m)) => assert!(m.contains("use http or https"), "{m}"),
                other => panic!("{url}: {other:?}"),
            }
        }
        assert_eq!(
            parse_target("FTP://example.org").unwrap_err().to_string(),
            "ftp is not allowed; use http or https"
        );
    }

    #[test]
    fn parse_target_refuses_malformed() {
        for url in [
            "http://",
            "http:///path",
            "http://?q",
            "https://:443/",
            "http://a b/",
            " http://example.org",
            "http://example.org\n",
            "http:example.org",
            "example.org",
            "://example.org",
            "1http://example.org",
            "",
            "http://user:pass@example.org/",
            "http://user@example.org/",
            "http://example.org@127.0.0.1/",
            "http://127.0.0.1\\@example.org/",
            "http://[::1/",
            "http://[::1]x/",
            "http://[fe80::1%25eth0]/",
            "http://[example.org]/",
            "http://example.org:/",
            "http://example.org:0/",
            "http://example.org:65536/",
            "http://example.org:80a/",
            "http://example.org:-1/",
            "http://a:1:2/",
            "http://a..b/",
            "http://.a/",
            "http://ex%61mple.org/",
            "http://bücher.example/",
            "http://exa!mple.org/",
            "http://2130706433/",
            "http://0x7f000001/",
            "http://0x7f.0.0.1/",
            "http://127.1/",
            "http://0177.0.0.1/",
            "http://127.0.0.01/",
            "http://127.0.0.1./",
            "http://1.2.3.4.5/",
        ] {
            match parse_target(url) {
                Err(Refusal::Malformed(_)) => {}
                other => panic!("{url:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn userinfo_is_refused_as_such() {
        for url in [
            "http://user:pass@example.org/",
            "http://user@example.org/",
            "https://example.org@169.254.169.254/",
        ] {
            assert_eq!(
                parse_target(url),
                Err(Refusal::Malformed(
                    "user names and passwords in the URL are not allowed".into()
                )),
                "{url}"
            );
        }
    }

    #[test]
    fn check_addrs_requires_every_address_public() {
        let public = ip("93.184.216.34");
        let private = ip("10.0.0.5");
        assert_eq!(
            check_addrs("example.org", &[public, ip("2606:4700::1111")], DENY),
            Ok(())
        );
        let err = check_addrs("intranet.local", &[public, private], DENY).unwrap_err();
        assert_eq!(
            err,
            Refusal::Address {
                host: "intranet.local".into(),
                ip: private,
                why: PRIVATE
            }
        );
        assert_eq!(
            err.to_string(),
            "10.0.0.5 (for intranet.local) is a private address"
        );
        // Order does not matter.
        assert!(check_addrs("intranet.local", &[private, public], DENY).is_err());
        // Loopback follows the policy.
        let lo = [ip("127.0.0.1"), ip("::1")];
        assert!(check_addrs("localhost", &lo, DENY).is_err());
        assert_eq!(check_addrs("localhost", &lo, LOCAL), Ok(()));
        assert!(check_addrs("localhost", &[lo[0], private], LOCAL).is_err());
        // Nothing resolved: nothing was checked.
        assert!(matches!(
            check_addrs("nowhere.example", &[], LOCAL),
            Err(Refusal::Malformed(_))
        ));
    }

    #[test]
    fn display_of_literal_host_does_not_repeat_it() {
        let err = check_addrs("169.254.169.254", &[ip("169.254.169.254")], DENY).unwrap_err();
        assert_eq!(
            err.to_string(),
            "169.254.169.254 is a link-local address (this includes the cloud metadata service)"
        );
        assert_eq!(
            Refusal::Malformed("the URL has no host".into()).to_string(),
            "malformed URL: the URL has no host"
        );
    }

    #[test]
    fn parse_then_check_end_to_end() {
        let (_, host, _) = ok("http://[::ffff:10.0.0.1]:8080/");
        let addr: IpAddr = host.parse().unwrap();
        assert!(check_addrs(&host, &[addr], LOCAL).is_err());
        let (_, host, _) = ok("http://127.0.0.1:8080/hook");
        let addr: IpAddr = host.parse().unwrap();
        assert!(check_addrs(&host, &[addr], DENY).is_err());
        assert_eq!(check_addrs(&host, &[addr], LOCAL), Ok(()));
    }
}
