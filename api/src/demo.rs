//! `nri demo`: a small registry built from public facts (see shared/DOMAIN.md):
//! Liberia IGF, Moldova IGF, West Africa IGF and the African IGF, recognised,
//! with their secretariats and declared links. People are placeholders on
//! `example.org`: the demo names organisations, never private persons.
//!
//! Reports: Liberia's and Moldova's 2025 reports are accepted, West Africa's
//! is submitted and awaiting review, the African IGF's is overdue. Their
//! editions, venues, open call and themes follow DOMAIN.md; event dates,
//! participation figures and message texts are illustrative (tagged
//! `demo-data`), since the real ones are not in our sources.
use crate::auth::{Caller, Principal};
use crate::authz::Authz;
use crate::domain::countries::COUNTRIES;
use crate::domain::profile::ProfileInput;
use crate::domain::report::{
    KeyMessage, Participation, Preparation, Recommendation, ReportContent, Session,
};
use crate::domain::{
    CommitteeRole, Email, InitiativeKind, InitiativeStatus, StakeholderGroup, UnRegion,
};
use crate::domain::{EventFormat, Level, ReportStatus, SessionType, Theme};
use crate::problem::ApiError;
use crate::service::committee::{self, NewCommitteeMember};
use crate::service::initiatives::{self, Registration};
use crate::service::reports::{self, Review};
use crate::service::secretariat::{self, FocalPoint, SecretariatIn};
use crate::service::store::{from_json, load_initiative};
use crate::service::users::{self, NewAccount};
use crate::service::{Unit, contributes_to, decisions};
use chrono::NaiveDate;
use entity::{initiative, user};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter,
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

/// The demo's caller acting as account `u`.
pub(crate) fn caller_for(u: &user::Model) -> Caller {
    Caller::acting_as(u, "demo")
}

/// The account with e-mail `email`, created (token-only, with its platform
/// role) through the account service if it is not there yet: audited as
/// `nri admin create-user` audits it, on a unit of its own inside `txn`.
pub(crate) async fn ensure_user(
    txn: &DatabaseTransaction,
    authz: &Authz,
    email: &str,
    name: &str,
    platform_role: Option<&str>,
) -> anyhow::Result<user::Model> {
    let failed = |e: ApiError| anyhow::anyhow!("demo account {email}: {e}");
    let email = Email::parse(email).map_err(anyhow::Error::msg)?;
    if let Some(u) = users::find_by_email(txn, &email).await.map_err(failed)? {
        return Ok(u);
    }
    let operator = Caller {
        principal: Principal::Anonymous,
        request_id: "demo".into(),
    };
    let mut uow = Unit::within(txn.begin().await?, authz, &operator);
    let account = users::create(
        &mut uow,
        NewAccount {
            email: &email,
            name,
            password_hash: None,
            platform_role,
            email_confirmed: true,
            locale: None,
        },
    )
    .await
    .map_err(failed)?;
    uow.commit().await.map_err(failed)?;
    Ok(account)
}

/// The demo accounts a visitor can sign in with on the web pages.
pub const DEMO_ACCOUNTS: &[&str] = &[
    "igf-secretariat@example.org",
    "focal-point@liberia-igf.example.org",
    "focal-point@moldova-igf.example.org",
    "focal-point@west-africa-igf.example.org",
    "focal-point@african-igf.example.org",
];

/// Gives the demo accounts a fresh random password (returned, to be printed),
/// so a visitor of `serve --demo` can sign in as the IGF Secretariat or as a
/// focal point. Only for demo registries: real accounts set their own.
pub async fn set_demo_password(db: &DatabaseConnection) -> anyhow::Result<String> {
    use sea_orm::sea_query::Expr;
    let secret = crate::auth::new_token_secret();
    let password = secret[crate::auth::TOKEN_PREFIX.len()..][..16].to_owned();
    let hash = crate::auth::hash_password(password.clone())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .filter(user::Column::Email.is_in(DEMO_ACCOUNTS.iter().copied()))
        .exec(db)
        .await?;
    Ok(password)
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
    let authz = crate::authz::Authz::new(db.clone()).await?;
    let txn = worker::write::begin(db).await?;
    let igf = ensure_user(
        &txn,
        &authz,
        "igf-secretariat@example.org",
        "IGF Secretariat (demo)",
        Some("igf_secretariat"),
    )
    .await?;
    let reviewer = caller_for(&igf);
    let mut uow = Unit::within(txn, &authz, &reviewer);
    let items = registry();
    let count = items.len();
    for d in items {
        let focal = ensure_user(
            uow.txn(),
            &authz,
            &format!("focal-point@{}.example.org", d.slug),
            &format!(
                "Focal point of {}",
                d.input.acronym.clone().unwrap_or_default()
            ),
            None,
        )
        .await?;
        let who = caller_for(&focal);
        // Registered by its focal point, exactly as through the API; the
        // registration commits with the rest of the demo.
        let mut registration = Unit::within(uow.txn().begin().await?, &authz, &who);
        let (ini, _) = initiatives::register(
            &mut registration,
            Registration {
                slug: d.slug.to_owned(),
                parent: None,
                profile: d.input,
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("demo initiative {}: {e}", d.slug))?;
        registration
            .commit()
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let current = secretariat::find(uow.txn(), &ini)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let hosted = SecretariatIn {
            host_organisation: Some(d.host.to_owned()),
            host_stakeholder_group: Some(d.host_group),
            hosting_arrangement: Some(d.arrangement.to_owned()),
            supporting_organisations: d.supporting.iter().map(|o| o.to_string()).collect(),
            city: d.city.map(str::to_owned),
            country: d.country.map(str::to_owned),
            contact_emails: from_json(&current.contact_emails)
                .map_err(|e| anyhow::anyhow!("{e}"))?,
            focal_point: current.focal_point_name.clone().map(|name| FocalPoint {
                name,
                email: current.focal_point_email.clone(),
            }),
            ..Default::default()
        };
        secretariat::write(&mut uow, &ini, &current, hosted)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        for (name, group, org) in d.committee {
            let member = NewCommitteeMember {
                name: name.to_string(),
                organisation: Some(org.to_string()),
                stakeholder_group: *group,
                role: CommitteeRole::Member,
                gender: None,
                city: None,
                country: None,
                term_start: NaiveDate::from_ymd_opt(2025, 1, 1)
                    .ok_or_else(|| anyhow::anyhow!("the demo's term start is a date"))?,
                term_end: None,
                listed_publicly: true,
            };
            committee::add_to(&mut uow, &ini, member)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        let links: Vec<String> = d.contributes_to.iter().map(|s| s.to_string()).collect();
        contributes_to::replace_links(&mut uow, &ini, &links)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        decisions::record(
            &mut uow,
            &ini,
            InitiativeStatus::Recognized,
            "Demo data: listed as recognised on the IGF website.",
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    for (slug, content, status) in demo_reports() {
        let ini = load_initiative(uow.txn(), slug)
            .await
            .map_err(|e| anyhow::anyhow!("demo initiative: {e}"))?;
        file_report(&mut uow, &authz, ini, content, status).await?;
    }
    uow.commit().await.map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "demo registry loaded: {count} recognised initiatives, 2 accepted reports, 1 awaiting review, 1 overdue"
    );
    Ok(())
}

fn en(t: &str) -> BTreeMap<String, String> {
    text(&[("en", t)])
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn event(
    edition: &str,
    city: &str,
    country: &str,
    venue: &str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
) -> ReportContent {
    ReportContent {
        edition: Some(edition.into()),
        start_date: start,
        end_date: end,
        city: Some(city.into()),
        country: Some(country.into()),
        venue: Some(venue.into()),
        format: Some(EventFormat::Hybrid),
        tags: vec!["demo-data".into()],
        languages: vec!["en".into()],
        ..Default::default()
    }
}

fn participation(
    total: u32,
    online: u32,
    groups: &[(&str, u32)],
    female: u32,
    male: u32,
    youth: u32,
) -> Participation {
    Participation {
        total: Some(total),
        online: Some(online),
        by_stakeholder_group: groups.iter().map(|(g, n)| (g.to_string(), *n)).collect(),
        by_gender: BTreeMap::from([("female".into(), female), ("male".into(), male)]),
        youth: Some(youth),
        countries_represented: Some(1),
    }
}

/// The demo's reports: (initiative, content, where it stands).
fn demo_reports() -> Vec<(&'static str, ReportContent, ReportStatus)> {
    let mut liberia = event(
        "Liberia IGF 2025",
        "Monrovia",
        "LR",
        "Monrovia",
        date(2025, 8, 14),
        date(2025, 8, 15),
    );
    liberia.preparation = Preparation {
        open_call: Some(true),
        open_call_date: date(2025, 5, 1),
        consultations: Some(3),
    };
    liberia.participation = participation(
        180,
        40,
        &[
            ("government", 45),
            ("civil_society", 60),
            ("technical_community", 40),
            ("private_sector", 20),
        ],
        80,
        95,
        55,
    );
    liberia.sessions = vec![
        Session {
            title: en("Pre-forum workshop on cybersecurity policy"),
            kind: SessionType::Workshop,
            theme: Some(Theme::CybersecurityAndTrust),
        },
        Session {
            title: en("Capacity building for Internet governance"),
            kind: SessionType::Workshop,
            theme: Some(Theme::CapacityBuilding),
        },
        Session {
            title: en("Opening plenary"),
            kind: SessionType::Plenary,
            theme: None,
        },
    ];
    liberia.themes = vec![
        Theme::CybersecurityAndTrust,
        Theme::CapacityBuilding,
        Theme::AccessAndConnectivity,
    ];
    liberia.key_messages = vec![
        KeyMessage {
            text: en("A national cybersecurity policy needs every stakeholder group at the table."),
            theme: Theme::CybersecurityAndTrust,
        },
        KeyMessage {
            text: en("Capacity building must reach young people outside Monrovia."),
            theme: Theme::CapacityBuilding,
        },
    ];
    liberia.recommendations = vec![Recommendation {
        text: en("WAIGF should pool cybersecurity capacity-building across West African NRIs."),
        addressed_to: Level::Regional,
    }];

    let mut moldova = event(
        "MIGF 2025",
        "Chișinău",
        "MD",
        "Student Hub ASEM",
        date(2025, 10, 9),
        date(2025, 10, 9),
    );
    moldova.languages = vec!["ro".into(), "ru".into(), "en".into()];
    moldova.preparation = Preparation {
        open_call: Some(true),
        open_call_date: date(2025, 6, 2),
        consultations: Some(2),
    };
    moldova.participation = participation(
        150,
        50,
        &[
            ("civil_society", 40),
            ("technical_community", 30),
            ("academia", 25),
            ("private_sector", 20),
            ("government", 20),
            ("intergovernmental", 10),
        ],
        75,
        70,
        35,
    );
    moldova.themes = vec![
        Theme::AiAndEmergingTechnologies,
        Theme::DataGovernance,
        Theme::CybersecurityAndTrust,
    ];
    moldova.key_messages = vec![KeyMessage {
        text: text(&[
            (
                "en",
                "Themes chosen through an open call keep the national agenda bottom-up.",
            ),
            (
                "ro",
                "Temele alese printr-un apel deschis mențin agenda națională de jos în sus.",
            ),
        ]),
        theme: Theme::DataGovernance,
    }];

    let mut waigf = event(
        "WAIGF 2025",
        "Accra",
        "GH",
        "Accra",
        date(2025, 7, 22),
        date(2025, 7, 23),
    );
    waigf.participation = participation(
        300,
        120,
        &[
            ("government", 60),
            ("civil_society", 100),
            ("technical_community", 80),
        ],
        140,
        150,
        90,
    );
    waigf.themes = vec![Theme::AccessAndConnectivity, Theme::DigitalInclusion];
    waigf.key_messages = vec![KeyMessage {
        text: en("Cross-border infrastructure is the region's first connectivity lever."),
        theme: Theme::AccessAndConnectivity,
    }];

    // Ended long enough ago to be overdue, never submitted.
    let afigf = event(
        "AfIGF 2025",
        "Addis Ababa",
        "ET",
        "Addis Ababa",
        date(2025, 6, 10),
        date(2025, 6, 12),
    );

    vec![
        ("liberia-igf", liberia, ReportStatus::Accepted),
        ("moldova-igf", moldova, ReportStatus::Accepted),
        ("west-africa-igf", waigf, ReportStatus::Submitted),
        ("african-igf", afigf, ReportStatus::Draft),
    ]
}

/// Files a demo report through the report services: its focal point drafts
/// and submits it (within its due date, so criterion 5 can be met) on a unit
/// of its own inside the load's transaction, and the IGF Secretariat, the
/// load's caller, accepts it — audited and announced to the worker as the
/// API would.
async fn file_report(
    uow: &mut Unit,
    authz: &Authz,
    ini: initiative::Model,
    content: ReportContent,
    status: ReportStatus,
) -> anyhow::Result<()> {
    let year = 2025;
    let slug = ini.slug.clone();
    let failed = |e: ApiError| anyhow::anyhow!("demo report {slug}: {e}");
    let focal = user::Entity::find()
        .filter(user::Column::Email.eq(format!("focal-point@{slug}.example.org")))
        .one(uow.txn())
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo focal point of {slug} missing"))?;
    let mut drafting = Unit::within(uow.txn().begin().await?, authz, &caller_for(&focal));
    let drafted = reports::record_draft(&mut drafting, ini, year, None, content)
        .await
        .map_err(failed)?;
    let ini = drafted.ini;
    if status != ReportStatus::Draft {
        let in_time = drafted
            .report
            .due_date
            .and_then(|d| (d - chrono::Duration::days(30)).and_hms_opt(10, 0, 0))
            .map(|t| t.and_utc());
        reports::record_submission(&mut drafting, ini.clone(), year, None, in_time)
            .await
            .map_err(failed)?;
    }
    drafting.commit().await.map_err(failed)?;
    if status == ReportStatus::Accepted {
        reports::record_review(uow, ini, year, Review::Accept, None)
            .await
            .map_err(failed)?;
    }
    Ok(())
}
