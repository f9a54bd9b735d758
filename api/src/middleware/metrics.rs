//! Prometheus metrics of the HTTP layer, served at `/metrics`.
use prometheus::{HistogramOpts, HistogramVec, IntCounter, IntCounterVec, Opts, Registry};
use std::time::Duration;

#[derive(Clone)]
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    statements: IntCounterVec,
    password_verifications: IntCounter,
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new(
                "nri_http_requests_total",
                "HTTP requests by method, operation and status",
            ),
            &["method", "operation", "status"],
        )
        .expect("valid metric");
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "nri_http_request_duration_seconds",
                "HTTP request latency by operation",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
            ]),
            &["operation"],
        )
        .expect("valid metric");
        let statements = IntCounterVec::new(
            Opts::new(
                "nri_db_statements_total",
                "SQL statements sent while serving requests, by operation (transaction control not counted)",
            ),
            &["operation"],
        )
        .expect("valid metric");
        let password_verifications = IntCounter::new(
            "nri_password_verifications_total",
            "Argon2 password verifications run for sign-ins (known accounts or not)",
        )
        .expect("valid metric");
        registry
            .register(Box::new(requests.clone()))
            .expect("registered once");
        registry
            .register(Box::new(latency.clone()))
            .expect("registered once");
        registry
            .register(Box::new(statements.clone()))
            .expect("registered once");
        registry
            .register(Box::new(password_verifications.clone()))
            .expect("registered once");
        Self {
            registry,
            requests,
            latency,
            statements,
            password_verifications,
        }
    }

    /// Counts one Argon2 verification of a sign-in's password.
    pub fn password_verified(&self) {
        self.password_verifications.inc();
    }

    /// Counts one answered request: its status, how long it took and how
    /// many SQL statements it sent.
    pub fn observe(
        &self,
        method: &str,
        operation: &str,
        status: u16,
        elapsed: Duration,
        statements: u64,
    ) {
        self.requests
            .with_label_values(&[method, operation, &status.to_string()])
            .inc();
        self.latency
            .with_label_values(&[operation])
            .observe(elapsed.as_secs_f64());
        self.statements
            .with_label_values(&[operation])
            .inc_by(statements);
    }

    /// The HTTP layer's metric families (`routes::health::metrics` adds the rest).
    pub fn families(&self) -> Vec<prometheus::proto::MetricFamily> {
        self.registry.gather()
    }

    /// The HTTP layer's metrics alone, in the text exposition format.
    pub fn render(&self) -> String {
        worker::metrics::render(self.families())
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
