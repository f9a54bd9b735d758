//! `nri demo`: a small registry built from public facts (see shared/DOMAIN.md):
//! Liberia IGF, Moldova IGF, West Africa IGF and the African IGF, recognised,
//! with their secretariats and declared links. People are placeholders on
//! `example.org`: the demo names organisations, never private persons.
use crate::auth::{Caller, Principal, User};
use crate::domain::countries::COUNTRIES;
use crate::domain::profile::{self, ProfileInput};
use crate::domain::{InitiativeKind, InitiativeStatus, Slug, StakeholderGroup, UnRegion};
use crate::routes::{contributes_to, decisions, initiatives, to_json};
use chrono::{NaiveDate, Utc};
use entity::{committee_member, initiative, secretariat, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};
use std::collections::BTreeMap;

struct DemoInitiative {
    slug: &'static str,
    input: ProfileInput,
    host: &'static str,
    host_group: StakeholderGroup,
    arrangement: &'static str,
    supporting: &'static [&'static str],
    city: Option<&'static str>,
    country: Option<&'static str>,
    committee: &'static [(&'static str, StakeholderGroup, &'static str)],
    contributes_to: &'static [&'static str],
}

fn text(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn registry() -> Vec<DemoInitiative> {
    let african: Vec<String> = COUNTRIES
        .iter()
        .filter(|c| c.region == UnRegion::Africa)
        .map(|c| c.code.to_owned())
        .collect();
    // ECOWAS's fifteen founding states: the West Africa IGF's region.
    let west_africa = [
        "BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "NE", "NG", "SN", "SL", "TG",
    ];
    vec![
        DemoInitiative {
            slug: "african-igf",
            input: ProfileInput {
                name: "African Internet Governance Forum".into(),
                acronym: Some("AfIGF".into()),
                kind: Some(InitiativeKind::Regional),
                un_region: Some(UnRegion::Africa),
                coverage: african,
                working_languages: vec!["en".into(), "fr".into()],
                description: text(&[(
                    "en",
                    "The regional IGF of Africa, into which sub-regional and national African IGFs feed.",
                )]),
                ..Default::default()
            },
            host: "African IGF Secretariat",
            host_group: StakeholderGroup::Intergovernmental,
            arrangement: "Regional secretariat.",
            supporting: &[],
            city: None,
            country: None,
            committee: &[],
            contributes_to: &[],
        },
        DemoInitiative {
            slug: "west-africa-igf",
            input: ProfileInput {
                name: "West Africa Internet Governance Forum".into(),
                acronym: Some("WAIGF".into()),
                kind: Some(InitiativeKind::Subregional),
                un_region: Some(UnRegion::Africa),
                coverage: west_africa.iter().map(|c| c.to_string()).collect(),
                working_languages: vec!["en".into(), "fr".into(), "pt".into()],
                description: text(&[(
                    "en",
                    "The sub-regional IGF of West Africa; it feeds into the African IGF.",
                )]),
                ..Default::default()
            },
            host: "West Africa IGF Secretariat",
            host_group: StakeholderGroup::CivilSociety,
            arrangement: "Sub-regional secretariat.",
            supporting: &[],
            city: None,
            country: None,
            committee: &[],
            contributes_to: &["african-igf"],
        },
        DemoInitiative {
            slug: "liberia-igf",
            input: ProfileInput {
                name: "Liberia Internet Governance Forum".into(),
                acronym: Some("LIGF".into()),
                kind: Some(InitiativeKind::National),
                country: Some("LR".into()),
                working_languages: vec!["en".into()],
                description: text(&[(
                    "en",
                    "Annual national forum preceded by workshops. A local MAG prepares the programme and decides by consensus; \
                     membership is renewed yearly and rotated, and members serve voluntarily in their personal capacity. \
                     Objectives include capacity building, cybersecurity policy, and participation in WAIGF, the African IGF \
                     and the global IGF.",
                )]),
                ..Default::default()
            },
            host: "Ministry of Post and Telecommunications",
            host_group: StakeholderGroup::Government,
            arrangement: "Hosted by the Ministry of Post and Telecommunications at its headquarters in Monrovia, as agreed in \
                          August 2020 between ISOC Liberia Chapter, the Liberia Telecommunications Authority, the Ministry \
                          and a youth representative.",
            supporting: &["West Africa IGF", "African IGF"],
            city: Some("Monrovia"),
            country: Some("LR"),
            committee: &[
                (
                    "Representative of ISOC Liberia Chapter",
                    StakeholderGroup::TechnicalCommunity,
                    "ISOC Liberia Chapter",
                ),
                (
                    "Representative of the Liberia Telecommunications Authority",
                    StakeholderGroup::Government,
                    "Liberia Telecommunications Authority",
                ),
                (
                    "Representative of the Ministry of Post and Telecommunications",
                    StakeholderGroup::Government,
                    "Ministry of Post and Telecommunications",
                ),
                (
                    "Youth representative",
                    StakeholderGroup::CivilSociety,
                    "Liberia youth IGF community",
                ),
            ],
            contributes_to: &["west-africa-igf", "african-igf"],
        },
        DemoInitiative {
            slug: "moldova-igf",
            input: ProfileInput {
                name: "Moldova Internet Governance Forum".into(),
                acronym: Some("MIGF".into()),
                kind: Some(InitiativeKind::National),
                country: Some("MD".into()),
                working_languages: vec!["ro".into(), "ru".into(), "en".into()],
                description: text(&[(
                    "en",
                    "National IGF of the Republic of Moldova with a neutral secretariat. Programme themes come from an open call \
                     for inputs; its principles mirror the IGF's five. MIGF 2025 was held at the Student Hub ASEM, Chișinău.",
                )]),
                ..Default::default()
            },
            host: "Association \"Comunitatea Internet\"",
            host_group: StakeholderGroup::CivilSociety,
            arrangement: "Neutral secretariat held by the Association \"Comunitatea Internet\", a non-governmental organisation.",
            supporting: &[],
            city: Some("Chișinău"),
            country: Some("MD"),
            committee: &[
                (
                    "Civil society representative",
                    StakeholderGroup::CivilSociety,
                    "Association \"Comunitatea Internet\"",
                ),
                (
                    "Technical community representative",
                    StakeholderGroup::TechnicalCommunity,
                    "Technical community",
                ),
                (
                    "Academic community representative",
                    StakeholderGroup::Academia,
                    "Academic community",
                ),
                (
                    "Business representative",
                    StakeholderGroup::PrivateSector,
                    "Business community",
                ),
                (
                    "Government representative",
                    StakeholderGroup::Government,
                    "Government of the Republic of Moldova",
                ),
                (
                    "International organisations representative",
                    StakeholderGroup::Intergovernmental,
                    "International organisations",
                ),
            ],
            contributes_to: &[],
        },
    ]
}

fn caller_for(u: &user::Model) -> Caller {
    Caller {
        principal: Principal::User(User {
            id: u.id,
            email: u.email.clone(),
            name: u.name.clone(),
            platform_role: u.platform_role.clone(),
            token_id: 0,
        }),
        request_id: "demo".into(),
    }
}

async fn ensure_user(
    txn: &impl sea_orm::ConnectionTrait,
    email: &str,
    name: &str,
    platform_role: Option<&str>,
) -> anyhow::Result<user::Model> {
    if let Some(u) = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(txn)
        .await?
    {
        return Ok(u);
    }
    Ok(user::ActiveModel {
        email: Set(email.to_owned()),
        name: Set(name.to_owned()),
        platform_role: Set(platform_role.map(str::to_owned)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?)
}

/// Loads the demo registry unless it is there already. Every change is audited
/// like any other, with the request id `demo`.
pub async fn load(db: &DatabaseConnection) -> anyhow::Result<()> {
    let exists = initiative::Entity::find()
        .filter(initiative::Column::Slug.eq("liberia-igf"))
        .one(db)
        .await?;
    if exists.is_some() {
        println!("demo registry already loaded");
        return Ok(());
    }
    let txn = db.begin().await?;
    let igf = ensure_user(
        &txn,
        "igf-secretariat@example.org",
        "IGF Secretariat (demo)",
        Some("igf_secretariat"),
    )
    .await?;
    let reviewer = caller_for(&igf);
    let items = registry();
    let count = items.len();
    for d in items {
        let focal = ensure_user(
            &txn,
            &format!("focal-point@{}.example.org", d.slug),
            &format!(
                "Focal point of {}",
                d.input.acronym.clone().unwrap_or_default()
            ),
            None,
        )
        .await?;
        let who = caller_for(&focal);
        let profile = profile::validate(d.input, profile::current_year())
            .map_err(|e| anyhow::anyhow!("demo profile {} invalid: {:?}", d.slug, e.0))?;
        let slug = Slug::parse(d.slug).map_err(anyhow::Error::msg)?;
        let ini = initiatives::register(
            &txn,
            &who,
            &slug,
            &profile,
            None,
            InitiativeStatus::Applicant,
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
        let mut s: secretariat::ActiveModel = secretariat::Entity::find_by_id(ini.id)
            .one(&txn)
            .await?
            .ok_or_else(|| anyhow::anyhow!("secretariat missing"))?
            .into();
        s.host_organisation = Set(Some(d.host.to_owned()));
        s.host_stakeholder_group = Set(Some(d.host_group.as_str().to_owned()));
        s.hosting_arrangement = Set(Some(d.arrangement.to_owned()));
        s.supporting_organisations = Set(to_json(&d.supporting));
        s.city = Set(d.city.map(str::to_owned));
        s.country = Set(d.country.map(str::to_owned));
        s.version = Set(2);
        s.update(&txn).await?;
        for (name, group, org) in d.committee {
            committee_member::ActiveModel {
                initiative_id: Set(ini.id),
                name: Set(name.to_string()),
                organisation: Set(Some(org.to_string())),
                stakeholder_group: Set(group.as_str().to_owned()),
                role: Set("member".into()),
                term_start: Set(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default()),
                listed_publicly: Set(true),
                version: Set(1),
                created_at: Set(Utc::now()),
                updated_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        let links: Vec<String> = d.contributes_to.iter().map(|s| s.to_string()).collect();
        contributes_to::replace_links(&txn, &ini, &links)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        decisions::decide_status(
            &txn,
            &reviewer,
            &ini,
            InitiativeStatus::Recognized,
            "Demo data: listed as recognised on the IGF website.",
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    txn.commit().await?;
    println!("demo registry loaded: {count} recognised initiatives");
    Ok(())
}
