pub mod admin;
pub mod auth;
pub mod home;
pub mod join;
pub mod not_found;
pub mod team;
pub mod teams;
