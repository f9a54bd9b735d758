//! The shared version counters (`state_versions`): a change that other API
//! processes must act on at their next request moves its counter in its own
//! transaction; every process reads the counters once per authenticated
//! request (`Versions::read`) and reloads what depends on a counter that
//! moved (the access policy, the verified-token cache).
use entity::state_version;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// What a counter stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counter {
    /// Role grants and anything else the access policy is built from.
    Policy,
    /// Token revocations (and anything else that invalidates a verified token).
    Tokens,
}

impl Counter {
    fn name(self) -> &'static str {
        match self {
            Counter::Policy => "policy",
            Counter::Tokens => "tokens",
        }
    }
}

/// Moves `counter` on `conn`: call it in the transaction of the change, so
/// the counter moves if and only if the change commits.
pub async fn bump(conn: &impl ConnectionTrait, counter: Counter) -> Result<(), DbErr> {
    let done = state_version::Entity::update_many()
        .col_expr(
            state_version::Column::Version,
            Expr::col(state_version::Column::Version).add(1),
        )
        .filter(state_version::Column::Name.eq(counter.name()))
        .exec(conn)
        .await?;
    if done.rows_affected != 1 {
        return Err(DbErr::RecordNotFound(format!(
            "state_versions has no `{}` counter (are the migrations applied?)",
            counter.name()
        )));
    }
    Ok(())
}

/// Both counters as read at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Versions {
    pub policy: i64,
    pub tokens: i64,
}

impl Versions {
    /// Reads both counters in one query.
    pub async fn read(conn: &impl ConnectionTrait) -> Result<Self, DbErr> {
        let rows = state_version::Entity::find().all(conn).await?;
        let of = |counter: Counter| {
            rows.iter()
                .find(|r| r.name == counter.name())
                .map(|r| r.version)
                .ok_or_else(|| {
                    DbErr::RecordNotFound(format!(
                        "state_versions has no `{}` counter",
                        counter.name()
                    ))
                })
        };
        Ok(Self {
            policy: of(Counter::Policy)?,
            tokens: of(Counter::Tokens)?,
        })
    }
}
