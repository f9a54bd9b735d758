//! The NRI Registry service: configuration, startup, HTTP routes, access
//! control and the domain rules. `main.rs` only parses flags and dispatches.
pub mod audit;
pub mod auth;
pub mod authz;
pub mod boundary;
pub mod cli;
pub mod config;
pub mod db;
pub mod db_watch;
pub mod demo;
pub mod domain;
pub mod export;
pub mod http;
pub mod import;
pub mod middleware;
pub mod pagination;
pub mod payload;
pub mod probes;
pub mod problem;
pub mod routes;
pub mod service;
pub mod startup;
pub mod state;
pub mod stored;
pub mod synthetic;
pub mod telemetry;
pub mod web;
