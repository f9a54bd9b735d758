//! One subscriber set-up shared by the binary and the tests.
use tracing_appender::non_blocking::{NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::{EnvFilter, fmt, prelude::*};

/// The log writer's thread, kept while this is held: dropping it writes out
/// what is still buffered. `main` holds it until the process ends.
#[must_use = "dropping it stops the log writer"]
pub struct Flush {
    _writer: Option<WorkerGuard>,
}

/// Log format chosen by `NRI_LOG_FORMAT` (`text`, the default, or `json`).
/// Logs go to stderr, so what a command prints on stdout stays clean,
/// through a writer thread of their own: a request's access log line is
/// queued, never written on the request's path (a full queue, 128,000
/// lines behind, makes the next line wait rather than be lost).
pub fn init(default_filter: &str) -> Flush {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    let json = std::env::var("NRI_LOG_FORMAT").is_ok_and(|v| v.eq_ignore_ascii_case("json"));
    let (stderr, guard) = NonBlockingBuilder::default()
        .lossy(false)
        .thread_name("nri-log")
        .finish(std::io::stderr());
    let registry = tracing_subscriber::registry().with(filter);
    // `try_init`: tests call this once per test; only the first wins.
    let installed = if json {
        registry
            .with(
                fmt::layer()
                    .json()
                    .with_current_span(true)
                    .with_writer(stderr),
            )
            .try_init()
    } else {
        registry
            .with(fmt::layer().with_target(false).with_writer(stderr))
            .try_init()
    };
    Flush {
        _writer: installed.is_ok().then_some(guard),
    }
}
