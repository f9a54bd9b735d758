//! ISO 3166-1 alpha-2 countries and territories with the UN regional group each belongs to.
//!
//! [`COUNTRIES`] lists every officially assigned ISO 3166-1 alpha-2 code (249 of them),
//! sorted by code so that [`lookup`] can binary-search it. User-assigned and reserved
//! codes are not included; in particular `XK` (Kosovo) is a user-assigned code, not an
//! official one, and is left out.
//!
//! Where the data comes from:
//! - Codes and names: ISO 3166-1 (the ISO Online Browsing Platform), using the current
//!   English short names in their "Name, qualifier" form (e.g. "Korea, Republic of",
//!   "Moldova, Republic of", "Türkiye", "Eswatini", "North Macedonia").
//! - Regional groups of UN member states: the five UN regional groups as listed by the
//!   UN Department for General Assembly and Conference Management. Special cases:
//!   Israel is counted in WEOG (it is a full member there for practical purposes);
//!   Türkiye takes part in both WEOG and Asia-Pacific and is counted in WEOG (where it
//!   votes); the United States is formally an observer of WEOG and is counted in WEOG;
//!   Kiribati and Cyprus are Asia-Pacific; the Central Asian states are Asia-Pacific;
//!   the Baltic states, Georgia and Moldova are Eastern European.
//!
//! Non-member states and territories belong to no UN regional group, so they were
//! assigned by these rules (in order):
//! 1. Palestine (`PS`, an observer state that is itself a member of the Asia-Pacific
//!    group) is Asia-Pacific; the Holy See (`VA`) is WEOG; Taiwan (`TW`) is Asia-Pacific.
//! 2. Antarctica and the remote sub-Antarctic islands follow their administering (or,
//!    for Antarctica, claimant) state, because geography gives no usable answer:
//!    Bouvet Island (`BV`, Norway), Heard Island and McDonald Islands (`HM`, Australia),
//!    French Southern Territories (`TF`, France) and South Georgia and the South Sandwich
//!    Islands (`GS`, United Kingdom) are WEOG. Antarctica (`AQ`) is governed by the
//!    Antarctic Treaty and lies in no region; it is put in WEOG only because most
//!    claimant states are WEOG members, for lack of a better choice.
//! 3. Every other territory goes to the group of the geographic region it lies in, using
//!    the UN M49 geoscheme: Africa -> African; Asia and Oceania (the Pacific islands,
//!    Christmas Island, Cocos (Keeling) Islands, Norfolk Island, and the United States
//!    Minor Outlying Islands, nearly all of which are in the Pacific) -> Asia-Pacific;
//!    Latin America and the Caribbean (including the Falklands and French Guiana) ->
//!    GRULAC; Northern America (Bermuda, Greenland, Saint Pierre and Miquelon) and
//!    Northern, Southern and Western Europe -> WEOG. This holds even for territories that
//!    are an integral part of a WEOG state (e.g. Réunion and Mayotte are African,
//!    Guadeloupe and Puerto Rico are GRULAC). The British Indian Ocean Territory (`IO`)
//!    is African both by M49 region and by Mauritius' claim to it.
use crate::UnRegion;

/// One ISO 3166-1 entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// Upper-case ISO 3166-1 alpha-2 code, e.g. `"LR"`.
    pub code: &'static str,
    /// ISO 3166-1 English short name, e.g. `"Liberia"`.
    pub name: &'static str,
    /// UN regional group (for non-members, the group assigned by the rules above).
    pub region: UnRegion,
}

const fn c(code: &'static str, name: &'static str, region: UnRegion) -> Country {
    Country { code, name, region }
}

/// Every officially assigned alpha-2 code (249 entries), sorted by code.
pub static COUNTRIES: &[Country] = &[
    c("AD", "Andorra", UnRegion::Weog),
    c("AE", "United Arab Emirates", UnRegion::AsiaPacific),
    c("AF", "Afghanistan", UnRegion::AsiaPacific),
    c("AG", "Antigua and Barbuda", UnRegion::Grulac),
    c("AI", "Anguilla", UnRegion::Grulac),
    c("AL", "Albania", UnRegion::EasternEurope),
    c("AM", "Armenia", UnRegion::EasternEurope),
    c("AO", "Angola", UnRegion::Africa),
    c("AQ", "Antarctica", UnRegion::Weog),
    c("AR", "Argentina", UnRegion::Grulac),
    c("AS", "American Samoa", UnRegion::AsiaPacific),
    c("AT", "Austria", UnRegion::Weog),
    c("AU", "Australia", UnRegion::Weog),
    c("AW", "Aruba", UnRegion::Grulac),
    c("AX", "Åland Islands", UnRegion::Weog),
    c("AZ", "Azerbaijan", UnRegion::EasternEurope),
    c("BA", "Bosnia and Herzegovina", UnRegion::EasternEurope),
    c("BB", "Barbados", UnRegion::Grulac),
    c("BD", "Bangladesh", UnRegion::AsiaPacific),
    c("BE", "Belgium", UnRegion::Weog),
    c("BF", "Burkina Faso", UnRegion::Africa),
    c("BG", "Bulgaria", UnRegion::EasternEurope),
    c("BH", "Bahrain", UnRegion::AsiaPacific),
    c("BI", "Burundi", UnRegion::Africa),
    c("BJ", "Benin", UnRegion::Africa),
    c("BL", "Saint Barthélemy", UnRegion::Grulac),
    c("BM", "Bermuda", UnRegion::Weog),
    c("BN", "Brunei Darussalam", UnRegion::AsiaPacific),
    c("BO", "Bolivia, Plurinational State of", UnRegion::Grulac),
    c("BQ", "Bonaire, Sint Eustatius and Saba", UnRegion::Grulac),
    c("BR", "Brazil", UnRegion::Grulac),
    c("BS", "Bahamas", UnRegion::Grulac),
    c("BT", "Bhutan", UnRegion::AsiaPacific),
    c("BV", "Bouvet Island", UnRegion::Weog),
    c("BW", "Botswana", UnRegion::Africa),
    c("BY", "Belarus", UnRegion::EasternEurope),
    c("BZ", "Belize", UnRegion::Grulac),
    c("CA", "Canada", UnRegion::Weog),
    c("CC", "Cocos (Keeling) Islands", UnRegion::AsiaPacific),
    c("CD", "Congo, Democratic Republic of the", UnRegion::Africa),
    c("CF", "Central African Republic", UnRegion::Africa),
    c("CG", "Congo", UnRegion::Africa),
    c("CH", "Switzerland", UnRegion::Weog),
    c("CI", "Côte d'Ivoire", UnRegion::Africa),
    c("CK", "Cook Islands", UnRegion::AsiaPacific),
    c("CL", "Chile", UnRegion::Grulac),
    c("CM", "Cameroon", UnRegion::Africa),
    c("CN", "China", UnRegion::AsiaPacific),
    c("CO", "Colombia", UnRegion::Grulac),
    c("CR", "Costa Rica", UnRegion::Grulac),
    c("CU", "Cuba", UnRegion::Grulac),
    c("CV", "Cabo Verde", UnRegion::Africa),
    c("CW", "Curaçao", UnRegion::Grulac),
    c("CX", "Christmas Island", UnRegion::AsiaPacific),
    c("CY", "Cyprus", UnRegion::AsiaPacific),
    c("CZ", "Czechia", UnRegion::EasternEurope),
    c("DE", "Germany", UnRegion::Weog),
    c("DJ", "Djibouti", UnRegion::Africa),
    c("DK", "Denmark", UnRegion::Weog),
    c("DM", "Dominica", UnRegion::Grulac),
    c("DO", "Dominican Republic", UnRegion::Grulac),
    c("DZ", "Algeria", UnRegion::Africa),
    c("EC", "Ecuador", UnRegion::Grulac),
    c("EE", "Estonia", UnRegion::EasternEurope),
    c("EG", "Egypt", UnRegion::Africa),
    c("EH", "Western Sahara", UnRegion::Africa),
    c("ER", "Eritrea", UnRegion::Africa),
    c("ES", "Spain", UnRegion::Weog),
    c("ET", "Ethiopia", UnRegion::Africa),
    c("FI", "Finland", UnRegion::Weog),
    c("FJ", "Fiji", UnRegion::AsiaPacific),
    c("FK", "Falkland Islands (Malvinas)", UnRegion::Grulac),
    c(
        "FM",
        "Micronesia, Federated States of",
        UnRegion::AsiaPacific,
    ),
    c("FO", "Faroe Islands", UnRegion::Weog),
    c("FR", "France", UnRegion::Weog),
    c("GA", "Gabon", UnRegion::Africa),
    c(
        "GB",
        "United Kingdom of Great Britain and Northern Ireland",
        UnRegion::Weog,
    ),
    c("GD", "Grenada", UnRegion::Grulac),
    c("GE", "Georgia", UnRegion::EasternEurope),
    c("GF", "French Guiana", UnRegion::Grulac),
    c("GG", "Guernsey", UnRegion::Weog),
    c("GH", "Ghana", UnRegion::Africa),
    c("GI", "Gibraltar", UnRegion::Weog),
    c("GL", "Greenland", UnRegion::Weog),
    c("GM", "Gambia", UnRegion::Africa),
    c("GN", "Guinea", UnRegion::Africa),
    c("GP", "Guadeloupe", UnRegion::Grulac),
    c("GQ", "Equatorial Guinea", UnRegion::Africa),
    c("GR", "Greece", UnRegion::Weog),
    c(
        "GS",
        "South Georgia and the South Sandwich Islands",
        UnRegion::Weog,
    ),
    c("GT", "Guatemala", UnRegion::Grulac),
    c("GU", "Guam", UnRegion::AsiaPacific),
    c("GW", "Guinea-Bissau", UnRegion::Africa),
    c("GY", "Guyana", UnRegion::Grulac),
    c("HK", "Hong Kong", UnRegion::AsiaPacific),
    c("HM", "Heard Island and McDonald Islands", UnRegion::Weog),
    c("HN", "Honduras", UnRegion::Grulac),
    c("HR", "Croatia", UnRegion::EasternEurope),
    c("HT", "Haiti", UnRegion::Grulac),
    c("HU", "Hungary", UnRegion::EasternEurope),
    c("ID", "Indonesia", UnRegion::AsiaPacific),
    c("IE", "Ireland", UnRegion::Weog),
    c("IL", "Israel", UnRegion::Weog),
    c("IM", "Isle of Man", UnRegion::Weog),
    c("IN", "India", UnRegion::AsiaPacific),
    c("IO", "British Indian Ocean Territory", UnRegion::Africa),
    c("IQ", "Iraq", UnRegion::AsiaPacific),
    c("IR", "Iran, Islamic Republic of", UnRegion::AsiaPacific),
    c("IS", "Iceland", UnRegion::Weog),
    c("IT", "Italy", UnRegion::Weog),
    c("JE", "Jersey", UnRegion::Weog),
    c("JM", "Jamaica", UnRegion::Grulac),
    c("JO", "Jordan", UnRegion::AsiaPacific),
    c("JP", "Japan", UnRegion::AsiaPacific),
    c("KE", "Kenya", UnRegion::Africa),
    c("KG", "Kyrgyzstan", UnRegion::AsiaPacific),
    c("KH", "Cambodia", UnRegion::AsiaPacific),
    c("KI", "Kiribati", UnRegion::AsiaPacific),
    c("KM", "Comoros", UnRegion::Africa),
    c("KN", "Saint Kitts and Nevis", UnRegion::Grulac),
    c(
        "KP",
        "Korea, Democratic People's Republic of",
        UnRegion::AsiaPacific,
    ),
    c("KR", "Korea, Republic of", UnRegion::AsiaPacific),
    c("KW", "Kuwait", UnRegion::AsiaPacific),
    c("KY", "Cayman Islands", UnRegion::Grulac),
    c("KZ", "Kazakhstan", UnRegion::AsiaPacific),
    c(
        "LA",
        "Lao People's Democratic Republic",
        UnRegion::AsiaPacific,
    ),
    c("LB", "Lebanon", UnRegion::AsiaPacific),
    c("LC", "Saint Lucia", UnRegion::Grulac),
    c("LI", "Liechtenstein", UnRegion::Weog),
    c("LK", "Sri Lanka", UnRegion::AsiaPacific),
    c("LR", "Liberia", UnRegion::Africa),
    c("LS", "Lesotho", UnRegion::Africa),
    c("LT", "Lithuania", UnRegion::EasternEurope),
    c("LU", "Luxembourg", UnRegion::Weog),
    c("LV", "Latvia", UnRegion::EasternEurope),
    c("LY", "Libya", UnRegion::Africa),
    c("MA", "Morocco", UnRegion::Africa),
    c("MC", "Monaco", UnRegion::Weog),
    c("MD", "Moldova, Republic of", UnRegion::EasternEurope),
    c("ME", "Montenegro", UnRegion::EasternEurope),
    c("MF", "Saint Martin (French part)", UnRegion::Grulac),
    c("MG", "Madagascar", UnRegion::Africa),
    c("MH", "Marshall Islands", UnRegion::AsiaPacific),
    c("MK", "North Macedonia", UnRegion::EasternEurope),
    c("ML", "Mali", UnRegion::Africa),
    c("MM", "Myanmar", UnRegion::AsiaPacific),
    c("MN", "Mongolia", UnRegion::AsiaPacific),
    c("MO", "Macao", UnRegion::AsiaPacific),
    c("MP", "Northern Mariana Islands", UnRegion::AsiaPacific),
    c("MQ", "Martinique", UnRegion::Grulac),
    c("MR", "Mauritania", UnRegion::Africa),
    c("MS", "Montserrat", UnRegion::Grulac),
    c("MT", "Malta", UnRegion::Weog),
    c("MU", "Mauritius", UnRegion::Africa),
    c("MV", "Maldives", UnRegion::AsiaPacific),
    c("MW", "Malawi", UnRegion::Africa),
    c("MX", "Mexico", UnRegion::Grulac),
    c("MY", "Malaysia", UnRegion::AsiaPacific),
    c("MZ", "Mozambique", UnRegion::Africa),
    c("NA", "Namibia", UnRegion::Africa),
    c("NC", "New Caledonia", UnRegion::AsiaPacific),
    c("NE", "Niger", UnRegion::Africa),
    c("NF", "Norfolk Island", UnRegion::AsiaPacific),
    c("NG", "Nigeria", UnRegion::Africa),
    c("NI", "Nicaragua", UnRegion::Grulac),
    c("NL", "Netherlands, Kingdom of the", UnRegion::Weog),
    c("NO", "Norway", UnRegion::Weog),
    c("NP", "Nepal", UnRegion::AsiaPacific),
    c("NR", "Nauru", UnRegion::AsiaPacific),
    c("NU", "Niue", UnRegion::AsiaPacific),
    c("NZ", "New Zealand", UnRegion::Weog),
    c("OM", "Oman", UnRegion::AsiaPacific),
    c("PA", "Panama", UnRegion::Grulac),
    c("PE", "Peru", UnRegion::Grulac),
    c("PF", "French Polynesia", UnRegion::AsiaPacific),
    c("PG", "Papua New Guinea", UnRegion::AsiaPacific),
    c("PH", "Philippines", UnRegion::AsiaPacific),
    c("PK", "Pakistan", UnRegion::AsiaPacific),
    c("PL", "Poland", UnRegion::EasternEurope),
    c("PM", "Saint Pierre and Miquelon", UnRegion::Weog),
    c("PN", "Pitcairn", UnRegion::AsiaPacific),
    c("PR", "Puerto Rico", UnRegion::Grulac),
    c("PS", "Palestine, State of", UnRegion::AsiaPacific),
    c("PT", "Portugal", UnRegion::Weog),
    c("PW", "Palau", UnRegion::AsiaPacific),
    c("PY", "Paraguay", UnRegion::Grulac),
    c("QA", "Qatar", UnRegion::AsiaPacific),
    c("RE", "Réunion", UnRegion::Africa),
    c("RO", "Romania", UnRegion::EasternEurope),
    c("RS", "Serbia", UnRegion::EasternEurope),
    c("RU", "Russian Federation", UnRegion::EasternEurope),
    c("RW", "Rwanda", UnRegion::Africa),
    c("SA", "Saudi Arabia", UnRegion::AsiaPacific),
    c("SB", "Solomon Islands", UnRegion::AsiaPacific),
    c("SC", "Seychelles", UnRegion::Africa),
    c("SD", "Sudan", UnRegion::Africa),
    c("SE", "Sweden", UnRegion::Weog),
    c("SG", "Singapore", UnRegion::AsiaPacific),
    c(
        "SH",
        "Saint Helena, Ascension and Tristan da Cunha",
        UnRegion::Africa,
    ),
    c("SI", "Slovenia", UnRegion::EasternEurope),
    c("SJ", "Svalbard and Jan Mayen", UnRegion::Weog),
    c("SK", "Slovakia", UnRegion::EasternEurope),
    c("SL", "Sierra Leone", UnRegion::Africa),
    c("SM", "San Marino", UnRegion::Weog),
    c("SN", "Senegal", UnRegion::Africa),
    c("SO", "Somalia", UnRegion::Africa),
    c("SR", "Suriname", UnRegion::Grulac),
    c("SS", "South Sudan", UnRegion::Africa),
    c("ST", "Sao Tome and Principe", UnRegion::Africa),
    c("SV", "El Salvador", UnRegion::Grulac),
    c("SX", "Sint Maarten (Dutch part)", UnRegion::Grulac),
    c("SY", "Syrian Arab Republic", UnRegion::AsiaPacific),
    c("SZ", "Eswatini", UnRegion::Africa),
    c("TC", "Turks and Caicos Islands", UnRegion::Grulac),
    c("TD", "Chad", UnRegion::Africa),
    c("TF", "French Southern Territories", UnRegion::Weog),
    c("TG", "Togo", UnRegion::Africa),
    c("TH", "Thailand", UnRegion::AsiaPacific),
    c("TJ", "Tajikistan", UnRegion::AsiaPacific),
    c("TK", "Tokelau", UnRegion::AsiaPacific),
    c("TL", "Timor-Leste", UnRegion::AsiaPacific),
    c("TM", "Turkmenistan", UnRegion::AsiaPacific),
    c("TN", "Tunisia", UnRegion::Africa),
    c("TO", "Tonga", UnRegion::AsiaPacific),
    c("TR", "Türkiye", UnRegion::Weog),
    c("TT", "Trinidad and Tobago", UnRegion::Grulac),
    c("TV", "Tuvalu", UnRegion::AsiaPacific),
    c("TW", "Taiwan, Province of China", UnRegion::AsiaPacific),
    c("TZ", "Tanzania, United Republic of", UnRegion::Africa),
    c("UA", "Ukraine", UnRegion::EasternEurope),
    c("UG", "Uganda", UnRegion::Africa),
    c(
        "UM",
        "United States Minor Outlying Islands",
        UnRegion::AsiaPacific,
    ),
    c("US", "United States of America", UnRegion::Weog),
    c("UY", "Uruguay", UnRegion::Grulac),
    c("UZ", "Uzbekistan", UnRegion::AsiaPacific),
    c("VA", "Holy See", UnRegion::Weog),
    c("VC", "Saint Vincent and the Grenadines", UnRegion::Grulac),
    c("VE", "Venezuela, Bolivarian Republic of", UnRegion::Grulac),
    c("VG", "Virgin Islands, British", UnRegion::Grulac),
    c("VI", "Virgin Islands, U.S.", UnRegion::Grulac),
    c("VN", "Viet Nam", UnRegion::AsiaPacific),
    c("VU", "Vanuatu", UnRegion::AsiaPacific),
    c("WF", "Wallis and Futuna", UnRegion::AsiaPacific),
    c("WS", "Samoa", UnRegion::AsiaPacific),
    c("YE", "Yemen", UnRegion::AsiaPacific),
    c("YT", "Mayotte", UnRegion::Africa),
    c("ZA", "South Africa", UnRegion::Africa),
    c("ZM", "Zambia", UnRegion::Africa),
    c("ZW", "Zimbabwe", UnRegion::Africa),
];

/// Looks a code up; accepts upper case only (callers normalise). Binary search over
/// [`COUNTRIES`].
pub fn lookup(code: &str) -> Option<&'static Country> {
    COUNTRIES
        .binary_search_by(|country| country.code.cmp(code))
        .ok()
        .map(|index| &COUNTRIES[index])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_every_officially_assigned_code() {
        assert_eq!(COUNTRIES.len(), 249);
    }

    #[test]
    fn codes_are_strictly_ascending_and_unique() {
        for pair in COUNTRIES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} must sort before {}",
                pair[0].code,
                pair[1].code
            );
        }
    }

    #[test]
    fn codes_are_two_ascii_upper_case_letters() {
        for country in COUNTRIES {
            assert_eq!(country.code.len(), 2, "{:?}", country);
            assert!(
                country.code.bytes().all(|b| b.is_ascii_uppercase()),
                "{:?}",
                country
            );
            assert!(!country.name.is_empty(), "{:?}", country);
        }
    }

    #[test]
    fn every_entry_is_found_by_lookup() {
        for country in COUNTRIES {
            assert_eq!(lookup(country.code), Some(country));
        }
    }

    #[test]
    fn spot_checks() {
        let liberia = lookup("LR").expect("LR");
        assert_eq!(liberia.name, "Liberia");
        assert_eq!(liberia.region, UnRegion::Africa);

        let expected = [
            ("MD", UnRegion::EasternEurope),
            ("RO", UnRegion::EasternEurope),
            ("RU", UnRegion::EasternEurope),
            ("GH", UnRegion::Africa),
            ("NG", UnRegion::Africa),
            ("BR", UnRegion::Grulac),
            ("JM", UnRegion::Grulac),
            ("CH", UnRegion::Weog),
            ("DE", UnRegion::Weog),
            ("US", UnRegion::Weog),
            ("JP", UnRegion::AsiaPacific),
            ("IN", UnRegion::AsiaPacific),
            ("KZ", UnRegion::AsiaPacific),
            ("FJ", UnRegion::AsiaPacific),
        ];
        for (code, region) in expected {
            assert_eq!(lookup(code).map(|c| c.region), Some(region), "{code}");
        }
    }

    #[test]
    fn special_cases() {
        let expected = [
            ("IL", UnRegion::Weog),
            ("TR", UnRegion::Weog),
            ("KI", UnRegion::AsiaPacific),
            ("CY", UnRegion::AsiaPacific),
            ("PS", UnRegion::AsiaPacific),
            ("TW", UnRegion::AsiaPacific),
            ("VA", UnRegion::Weog),
            ("AQ", UnRegion::Weog),
            ("SS", UnRegion::Africa),
            ("GE", UnRegion::EasternEurope),
            ("EE", UnRegion::EasternEurope),
        ];
        for (code, region) in expected {
            assert_eq!(lookup(code).map(|c| c.region), Some(region), "{code}");
        }
    }

    #[test]
    fn lookup_is_upper_case_only() {
        assert_eq!(lookup("lr"), None);
        assert_eq!(lookup("Lr"), None);
    }

    #[test]
    fn unknown_codes_are_not_found() {
        assert_eq!(lookup("ZZ"), None);
        assert_eq!(lookup("XK"), None);
        assert_eq!(lookup(""), None);
        assert_eq!(lookup("LBR"), None);
    }
}
