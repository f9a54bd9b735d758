//! The response caches, held in `AppState` (one per application, so several
//! applications in one process, as in the tests, never share entries). Each
//! entry is kept with the stored version it was rendered from and is served
//! only while that version is current; the caller revalidates it.
use super::body::{Encoded, SharedBody};
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

/// The most bytes the aggregate cache holds (JSON, its encoded forms and
/// CSV); the least recently used entries go first.
const AGGREGATE_BYTES: usize = 32 * 1024 * 1024;

/// The most directory pages kept (their keys include the visitor's search
/// text, so the set is not bounded by the data).
const DIRECTORY_PAGES: usize = 1024;

/// The most bytes the cache of rendered CSV companions of aggregates holds
/// (it starts afresh when full).
const COMPANION_BYTES: usize = 32 * 1024 * 1024;

/// An aggregate's scope key and year.
pub type AggregateKey = (String, i32);

/// A stored aggregate as last read, with when it was last compared with the
/// stored ETag.
pub struct CachedAggregate {
    pub etag: String,
    /// The JSON, with its stored Brotli and gzip forms.
    pub json: Encoded,
    pub csv: SharedBody,
    pub len: usize,
    pub checked: Instant,
    /// The in-process worker's store count when it was last checked.
    pub generation: u64,
    pub used: Instant,
    /// Whether the row was read with every coded form it will have: the
    /// worker stores a body's Brotli and gzip forms just after the body, so
    /// one read in between is read again once they may be there.
    pub coded: bool,
}

/// An aggregate and the name of one of its CSV companions.
type CompanionKey = (AggregateKey, &'static str);

/// A rendered companion: the ETag it was rendered for, its bytes, their length.
type RenderedCompanion = (String, SharedBody, usize);

#[derive(Default)]
pub struct ResponseCaches {
    aggregates: Mutex<HashMap<AggregateKey, CachedAggregate>>,
    /// Anonymous directory pages by filter, with the state of the
    /// initiatives table they were rendered from.
    directory: Mutex<HashMap<String, (String, SharedBody)>>,
    /// Rendered CSV companions of aggregates (key messages, who is missing)
    /// by aggregate and companion, with their ETag and length.
    companions: Mutex<HashMap<CompanionKey, RenderedCompanion>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl ResponseCaches {
    /// The cached aggregates, to read or update an entry.
    pub fn aggregates(&self) -> MutexGuard<'_, HashMap<AggregateKey, CachedAggregate>> {
        lock(&self.aggregates)
    }

    /// Adds an aggregate, evicting the least recently used ones beyond the byte budget.
    pub fn remember_aggregate(&self, key: AggregateKey, entry: CachedAggregate) {
        let mut c = self.aggregates();
        c.insert(key, entry);
        let mut total: usize = c.values().map(|e| e.len).sum();
        while total > AGGREGATE_BYTES && c.len() > 1 {
            let Some((oldest, len)) = c
                .iter()
                .min_by_key(|(_, e)| e.used)
                .map(|(k, e)| (k.clone(), e.len))
            else {
                break;
            };
            c.remove(&oldest);
            total -= len;
        }
    }

    /// The directory page for `key`, if it was rendered from `state`.
    pub fn directory_page(&self, key: &str, state: &str) -> Option<SharedBody> {
        lock(&self.directory)
            .get(key)
            .filter(|(seen, _)| seen == state)
            .map(|(_, body)| body.clone())
    }

    /// Keeps a rendered directory page (starting afresh when full).
    pub fn remember_directory_page(&self, key: String, state: String, body: SharedBody) {
        let mut pages = lock(&self.directory);
        if pages.len() >= DIRECTORY_PAGES {
            pages.clear();
        }
        pages.insert(key, (state, body));
    }
}

impl ResponseCaches {
    /// The companion `name` of aggregate `key`, if it was rendered for `etag`.
    pub fn companion(
        &self,
        key: &AggregateKey,
        name: &'static str,
        etag: &str,
    ) -> Option<SharedBody> {
        lock(&self.companions)
            .get(&(key.clone(), name))
            .filter(|(seen, _, _)| seen == etag)
            .map(|(_, body, _)| body.clone())
    }

    /// Keeps a rendered companion (starting afresh when over the byte budget).
    pub fn remember_companion(
        &self,
        key: AggregateKey,
        name: &'static str,
        etag: String,
        body: SharedBody,
        len: usize,
    ) {
        let mut c = lock(&self.companions);
        let total: usize = c.values().map(|(_, _, n)| n).sum();
        if total + len > COMPANION_BYTES {
            c.clear();
        }
        c.insert((key, name), (etag, body, len));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn body() -> SharedBody {
        Arc::new(poem::Body::empty)
    }

    #[test]
    fn a_directory_page_is_served_only_for_the_state_it_was_rendered_from() {
        let c = ResponseCaches::default();
        c.remember_directory_page("kind=national".into(), "3:7:3".into(), body());
        assert!(c.directory_page("kind=national", "3:7:3").is_some());
        assert!(c.directory_page("kind=national", "4:8:4").is_none());
        assert!(c.directory_page("kind=youth", "3:7:3").is_none());
        for i in 0..DIRECTORY_PAGES + 1 {
            c.remember_directory_page(format!("q={i}"), "s".into(), body());
        }
        assert!(lock(&c.directory).len() <= DIRECTORY_PAGES);
    }

    #[test]
    fn a_companion_is_served_only_for_the_etag_it_was_rendered_for() {
        let c = ResponseCaches::default();
        let key = ("global".to_owned(), 2025);
        c.remember_companion(key.clone(), "missing", "\"a-missing\"".into(), body(), 10);
        assert!(c.companion(&key, "missing", "\"a-missing\"").is_some());
        assert!(c.companion(&key, "missing", "\"b-missing\"").is_none());
        assert!(c.companion(&key, "key-messages", "\"a-missing\"").is_none());
        // Over the budget, it starts afresh.
        let other = ("kind/youth".to_owned(), 2025);
        c.remember_companion(
            other.clone(),
            "missing",
            "\"y\"".into(),
            body(),
            COMPANION_BYTES,
        );
        assert!(c.companion(&key, "missing", "\"a-missing\"").is_none());
        assert!(c.companion(&other, "missing", "\"y\"").is_some());
    }

    #[test]
    fn aggregates_beyond_the_byte_budget_go_least_recently_used_first() {
        let c = ResponseCaches::default();
        let start = Instant::now();
        for (i, year) in [2023, 2024, 2025].into_iter().enumerate() {
            let used = start + std::time::Duration::from_secs(i as u64);
            let entry = CachedAggregate {
                etag: format!("\"{year}\""),
                json: Encoded {
                    plain: body(),
                    br: None,
                    gz: None,
                },
                csv: body(),
                len: AGGREGATE_BYTES / 2,
                checked: used,
                generation: 0,
                used,
                coded: true,
            };
            c.remember_aggregate(("global".into(), year), entry);
        }
        let kept: Vec<i32> = c.aggregates().keys().map(|k| k.1).collect();
        assert!(!kept.contains(&2023), "{kept:?}");
        assert!(kept.contains(&2024) && kept.contains(&2025), "{kept:?}");
    }
}
