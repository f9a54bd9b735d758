//! The read scenarios: each resource is copied once, as the service sends
//! it, into nginx's directory; `wrk` then drives nginx and the service in
//! turn at the same concurrency, so each figure has its reference beside it.
use crate::registry::Fixture;
use crate::report::{Row, Wire};
use crate::servers::{Mirrored, Nginx, Server, mirror};
use crate::system::{load_average, peak_rss, reset_peak};
use crate::wrk;
use anyhow::Context;
use std::fmt::Write as _;
use std::path::Path;

/// One read scenario: the service's URL and nginx's copy of the same bytes.
pub struct ReadCase {
    scenario: String,
    service_url: String,
    service_headers: Vec<String>,
    reference_url: String,
    reference_headers: Vec<String>,
    note: String,
}

/// The resources the reads measure, as copied into nginx's `www/`.
pub struct Mirrors {
    aggregate_url: String,
    aggregate: Mirrored,
    aggregate_br: Mirrored,
    directory_url: String,
    directory: Mirrored,
    report_url: String,
    report: Mirrored,
    report_full: Mirrored,
    editor: String,
}

impl Mirrors {
    /// Copies the newest year's global aggregate (plain and Brotli), the
    /// first directory page and one report (public and editor's view).
    pub async fn fetch(server: &Server, fx: &Fixture, www: &Path) -> anyhow::Result<Self> {
        let api = server.api();
        let client = reqwest::Client::new();
        std::fs::create_dir_all(www)?;
        let (slug, editor) = fx.editors.first().context("no editors")?.clone();
        let aggregate_url = format!("{api}/aggregates/global/{}.json", fx.last);
        let directory_url = format!("{api}/initiatives?limit=50");
        let report_url = format!("{api}/initiatives/{slug}/reports/{}", fx.last - 1);
        let br = [("accept-encoding", "br")];
        Ok(Self {
            aggregate: mirror(&client, &aggregate_url, None, &[], www, "aggregate.json").await?,
            aggregate_br: mirror(&client, &aggregate_url, None, &br, www, "aggregate.json.br")
                .await?,
            directory: mirror(&client, &directory_url, None, &[], www, "directory.json").await?,
            report: mirror(&client, &report_url, None, &[], www, "report.json").await?,
            report_full: mirror(
                &client,
                &report_url,
                Some(&editor),
                &[],
                www,
                "report-full.json",
            )
            .await?,
            aggregate_url,
            directory_url,
            report_url,
            editor,
        })
    }

    pub fn wire(&self, database: &str) -> Wire {
        Wire {
            database: database.to_owned(),
            plain: self.aggregate.bytes,
            brotli: self.aggregate_br.bytes,
        }
    }

    /// The read scenarios among `on`, against `nginx` serving the copies.
    pub async fn cases(
        &self,
        nginx: &Nginx,
        on: impl Fn(&str) -> bool,
    ) -> anyhow::Result<Vec<ReadCase>> {
        let client = reqwest::Client::new();
        let nbase = &nginx.base;
        let mut cases = Vec::new();
        if on("aggregate") {
            let etag = self
                .aggregate
                .etag
                .clone()
                .context("the aggregate has no ETag")?;
            cases.push(ReadCase {
                scenario: "cached aggregate `global/{year}.json`, 200".into(),
                service_url: self.aggregate_url.clone(),
                service_headers: vec![],
                reference_url: format!("{nbase}/aggregate.json"),
                reference_headers: vec![],
                note: format!(
                    "{} KiB body ({} KiB as br, not measured here)",
                    self.aggregate.bytes / 1024,
                    self.aggregate_br.bytes.div_ceil(1024)
                ),
            });
            cases.push(ReadCase {
                scenario: "cached aggregate, 304 (`If-None-Match`)".into(),
                service_url: self.aggregate_url.clone(),
                service_headers: vec![format!("If-None-Match: {etag}")],
                reference_url: format!("{nbase}/aggregate.json"),
                reference_headers: vec![format!(
                    "If-None-Match: {}",
                    nginx.etag(&client, "aggregate.json").await?
                )],
                note: "nginx's own ETag".into(),
            });
        }
        if on("directory") {
            cases.push(ReadCase {
                scenario: "directory page `initiatives?limit=50`".into(),
                service_url: self.directory_url.clone(),
                service_headers: vec![],
                reference_url: format!("{nbase}/directory.json"),
                reference_headers: vec![],
                note: format!("{} KiB body, anonymous", self.directory.bytes / 1024),
            });
        }
        if on("report") {
            cases.push(ReadCase {
                scenario: "one report, anonymous".into(),
                service_url: self.report_url.clone(),
                service_headers: vec![],
                reference_url: format!("{nbase}/report.json"),
                reference_headers: vec![],
                note: format!("{} KiB body, public view", self.report.bytes.div_ceil(1024)),
            });
            cases.push(ReadCase {
                scenario: "one report, authenticated".into(),
                service_url: self.report_url.clone(),
                service_headers: vec![format!("Authorization: Bearer {}", self.editor)],
                reference_url: format!("{nbase}/report-full.json"),
                reference_headers: vec![],
                note: format!(
                    "{} KiB body, editor's full view (token check + casbin)",
                    self.report_full.bytes.div_ceil(1024)
                ),
            });
        }
        Ok(cases)
    }
}

/// One scenario at one concurrency: the reference, then the service, back to back.
pub async fn measure(
    db: &str,
    case: &ReadCase,
    conns: usize,
    secs: u64,
    pid: u32,
) -> anyhow::Result<Row> {
    let reference = wrk::measure(&case.reference_url, conns, secs, &case.reference_headers).await?;
    reset_peak(pid);
    let service = wrk::measure(&case.service_url, conns, secs, &case.service_headers).await?;
    let rss = peak_rss(pid);
    let mut note = case.note.clone();
    if service.bad > 0 || reference.bad > 0 {
        let _ = write!(
            note,
            " **errors: service {} of {}, nginx {} of {}**",
            service.bad, service.requests, reference.bad, reference.requests
        );
    }
    let row = Row {
        database: db.to_owned(),
        scenario: case.scenario.clone(),
        conns,
        rate: service.rate,
        p50_ms: service.p50_ms,
        p99_ms: service.p99_ms,
        reference: "nginx, same bytes".into(),
        ref_rate: reference.rate,
        ref_p99_ms: reference.p99_ms,
        rss_kib: rss,
        note: note.trim().to_owned(),
    };
    eprintln!(
        "  {} c={conns}: {:.0} req/s p50 {:.2} ms p99 {:.2} ms | nginx {:.0} req/s → {:.2}× | {} | load {}",
        row.scenario,
        row.rate,
        row.p50_ms,
        row.p99_ms,
        row.ref_rate,
        row.ratio(),
        crate::report::mib(row.rss_kib),
        load_average()
    );
    Ok(row)
}
