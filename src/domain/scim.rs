//! SCIM 2.0 provisioning (RFC 7643/7644) as identity providers send it:
//! users become members, groups become teams. Parsed here, once, from the
//! JSON the provider sent, with the quirks Microsoft Entra ID and Okta are
//! known for: booleans as strings ("True"), attribute names in any case,
//! PATCH operations with a `path`, or without one and a value object.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The admin page's view: where the provider sends its requests, and when
/// the token in use was made (none: no token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScimSettings {
    pub address: String,
    pub made_at: Option<i64>,
}

/// Why a SCIM request was refused: the RFC 7644 `scimType` and the detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimError {
    pub status: u16,
    pub scim_type: Option<&'static str>,
    pub detail: String,
}

impl ScimError {
    pub fn invalid(detail: impl Into<String>) -> Self {
        Self { status: 400, scim_type: Some("invalidValue"), detail: detail.into() }
    }
    pub fn syntax(detail: impl Into<String>) -> Self {
        Self { status: 400, scim_type: Some("invalidSyntax"), detail: detail.into() }
    }
    pub fn filter(detail: impl Into<String>) -> Self {
        Self { status: 400, scim_type: Some("invalidFilter"), detail: detail.into() }
    }
    pub fn uniqueness(detail: impl Into<String>) -> Self {
        Self { status: 409, scim_type: Some("uniqueness"), detail: detail.into() }
    }
    pub fn not_found(what: &str) -> Self {
        Self { status: 404, scim_type: None, detail: format!("{what} not found") }
    }
    pub fn mutability(detail: impl Into<String>) -> Self {
        Self { status: 400, scim_type: Some("mutability"), detail: detail.into() }
    }
}

/// A person as SCIM shows them: `id` is the account's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimUser {
    pub id: i64,
    pub user_name: String,
    pub display_name: String,
    pub external_id: Option<String>,
    pub active: bool,
}

/// A team as SCIM shows it: `id` is the team's id; members are (id, name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimGroup {
    pub id: i64,
    pub display_name: String,
    pub external_id: Option<String>,
    pub members: Vec<(i64, String)>,
}

/// A group as the provider describes it (POST and PUT bodies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupIn {
    pub display_name: String,
    pub external_id: Option<String>,
    pub members: Vec<String>,
}

impl GroupIn {
    pub fn parse(body: &Value) -> Result<Self, ScimError> {
        let display_name = field(body, "displayName").ok_or_else(|| ScimError::invalid("displayName is required"))?;
        let display_name = text(display_name, "displayName")?;
        let external_id = field(body, "externalId").filter(|v| !v.is_null()).map(|v| text(v, "externalId")).transpose()?;
        let members = field(body, "members").filter(|v| !v.is_null()).map(member_ids).transpose()?.unwrap_or_default();
        Ok(Self { display_name, external_id, members })
    }
}

/// A field of `obj` by name, whatever its case (SCIM attribute names are
/// case-insensitive, and providers differ).
fn field<'a>(obj: &'a Value, name: &str) -> Option<&'a Value> {
    obj.as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

/// A boolean, also as the strings Entra ID sends ("True", "False").
pub fn boolean(v: &Value) -> Result<bool, ScimError> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
        other => Err(ScimError::invalid(format!("expected a boolean, got {other}"))),
    }
}

fn text(v: &Value, what: &str) -> Result<String, ScimError> {
    v.as_str().map(|s| s.trim().to_owned()).ok_or_else(|| ScimError::invalid(format!("{what} must be a string")))
}

/// A user as the provider describes it (POST and PUT bodies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserIn {
    /// `userName`: the e-mail address people sign in with.
    pub user_name: String,
    pub display_name: Option<String>,
    pub external_id: Option<String>,
    pub active: bool,
}

impl UserIn {
    pub fn parse(body: &Value) -> Result<Self, ScimError> {
        let user_name = field(body, "userName").ok_or_else(|| ScimError::invalid("userName is required"))?;
        let user_name = text(user_name, "userName")?;
        let display_name = display_name(body)?;
        let external_id = field(body, "externalId").filter(|v| !v.is_null()).map(|v| text(v, "externalId")).transpose()?;
        let active = field(body, "active").filter(|v| !v.is_null()).map(boolean).transpose()?.unwrap_or(true);
        Ok(Self { user_name, display_name, external_id, active })
    }
}

/// The name to show: `displayName`, else `name.formatted`, else given and
/// family names joined.
fn display_name(body: &Value) -> Result<Option<String>, ScimError> {
    if let Some(v) = field(body, "displayName").filter(|v| !v.is_null()) {
        return Ok(Some(text(v, "displayName")?).filter(|s| !s.is_empty()));
    }
    let Some(name) = field(body, "name").filter(|v| v.is_object()) else { return Ok(None) };
    if let Some(v) = field(name, "formatted").filter(|v| !v.is_null()) {
        return Ok(Some(text(v, "name.formatted")?).filter(|s| !s.is_empty()));
    }
    let part = |n: &str| field(name, n).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    let joined = [part("givenName"), part("familyName")].into_iter().flatten().collect::<Vec<_>>().join(" ");
    Ok(Some(joined).filter(|s| !s.is_empty()))
}

/// What a PATCH of a user changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserPatch {
    pub active: Option<bool>,
    pub display_name: Option<String>,
    pub external_id: Option<String>,
}

/// What a PATCH of a group changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupPatch {
    pub display_name: Option<String>,
    pub external_id: Option<String>,
    pub add: Vec<String>,
    pub remove: Vec<String>,
    /// `replace` of all members.
    pub members: Option<Vec<String>>,
}

/// One operation of a PATCH body.
struct Op<'a> {
    op: String,
    path: Option<String>,
    value: Option<&'a Value>,
}

fn operations(body: &Value) -> Result<Vec<Op<'_>>, ScimError> {
    let ops = field(body, "Operations").and_then(Value::as_array).ok_or_else(|| ScimError::syntax("a PATCH body needs Operations"))?;
    ops.iter()
        .map(|o| {
            let op = field(o, "op")
                .and_then(Value::as_str)
                .ok_or_else(|| ScimError::syntax("every operation needs an op"))?
                .to_ascii_lowercase();
            if !["add", "replace", "remove"].contains(&op.as_str()) {
                return Err(ScimError::syntax(format!("unknown op {op}")));
            }
            let path = field(o, "path").and_then(Value::as_str).map(str::to_owned);
            Ok(Op { op, path, value: field(o, "value") })
        })
        .collect()
}

impl UserPatch {
    pub fn parse(body: &Value) -> Result<Self, ScimError> {
        let mut patch = UserPatch::default();
        for op in operations(body)? {
            match (&op.path, op.value) {
                // Okta: no path, the value an object of attributes.
                (None, Some(obj)) if obj.is_object() => {
                    for (k, v) in obj.as_object().into_iter().flatten() {
                        patch.set(k, v)?;
                    }
                }
                (Some(path), Some(v)) if op.op != "remove" => patch.set(path, v)?,
                (Some(path), _) if op.op == "remove" && path.eq_ignore_ascii_case("externalId") => patch.external_id = Some(String::new()),
                _ => return Err(ScimError::invalid("an operation Mistvine cannot apply to a user")),
            }
        }
        Ok(patch)
    }

    fn set(&mut self, path: &str, v: &Value) -> Result<(), ScimError> {
        match path.to_ascii_lowercase().as_str() {
            "active" => self.active = Some(boolean(v)?),
            "displayname" | "name.formatted" => self.display_name = Some(text(v, path)?),
            "externalid" => self.external_id = Some(text(v, path)?),
            "name" => self.display_name = display_name(&serde_json::json!({ "name": v }))?,
            // Attributes Mistvine does not keep (titles, phone numbers,
            // addresses…) are accepted and ignored, as RFC 7644 allows a
            // service provider to.
            _ => {}
        }
        Ok(())
    }
}

/// The member ids of a `members` value: `[{"value": "42"}, …]`.
fn member_ids(v: &Value) -> Result<Vec<String>, ScimError> {
    let list = v.as_array().ok_or_else(|| ScimError::invalid("members must be a list"))?;
    list.iter()
        .map(|m| match field(m, "value") {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(Value::Number(n)) => Ok(n.to_string()),
            _ => Err(ScimError::invalid("every member needs a value (the user's id)")),
        })
        .collect()
}

impl GroupPatch {
    pub fn parse(body: &Value) -> Result<Self, ScimError> {
        let mut patch = GroupPatch::default();
        for op in operations(body)? {
            let path = op.path.as_deref().map(str::to_ascii_lowercase);
            match (op.op.as_str(), path.as_deref(), op.value) {
                ("add", Some("members"), Some(v)) => patch.add.extend(member_ids(v)?),
                ("replace", Some("members"), Some(v)) => patch.members = Some(member_ids(v)?),
                ("remove", Some("members"), Some(v)) => patch.remove.extend(member_ids(v)?),
                // Entra ID: `members[value eq "42"]`.
                ("remove", Some(p), None) if p.starts_with("members[") => {
                    patch.remove.push(filter_value(op.path.as_deref().unwrap_or_default())?)
                }
                ("remove", Some("members"), None) => patch.members = Some(Vec::new()),
                ("add" | "replace", Some("displayname"), Some(v)) => patch.display_name = Some(text(v, "displayName")?),
                ("add" | "replace", Some("externalid"), Some(v)) => patch.external_id = Some(text(v, "externalId")?),
                // Okta: no path, a value object (`{"id": …, "displayName": …}`).
                ("add" | "replace", None, Some(obj)) if obj.is_object() => {
                    if let Some(v) = field(obj, "displayName") {
                        patch.display_name = Some(text(v, "displayName")?);
                    }
                    if let Some(v) = field(obj, "externalId") {
                        patch.external_id = Some(text(v, "externalId")?);
                    }
                    if let Some(v) = field(obj, "members") {
                        if op.op == "add" {
                            patch.add.extend(member_ids(v)?);
                        } else {
                            patch.members = Some(member_ids(v)?);
                        }
                    }
                }
                _ => return Err(ScimError::invalid("an operation Mistvine cannot apply to a group")),
            }
        }
        Ok(patch)
    }
}

/// The quoted value of `attr[value eq "x"]` or of a filter.
fn filter_value(expr: &str) -> Result<String, ScimError> {
    let start = expr.find('"').ok_or_else(|| ScimError::filter(format!("no quoted value in {expr}")))?;
    let rest = &expr[start + 1..];
    let end = rest.find('"').ok_or_else(|| ScimError::filter(format!("unterminated value in {expr}")))?;
    Ok(rest[..end].to_owned())
}

/// The filters providers send to find what exists before they create it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    UserName(String),
    ExternalId(String),
    DisplayName(String),
}

impl Filter {
    /// `attribute eq "value"`; `None` for no filter.
    pub fn parse(raw: Option<&str>) -> Result<Option<Self>, ScimError> {
        let Some(raw) = raw.map(str::trim).filter(|s| !s.is_empty()) else { return Ok(None) };
        let mut words = raw.splitn(3, char::is_whitespace);
        let (attr, op) = (words.next().unwrap_or_default(), words.next().unwrap_or_default());
        if !op.eq_ignore_ascii_case("eq") {
            return Err(ScimError::filter(format!("only `eq` filters are supported, not {raw}")));
        }
        let value = filter_value(words.next().unwrap_or_default())?;
        Ok(Some(match attr.to_ascii_lowercase().as_str() {
            "username" => Self::UserName(value),
            "externalid" => Self::ExternalId(value),
            "displayname" => Self::DisplayName(value),
            _ => return Err(ScimError::filter(format!("cannot filter on {attr}"))),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn entra_ids_string_booleans_and_paths_and_oktas_value_objects_read_the_same() {
        let entra = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "Replace", "path": "active", "value": "False"}]});
        let okta = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "value": {"active": false}}]});
        assert_eq!(UserPatch::parse(&entra).unwrap().active, Some(false));
        assert_eq!(UserPatch::parse(&okta).unwrap().active, Some(false));
        let rename = json!({"Operations": [{"op": "replace", "path": "displayName", "value": "Ada L."}]});
        assert_eq!(UserPatch::parse(&rename).unwrap().display_name.as_deref(), Some("Ada L."));
        assert!(UserPatch::parse(&json!({"Operations": [{"op": "move"}]})).is_err());
        assert!(UserPatch::parse(&json!({})).is_err());
    }

    #[test]
    fn a_user_reads_its_name_from_whichever_field_the_provider_fills() {
        let okta = json!({"userName": "ada@acme.test", "name": {"givenName": "Ada", "familyName": "Lovelace"}, "active": true});
        let u = UserIn::parse(&okta).unwrap();
        assert_eq!((u.user_name.as_str(), u.display_name.as_deref(), u.active), ("ada@acme.test", Some("Ada Lovelace"), true));
        let entra = json!({"UserName": "bo@acme.test", "displayName": "Bo", "externalId": "e-1", "active": "True"});
        let u = UserIn::parse(&entra).unwrap();
        assert_eq!((u.display_name.as_deref(), u.external_id.as_deref(), u.active), (Some("Bo"), Some("e-1"), true));
        assert_eq!(UserIn::parse(&json!({"displayName": "x"})).unwrap_err().scim_type, Some("invalidValue"));
    }

    #[test]
    fn group_members_are_added_and_removed_the_ways_both_providers_say_it() {
        let entra = json!({"Operations": [
            {"op": "Add", "path": "members", "value": [{"value": "7"}]},
            {"op": "Remove", "path": "members[value eq \"8\"]"}]});
        let p = GroupPatch::parse(&entra).unwrap();
        assert_eq!((p.add, p.remove), (vec!["7".to_owned()], vec!["8".to_owned()]));
        let okta = json!({"Operations": [
            {"op": "remove", "path": "members", "value": [{"value": "9"}]},
            {"op": "replace", "value": {"id": "3", "displayName": "Core"}}]});
        let p = GroupPatch::parse(&okta).unwrap();
        assert_eq!((p.remove, p.display_name), (vec!["9".to_owned()], Some("Core".to_owned())));
    }

    #[test]
    fn filters_are_eq_on_names_and_external_ids() {
        assert_eq!(Filter::parse(Some("userName eq \"ada@acme.test\"")).unwrap(), Some(Filter::UserName("ada@acme.test".into())));
        assert_eq!(Filter::parse(Some("externalId eq \"x-1\"")).unwrap(), Some(Filter::ExternalId("x-1".into())));
        assert_eq!(Filter::parse(None).unwrap(), None);
        assert_eq!(Filter::parse(Some("userName sw \"a\"")).unwrap_err().scim_type, Some("invalidFilter"));
        assert!(Filter::parse(Some("title eq \"x\"")).is_err());
    }
}
