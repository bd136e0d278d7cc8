//! Tab models: plain data computed once per change of filter, year or data, which
//! the UI only borrows to draw.

pub mod business;
pub mod catalogue_roles;
pub mod chart_scale;
pub mod compare;
pub mod cooperation;
pub mod data_rows;
pub mod goal_status;
pub mod model_scope;
pub mod programme;
pub mod pyramid;
pub mod review;
pub mod scorecard;
pub mod technology;
pub mod time_series;
