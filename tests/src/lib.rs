//! Black-box tests live in `api/`. This library holds only what the
//! benchmark binaries (`nri-bench`, `nri-load`) share.
pub mod stats;
