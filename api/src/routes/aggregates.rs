//! `/aggregates/{scope}/{year}[.json|.csv]`: the regional and global
//! aggregates, read from storage exactly as the worker wrote them (never
//! computed on the request path), with strong ETags: `If-None-Match` gives 304.
//! A scope has one or two segments (`global`, `un-region/africa`,
//! `kind/youth`, `initiative/west-africa-igf`), hence two operations.
//!
//! The stored bytes are served as they are (never parsed and re-serialised)
//! from a small in-process cache that is revalidated against the stored ETag:
//! at once after this process's worker stores an aggregate, and otherwise at
//! most `REVALIDATE_AFTER` after the last check (the bound on how stale an
//! aggregate written by another process can be served; clients themselves
//! may keep one for `max-age=60`).
use super::Tag;
use crate::problem::ApiError;
use crate::state::AppState;
use entity::aggregate;
use poem::{Body, IntoResponse, Response};
use poem_openapi::param::{Header, Path};
use poem_openapi::payload::{Json, Payload, PlainText};
use poem_openapi::registry::{MetaResponses, MetaSchemaRef, Registry};
use poem_openapi::types::{ToJSON, Type};
use poem_openapi::{ApiResponse, OpenApi};
use sea_orm::{EntityTrait, QuerySelect};
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};
use worker::aggregate::Scope;

pub struct Api(pub AppState);

/// Aggregates change when the worker recomputes them; caches revalidate with the ETag.
const CACHE_CONTROL: &str = "public, max-age=60, must-revalidate";

/// How long a cached aggregate is served without asking the database whether
/// its ETag changed (when this process's worker stored nothing meanwhile).
const REVALIDATE_AFTER: Duration = Duration::from_millis(250);

/// The most bytes the cache holds (JSON and CSV); the least recently used
/// entries go first.
const CACHE_BYTES: usize = 32 * 1024 * 1024;

/// Stored bytes, shared by every response that sends them (no copy).
pub type SharedBody = Arc<dyn Fn() -> Body + Send + Sync>;

/// Shares `bytes` between responses.
pub async fn shared(bytes: impl Into<Body>) -> SharedBody {
    // `Body`'s own byte buffer is reference-counted: clone that, not the bytes.
    let bytes = bytes.into().into_bytes().await.unwrap_or_default();
    Arc::new(move || Body::from(bytes.clone()))
}

struct Cached {
    etag: String,
    json: SharedBody,
    csv: SharedBody,
    len: usize,
    /// When the ETag was last compared with the stored one, and the worker's
    /// store count then.
    checked: Instant,
    generation: u64,
    used: Instant,
}

/// Database URL, scope and year: several applications with different
/// databases may share a process (the tests do).
type Key = (String, String, i32);

/// Served aggregates.
static CACHE: LazyLock<Mutex<HashMap<Key, Cached>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

fn cache() -> std::sync::MutexGuard<'static, HashMap<Key, Cached>> {
    CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Adds an entry, evicting the least recently used ones beyond `CACHE_BYTES`.
fn remember(key: Key, entry: Cached) {
    let mut c = cache();
    c.insert(key, entry);
    let mut total: usize = c.values().map(|e| e.len).sum();
    while total > CACHE_BYTES && c.len() > 1 {
        let Some(oldest) = c
            .iter()
            .min_by_key(|(_, e)| e.used)
            .map(|(k, e)| (k.clone(), e.len))
        else {
            break;
        };
        c.remove(&oldest.0);
        total -= oldest.1;
    }
}

/// JSON rendered once and sent as shared bytes, neither parsed nor
/// re-serialised per request. Documented exactly as `Json<T>` is, so the
/// OpenAPI document does not change.
pub struct RenderedJson<T>(SharedBody, PhantomData<fn() -> T>);

impl<T> RenderedJson<T> {
    pub fn new(body: SharedBody) -> Self {
        Self(body, PhantomData)
    }
}

impl<T: ToJSON> RenderedJson<T> {
    /// Renders `value` as `Json(value)` would, once.
    pub async fn render(value: &T) -> Self {
        let bytes = serde_json::to_vec(&value.to_json()).unwrap_or_default();
        Self::new(shared(bytes).await)
    }

    /// The rendered bytes, to keep for later responses.
    pub fn body(&self) -> SharedBody {
        self.0.clone()
    }
}

impl<T: Type> Payload for RenderedJson<T> {
    const CONTENT_TYPE: &'static str = Json::<T>::CONTENT_TYPE;

    fn check_content_type(content_type: &str) -> bool {
        Json::<T>::check_content_type(content_type)
    }

    fn schema_ref() -> MetaSchemaRef {
        <Json<T> as Payload>::schema_ref()
    }

    fn register(registry: &mut Registry) {
        <Json<T> as Payload>::register(registry);
    }
}

impl<T> IntoResponse for RenderedJson<T> {
    fn into_response(self) -> Response {
        Response::builder()
            .content_type(Json::<serde_json::Value>::CONTENT_TYPE)
            .body((self.0)())
    }
}

impl<T: ToJSON> ApiResponse for RenderedJson<T> {
    fn meta() -> MetaResponses {
        <Json<T> as ApiResponse>::meta()
    }

    fn register(registry: &mut Registry) {
        <Json<T> as ApiResponse>::register(registry);
    }
}

/// A stored aggregate, sent exactly as the worker wrote it.
pub type StoredJson = RenderedJson<serde_json::Value>;

/// The CSV representation, sent exactly as stored.
pub struct StoredCsv(SharedBody);

/// Documented as `PlainText<String>` is (the operation sets `text/csv`).
impl Payload for StoredCsv {
    const CONTENT_TYPE: &'static str = PlainText::<String>::CONTENT_TYPE;

    fn check_content_type(content_type: &str) -> bool {
        PlainText::<String>::check_content_type(content_type)
    }

    fn schema_ref() -> MetaSchemaRef {
        PlainText::<String>::schema_ref()
    }
}

impl IntoResponse for StoredCsv {
    fn into_response(self) -> Response {
        Response::builder()
            .content_type(Self::CONTENT_TYPE)
            .body((self.0)())
    }
}

#[derive(ApiResponse)]
pub enum AggregateResponse {
    /// The aggregate (see the worker's `Aggregate`), with `generated_at` and `change_seq`.
    #[oai(status = 200)]
    Json(
        StoredJson,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    /// One row per contributing initiative.
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Csv(
        StoredCsv,
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    /// Unchanged since the ETag sent in `If-None-Match`.
    #[oai(status = 304)]
    NotModified(
        #[oai(header = "ETag")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

impl Api {
    async fn serve(
        &self,
        key: &str,
        year: &str,
        if_none_match: Option<&str>,
    ) -> Result<AggregateResponse, ApiError> {
        let scope = Scope::parse(key).ok_or_else(|| {
            ApiError::field(
                "scope",
                format!("`{key}` is not a scope: use global, un-region/<region>, kind/youth or initiative/<slug>"),
            )
        })?;
        let (year, csv) = match year.rsplit_once('.') {
            Some((y, "json")) => (y, false),
            Some((y, "csv")) => (y, true),
            Some(_) => return Err(ApiError::field("year", "ask for .json or .csv")),
            None => (year, false),
        };
        let year: i32 = year
            .parse()
            .ok()
            .and_then(|y| crate::domain::parse_year(y).ok())
            .ok_or_else(|| {
                ApiError::field(
                    "year",
                    format!("`{year}` is not a year between 1990 and 2100"),
                )
            })?;
        let key = (
            self.0.settings.database.database_url.expose().to_owned(),
            scope.key(),
            year,
        );
        let not_found =
            || ApiError::not_found(format!("no aggregate for `{}` in {year} yet", scope.key()));
        let (stored_etag, json_body, csv_body) = self.current(key).await?.ok_or_else(not_found)?;
        // The CSV is a different representation, so a different ETag.
        let etag = if csv {
            format!("\"{}-csv\"", stored_etag.trim_matches('"'))
        } else {
            stored_etag
        };
        let cache = CACHE_CONTROL.to_owned();
        if if_none_match
            .is_some_and(|sent| sent.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
        {
            return Ok(AggregateResponse::NotModified(etag, cache));
        }
        Ok(if csv {
            AggregateResponse::Csv(StoredCsv(csv_body), etag, cache)
        } else {
            AggregateResponse::Json(StoredJson::new(json_body), etag, cache)
        })
    }

    /// The stored aggregate's ETag and bodies: from the cache while it is
    /// known to be current, otherwise after comparing (only) the stored ETag,
    /// and reading the row only when it changed.
    async fn current(
        &self,
        key: Key,
    ) -> Result<Option<(String, SharedBody, SharedBody)>, ApiError> {
        let generation = worker::aggregation::stored_generation();
        let now = Instant::now();
        let known = {
            let mut c = cache();
            c.get_mut(&key).map(|e| {
                e.used = now;
                let fresh = e.generation == generation && e.checked.elapsed() < REVALIDATE_AFTER;
                (fresh, e.etag.clone(), e.json.clone(), e.csv.clone())
            })
        };
        if let Some((true, etag, json, csv)) = known {
            return Ok(Some((etag, json, csv)));
        }
        let db = &self.0.db;
        let pk = (key.1.clone(), key.2);
        if let Some((_, cached_etag, json, csv)) = known {
            let stored: Option<String> = aggregate::Entity::find_by_id(pk.clone())
                .select_only()
                .column(aggregate::Column::Etag)
                .into_tuple()
                .one(db)
                .await?;
            match stored {
                None => {
                    cache().remove(&key);
                    return Ok(None);
                }
                Some(stored) if stored == cached_etag => {
                    if let Some(e) = cache().get_mut(&key) {
                        e.checked = now;
                        e.generation = generation;
                    }
                    return Ok(Some((cached_etag, json, csv)));
                }
                Some(_) => {}
            }
        }
        let Some(row) = aggregate::Entity::find_by_id(pk).one(db).await? else {
            return Ok(None);
        };
        let len = row.body.len() + row.csv.len();
        let json = shared(row.body).await;
        let csv = shared(row.csv).await;
        remember(
            key,
            Cached {
                etag: row.etag.clone(),
                json: json.clone(),
                csv: csv.clone(),
                len,
                checked: now,
                generation,
                used: now,
            },
        );
        Ok(Some((row.etag, json, csv)))
    }
}

#[OpenApi(prefix_path = "/aggregates", tag = "Tag::Aggregates")]
impl Api {
    /// The global aggregate of a year (`2025`, `2025.json` or `2025.csv`)
    #[oai(
        path = "/global/:year",
        method = "get",
        operation_id = "get_global_aggregate"
    )]
    async fn global(
        &self,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<AggregateResponse, ApiError> {
        self.serve("global", &year.0, if_none_match.0.as_deref())
            .await
    }

    /// The aggregate of a scope and year: `un-region/{region}`, `kind/youth`, `initiative/{slug}`
    #[oai(
        path = "/:kind/:name/:year",
        method = "get",
        operation_id = "get_aggregate"
    )]
    async fn scoped(
        &self,
        kind: Path<String>,
        name: Path<String>,
        year: Path<String>,
        #[oai(name = "If-None-Match")] if_none_match: Header<Option<String>>,
    ) -> Result<AggregateResponse, ApiError> {
        self.serve(
            &format!("{}/{}", kind.0, name.0),
            &year.0,
            if_none_match.0.as_deref(),
        )
        .await
    }
}
