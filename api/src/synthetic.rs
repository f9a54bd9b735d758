//! `nri demo --synthetic N --years Y`: a synthetic registry for benchmarks:
//! N national and youth initiatives spread over every country and region,
//! three forums per UN region (one regional, two sub-regional) they feed
//! into, all recognised, with an accepted report for every initiative and
//! year. The newest year's reports of the first `submitted` initiatives are
//! left `submitted`, for measuring acceptance. Deterministic for a seed.
use crate::domain::countries::COUNTRIES;
use crate::domain::report::{KeyMessage, Participation, ReportContent};
use crate::domain::{EventFormat, Theme, UnRegion};
use crate::routes::to_json;
use chrono::{Datelike, NaiveDate, Utc};
use entity::{annual_report, contributes_to, initiative};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set, TransactionTrait};
use std::collections::BTreeMap;

/// Rows per multi-row INSERT (well under SQLite's bound-variable limit).
const CHUNK: usize = 200;

pub struct Synthetic {
    pub initiatives: usize,
    pub years: i32,
    /// How many newest-year reports stay `submitted`.
    pub submitted: usize,
    pub seed: u64,
}

fn initiative_row(
    slug: String,
    name: String,
    kind: &str,
    country: Option<&str>,
    region: UnRegion,
) -> initiative::ActiveModel {
    let now = Utc::now();
    initiative::ActiveModel {
        slug: Set(slug),
        name: Set(name),
        kind: Set(kind.into()),
        country: Set(country.map(str::to_owned)),
        coverage: Set("[]".into()),
        un_region: Set(region.as_str().into()),
        description: Set("{}".into()),
        working_languages: Set("[\"en\"]".into()),
        social_links: Set("{}".into()),
        status: Set("recognized".into()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

fn report(rng: &mut StdRng, year: i32, name: &str) -> ReportContent {
    let total: u32 = rng.random_range(50..2000);
    let themes: Vec<Theme> = (0..3)
        .map(|_| Theme::ALL[rng.random_range(0..Theme::ALL.len())])
        .collect();
    let gov = total / 5;
    ReportContent {
        edition: Some(format!("{name} {year}")),
        start_date: NaiveDate::from_ymd_opt(year, 9, 1),
        end_date: NaiveDate::from_ymd_opt(year, 9, 2),
        city: Some("Capital".into()),
        format: Some(EventFormat::Hybrid),
        participation: Participation {
            total: Some(total),
            online: Some(total / 3),
            youth: Some(total / 4),
            by_stakeholder_group: BTreeMap::from([
                ("government".into(), gov),
                ("civil_society".into(), total - gov),
            ]),
            by_gender: BTreeMap::from([("female".into(), total / 2), ("male".into(), total / 2)]),
            countries_represented: Some(1),
        },
        key_messages: themes
            .iter()
            .map(|t| KeyMessage {
                text: BTreeMap::from([("en".into(), format!("{name} on {t} in {year}."))]),
                theme: *t,
            })
            .collect(),
        themes,
        languages: vec!["en".into()],
        ..Default::default()
    }
}

/// Loads the synthetic registry (into an empty database).
pub async fn load(db: &DatabaseConnection, spec: &Synthetic) -> anyhow::Result<()> {
    let mut rng = StdRng::seed_from_u64(spec.seed);
    let txn = db.begin().await?;
    // Forums first: per region, one regional and two sub-regional feeding into it.
    let mut forums: BTreeMap<UnRegion, (i64, [i64; 2])> = BTreeMap::new();
    for region in UnRegion::ALL {
        let r = region.as_str().replace('_', "-");
        let regional = initiative_row(
            format!("{r}-igf"),
            format!("{region} regional IGF"),
            "regional",
            None,
            *region,
        )
        .insert(&txn)
        .await?;
        let mut subs = [0; 2];
        for (k, sub) in subs.iter_mut().enumerate() {
            let s = initiative_row(
                format!("{r}-sub-{k}-igf"),
                format!("{region} sub-regional IGF {k}"),
                "subregional",
                None,
                *region,
            )
            .insert(&txn)
            .await?;
            *sub = s.id;
            contributes_to::ActiveModel {
                initiative_id: Set(s.id),
                target_id: Set(regional.id),
                created_at: Set(Utc::now()),
            }
            .insert(&txn)
            .await?;
        }
        forums.insert(*region, (regional.id, subs));
    }
    // National (every tenth a youth) initiatives, round the country table.
    let rows: Vec<initiative::ActiveModel> = (0..spec.initiatives)
        .map(|i| {
            let c = &COUNTRIES[i % COUNTRIES.len()];
            let kind = if i % 10 == 9 { "youth" } else { "national" };
            let slug = format!("syn-{i}-{}", c.code.to_ascii_lowercase());
            initiative_row(
                slug,
                format!("{} IGF {i}", c.name),
                kind,
                Some(c.code),
                c.region,
            )
        })
        .collect();
    for chunk in rows.chunks(CHUNK) {
        initiative::Entity::insert_many(chunk.to_vec())
            .exec(&txn)
            .await?;
    }
    let nris: Vec<initiative::Model> = initiative::Entity::find()
        .all(&txn)
        .await?
        .into_iter()
        .filter(|i| i.slug.starts_with("syn-"))
        .collect();
    let mut links = Vec::new();
    for (i, n) in nris.iter().enumerate() {
        let region = UnRegion::parse(&n.un_region).unwrap_or(UnRegion::Africa);
        let (regional, subs) = forums[&region];
        links.push((n.id, subs[i % 2]));
        if i % 3 == 0 {
            links.push((n.id, regional));
        }
    }
    let link_rows: Vec<contributes_to::ActiveModel> = links
        .into_iter()
        .map(|(a, b)| contributes_to::ActiveModel {
            initiative_id: Set(a),
            target_id: Set(b),
            created_at: Set(Utc::now()),
        })
        .collect();
    for chunk in link_rows.chunks(CHUNK) {
        contributes_to::Entity::insert_many(chunk.to_vec())
            .exec(&txn)
            .await?;
    }
    let last = Utc::now().year() - 1;
    let now = Utc::now();
    let mut reports = Vec::new();
    for year in (last - spec.years + 1)..=last {
        for (i, n) in nris.iter().enumerate() {
            let content = report(&mut rng, year, &n.name);
            let submitted_only = year == last && i < spec.submitted;
            reports.push(annual_report::ActiveModel {
                initiative_id: Set(n.id),
                year: Set(year),
                status: Set(if submitted_only {
                    "submitted"
                } else {
                    "accepted"
                }
                .into()),
                due_date: Set(crate::domain::report::due_date(&content)),
                content: Set(to_json(&content)),
                first_submitted_at: Set(Some(now)),
                submitted_at: Set(Some(now)),
                accepted_at: Set((!submitted_only).then_some(now)),
                submissions: Set(1),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            });
        }
    }
    for chunk in reports.chunks(CHUNK) {
        annual_report::Entity::insert_many(chunk.to_vec())
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}
