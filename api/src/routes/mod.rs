//! HTTP routes, one module per resource of the SPEC's endpoint table (a
//! folder with one file per group of operations once it grows: `reports/`).
//! A handler parses its input (path parameters as `Slug`/`Year`, bodies
//! through `payload`), calls one function of `crate::service` — which
//! decides access, applies the domain rules and writes on a unit of work —
//! commits the unit, and answers. No handler touches the database.
pub mod aggregates;
pub mod audit;
pub mod awaiting_review;
pub mod committee;
pub mod contributes_to;
pub mod countries;
pub mod decisions;
pub mod email_verifications;
pub mod feeds;
pub mod health;
pub mod initiatives;
pub mod invitations;
pub mod jobs;
pub mod members;
pub mod notifications;
pub mod passwords;
pub mod principles;
pub mod recognition;
pub mod reports;
pub mod secretariat;
pub mod subscriptions;
pub mod tokens;
pub mod users;

use crate::state::AppState;
use poem_openapi::Tags;

pub use crate::http::conditional::{check_if_match, etag};
pub use crate::service::store::{
    compare_and_set, delete_existing, from_json, insert_unless_exists, load_initiative,
    lock_initiative, to_json, update_versioned,
};

#[derive(Tags)]
pub enum Tag {
    /// Registered initiatives and their profiles
    Initiatives,
    /// Secretariat, organising committee and declared links
    Organisation,
    /// Who holds which role in an initiative
    Members,
    /// Annual reports, their workflow and the review queue
    Reports,
    /// Principles, recognition criteria and status decisions
    Recognition,
    /// Accounts and API tokens
    Accounts,
    /// The audit log
    Audit,
    /// Regional and global aggregates of accepted reports
    Aggregates,
    /// The background worker's jobs
    Worker,
}

/// Every API of `/api/v1`, for the OpenAPI service.
pub fn api(state: &AppState) -> impl poem_openapi::OpenApi {
    let s = || state.clone();
    (
        (
            users::Api(s()),
            tokens::Api(s()),
            passwords::Api(s()),
            notifications::Api(s()),
            email_verifications::Api(s()),
        ),
        (
            initiatives::Api(s()),
            initiatives::CsvApi(s()),
            secretariat::Api(s()),
            committee::Api(s()),
            contributes_to::Api(s()),
        ),
        (
            members::Api(s()),
            invitations::Api(s()),
            decisions::Api(s()),
            audit::Api(s()),
        ),
        (
            reports::api(state),
            principles::Api(s()),
            recognition::Api(s()),
        ),
        (
            aggregates::Api(s()),
            feeds::Api(s()),
            subscriptions::Api(s()),
            jobs::Api(s()),
        ),
        (countries::Api(s()), awaiting_review::Api(s())),
    )
}
