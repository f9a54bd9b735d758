//! The black-box suite: every module drives the real server over HTTP. One
//! binary, compiled once. Each test gets its own database: a temporary SQLite
//! file, or a fresh PostgreSQL database when `NRI_TEST_DATABASE_URL` is set.
mod helpers;

mod access;
mod accounts;
mod aggregate_csv;
mod at_risk;
mod audit;
mod browser;
mod compilation;
mod compression;
mod concurrency;
mod contract;
mod demo;
mod export;
mod hostile_input;
mod import;
mod l10n;
mod mail;
mod mail_l10n;
mod multiprocess;
mod names;
mod notifications;
mod outage;
mod outbound;
mod pages;
mod phone;
mod principles;
mod reports;
mod rules;
mod secretariat_path;
mod security_auth;
mod smtp;
mod sqlite_writers;
mod statement_budget;
mod verification;
mod version_diff;
mod worker;
mod worker_probes;

mod dashboards;
mod history;
mod idle_worker;
mod job_order;
mod map;
mod page_weight;
