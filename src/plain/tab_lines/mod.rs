//! Each tab as labelled lines, one file per tab.

pub mod business;
pub mod compare;
pub mod cooperation;
pub mod data;
pub mod overview;
pub mod programme;
pub mod technology;
