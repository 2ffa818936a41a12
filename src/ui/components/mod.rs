pub mod form;
pub mod heat_map;
pub mod kr_chart;
pub mod kr_fields;
pub mod notice;
pub mod ppp_view;
pub mod progress;
pub mod scorecard_chart;
