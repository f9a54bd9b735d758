//! `nri demo --synthetic N --years Y`: a synthetic registry for benchmarks:
//! N national and youth initiatives spread over every country and region,
//! three forums per UN region (one regional, two sub-regional) they feed
//! into, all recognised, with an accepted report for every initiative and
//! year. The newest year's reports of the first `submitted` initiatives are
//! left `submitted`, for measuring acceptance. Deterministic for a seed.
//!
//! Everything goes through the services the API uses, as their users would:
//! one synthetic focal point registers every initiative, declares its links
//! and drafts and submits its reports; one synthetic IGF Secretariat account
//! recognises the initiatives and accepts the reports. Each change is audited
//! and announced in the outbox as through the API (request id `demo`), so a
//! worker started on the registry has every acceptance to follow. Each
//! actor's changes to one initiative are one unit of work; all of them commit
//! together, at the end of the load. Every report is submitted before the
//! first is accepted. Each phase (registering, filing, accepting) shows its
//! progress on stderr (`export::Progress`).
use crate::auth::Caller;
use crate::authz::Authz;
use crate::demo::{caller_for, ensure_user};
use crate::domain::countries::COUNTRIES;
use crate::domain::profile::ProfileInput;
use crate::domain::report::{KeyMessage, Participation, ReportContent};
use crate::domain::{EventFormat, InitiativeKind, InitiativeStatus, Theme, UnRegion};
use crate::export::Progress;
use crate::problem::ApiError;
use crate::service::initiatives::{self, Registration};
use crate::service::reports::{self, Review};
use crate::service::{Unit, contributes_to, decisions};
use chrono::{Datelike, NaiveDate, Utc};
use entity::{initiative, outbox_event};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter,
    TransactionTrait,
};
use std::collections::BTreeMap;

/// The account that recognises the initiatives and accepts their reports.
pub const SECRETARIAT: &str = "igf-secretariat@synthetic.example.org";
/// The account that registers every initiative and files its reports.
pub const FOCAL_POINT: &str = "focal-point@synthetic.example.org";

pub struct Synthetic {
    pub initiatives: usize,
    pub years: i32,
    /// How many newest-year reports stay `submitted`.
    pub submitted: usize,
    pub seed: u64,
}

/// A report to file: its year, its content, and whether it is accepted
/// (otherwise it stays `submitted`).
struct Filed {
    year: i32,
    content: ReportContent,
    accepted: bool,
}

/// Who acts, on units of work inside the load's transaction.
struct Actors<'a> {
    txn: &'a DatabaseTransaction,
    authz: &'a Authz,
    focal_point: Caller,
    secretariat: Caller,
}

impl Actors<'_> {
    /// A unit of work of `who`; its changes commit with the load.
    async fn unit(&self, who: &Caller) -> anyhow::Result<Unit> {
        Ok(Unit::within(self.txn.begin().await?, self.authz, who))
    }

    /// The focal point registers an initiative and declares the forums it
    /// feeds into; the IGF Secretariat recognises it. Returns the initiative
    /// as registered.
    async fn register(
        &self,
        slug: &str,
        profile: ProfileInput,
        targets: &[String],
    ) -> anyhow::Result<initiative::Model> {
        let failed = |e: ApiError| anyhow::anyhow!("synthetic initiative {slug}: {e}");
        let mut uow = self.unit(&self.focal_point).await?;
        let (ini, _) = initiatives::register(
            &mut uow,
            Registration {
                slug: slug.to_owned(),
                parent: None,
                profile,
            },
        )
        .await
        .map_err(failed)?;
        if !targets.is_empty() {
            contributes_to::replace_links(&mut uow, &ini, targets)
                .await
                .map_err(failed)?;
        }
        uow.commit().await.map_err(failed)?;
        let mut uow = self.unit(&self.secretariat).await?;
        decisions::record(
            &mut uow,
            &ini,
            InitiativeStatus::Recognized,
            "Synthetic registry: recognised.",
        )
        .await
        .map_err(failed)?;
        uow.commit().await.map_err(failed)?;
        Ok(ini)
    }

    /// The focal point drafts and submits `ini`'s reports. Returns the years
    /// of those to accept.
    async fn submit_reports(
        &self,
        ini: &initiative::Model,
        filed: Vec<Filed>,
    ) -> anyhow::Result<Vec<i32>> {
        let failed = |e: ApiError| anyhow::anyhow!("synthetic reports of {}: {e}", ini.slug);
        let mut uow = self.unit(&self.focal_point).await?;
        let mut to_accept = Vec::new();
        for f in filed {
            reports::record_draft(&mut uow, ini.clone(), f.year, None, f.content)
                .await
                .map_err(failed)?;
            reports::record_submission(&mut uow, ini.clone(), f.year, None, None)
                .await
                .map_err(failed)?;
            if f.accepted {
                to_accept.push(f.year);
            }
        }
        uow.commit().await.map_err(failed)?;
        Ok(to_accept)
    }

    /// The IGF Secretariat accepts `ini`'s reports of `years`.
    async fn accept_reports(&self, ini: &initiative::Model, years: &[i32]) -> anyhow::Result<()> {
        let failed = |e: ApiError| anyhow::anyhow!("synthetic reports of {}: {e}", ini.slug);
        let mut uow = self.unit(&self.secretariat).await?;
        for &year in years {
            reports::record_review(&mut uow, ini.clone(), year, Review::Accept, None)
                .await
                .map_err(failed)?;
        }
        uow.commit().await.map_err(failed)?;
        Ok(())
    }
}

/// A regional or sub-regional forum's profile.
fn forum(
    name: String,
    kind: InitiativeKind,
    region: UnRegion,
    coverage: Vec<String>,
) -> ProfileInput {
    ProfileInput {
        name,
        kind: Some(kind),
        un_region: Some(region),
        coverage,
        working_languages: vec!["en".into()],
        ..Default::default()
    }
}

fn report(rng: &mut StdRng, year: i32, name: &str, country: &str) -> ReportContent {
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
        country: Some(country.into()),
        venue: Some("Conference centre".into()),
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
    let authz = Authz::new(db.clone()).await?;
    let txn = worker::write::begin(db).await?;
    let secretariat = ensure_user(
        &txn,
        &authz,
        SECRETARIAT,
        "IGF Secretariat (synthetic)",
        Some("igf_secretariat"),
    )
    .await?;
    let focal_point =
        ensure_user(&txn, &authz, FOCAL_POINT, "Focal point (synthetic)", None).await?;
    let actors = Actors {
        txn: &txn,
        authz: &authz,
        focal_point: caller_for(&focal_point),
        secretariat: caller_for(&secretariat),
    };
    // Forums first: per region, one regional covering the region's countries
    // and two sub-regional ones, covering half each, feeding into it.
    // Three forums per region, then the national and youth initiatives.
    let registering = Progress::new(
        (UnRegion::ALL.len() * 3 + spec.initiatives) as u64,
        "registering initiatives",
    );
    let mut forums: BTreeMap<UnRegion, (String, [String; 2])> = BTreeMap::new();
    for region in UnRegion::ALL {
        let r = region.as_str().replace('_', "-");
        let countries: Vec<String> = COUNTRIES
            .iter()
            .filter(|c| c.region == *region)
            .map(|c| c.code.to_owned())
            .collect();
        let regional = format!("{r}-igf");
        let profile = forum(
            format!("{region} regional IGF"),
            InitiativeKind::Regional,
            *region,
            countries.clone(),
        );
        actors.register(&regional, profile, &[]).await?;
        registering.inc(&regional);
        let subs = [0, 1].map(|k| format!("{r}-sub-{k}-igf"));
        for (k, sub) in subs.iter().enumerate() {
            let half = countries.iter().skip(k).step_by(2).cloned().collect();
            let profile = forum(
                format!("{region} sub-regional IGF {k}"),
                InitiativeKind::Subregional,
                *region,
                half,
            );
            actors
                .register(sub, profile, std::slice::from_ref(&regional))
                .await?;
            registering.inc(sub);
        }
        forums.insert(*region, (regional, subs));
    }
    // National (every tenth a youth) initiatives, round the country table.
    let countries: Vec<_> = (0..spec.initiatives)
        .map(|i| &COUNTRIES[i % COUNTRIES.len()])
        .collect();
    let names: Vec<String> = countries
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{} IGF {i}", c.name))
        .collect();
    // Reports are drawn year by year, in the order the seed has always
    // drawn them, and filed initiative by initiative.
    let last = Utc::now().year() - 1;
    let mut filed: Vec<Vec<Filed>> = names.iter().map(|_| Vec::new()).collect();
    for year in (last - spec.years + 1)..=last {
        for (i, name) in names.iter().enumerate() {
            filed[i].push(Filed {
                year,
                content: report(&mut rng, year, name, countries[i].code),
                accepted: !(year == last && i < spec.submitted),
            });
        }
    }
    let mut registered = Vec::with_capacity(spec.initiatives);
    for (i, name) in names.into_iter().enumerate() {
        let c = countries[i];
        let kind = if i % 10 == 9 {
            InitiativeKind::Youth
        } else {
            InitiativeKind::National
        };
        let (regional, subs) = &forums[&c.region];
        let mut targets = vec![subs[i % 2].clone()];
        if i % 3 == 0 {
            targets.push(regional.clone());
        }
        let profile = ProfileInput {
            name,
            kind: Some(kind),
            country: Some(c.code.to_owned()),
            working_languages: vec!["en".into()],
            ..Default::default()
        };
        let slug = format!("syn-{i}-{}", c.code.to_ascii_lowercase());
        registered.push(actors.register(&slug, profile, &targets).await?);
        registering.inc(&slug);
    }
    registering.finish();
    let filing = Progress::new(registered.len() as u64, "filing reports");
    let mut submitted = Vec::with_capacity(registered.len());
    for (ini, filed) in registered.into_iter().zip(filed) {
        let years = actors.submit_reports(&ini, filed).await?;
        filing.inc(&ini.slug);
        submitted.push((ini, years));
    }
    filing.finish();
    // Reviewed once all are submitted, as a review queue fills: a review
    // reads the report's reviews, and `report_reviews` has no index on the
    // report, so each read scans the reviews written so far.
    let accepting = Progress::new(submitted.len() as u64, "accepting reports");
    for (ini, years) in &submitted {
        actors.accept_reports(ini, years).await?;
        accepting.inc(&ini.slug);
    }
    accepting.finish();
    txn.commit().await?;
    Ok(())
}

/// Marks every outbox event processed, for a benchmark that has just run a
/// full recomputation (`worker::aggregation::recompute_all`), which reflects
/// them all: a worker started next follows only the changes made after it,
/// as on a registry in service, instead of relaying the load's every
/// acceptance again. Returns how many events it marked.
pub async fn settle_outbox(db: &DatabaseConnection) -> anyhow::Result<u64> {
    let settled = outbox_event::Entity::update_many()
        .col_expr(
            outbox_event::Column::ProcessedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(outbox_event::Column::ProcessedAt.is_null())
        .exec(db)
        .await?;
    Ok(settled.rows_affected)
}
