//! An initiative's profile as entered, and the rule that turns it into a valid
//! one (deriving `un_region` for national initiatives). Create and PATCH both
//! end here, so the same input is judged the same way.
use crate::{
    CountryCode, Email, FieldErrors, InitiativeKind, LanguageTag, UnRegion, WebUrl, parse_text,
};
use std::collections::BTreeMap;

/// The profile fields as the client sent them (after a PATCH is merged).
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub name: String,
    pub acronym: Option<String>,
    pub kind: Option<InitiativeKind>,
    pub country: Option<String>,
    pub coverage: Vec<String>,
    pub un_region: Option<UnRegion>,
    pub established_year: Option<i32>,
    pub description: BTreeMap<String, String>,
    pub working_languages: Vec<String>,
    pub website: Option<String>,
    pub public_email: Option<String>,
    pub social_links: BTreeMap<String, String>,
}

/// A valid profile, normalised.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub name: String,
    pub acronym: Option<String>,
    pub kind: InitiativeKind,
    pub country: Option<CountryCode>,
    pub coverage: Vec<CountryCode>,
    pub un_region: UnRegion,
    pub established_year: Option<i32>,
    pub description: BTreeMap<String, String>,
    pub working_languages: Vec<String>,
    pub website: Option<WebUrl>,
    pub public_email: Option<Email>,
    pub social_links: BTreeMap<String, String>,
}

/// Validates every field and reports every problem at once.
pub fn validate(input: ProfileInput, this_year: i32) -> Result<Profile, FieldErrors> {
    let mut errs = FieldErrors::default();
    let name = errs.take("/name", parse_text(&input.name, 200));
    let acronym = input
        .acronym
        .as_deref()
        .filter(|a| !a.trim().is_empty())
        .and_then(|a| errs.take("/acronym", parse_text(a, 32)));
    let kind = input.kind;
    if kind.is_none() {
        errs.push("/kind", "is required");
    }
    let country = input
        .country
        .as_deref()
        .and_then(|c| errs.take("/country", CountryCode::parse(c)));
    let coverage: Vec<CountryCode> = input
        .coverage
        .iter()
        .enumerate()
        .filter_map(|(i, c)| errs.take(&format!("/coverage/{i}"), CountryCode::parse(c)))
        .collect();

    let mut un_region = input.un_region;
    match kind {
        Some(InitiativeKind::National) => match (&country, input.country.is_some()) {
            (Some(c), _) => {
                let derived = c.un_region();
                if un_region.is_some_and(|r| r != derived) {
                    errs.push(
                        "/un_region",
                        format!("is derived from the country for national initiatives: {} is in `{derived}`", c.as_str()),
                    );
                }
                un_region = Some(derived);
            }
            (None, false) => errs.push("/country", "is required for a national initiative"),
            (None, true) => {}
        },
        Some(k) => {
            if k.is_forum() && coverage.is_empty() && input.coverage.is_empty() {
                errs.push(
                    "/coverage",
                    "list the countries a regional or sub-regional initiative covers",
                );
            }
            if un_region.is_none() {
                if let Some(c) = &country {
                    un_region = Some(c.un_region());
                } else {
                    errs.push(
                        "/un_region",
                        "is required unless the initiative is national",
                    );
                }
            }
        }
        None => {}
    }

    let established_year = input.established_year.and_then(|y| {
        let ok = (1995..=this_year + 1).contains(&y);
        errs.take(
            "/established_year",
            if ok {
                Ok(y)
            } else {
                Err(format!("must be between 1995 and {}", this_year + 1))
            },
        )
    });

    let mut working_languages = Vec::new();
    for (i, l) in input.working_languages.iter().enumerate() {
        if let Some(tag) = errs.take(&format!("/working_languages/{i}"), LanguageTag::parse(l)) {
            if working_languages.contains(&tag.as_str().to_owned()) {
                errs.push(format!("/working_languages/{i}"), "is listed twice");
            } else {
                working_languages.push(tag.as_str().to_owned());
            }
        }
    }
    let mut description = BTreeMap::new();
    for (lang, text) in &input.description {
        let field = format!("/description/{lang}");
        let Some(tag) = errs.take(&field, LanguageTag::parse(lang)) else {
            continue;
        };
        // English is the IGF's common language and always allowed.
        if !working_languages.is_empty()
            && tag.as_str() != "en"
            && !working_languages.contains(&tag.as_str().to_owned())
        {
            errs.push(&field, "is not one of the initiative's working languages");
            continue;
        }
        if let Some(t) = errs.take(&field, parse_text(text, 10_000)) {
            description.insert(tag.as_str().to_owned(), t);
        }
    }
    let website = input
        .website
        .as_deref()
        .filter(|w| !w.trim().is_empty())
        .and_then(|w| errs.take("/website", WebUrl::parse(w)));
    let public_email = input
        .public_email
        .as_deref()
        .filter(|e| !e.trim().is_empty())
        .and_then(|e| errs.take("/public_email", Email::parse(e)));
    let mut social_links = BTreeMap::new();
    for (network, url) in &input.social_links {
        let field = format!("/social_links/{network}");
        if network.trim().is_empty() || network.len() > 40 {
            errs.push(&field, "the network's name must be 1 to 40 characters");
        } else if let Some(u) = errs.take(&field, WebUrl::parse(url)) {
            social_links.insert(network.trim().to_owned(), u.as_str().to_owned());
        }
    }

    match (name, kind, un_region) {
        (Some(name), Some(kind), Some(un_region)) if errs.is_empty() => Ok(Profile {
            name,
            acronym,
            kind,
            country,
            coverage,
            un_region,
            established_year,
            description,
            working_languages,
            website,
            public_email,
            social_links,
        }),
        _ => Err(errs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn liberia() -> ProfileInput {
        ProfileInput {
            name: "Liberia Internet Governance Forum".into(),
            acronym: Some("LIGF".into()),
            kind: Some(InitiativeKind::National),
            country: Some("lr".into()),
            working_languages: vec!["en".into()],
            website: Some("https://igf.org.lr".into()),
            ..Default::default()
        }
    }

    fn fields(r: Result<Profile, FieldErrors>) -> Vec<String> {
        r.unwrap_err().0.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn national_region_is_derived_from_the_country() {
        let p = validate(liberia(), 2026).unwrap();
        assert_eq!(p.un_region, UnRegion::Africa);
        assert_eq!(p.country.unwrap().as_str(), "LR");
    }

    #[test]
    fn a_contradicting_region_or_missing_country_is_refused() {
        let mut i = liberia();
        i.un_region = Some(UnRegion::Weog);
        assert_eq!(fields(validate(i, 2026)), ["/un_region"]);
        let mut i = liberia();
        i.country = None;
        assert_eq!(fields(validate(i, 2026)), ["/country"]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let i = ProfileInput {
            name: " ".into(),
            kind: Some(InitiativeKind::Regional),
            coverage: vec!["LR".into(), "XX".into()],
            established_year: Some(1800),
            working_languages: vec!["en".into(), "english".into()],
            description: BTreeMap::from([("fr".into(), "Forum".into())]),
            website: Some("igf.org".into()),
            public_email: Some("nope".into()),
            ..Default::default()
        };
        let mut got = fields(validate(i, 2026));
        got.sort();
        assert_eq!(
            got,
            [
                "/coverage/1",
                "/description/fr",
                "/established_year",
                "/name",
                "/public_email",
                "/un_region",
                "/website",
                "/working_languages/1"
            ]
        );
    }

    #[test]
    fn a_regional_initiative_declares_region_and_coverage() {
        let i = ProfileInput {
            name: "West Africa IGF".into(),
            kind: Some(InitiativeKind::Subregional),
            un_region: Some(UnRegion::Africa),
            coverage: vec!["LR".into(), "GH".into()],
            ..Default::default()
        };
        assert_eq!(validate(i, 2026).unwrap().coverage.len(), 2);
    }
}
