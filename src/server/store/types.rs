//! How domain values are stored: ids as integers, enums as their lower-case
//! names. Written against any sqlx database whose integers and text behave
//! alike, so a second engine can share them. A stored value that is not a
//! known name is a decoding error that names the column and the value.

use crate::domain::boost::BoostState;
use crate::domain::ids::{
    BoostId, ImportId, InviteId, KeyResultId, ObjectiveId, OrgId, PppItemId, PppUpdateId, ProposalId, SurveyId, TeamId, UserId, WaveId,
};
use crate::domain::key_result::KrKind;
use crate::domain::org::Role;
use crate::domain::ppp::Section;
use crate::domain::wave::WaveState;
use chrono::NaiveDate;
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Type};

/// The `kind` column of `key_results`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KrKindName {
    Numeric,
    Percentage,
    Milestone,
}

impl KrKindName {
    pub const ALL: [KrKindName; 3] = [KrKindName::Numeric, KrKindName::Percentage, KrKindName::Milestone];

    pub fn as_str(self) -> &'static str {
        match self {
            KrKindName::Numeric => "numeric",
            KrKindName::Percentage => "percentage",
            KrKindName::Milestone => "milestone",
        }
    }

    pub(super) fn of(kind: &KrKind) -> Self {
        match kind {
            KrKind::Numeric { .. } => KrKindName::Numeric,
            KrKind::Percentage { .. } => KrKindName::Percentage,
            KrKind::Milestone => KrKindName::Milestone,
        }
    }

    /// The kind a stored row describes.
    pub fn kind(self, start: f64, target: f64, unit: &str) -> KrKind {
        match self {
            KrKindName::Numeric => KrKind::Numeric { start, target, unit: unit.to_owned() },
            KrKindName::Percentage => KrKind::Percentage { start, target },
            KrKindName::Milestone => KrKind::Milestone,
        }
    }
}

macro_rules! stored_as_integer {
    ($($t:ident),* $(,)?) => {$(
        impl<DB: Database> Type<DB> for $t where i64: Type<DB> {
            fn type_info() -> DB::TypeInfo {
                <i64 as Type<DB>>::type_info()
            }
            fn compatible(ty: &DB::TypeInfo) -> bool {
                <i64 as Type<DB>>::compatible(ty)
            }
        }
        impl<'q, DB: Database> Encode<'q, DB> for $t where i64: Encode<'q, DB> {
            fn encode_by_ref(&self, buf: &mut <DB as Database>::ArgumentBuffer<'q>) -> Result<IsNull, BoxDynError> {
                <i64 as Encode<'q, DB>>::encode_by_ref(&self.0, buf)
            }
        }
        impl<'r, DB: Database> Decode<'r, DB> for $t where i64: Decode<'r, DB> {
            fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
                <i64 as Decode<'r, DB>>::decode(value).map($t)
            }
        }
    )*};
}

stored_as_integer!(
    UserId,
    OrgId,
    TeamId,
    InviteId,
    WaveId,
    ObjectiveId,
    KeyResultId,
    BoostId,
    PppUpdateId,
    PppItemId,
    SurveyId,
    ImportId,
    ProposalId
);

/// A yes/no stored as 0 or 1 on both engines (what SQLite has; PostgreSQL's
/// booleans would decode differently through `Any`). Rows read one with
/// `#[sqlx(try_from = "Flag")]` into a `bool`; SQL writes `CASE WHEN … THEN 1 ELSE 0 END`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flag(pub bool);

impl From<Flag> for bool {
    fn from(f: Flag) -> bool {
        f.0
    }
}

impl<DB: Database> Type<DB> for Flag
where
    i64: Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <i64 as Type<DB>>::type_info()
    }
    fn compatible(ty: &DB::TypeInfo) -> bool {
        <i64 as Type<DB>>::compatible(ty)
    }
}
impl<'r, DB: Database> Decode<'r, DB> for Flag
where
    i64: Decode<'r, DB>,
{
    fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
        <i64 as Decode<'r, DB>>::decode(value).map(|v| Flag(v != 0))
    }
}

/// A calendar day, stored as `YYYY-MM-DD` text on both engines (sqlx's
/// `Any` driver has no date type; text also sorts and compares by day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day(pub NaiveDate);

impl<DB: Database> Type<DB> for Day
where
    str: Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <str as Type<DB>>::type_info()
    }
    fn compatible(ty: &DB::TypeInfo) -> bool {
        <str as Type<DB>>::compatible(ty)
    }
}
impl<'q, DB: Database> Encode<'q, DB> for Day
where
    String: Encode<'q, DB>,
{
    fn encode_by_ref(&self, buf: &mut <DB as Database>::ArgumentBuffer<'q>) -> Result<IsNull, BoxDynError> {
        <String as Encode<'q, DB>>::encode(self.0.format("%Y-%m-%d").to_string(), buf)
    }
}
impl<'r, DB: Database> Decode<'r, DB> for Day
where
    &'r str: Decode<'r, DB>,
{
    fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
        let raw = <&'r str as Decode<'r, DB>>::decode(value)?;
        NaiveDate::parse_from_str(raw, "%Y-%m-%d").map(Day).map_err(|_| format!("stored day {raw:?} is not YYYY-MM-DD").into())
    }
}

/// `$t` has `ALL` and `as_str()`; `$column` names where it is stored, for the error.
macro_rules! stored_as_name {
    ($($t:ty => $column:literal),* $(,)?) => {$(
        impl<DB: Database> Type<DB> for $t where str: Type<DB> {
            fn type_info() -> DB::TypeInfo {
                <str as Type<DB>>::type_info()
            }
            fn compatible(ty: &DB::TypeInfo) -> bool {
                <str as Type<DB>>::compatible(ty)
            }
        }
        impl<'q, DB: Database> Encode<'q, DB> for $t where &'q str: Encode<'q, DB> {
            fn encode_by_ref(&self, buf: &mut <DB as Database>::ArgumentBuffer<'q>) -> Result<IsNull, BoxDynError> {
                let name: &'q str = self.as_str();
                <&'q str as Encode<'q, DB>>::encode_by_ref(&name, buf)
            }
        }
        impl<'r, DB: Database> Decode<'r, DB> for $t where &'r str: Decode<'r, DB> {
            fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
                let raw = <&'r str as Decode<'r, DB>>::decode(value)?;
                <$t>::ALL
                    .into_iter()
                    .find(|v| v.as_str() == raw)
                    .ok_or_else(|| format!("unknown value {raw:?} stored in {}", $column).into())
            }
        }
    )*};
}

stored_as_name!(
    WaveState => "waves.state",
    Role => "memberships.role",
    BoostState => "boosts.state or boost_events.state",
    Section => "ppp_items.section",
    KrKindName => "key_results.kind",
);

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::Connection;

    #[tokio::test]
    async fn names_and_ids_round_trip_and_a_bad_name_says_where_it_came_from() {
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect("sqlite::memory:").await.unwrap();
        let (state, id): (WaveState, TeamId) =
            sqlx::query_as("SELECT $1, $2").bind(WaveState::Reflecting).bind(TeamId(42)).fetch_one(&mut conn).await.unwrap();
        assert_eq!((state, id), (WaveState::Reflecting, TeamId(42)));
        let stored: String = sqlx::query_scalar("SELECT $1").bind(Role::Leader).fetch_one(&mut conn).await.unwrap();
        assert_eq!(stored, "leader");
        let err = sqlx::query_scalar::<_, BoostState>("SELECT 'paused'").fetch_one(&mut conn).await.unwrap_err();
        let text = err.to_string();
        assert!(text.contains("\"paused\"") && text.contains("boosts.state"), "{text}");
    }
}
