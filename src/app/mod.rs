//! The app layer: state, actions, the key table and the tab models (what each tab shows, computed once per change). It reads
//! the data layer's plain results and knows nothing of drawing.

pub mod action;
pub mod cluster_selection;
pub mod effect;
pub mod fuzzy_match;
pub mod key_map;
pub mod key_table;
pub mod loading;
pub mod mode;
pub mod models;
pub mod picker;
pub mod state;
pub mod tab;
pub mod tab_models;
pub mod unreadable_record;
pub mod view_spec;
