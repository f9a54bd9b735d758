//! One subscriber set-up shared by the binary and the tests.
use tracing_subscriber::{EnvFilter, fmt, prelude::*};

/// Log format chosen by `NRI_LOG_FORMAT` (`text`, the default, or `json`).
/// Logs go to stderr, so what a command prints on stdout stays clean.
pub fn init(default_filter: &str) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    let json = std::env::var("NRI_LOG_FORMAT").is_ok_and(|v| v.eq_ignore_ascii_case("json"));
    let registry = tracing_subscriber::registry().with(filter);
    // `try_init`: tests call this once per test; only the first wins.
    let _ = if json {
        registry
            .with(
                fmt::layer()
                    .json()
                    .with_current_span(true)
                    .with_writer(std::io::stderr),
            )
            .try_init()
    } else {
        registry
            .with(fmt::layer().with_target(false).with_writer(std::io::stderr))
            .try_init()
    };
}
