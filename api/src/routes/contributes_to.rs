//! `/initiatives/{slug}/contributes-to`: the regional and sub-regional forums an
//! initiative declares it feeds into. The graph stays acyclic: a link that
//! would close a cycle is refused with the path it would close.
use super::Tag;
use crate::auth::Caller;
use crate::domain::InitiativeKind;
use crate::domain::Slug;
use crate::payload::JsonBody;
use crate::problem::ApiError;
use crate::service::{contributes_to, members};
use crate::state::AppState;
use entity::initiative;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use serde::Deserialize;

pub struct Api(pub AppState);

#[derive(Debug, Clone, Object, serde::Serialize)]
pub struct LinkedInitiative {
    pub slug: String,
    pub name: String,
    pub kind: InitiativeKind,
}

#[derive(Debug, Object, serde::Serialize)]
pub struct ContributesTo {
    /// The forums this initiative declares it feeds into.
    pub targets: Vec<LinkedInitiative>,
}

#[derive(Debug, Deserialize, Object)]
#[serde(deny_unknown_fields)]
pub struct ContributesToIn {
    /// Slugs of regional or sub-regional initiatives; replaces the current list.
    pub targets: Vec<String>,
}

fn to_out(targets: &[initiative::Model]) -> Result<ContributesTo, ApiError> {
    Ok(ContributesTo {
        targets: targets
            .iter()
            .map(|t| {
                Ok(LinkedInitiative {
                    slug: t.slug.clone(),
                    name: t.name.clone(),
                    kind: crate::stored::parse::<InitiativeKind>(&t.kind)?,
                })
            })
            .collect::<Result<_, ApiError>>()?,
    })
}

#[OpenApi(prefix_path = "/initiatives", tag = "Tag::Organisation")]
impl Api {
    /// The forums this initiative declares it feeds into
    #[oai(
        path = "/:slug/contributes-to",
        method = "get",
        operation_id = "get_contributes_to"
    )]
    async fn get(&self, caller: Caller, slug: Path<Slug>) -> Result<Json<ContributesTo>, ApiError> {
        let targets = contributes_to::get(&self.0.reader(&caller), slug.0.as_str()).await?;
        Ok(Json(to_out(&targets)?))
    }

    /// Replace the declared links
    #[oai(
        path = "/:slug/contributes-to",
        method = "put",
        operation_id = "put_contributes_to"
    )]
    async fn put(
        &self,
        caller: Caller,
        slug: Path<Slug>,
        body: JsonBody<ContributesToIn>,
    ) -> Result<Json<ContributesTo>, ApiError> {
        let mut uow = self.0.unit(&caller).await?;
        let targets = contributes_to::replace(&mut uow, slug.0.as_str(), &body.0.targets).await?;
        // Forum members' view of reports follows the links.
        members::commit_and_reload_policy(uow).await?;
        Ok(Json(to_out(&targets)?))
    }
}
