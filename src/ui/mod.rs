//! Pages (one module per route) and the small components they share.

pub mod components;
pub mod layout;
pub mod offline;
pub mod pages;
