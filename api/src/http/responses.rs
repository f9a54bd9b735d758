//! Responses whose variants share a status: one resource in several
//! representations (an aggregate as JSON or CSV, a feed as Atom or JSON
//! Feed). poem-openapi documents each variant as its own response of that
//! status, and a document holds one response per status, so the last variant
//! hid the others' content types (Schemathesis reported `2025.json`
//! answering an undocumented type). [`OneResponsePerStatus`] documents them
//! as one response with every content type.
use poem_openapi::ApiResponse;
use poem_openapi::registry::{MetaResponse, MetaResponses, Registry};

/// `T`, documented with one response per status.
pub struct OneResponsePerStatus<T>(pub T);

impl<T: ApiResponse> ApiResponse for OneResponsePerStatus<T> {
    fn meta() -> MetaResponses {
        let mut merged: Vec<MetaResponse> = Vec::new();
        for r in T::meta().responses {
            match merged
                .iter_mut()
                .find(|m| m.status == r.status && m.status_range == r.status_range)
            {
                Some(m) => {
                    m.content.extend(r.content);
                    // A header only some representations send is optional.
                    for h in &mut m.headers {
                        if !r.headers.iter().any(|o| o.name == h.name) {
                            h.required = false;
                        }
                    }
                    for mut h in r.headers {
                        if !m.headers.iter().any(|o| o.name == h.name) {
                            h.required = false;
                            m.headers.push(h);
                        }
                    }
                }
                None => merged.push(r),
            }
        }
        MetaResponses { responses: merged }
    }

    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

impl<T: poem::IntoResponse> poem::IntoResponse for OneResponsePerStatus<T> {
    fn into_response(self) -> poem::Response {
        self.0.into_response()
    }
}
