//! How domain values are stored: ids as integers, enums as their lower-case
//! names. Written against any sqlx database whose integers and text behave
//! alike, so a second engine can share them. A stored value that is not a
//! known name is a decoding error that names the column and the value.

use crate::domain::boost::BoostState;
use crate::domain::ids::{
    BoostId, InviteId, KeyResultId, ObjectiveId, OrgId, PppItemId, PppUpdateId, SurveyId, TeamId, UserId, WaveId,
};
use crate::domain::org::Role;
use crate::domain::ppp::Section;
use crate::domain::wave::WaveState;
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Type};

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

stored_as_integer!(UserId, OrgId, TeamId, InviteId, WaveId, ObjectiveId, KeyResultId, BoostId, PppUpdateId, PppItemId, SurveyId);

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
    super::objectives::KrKindName => "key_results.kind",
);

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::Connection;

    #[tokio::test]
    async fn names_and_ids_round_trip_and_a_bad_name_says_where_it_came_from() {
        let mut conn = sqlx::SqliteConnection::connect("sqlite::memory:").await.unwrap();
        let (state, id): (WaveState, TeamId) =
            sqlx::query_as("SELECT ?, ?").bind(WaveState::Reflecting).bind(TeamId(42)).fetch_one(&mut conn).await.unwrap();
        assert_eq!((state, id), (WaveState::Reflecting, TeamId(42)));
        let stored: String = sqlx::query_scalar("SELECT ?").bind(Role::Leader).fetch_one(&mut conn).await.unwrap();
        assert_eq!(stored, "leader");
        let err = sqlx::query_scalar::<_, BoostState>("SELECT 'paused'").fetch_one(&mut conn).await.unwrap_err();
        let text = err.to_string();
        assert!(text.contains("\"paused\"") && text.contains("boosts.state"), "{text}");
    }
}
