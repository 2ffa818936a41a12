//! The names of the domain's values as a reader sees them, in their
//! language (the domain names them in code only).

use crate::domain::org::Role;
use crate::t;

pub fn role(role: Role) -> String {
    match role {
        Role::Owner => t!("role-owner"),
        Role::Admin => t!("role-admin"),
        Role::Leader => t!("role-leader"),
        Role::Member => t!("role-member"),
    }
}
