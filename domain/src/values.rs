//! Newtypes for values with a format: built only by `parse`, so code past the
//! boundary never re-checks them.
use crate::{UnRegion, countries};

/// An initiative's slug: `[a-z0-9-]{2,64}`, and not one of `RESERVED_SLUGS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

/// Words no initiative may take as its slug: names with a meaning of their own
/// to the platform (the access policy's, the administrator's) and every path
/// segment the pages and the API use beside or instead of a slug, so that no
/// initiative's address can be mistaken for one of theirs. The access policy
/// does not rely on this list: its platform-wide domain is not a slug at all
/// (see `authz::PLATFORM`).
pub const RESERVED_SLUGS: &[&str] = &[
    // The platform and its administration.
    "platform",
    "admin",
    "administrator",
    "root",
    "system",
    "igf-secretariat",
    "secretariat",
    "new",
    "edit",
    "www",
    // Top-level addresses of the service and its pages.
    "api",
    "docs",
    "static",
    "healthz",
    "readyz",
    "metrics",
    "initiatives",
    "sign-in",
    "sign-up",
    "sign-out",
    "account",
    "register",
    "workspace",
    "review",
    "dashboards",
    "forgot-password",
    "reset-password",
    "verify-email",
    "unsubscribe",
    "language",
    "invitations",
    // The API's resources (`/api/v1/...`) and aggregate scopes.
    "openapi",
    "users",
    "me",
    "notifications",
    "tokens",
    "audit",
    "aggregates",
    "feeds",
    "jobs",
    "subscriptions",
    "reports",
    "password-resets",
    "email-verifications",
    "countries",
    "global",
];

impl Slug {
    pub fn parse(s: &str) -> Result<Self, String> {
        let ok_len = (2..=64).contains(&s.len());
        let ok_chars = s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !(ok_len && ok_chars) {
            Err("must be 2 to 64 characters of a-z, 0-9 and `-`".into())
        } else if RESERVED_SLUGS.contains(&s) {
            Err(format!("`{s}` is reserved; choose another slug"))
        } else {
            Ok(Self(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An e-mail address, stored lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// A deliberately plain check: one `@`, a non-empty local part, a domain with
    /// a dot and no empty label, no white space or control character, at most
    /// 254 characters.
    pub fn parse(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let err = || format!("`{s}` is not an e-mail address");
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(err());
        }
        let (local, domain) = s.split_once('@').ok_or_else(err)?;
        let domain_ok = domain.contains('.')
            && !domain.contains('@')
            && domain.split('.').all(|label| {
                !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if local.is_empty() || local.len() > 64 || !domain_ok {
            return Err(err());
        }
        Ok(Self(s.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ISO 3166-1 alpha-2 code known to the shipped table, stored upper-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryCode(&'static countries::Country);

impl CountryCode {
    pub fn parse(s: &str) -> Result<Self, String> {
        let upper = s.trim().to_ascii_uppercase();
        if upper.len() != 2 {
            return Err(format!("`{s}` is not an ISO 3166-1 alpha-2 code"));
        }
        countries::lookup(&upper)
            .map(Self)
            .ok_or_else(|| format!("`{s}` is not an ISO 3166-1 alpha-2 code"))
    }

    pub fn as_str(&self) -> &'static str {
        self.0.code
    }

    pub fn name(&self) -> &'static str {
        self.0.name
    }

    /// The UN regional group the country belongs to (by geography for territories).
    pub fn un_region(&self) -> UnRegion {
        self.0.region
    }
}

/// A BCP 47 language tag in its common form (`en`, `ro`, `pt-BR`, `zh-Hant`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LanguageTag(String);

impl LanguageTag {
    pub fn parse(s: &str) -> Result<Self, String> {
        let mut parts = s.split('-');
        let primary = parts.next().unwrap_or_default();
        let primary_ok =
            (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
        let rest_ok = parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if primary_ok && rest_ok {
            Ok(Self(primary.to_ascii_lowercase() + &s[primary.len()..]))
        } else {
            Err(format!("`{s}` is not a BCP 47 language tag"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A web address: absolute `http` or `https` with a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebUrl(String);

impl WebUrl {
    pub fn parse(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or_else(|| format!("`{s}` is not an http(s) address"))?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if host.is_empty() || s.chars().any(char::is_whitespace) || s.len() > 2048 {
            return Err(format!("`{s}` is not an http(s) address"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A calendar year the registry deals with: 1990 to 2100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Year(i32);

impl Year {
    pub fn parse(y: i32) -> Result<Self, String> {
        if (1990..=2100).contains(&y) {
            Ok(Self(y))
        } else {
            Err(format!("{y} is not a year between 1990 and 2100"))
        }
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

/// A calendar year the registry deals with (see [`Year`]), as a number.
pub fn parse_year(y: i32) -> Result<i32, String> {
    Year::parse(y).map(Year::get)
}

/// `Slug` and `Year` as path and query parameters: the parameter is parsed
/// by the same rule, so a handler taking `Path<Slug>` never re-checks it. The
/// schema is the underlying string or integer's.
#[cfg(feature = "openapi")]
mod openapi {
    use super::{Slug, Year};
    use poem_openapi::registry::MetaSchemaRef;
    use poem_openapi::types::{ParseError, ParseFromParameter, ParseResult, Type};
    use std::borrow::Cow;

    /// Declares a parameter type `$ty` whose schema is `$raw`'s and whose
    /// text parses with `$parse`. Its errors start with `$name: `, because
    /// poem-openapi names a path parameter by its position (`param1`) alone.
    macro_rules! parameter {
        ($ty:ty, $name:literal, $raw:ty, $parse:expr) => {
            impl Type for $ty {
                const IS_REQUIRED: bool = true;
                type RawValueType = Self;
                type RawElementValueType = Self;

                fn name() -> Cow<'static, str> {
                    <$raw as Type>::name()
                }

                fn schema_ref() -> MetaSchemaRef {
                    <$raw as Type>::schema_ref()
                }

                fn as_raw_value(&self) -> Option<&Self> {
                    Some(self)
                }

                fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
                    Box::new(self.as_raw_value().into_iter())
                }
            }

            impl ParseFromParameter for $ty {
                fn parse_from_parameter(value: &str) -> ParseResult<Self> {
                    let parse: fn(&str) -> Result<$ty, String> = $parse;
                    parse(value).map_err(|m| ParseError::custom(format!("{}: {m}", $name)))
                }
            }
        };
    }

    parameter!(Slug, "slug", String, Slug::parse);
    parameter!(Year, "year", i32, |s| {
        let y = s
            .parse::<i32>()
            .map_err(|_| format!("`{s}` is not a year"))?;
        Year::parse(y)
    });
}

/// A required, non-blank text of bounded length, trimmed.
pub fn parse_text(s: &str, max: usize) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        Err("must not be empty".into())
    } else if t.chars().count() > max {
        Err(format!("must be at most {max} characters"))
    } else {
        Ok(t.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(Slug::parse("liberia-igf").is_ok());
        assert!(Slug::parse("a").is_err());
        assert!(Slug::parse("Liberia").is_err());
        assert!(Slug::parse("lib eria").is_err());
        assert!(Slug::parse(&"a".repeat(65)).is_err());
    }

    #[test]
    fn reserved_words_are_not_slugs() {
        for word in RESERVED_SLUGS {
            let refused = Slug::parse(word).expect_err(word);
            assert!(refused.contains("reserved"), "{word}: {refused}");
        }
        // Near misses stay available.
        assert!(Slug::parse("platform-igf").is_ok());
        assert!(Slug::parse("new-zealand-igf").is_ok());
    }

    #[test]
    fn years() {
        assert_eq!(Year::parse(2025).map(Year::get), Ok(2025));
        assert!(Year::parse(1990).is_ok());
        assert!(Year::parse(2100).is_ok());
        assert!(Year::parse(1989).is_err());
        assert!(Year::parse(2101).is_err());
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" Focal@Example.ORG ").unwrap().as_str(),
            "focal@example.org"
        );
        for bad in [
            "",
            "a",
            "a@b",
            "@b.org",
            "a@.org",
            "a b@c.org",
            "a@b..org",
            "a@b@c.org",
            "a\0@b.org",
            "a\u{7f}b@c.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn countries_and_regions() {
        assert_eq!(CountryCode::parse("lr").unwrap().as_str(), "LR");
        assert_eq!(
            CountryCode::parse("LR").unwrap().un_region(),
            UnRegion::Africa
        );
        assert_eq!(
            CountryCode::parse("MD").unwrap().un_region(),
            UnRegion::EasternEurope
        );
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::parse("LBR").is_err());
    }

    #[test]
    fn languages_and_urls() {
        assert_eq!(LanguageTag::parse("pt-BR").unwrap().as_str(), "pt-BR");
        assert_eq!(LanguageTag::parse("RO").unwrap().as_str(), "ro");
        assert!(LanguageTag::parse("english").is_err());
        assert!(LanguageTag::parse("e").is_err());
        assert!(WebUrl::parse("https://igf.org.lr/").is_ok());
        assert!(WebUrl::parse("ftp://x.org").is_err());
        assert!(WebUrl::parse("https://").is_err());
    }
}
