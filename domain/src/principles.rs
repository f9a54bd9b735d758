//! The attestation of the five IGF principles for one year, and its rules.
use crate::{FieldErrors, Principle, WebUrl};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Object))]
#[serde(deny_unknown_fields)]
pub struct PrincipleAttestation {
    pub attested: bool,
    /// How the initiative lives the principle; required when attested.
    #[cfg_attr(feature = "openapi", oai(nullable))]
    pub evidence: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", oai(default))]
    pub evidence_urls: Vec<String>,
}

/// All five principles; a PUT must state each.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(poem_openapi::Object))]
#[serde(deny_unknown_fields)]
pub struct Attestation {
    pub open_transparent: PrincipleAttestation,
    pub inclusive: PrincipleAttestation,
    pub bottom_up: PrincipleAttestation,
    pub multistakeholder: PrincipleAttestation,
    pub non_commercial: PrincipleAttestation,
}

impl Attestation {
    pub fn each(&self) -> [(Principle, &PrincipleAttestation); 5] {
        [
            (Principle::OpenTransparent, &self.open_transparent),
            (Principle::Inclusive, &self.inclusive),
            (Principle::BottomUp, &self.bottom_up),
            (Principle::Multistakeholder, &self.multistakeholder),
            (Principle::NonCommercial, &self.non_commercial),
        ]
    }

    /// The principles not attested.
    pub fn missing(&self) -> Vec<Principle> {
        self.each()
            .into_iter()
            .filter(|(_, a)| !a.attested)
            .map(|(p, _)| p)
            .collect()
    }
}

/// Evidence is required for an attested principle; URLs must be web addresses.
pub fn check(a: &Attestation) -> Result<(), FieldErrors> {
    let mut errs = FieldErrors::default();
    for (p, att) in a.each() {
        let evidence = att.evidence.as_deref().map(str::trim).unwrap_or_default();
        if att.attested && evidence.is_empty() {
            errs.push(
                format!("/{p}/evidence"),
                "say how the principle is met when attesting it",
            );
        }
        if evidence.chars().count() > 5000 {
            errs.push(format!("/{p}/evidence"), "must be at most 5000 characters");
        }
        for (i, u) in att.evidence_urls.iter().enumerate() {
            if let Err(m) = WebUrl::parse(u) {
                errs.push(format!("/{p}/evidence_urls/{i}"), m);
            }
        }
    }
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yes() -> PrincipleAttestation {
        PrincipleAttestation {
            attested: true,
            evidence: Some("Open call for inputs, published minutes.".into()),
            evidence_urls: vec!["https://example.org/minutes".into()],
        }
    }

    #[test]
    fn attested_principles_need_evidence() {
        let mut a = Attestation {
            open_transparent: yes(),
            inclusive: yes(),
            bottom_up: yes(),
            multistakeholder: yes(),
            non_commercial: yes(),
        };
        assert!(check(&a).is_ok());
        assert!(a.missing().is_empty());
        a.inclusive.evidence = None;
        a.bottom_up = PrincipleAttestation::default();
        a.non_commercial.evidence_urls = vec!["nope".into()];
        let fields: Vec<String> = check(&a)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["/inclusive/evidence", "/non_commercial/evidence_urls/0"]
        );
        assert_eq!(a.missing(), [Principle::BottomUp]);
    }
}
