//! Beginning a transaction that writes. On SQLite it is `BEGIN IMMEDIATE`: it
//! takes the write lock at once, waiting out the busy timeout while another
//! connection or process holds it. A plain (deferred) `BEGIN` reads first and
//! asks for the lock only at its first write; if another process committed
//! in between, SQLite answers `SQLITE_BUSY` at once, without waiting, since no
//! wait can refresh the transaction's stale snapshot. On PostgreSQL it is a
//! plain `BEGIN`. Every top-level transaction that may write begins here;
//! savepoints inside one (`txn.begin()`) need nothing more.
use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbErr, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
};

/// Begins a transaction on `db` that holds the write lock from its start.
pub async fn begin(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}
