//! The service layer: how the registry changes, one module per resource.
//!
//! A service function takes a [`Unit`] (one unit of work) and does one thing
//! a user asks for: it loads what it needs, asks `authz`, applies the domain
//! rules, writes with compare-and-set, and records its audit record and
//! outbox events on the unit. The caller — an HTTP handler, a page, the CLI,
//! the demo or an import — then calls [`Unit::commit`], which writes the
//! audit records and events in the change's own transaction, commits, and
//! wakes this process's worker. Dropping a unit without committing rolls
//! everything back: the change, its audit records and its events go together
//! or not at all.
//!
//! Only this layer (and the worker's storage code) builds `ActiveModel`s;
//! handlers parse, call one service, and answer.
pub mod aggregates;
pub mod audit;
pub mod awaiting_review;
pub mod committee;
pub mod contributes_to;
pub mod countries;
pub mod decisions;
pub mod email_verifications;
pub mod export;
pub mod idempotency;
pub mod import;
pub mod initiatives;
pub mod invitations;
pub mod jobs;
pub mod members;
pub mod notifications;
pub mod passwords;
pub mod principles;
pub mod rate_limits;
pub mod recognition;
pub mod reports;
pub mod restore;
pub mod secretariat;
pub mod store;
pub mod subscriptions;
pub mod tokens;
pub mod users;
pub mod versions;

use crate::audit::Change;
use crate::auth::Caller;
use crate::authz::{Action, Authz};
use crate::problem::ApiError;
use chrono::Utc;
use domain::events::OutboxEvent;
use entity::{audit_log, initiative, outbox_event};
use sea_orm::{DatabaseConnection, DatabaseTransaction, EntityTrait, Set};

/// What a read needs: a connection, the access rules and who asks.
pub struct Reader<'a> {
    pub db: &'a DatabaseConnection,
    pub authz: &'a Authz,
    pub caller: &'a Caller,
}

impl Reader<'_> {
    /// Refuses unless the caller may do `action` on `ini`.
    pub async fn authorize(&self, ini: &initiative::Model, action: Action) -> Result<(), ApiError> {
        self.authz.decide(&self.caller.principal, ini, action).await
    }
}

/// One unit of work: a transaction, who acts, and the audit records and
/// outbox events its changes produce, written together at [`Unit::commit`].
pub struct Unit {
    txn: DatabaseTransaction,
    caller: Caller,
    authz: Authz,
    audit: Vec<audit_log::ActiveModel>,
    events: Vec<outbox_event::ActiveModel>,
    /// The shared counters this unit's changes move when it commits.
    moves: Vec<versions::Counter>,
    /// A job was queued: wake the worker at commit.
    queued: bool,
}

impl Unit {
    /// Begins a unit of work for `caller` on `db`, a connection that may
    /// write (the process's writer, `db::Db::write`), holding the write lock
    /// from the start on SQLite (see `worker::write`).
    pub async fn begin(
        db: &DatabaseConnection,
        authz: &Authz,
        caller: &Caller,
    ) -> Result<Self, ApiError> {
        Ok(Self::within(worker::write::begin(db).await?, authz, caller))
    }

    /// A unit of work on a transaction already begun (a whole import, the
    /// demo's load): its changes commit with whatever else `txn` holds.
    pub fn within(txn: DatabaseTransaction, authz: &Authz, caller: &Caller) -> Self {
        Self {
            txn,
            caller: caller.clone(),
            authz: authz.clone(),
            audit: Vec::new(),
            events: Vec::new(),
            moves: Vec::new(),
            queued: false,
        }
    }

    /// The unit's transaction, for the queries of a service.
    pub fn txn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// Who acts.
    pub fn caller(&self) -> &Caller {
        &self.caller
    }

    /// If nobody is signed in (a sign-up, the holder of a mailed link, the
    /// command line), the unit acts from here on as `account`: its audit
    /// records name it. A signed-in caller stays who it is. Services only.
    pub(super) fn act_as_if_anonymous(&mut self, account: &entity::user::Model) {
        if matches!(self.caller.principal, crate::auth::Principal::Anonymous) {
            self.caller.principal = crate::auth::Principal::User(crate::auth::User {
                id: account.id,
                email: account.email.clone(),
                name: account.name.clone(),
                platform_role: None,
                token_id: 0,
            });
        }
    }

    /// The access rules, for decisions beyond [`Unit::authorize`].
    pub fn authz(&self) -> &Authz {
        &self.authz
    }

    /// Refuses unless the caller may do `action` on `ini` (401, 403 or 404,
    /// as `authz` decides).
    pub async fn authorize(&self, ini: &initiative::Model, action: Action) -> Result<(), ApiError> {
        self.authz.decide(&self.caller.principal, ini, action).await
    }

    /// Records `change` in the audit log when the unit commits.
    pub fn audit(&mut self, change: Change<'_>) {
        let actor = self.caller.principal.user();
        self.audit.push(audit_log::ActiveModel {
            at: Set(Utc::now()),
            actor_id: Set(actor.map(|u| u.id)),
            actor_email: Set(actor.map(|u| u.email.clone())),
            initiative_id: Set(change.initiative.map(|i| i.id)),
            initiative_slug: Set(change.initiative.map(|i| i.slug.clone())),
            action: Set(change.action.to_owned()),
            target: Set(change.target),
            before: Set(change.before.map(|v| v.to_string())),
            after: Set(change.after.map(|v| v.to_string())),
            request_id: Set(self.caller.request_id.clone()),
            ..Default::default()
        });
    }

    /// Tells the worker about `event` on `ini` when the unit commits.
    pub fn emit(&mut self, ini: &initiative::Model, event: OutboxEvent) {
        self.events.push(outbox_event::ActiveModel {
            kind: Set(event.kind().to_owned()),
            initiative_id: Set(ini.id),
            year: Set(event.year()),
            payload: Set(event.payload(&ini.slug).to_string()),
            created_at: Set(Utc::now()),
            ..Default::default()
        });
    }

    /// Marks the unit as changing who holds which role (or what a role
    /// reaches): at commit it moves the policy counter, so every API process
    /// reloads its access policy before its next authenticated request.
    pub fn changes_policy(&mut self) {
        self.will_move(versions::Counter::Policy);
    }

    /// Marks the unit as invalidating verified tokens (a revocation, a
    /// password reset): at commit it moves the tokens counter, so every API
    /// process empties its verified-token cache before its next request.
    pub fn revokes_tokens(&mut self) {
        self.will_move(versions::Counter::Tokens);
    }

    fn will_move(&mut self, counter: versions::Counter) {
        if !self.moves.contains(&counter) {
            self.moves.push(counter);
        }
    }

    /// Queues `job` in the unit's transaction; the worker is woken at commit.
    pub async fn enqueue(&mut self, job: &domain::jobs::Job) -> Result<(), ApiError> {
        worker::queue::enqueue(&self.txn, job).await?;
        self.queued = true;
        Ok(())
    }

    /// Stores message `m` and queues its sending in the unit's transaction
    /// (unless one with its dedupe key was stored before); the worker is
    /// woken at commit.
    pub async fn mail(&mut self, m: &worker::mail::Composed) -> Result<bool, ApiError> {
        let queued = worker::mail::queue(&self.txn, m).await?;
        self.queued |= queued;
        Ok(queued)
    }

    /// Writes the audit records and outbox events in the change's transaction
    /// (one statement each, per 500 rows), moves the shared counters it
    /// marked, commits, and — when there were events or jobs — wakes this
    /// process's worker, so it follows up at once.
    #[tracing::instrument(skip(self), fields(audit = self.audit.len(), events = self.events.len()))]
    pub async fn commit(self) -> Result<(), ApiError> {
        let woken = !self.events.is_empty() || self.queued;
        for batch in batches(self.audit) {
            audit_log::Entity::insert_many(batch)
                .exec_without_returning(&self.txn)
                .await?;
        }
        for batch in batches(self.events) {
            outbox_event::Entity::insert_many(batch)
                .exec_without_returning(&self.txn)
                .await?;
        }
        for counter in self.moves {
            versions::bump(&self.txn, counter).await?;
        }
        self.txn.commit().await?;
        if woken {
            worker::wake();
        }
        Ok(())
    }
}

/// Rows in batches small enough for one statement's bound parameters on
/// both databases (SQLite allows 32,766; a batch of these rows uses under
/// 6,000): an import writes thousands of audit records in one unit.
fn batches<T>(mut rows: Vec<T>) -> Vec<Vec<T>> {
    const ROWS: usize = 500;
    let mut out = Vec::with_capacity(rows.len().div_ceil(ROWS));
    while !rows.is_empty() {
        let rest = rows.split_off(rows.len().min(ROWS));
        out.push(std::mem::replace(&mut rows, rest));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Principal;
    use migration::{Migrator, MigratorTrait};
    use sea_orm::{ActiveModelTrait, ConnectOptions, ConnectionTrait, Database, PaginatorTrait};

    async fn database() -> (DatabaseConnection, Authz) {
        // One connection: every connection to `sqlite::memory:` is a database of its own.
        let mut opts = ConnectOptions::new("sqlite::memory:");
        opts.max_connections(1);
        let db = Database::connect(opts).await.unwrap();
        Migrator::up(&db, None).await.unwrap();
        let authz = Authz::new(db.clone()).await.unwrap();
        (db, authz)
    }

    fn operator() -> Caller {
        Caller {
            principal: Principal::Anonymous,
            request_id: "test".into(),
        }
    }

    /// A change, its audit record and its outbox event, all on `uow`.
    async fn create_initiative(uow: &mut Unit, slug: &str) -> initiative::Model {
        let now = Utc::now();
        let ini = initiative::ActiveModel {
            slug: Set(slug.into()),
            name: Set("Test IGF".into()),
            kind: Set("national".into()),
            country: Set(Some("LR".into())),
            coverage: Set("[]".into()),
            un_region: Set("africa".into()),
            description: Set("{}".into()),
            working_languages: Set("[\"en\"]".into()),
            social_links: Set("{}".into()),
            status: Set("applicant".into()),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(uow.txn())
        .await
        .unwrap();
        uow.audit(Change {
            initiative: Some(&ini),
            action: "initiative.create",
            target: format!("initiative/{slug}"),
            before: None,
            after: None,
        });
        uow.emit(
            &ini,
            OutboxEvent::WebsiteChanged {
                website: Some("https://example.org".into()),
            },
        );
        ini
    }

    async fn counts(db: &DatabaseConnection) -> (u64, u64, u64) {
        (
            initiative::Entity::find().count(db).await.unwrap(),
            audit_log::Entity::find().count(db).await.unwrap(),
            outbox_event::Entity::find().count(db).await.unwrap(),
        )
    }

    #[tokio::test]
    async fn a_change_its_audit_record_and_its_event_commit_together_and_wake_the_worker() {
        let (db, authz) = database().await;
        let mut woken = worker::wakes();
        woken.mark_unchanged();
        let mut uow = Unit::begin(&db, &authz, &operator()).await.unwrap();
        create_initiative(&mut uow, "test-igf").await;
        assert!(!woken.has_changed().unwrap(), "woken before the commit");
        uow.commit().await.unwrap();
        assert!(
            woken.has_changed().unwrap(),
            "commit() did not wake the worker"
        );
        assert_eq!(counts(&db).await, (1, 1, 1));
        let ev = outbox_event::Entity::find()
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(ev.kind, "initiative.website_changed");
        assert!(OutboxEvent::from_stored(&ev.kind, &ev.payload).is_ok());
    }

    #[tokio::test]
    async fn a_failure_after_the_audit_write_leaves_neither_change_nor_record() {
        let (db, authz) = database().await;
        // The outbox refuses every event: the commit fails after the audit
        // records are written, inside the same transaction.
        db.execute_unprepared(
            "CREATE TRIGGER refuse_events BEFORE INSERT ON outbox_events \
             BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;",
        )
        .await
        .unwrap();
        let mut uow = Unit::begin(&db, &authz, &operator()).await.unwrap();
        create_initiative(&mut uow, "test-igf").await;
        let err = uow.commit().await.unwrap_err();
        assert_eq!(err.status(), poem::http::StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(counts(&db).await, (0, 0, 0));
    }

    #[tokio::test]
    async fn a_unit_dropped_without_commit_rolls_everything_back() {
        let (db, authz) = database().await;
        {
            let mut uow = Unit::begin(&db, &authz, &operator()).await.unwrap();
            create_initiative(&mut uow, "test-igf").await;
            // A service's error returns here, before commit().
        }
        assert_eq!(counts(&db).await, (0, 0, 0));
    }
}
