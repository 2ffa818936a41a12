//! Objectives brought in from a spreadsheet: what a file would create and
//! every problem in it (the preview), and the import itself, in one
//! transaction that plans the file again against what exists by then. The
//! rules are `domain::import`'s; reading the file is `server::sheet`'s.

use super::access::Caller;
use super::waves::open_for_objectives;
use crate::domain::ids::{ImportId, ObjectiveId, UserId, WaveId};
use crate::domain::import::items;
use crate::domain::import::starter::Starter;
use crate::domain::import::template::{self, Earlier};
use crate::domain::import::view::{PreviewObjective, UploadPreview};
use crate::domain::import::{plan, Known, Layout, Parent, Plan, Problem};
use crate::domain::wave::{WaveState, WaveSummary};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::sheet::{self, Encoding};
use crate::server::store::{audit, check_ins, imports, objectives, objectives::Scope, orgs, proposals, teams, waves};
use sqlx::AnyConnection;
use std::collections::HashMap;

/// What importing a file into a wave would do.
#[derive(Debug, Clone)]
pub struct Preview {
    pub wave: WaveSummary,
    /// How the file was read (a CSV file not in UTF-8 is said so).
    pub encoding: Encoding,
    pub plan: Plan,
    /// People's names and the wave's objectives' titles, as read for the
    /// plan: the import page names owners and parents by them.
    pub names: HashMap<UserId, String>,
    pub titles: HashMap<ObjectiveId, String>,
}

/// What an import created: the plan it carried out (of which `proposed`
/// team objectives went to their teams as proposals).
#[derive(Debug, Clone)]
pub struct Imported {
    pub plan: Plan,
    pub encoding: Encoding,
    pub proposed: usize,
}

impl Imported {
    /// Objectives created (proposals aside).
    pub fn created(&self) -> usize {
        self.plan.objectives.len() - self.proposed
    }
}

/// What `bytes` would create in `wave`, and every problem in them. Writes nothing.
pub async fn preview(ctx: &ServerCtx, caller: &Caller, wave: WaveId, bytes: &[u8]) -> Result<Preview, AppError> {
    let mut conn = super::read(ctx).await?;
    prepare(&mut conn, ctx, caller, wave, bytes, false).await
}

/// Creates what the file holds, all or nothing: a file with any problem
/// (by the time it runs) creates nothing and is refused.
pub async fn import(ctx: &ServerCtx, caller: &Caller, wave: WaveId, bytes: &[u8]) -> Result<Imported, AppError> {
    let mut tx = super::write(ctx).await?;
    let imported = import_in(&mut tx, ctx, caller, wave, bytes, false).await?;
    tx.commit().await?;
    Ok(imported)
}

/// Keeps a file uploaded on the import page, for its preview and then its
/// import (`preview_upload`, `import_upload`). The name is the file's own,
/// without any folder a browser may send.
pub async fn upload(ctx: &ServerCtx, caller: &Caller, wave: WaveId, file_name: &str, bytes: &[u8]) -> Result<ImportId, AppError> {
    keep(ctx, caller, wave, file_name, bytes, false).await
}

/// Keeps an upload; with `proposes`, its team objectives will be proposed
/// to their teams rather than created.
async fn keep(ctx: &ServerCtx, caller: &Caller, wave: WaveId, file_name: &str, bytes: &[u8], proposes: bool) -> Result<ImportId, AppError> {
    if bytes.is_empty() {
        return Err(AppError::Invalid { field: "file".into(), message: msg!("import-choose-file") });
    }
    let mut tx = super::write(ctx).await?;
    open_for_objectives(&mut tx, caller.org_id, wave).await?;
    let name: String = file_name.rsplit(['/', '\\']).next().unwrap_or_default().trim().chars().take(200).collect();
    let id = imports::insert(&mut tx, (caller.org_id, caller.user_id, wave), &name, bytes, proposes, ctx.now()).await?;
    tx.commit().await?;
    Ok(id)
}

/// What the caller's upload `id` would do, worded for the import page. A
/// file that cannot be read, or a wave that closed meanwhile, is the
/// preview's one problem.
pub async fn preview_upload(ctx: &ServerCtx, caller: &Caller, id: ImportId) -> Result<UploadPreview, AppError> {
    let mut conn = super::read(ctx).await?;
    let upload = kept(&mut conn, ctx, caller, id).await?;
    let wave = super::waves::get(&mut conn, caller.org_id, upload.wave).await?;
    let (read_as, plan, names, titles) = match prepare(&mut conn, ctx, caller, upload.wave, &upload.content, upload.proposes).await {
        Ok(p) => (p.encoding.note(), p.plan, p.names, p.titles),
        Err(AppError::Invalid { message, .. } | AppError::Conflict(message)) => {
            let plan = Plan { problems: vec![Problem { row: None, column: None, message }], ..Plan::default() };
            (None, plan, HashMap::new(), HashMap::new())
        }
        Err(e) => return Err(e),
    };
    Ok(UploadPreview {
        id,
        objectives: PreviewObjective::all_of(&plan, |o| titles.get(&o).cloned(), |u| names.get(&u).cloned()),
        wave,
        file_name: upload.file_name,
        read_as,
        already: plan.already,
        problems: plan.problems,
        unknown_people: plan.unknown_people,
        imported: upload.imported_at.is_some(),
        proposes: upload.proposes,
    })
}

/// Imports the caller's upload `id`, once: the wave it was uploaded for
/// and what was created.
pub async fn import_upload(ctx: &ServerCtx, caller: &Caller, id: ImportId) -> Result<(WaveId, Imported), AppError> {
    let mut tx = super::write(ctx).await?;
    let upload = kept(&mut tx, ctx, caller, id).await?;
    if !imports::mark_imported(&mut tx, caller.org_id, id, ctx.now()).await? {
        return Err(AppError::Conflict(msg!("import-done-already")));
    }
    let imported = import_in(&mut tx, ctx, caller, upload.wave, &upload.content, upload.proposes).await?;
    tx.commit().await?;
    Ok((upload.wave, imported))
}

/// The wave to start `wave` from: the latest that starts before it and
/// has objectives.
pub async fn earlier_wave(ctx: &ServerCtx, caller: &Caller, wave: WaveId) -> Result<Option<WaveSummary>, AppError> {
    let mut conn = super::read(ctx).await?;
    // (None too for a wave of another organisation.)
    waves::latest_with_objectives_before(&mut *conn, caller.org_id, wave).await
}

/// Starts `wave` from the earlier wave's structure: its wave objectives
/// (and, with `with_teams`, the team objectives aligned to them, of teams
/// not archived, as proposals for their teams to edit and adopt) become an
/// upload, previewed and imported like any file. Leaders only.
pub async fn from_earlier(ctx: &ServerCtx, caller: &Caller, wave: WaveId, with_teams: bool) -> Result<ImportId, AppError> {
    if !caller.role.can_lead() {
        return Err(AppError::forbidden(msg!("forbidden-only-leaders-admins-do")));
    }
    let mut conn = super::read(ctx).await?;
    let Some(from) = waves::latest_with_objectives_before(&mut *conn, caller.org_id, wave).await? else {
        return Err(AppError::Conflict(msg!("import-no-earlier-wave")));
    };
    let org = caller.org_id;
    let mut whys = objectives::whys(&mut *conn, org, from.id).await?;
    let earlier: Vec<Earlier> = objectives::summaries(&mut conn, org, from.id, Scope::Wave)
        .await?
        .into_iter()
        .map(|o| Earlier {
            why: whys.remove(&o.id).unwrap_or_default(),
            id: o.id,
            title: o.title,
            team: o.team.map(|t| t.name),
            parent: o.parent_id,
            krs: o.krs.into_iter().map(|k| (k.title, k.kind, k.weight)).collect(),
        })
        .collect();
    let active: Vec<String> =
        teams::list(&mut *conn, org, caller.user_id).await?.into_iter().filter(|t| !t.archived).map(|t| t.name).collect();
    drop(conn);
    let rows = template::sheet(&earlier, |team| with_teams && active.iter().any(|w| w == team));
    keep(ctx, caller, wave, &format!("{}.csv", from.name), &sheet::write_csv(rows, b',', false)?, with_teams).await
}

/// Starts `wave` from a starter template, worded in the caller's language:
/// an upload, previewed and imported like any file. Leaders only.
pub async fn from_starter(ctx: &ServerCtx, caller: &Caller, wave: WaveId, starter: Starter) -> Result<ImportId, AppError> {
    if !caller.role.can_lead() {
        return Err(AppError::forbidden(msg!("forbidden-only-leaders-admins-do")));
    }
    let rows = template::sheet(&starter.objectives_in(|m| m.to_string()), |_| false);
    upload(ctx, caller, wave, &format!("{}.csv", starter.name()), &sheet::write_csv(rows, b',', false)?).await
}

async fn kept(conn: &mut AnyConnection, ctx: &ServerCtx, caller: &Caller, id: ImportId) -> Result<imports::Upload, AppError> {
    imports::get(conn, caller.org_id, caller.user_id, id, ctx.now()).await?.ok_or_else(|| AppError::not_found(msg!("what-upload")))
}

/// The import, inside the caller's transaction.
async fn import_in(
    tx: &mut AnyConnection,
    ctx: &ServerCtx,
    caller: &Caller,
    wave: WaveId,
    bytes: &[u8],
    proposes: bool,
) -> Result<Imported, AppError> {
    let Preview { wave, plan, encoding, .. } = prepare(&mut *tx, ctx, caller, wave, bytes, proposes).await?;
    if !plan.problems.is_empty() {
        return Err(AppError::Invalid { field: "file".into(), message: msg!("import-has-problems", count = plan.problems.len()) });
    }
    if plan.objectives.is_empty() {
        return Err(AppError::Conflict(msg!("import-nothing-new", already = plan.already.len())));
    }
    let now = ctx.now();
    // Wave objectives come first in a plan, so a team objective's parent in
    // the file is created before it.
    let mut created: Vec<ObjectiveId> = Vec::with_capacity(plan.objectives.len());
    let mut proposed = 0;
    for o in &plan.objectives {
        let parent = match o.parent {
            Some(Parent::Existing(id)) => Some(id),
            Some(Parent::InFile(i)) => Some(*created.get(i).ok_or(AppError::Internal)?),
            None => None,
        };
        let specs: Vec<_> = o.krs.iter().map(|k| k.spec.clone()).collect();
        if let (true, Some((team, _)), Some(parent)) = (proposes, &o.team, parent) {
            let p = proposals::NewProposal {
                org: caller.org_id,
                wave: wave.id,
                team: *team,
                parent,
                title: &o.title,
                rationale: &o.why,
                krs: &specs,
                by: caller.user_id,
                now,
            };
            proposals::insert(&mut *tx, p).await?;
            proposed += 1;
            continue;
        }
        let new = objectives::NewObjective {
            org: caller.org_id,
            wave: wave.id,
            team: o.team.as_ref().map(|(t, _)| *t).zip(parent),
            title: &o.title,
            why: &o.why,
            owner: o.owner.or(o.team.as_ref().map(|_| caller.user_id)),
            created_by: caller.user_id,
            now,
        };
        let id = objectives::insert(&mut *tx, new, &specs).await?;
        // The file's dated check-ins on their days (at noon, UTC), then a
        // current value that moves the key result on from them, now.
        if o.krs.iter().any(|k| !k.history.is_empty() || k.current_now().is_some()) {
            let ids = objectives::key_result_ids(&mut *tx, caller.org_id, id).await?;
            for (kr, planned) in ids.into_iter().zip(&o.krs) {
                for (day, value) in &planned.history {
                    let at = day.and_hms_opt(12, 0, 0).ok_or(AppError::Internal)?.and_utc().timestamp().min(now);
                    check_ins::check_in(&mut *tx, caller.org_id, kr, *value, None, caller.user_id, at).await?;
                }
                if let Some(value) = planned.current_now() {
                    check_ins::check_in(&mut *tx, caller.org_id, kr, value, None, caller.user_id, now).await?;
                }
            }
        }
        created.push(id);
    }
    audit::record(
        &mut *tx,
        caller.org_id,
        caller.user_id,
        msg!("audit-imported", objectives = created.len(), wave = wave.name.as_str()),
        now,
    )
    .await?;
    Ok(Imported { plan, encoding, proposed })
}

/// Reads the file and plans it against the wave as it is on `conn`.
/// With `proposes`, team objectives are proposals to their teams: a leader
/// may propose to any team, and proposals waiting already count as there.
async fn prepare(
    conn: &mut AnyConnection,
    ctx: &ServerCtx,
    caller: &Caller,
    wave: WaveId,
    bytes: &[u8],
    proposes: bool,
) -> Result<Preview, AppError> {
    let wave = open_for_objectives(conn, caller.org_id, wave).await?;
    let read = sheet::read(bytes).map_err(|message| AppError::Invalid { field: "file".into(), message })?;
    let words = sheet::words();
    let Some((header, rows)) = read.rows.split_first() else {
        return Err(AppError::Invalid { field: "file".into(), message: msg!("import-file-empty") });
    };
    // Another tool's export (one row per objective or key result) in Mistvine's layout, row for row.
    let converted = items::convert(header, rows);
    let (header, rows) = match &converted {
        Some((header, rows)) => (header, rows.as_slice()),
        None => (header, rows),
    };
    let encoding = read.encoding.clone();
    let layout = match Layout::read(header, &words) {
        Ok(layout) => layout,
        Err(problems) => {
            let plan = Plan { problems, ..Plan::default() };
            return Ok(Preview { wave, encoding, plan, names: HashMap::new(), titles: HashMap::new() });
        }
    };
    let org = caller.org_id;
    let team_list = teams::list(&mut *conn, org, caller.user_id).await?;
    let members = orgs::members(&mut *conn, org).await?;
    let heads = objectives::heads(&mut *conn, org, wave.id, Scope::Wave).await?;
    let names = members.iter().map(|m| (m.user_id, m.name.clone())).collect();
    let titles = heads.iter().map(|h| (h.id, h.title.clone())).collect();
    let known = Known {
        own_teams: team_list.iter().filter(|t| t.is_mine).map(|t| t.id).collect(),
        teams: team_list.into_iter().map(|t| (t.id, t.name, t.archived)).collect(),
        people: members.into_iter().map(|m| (m.user_id, m.email)).collect(),
        objectives: heads.into_iter().map(|h| (h.id, h.team.map(|t| t.id), h.title)).collect(),
        may_lead: caller.role.can_lead(),
        may_write_any_team: caller.role.is_admin() || (proposes && caller.role.can_lead()),
        proposed: if proposes { proposals::titles(&mut *conn, org, wave.id).await? } else { Vec::new() },
        // Dated check-ins belong to an active wave, from its first day to today.
        check_in_days: (wave.state == WaveState::Active && wave.dates.start() <= ctx.today()).then(|| (wave.dates.start(), ctx.today())),
    };
    let plan = plan(rows, &layout, &words, read.decimals, &known);
    Ok(Preview { wave, encoding, plan, names, titles })
}
