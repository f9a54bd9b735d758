//! Cursor pagination shared by every list endpoint: `limit` (1–100, default 50)
//! and an opaque `cursor` that encodes the last key of the previous page.
use crate::problem::ApiError;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, Order, QueryFilter, QueryOrder, QuerySelect, Select,
};

pub const DEFAULT_LIMIT: u64 = 50;
pub const MAX_LIMIT: u64 = 100;

/// A validated page request.
#[derive(Debug, Clone)]
pub struct PageRequest {
    pub limit: u64,
    /// The last key of the previous page, if any.
    pub after: Option<String>,
}

impl PageRequest {
    pub fn parse(limit: Option<u64>, cursor: Option<&str>) -> Result<Self, ApiError> {
        let limit = limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(ApiError::field(
                "limit",
                format!("must be between 1 and {MAX_LIMIT}"),
            ));
        }
        let after = cursor
            .map(|c| {
                URL_SAFE_NO_PAD
                    .decode(c)
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .ok_or_else(|| ApiError::field("cursor", "is not a cursor this service issued"))
            })
            .transpose()?;
        Ok(Self { limit, after })
    }

    /// The numeric key after which to continue.
    pub fn after_id(&self) -> Result<Option<i64>, ApiError> {
        self.after
            .as_deref()
            .map(|a| {
                a.parse()
                    .map_err(|_| ApiError::field("cursor", "is not a cursor this service issued"))
            })
            .transpose()
    }

    /// How many rows to fetch: one more than the page, to know whether another follows.
    pub fn fetch(&self) -> u64 {
        self.limit + 1
    }

    /// One page of `query` ordered by its integer key `id` in `order`,
    /// continuing after the cursor; returns the rows and the next cursor.
    pub async fn by_id<E: EntityTrait>(
        &self,
        query: Select<E>,
        id: E::Column,
        order: Order,
        key: impl Fn(&E::Model) -> i64,
        db: &impl ConnectionTrait,
    ) -> Result<(Vec<E::Model>, Option<String>), ApiError> {
        let mut query = query;
        if let Some(after) = self.after_id()? {
            query = match order {
                Order::Desc => query.filter(id.lt(after)),
                _ => query.filter(id.gt(after)),
            };
        }
        let rows = query
            .order_by(id, order)
            .limit(self.fetch())
            .all(db)
            .await?;
        Ok(self.finish(rows, |r| key(r).to_string()))
    }

    /// Cuts the extra row off and returns the next cursor, if there is a next page.
    pub fn finish<T>(
        &self,
        mut rows: Vec<T>,
        key: impl Fn(&T) -> String,
    ) -> (Vec<T>, Option<String>) {
        if rows.len() as u64 > self.limit {
            rows.truncate(self.limit as usize);
            let next = rows.last().map(|r| URL_SAFE_NO_PAD.encode(key(r)));
            (rows, next)
        } else {
            (rows, None)
        }
    }
}
