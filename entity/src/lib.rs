//! SeaORM entities: the registry's tables as types, with no behaviour.
//!
//! Lists and multilingual texts are stored as JSON in `TEXT` columns so the same
//! schema and the same queries work on SQLite and PostgreSQL; the `api` crate
//! parses them into domain types at the boundary.

pub mod aggregate;
pub mod annual_report;
pub mod api_token;
pub mod audit_log;
pub mod casbin_rule;
pub mod committee_member;
pub mod contributes_to;
pub mod contribution;
pub mod email_verification;
pub mod feed;
pub mod idempotency_key;
pub mod initiative;
pub mod invitation;
pub mod job;
pub mod mail_message;
pub mod membership;
pub mod notification_opt_out;
pub mod outbox_event;
pub mod password_reset;
pub mod principles_attestation;
pub mod probe_run;
pub mod recognition_decision;
pub mod report_review;
pub mod report_version;
pub mod scheduled_notice;
pub mod secretariat;
pub mod state_version;
pub mod unsubscribe_token;
pub mod user;
pub mod webhook_attempt;
pub mod webhook_delivery;
pub mod webhook_subscription;
pub mod website_check;
