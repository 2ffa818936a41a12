//! The scorecard's words in the reader's language: the dimensions, their
//! statements and advice, the bands of the spectrum and the agreement
//! scale (`domain::scorecard` holds only their ids and the rules).

use crate::domain::scorecard::{Band, Dimension};
use crate::t;

pub fn dimension(d: Dimension) -> String {
    match d {
        Dimension::StrategicClarity => t!("scorecard-strategic-clarity"),
        Dimension::DecisionAutonomy => t!("scorecard-decision-autonomy"),
        Dimension::ContextFlow => t!("scorecard-context-flow"),
        Dimension::ExecutionVelocity => t!("scorecard-execution-velocity"),
    }
}

pub fn question(d: Dimension) -> String {
    match d {
        Dimension::StrategicClarity => t!("scorecard-strategic-clarity-question"),
        Dimension::DecisionAutonomy => t!("scorecard-decision-autonomy-question"),
        Dimension::ContextFlow => t!("scorecard-context-flow-question"),
        Dimension::ExecutionVelocity => t!("scorecard-execution-velocity-question"),
    }
}

/// What to do first when `d` is the weakest dimension.
pub fn advice(d: Dimension) -> String {
    match d {
        Dimension::StrategicClarity => t!("scorecard-strategic-clarity-advice"),
        Dimension::DecisionAutonomy => t!("scorecard-decision-autonomy-advice"),
        Dimension::ContextFlow => t!("scorecard-context-flow-advice"),
        Dimension::ExecutionVelocity => t!("scorecard-execution-velocity-advice"),
    }
}

/// A statement by its id in `domain::scorecard::INSTRUMENT`.
pub fn statement(id: &str) -> String {
    match id {
        "sc1" => t!("scorecard-sc1"),
        "sc2" => t!("scorecard-sc2"),
        "sc3" => t!("scorecard-sc3"),
        "sc4" => t!("scorecard-sc4"),
        "sc5" => t!("scorecard-sc5"),
        "da1" => t!("scorecard-da1"),
        "da2" => t!("scorecard-da2"),
        "da3" => t!("scorecard-da3"),
        "da4" => t!("scorecard-da4"),
        "da5" => t!("scorecard-da5"),
        "cf1" => t!("scorecard-cf1"),
        "cf2" => t!("scorecard-cf2"),
        "cf3" => t!("scorecard-cf3"),
        "cf4" => t!("scorecard-cf4"),
        "cf5" => t!("scorecard-cf5"),
        "ev1" => t!("scorecard-ev1"),
        "ev2" => t!("scorecard-ev2"),
        "ev3" => t!("scorecard-ev3"),
        "ev4" => t!("scorecard-ev4"),
        "ev5" => t!("scorecard-ev5"),
        other => other.to_owned(),
    }
}

pub fn band(b: Band) -> String {
    match b {
        Band::Directive => t!("scorecard-band-directive"),
        Band::Guided => t!("scorecard-band-guided"),
        Band::Aligned => t!("scorecard-band-aligned"),
        Band::Autonomous => t!("scorecard-band-autonomous"),
    }
}

/// What a band means for how an organisation works.
pub fn band_meaning(b: Band) -> String {
    match b {
        Band::Directive => t!("scorecard-band-directive-meaning"),
        Band::Guided => t!("scorecard-band-guided-meaning"),
        Band::Aligned => t!("scorecard-band-aligned-meaning"),
        Band::Autonomous => t!("scorecard-band-autonomous-meaning"),
    }
}

pub fn band_next(b: Band) -> String {
    match b {
        Band::Directive => t!("scorecard-band-directive-next"),
        Band::Guided => t!("scorecard-band-guided-next"),
        Band::Aligned => t!("scorecard-band-aligned-next"),
        Band::Autonomous => t!("scorecard-band-autonomous-next"),
    }
}

/// A point of the agreement scale, 1 to 5.
pub fn agreement(value: u8) -> String {
    match value {
        1 => t!("scorecard-agree-1"),
        2 => t!("scorecard-agree-2"),
        3 => t!("scorecard-agree-3"),
        4 => t!("scorecard-agree-4"),
        _ => t!("scorecard-agree-5"),
    }
}
