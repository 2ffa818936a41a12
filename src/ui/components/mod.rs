pub mod form;
pub mod notice;
