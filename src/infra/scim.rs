//! SCIM 2.0 over HTTP (RFC 7644) at `/scim/v2`: `Users`, `Groups`, and
//! the discovery documents `ServiceProviderConfig`, `Schemas` and
//! `ResourceTypes`. Every call carries the organisation's bearer token
//! (made on the admin page); answers are `application/scim+json`, errors in
//! SCIM's error shape. The rules are `server::service::scim`.

use crate::domain::scim::{Filter, GroupIn, GroupPatch, ScimError, ScimGroup, ScimUser, UserIn, UserPatch};
use crate::infra::ctx::AppState;
use crate::server::service::scim::{self, Provisioner};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use serde_json::{json, Value};

const USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
const LIST: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const ERROR: &str = "urn:ietf:params:scim:api:messages:2.0:Error";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/ServiceProviderConfig", get(service_provider_config))
        .route("/Schemas", get(schemas))
        .route("/ResourceTypes", get(resource_types))
        .route("/Users", get(list_users).post(create_user))
        .route("/Users/{id}", get(get_user).put(replace_user).patch(patch_user).delete(delete_user))
        .route("/Groups", get(list_groups).post(create_group))
        .route("/Groups/{id}", get(get_group).put(replace_group).patch(patch_group).delete(delete_group))
}

fn scim_json(status: StatusCode, body: Value) -> Response {
    let mut r = (status, body.to_string()).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/scim+json"));
    r
}

fn error(e: ScimError) -> Response {
    let mut body = json!({ "schemas": [ERROR], "status": e.status.to_string(), "detail": e.detail });
    if let Some(t) = e.scim_type {
        body["scimType"] = json!(t);
    }
    let mut r = scim_json(StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST), body);
    if e.status == 401 {
        r.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"scim\""));
    }
    r
}

/// The caller's organisation from its bearer token; a wrong or missing
/// token is a 401 that says nothing more.
async fn provisioner(state: &AppState, headers: &HeaderMap) -> Result<Provisioner, ScimError> {
    let unauthorised = || ScimError { status: 401, scim_type: None, detail: "a valid SCIM bearer token is required".into() };
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(unauthorised)?;
    scim::provisioner(&state.ctx, bearer).await?.ok_or_else(unauthorised)
}

fn base(state: &AppState) -> String {
    format!("{}/scim/v2", state.ctx.settings.site_base())
}

fn user_json(u: &ScimUser, base: &str) -> Value {
    let mut v = json!({
        "schemas": [USER],
        "id": u.id.to_string(),
        "userName": u.user_name,
        "displayName": u.display_name,
        "name": { "formatted": u.display_name },
        "emails": [{ "value": u.user_name, "type": "work", "primary": true }],
        "active": u.active,
        "meta": { "resourceType": "User", "location": format!("{base}/Users/{}", u.id) },
    });
    if let Some(x) = &u.external_id {
        v["externalId"] = json!(x);
    }
    v
}

fn group_json(g: &ScimGroup, base: &str) -> Value {
    let members: Vec<Value> = g
        .members
        .iter()
        .map(|(id, name)| json!({ "value": id.to_string(), "display": name, "$ref": format!("{base}/Users/{id}") }))
        .collect();
    let mut v = json!({
        "schemas": [GROUP],
        "id": g.id.to_string(),
        "displayName": g.display_name,
        "members": members,
        "meta": { "resourceType": "Group", "location": format!("{base}/Groups/{}", g.id) },
    });
    if let Some(x) = &g.external_id {
        v["externalId"] = json!(x);
    }
    v
}

fn list(total: i64, start: i64, items: Vec<Value>) -> Response {
    scim_json(
        StatusCode::OK,
        json!({ "schemas": [LIST], "totalResults": total, "startIndex": start, "itemsPerPage": items.len(), "Resources": items }),
    )
}

/// The body, read by `parse` once it is JSON.
fn body<T>(bytes: &Bytes, parse: fn(&Value) -> Result<T, ScimError>) -> Result<T, ScimError> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| ScimError::syntax(format!("the body is not JSON: {e}")))?;
    parse(&value)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListQuery {
    filter: Option<String>,
    start_index: Option<i64>,
    count: Option<i64>,
}

/// The value, or an answer with the SCIM error a refusal is.
macro_rules! attempt {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return error(e),
        }
    };
}

async fn list_users(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<ListQuery>) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let filter = attempt!(Filter::parse(q.filter.as_deref()));
    let start = q.start_index.unwrap_or(1).max(1);
    let (total, users) = attempt!(scim::users(&state.ctx, p, filter.as_ref(), start, q.count.unwrap_or(100)).await);
    let base = base(&state);
    list(total, start, users.iter().map(|u| user_json(u, &base)).collect())
}

async fn get_user(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let u = attempt!(scim::user(&state.ctx, p, &id).await);
    scim_json(StatusCode::OK, user_json(&u, &base(&state)))
}

async fn create_user(State(state): State<AppState>, headers: HeaderMap, bytes: Bytes) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let input = attempt!(body(&bytes, UserIn::parse));
    let u = attempt!(scim::create_user(&state.ctx, p, input).await);
    scim_json(StatusCode::CREATED, user_json(&u, &base(&state)))
}

async fn replace_user(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>, bytes: Bytes) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let input = attempt!(body(&bytes, UserIn::parse));
    let u = attempt!(scim::replace_user(&state.ctx, p, &id, input).await);
    scim_json(StatusCode::OK, user_json(&u, &base(&state)))
}

async fn patch_user(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>, bytes: Bytes) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let patch = attempt!(body(&bytes, UserPatch::parse));
    let u = attempt!(scim::patch_user(&state.ctx, p, &id, patch).await);
    scim_json(StatusCode::OK, user_json(&u, &base(&state)))
}

async fn delete_user(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    attempt!(scim::delete_user(&state.ctx, p, &id).await);
    StatusCode::NO_CONTENT.into_response()
}

async fn list_groups(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<ListQuery>) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let filter = attempt!(Filter::parse(q.filter.as_deref()));
    let start = q.start_index.unwrap_or(1).max(1);
    let (total, groups) = attempt!(scim::groups(&state.ctx, p, filter.as_ref(), start, q.count.unwrap_or(100)).await);
    let base = base(&state);
    list(total, start, groups.iter().map(|g| group_json(g, &base)).collect())
}

async fn get_group(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let g = attempt!(scim::group(&state.ctx, p, &id).await);
    scim_json(StatusCode::OK, group_json(&g, &base(&state)))
}

async fn create_group(State(state): State<AppState>, headers: HeaderMap, bytes: Bytes) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let input = attempt!(body(&bytes, GroupIn::parse));
    let g = attempt!(scim::create_group(&state.ctx, p, input).await);
    scim_json(StatusCode::CREATED, group_json(&g, &base(&state)))
}

async fn replace_group(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>, bytes: Bytes) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let input = attempt!(body(&bytes, GroupIn::parse));
    let patch = GroupPatch {
        display_name: Some(input.display_name),
        external_id: input.external_id,
        members: Some(input.members),
        ..Default::default()
    };
    let g = attempt!(scim::patch_group(&state.ctx, p, &id, patch).await);
    scim_json(StatusCode::OK, group_json(&g, &base(&state)))
}

async fn patch_group(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>, bytes: Bytes) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    let patch = attempt!(body(&bytes, GroupPatch::parse));
    let g = attempt!(scim::patch_group(&state.ctx, p, &id, patch).await);
    scim_json(StatusCode::OK, group_json(&g, &base(&state)))
}

async fn delete_group(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let p = attempt!(provisioner(&state, &headers).await);
    attempt!(scim::delete_group(&state.ctx, p, &id).await);
    StatusCode::NO_CONTENT.into_response()
}

/// What this server supports (RFC 7643 §5): PATCH and filters yes; bulk,
/// sort, ETags and password changes no.
async fn service_provider_config(State(state): State<AppState>, headers: HeaderMap) -> Response {
    attempt!(provisioner(&state, &headers).await);
    scim_json(
        StatusCode::OK,
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
            "patch": { "supported": true },
            "bulk": { "supported": false, "maxOperations": 0, "maxPayloadSize": 0 },
            "filter": { "supported": true, "maxResults": 200 },
            "changePassword": { "supported": false },
            "sort": { "supported": false },
            "etag": { "supported": false },
            "authenticationSchemes": [{
                "type": "oauthbearertoken",
                "name": "Bearer token",
                "description": "The organisation's SCIM token, made on Mistvine's admin page.",
                "primary": true,
            }],
        }),
    )
}

async fn schemas(State(state): State<AppState>, headers: HeaderMap) -> Response {
    attempt!(provisioner(&state, &headers).await);
    let attr = |name: &str, kind: &str, required: bool| {
        json!({ "name": name, "type": kind, "multiValued": false, "required": required, "caseExact": false,
                "mutability": "readWrite", "returned": "default", "uniqueness": if name == "userName" { "server" } else { "none" } })
    };
    let user = json!({ "id": USER, "name": "User", "description": "A member of the organisation",
        "attributes": [attr("userName", "string", true), attr("displayName", "string", false), attr("externalId", "string", false), attr("active", "boolean", false)] });
    let group = json!({ "id": GROUP, "name": "Group", "description": "A team",
        "attributes": [attr("displayName", "string", true), attr("externalId", "string", false),
            json!({ "name": "members", "type": "complex", "multiValued": true, "required": false, "mutability": "readWrite", "returned": "default" })] });
    list(2, 1, vec![user, group])
}

async fn resource_types(State(state): State<AppState>, headers: HeaderMap) -> Response {
    attempt!(provisioner(&state, &headers).await);
    let kind = |name: &str, endpoint: &str, schema: &str| json!({ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"], "id": name, "name": name, "endpoint": endpoint, "schema": schema });
    list(2, 1, vec![kind("User", "/Users", USER), kind("Group", "/Groups", GROUP)])
}
