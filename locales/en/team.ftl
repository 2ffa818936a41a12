## A team's page: members, objectives, settings; the key-result rows of objective forms
team-archived = archived
team-members = Members
team-nobody = Nobody is in this team yet.
team-remove-ask = Remove…
team-remove-named-ask = Remove { $name } from the team…
team-remove-warning = { $name } leaves the team; adding them again undoes it.
team-remove-named = Remove { $name } from the team
team-add-member = Add a member
team-everyone-in = Everyone in the organisation is already in this team.
team-invite-more = Invite more people
team-person-email = E-mail address of the person
team-add = Add to team
team-outside = { $count ->
        [one] { $count } person in the organisation is not in this team.
       *[other] { $count } people in the organisation are not in this team.
    }
team-person = Person
team-settings = Settings
team-name = Team name
team-rename = Rename
team-restore-hint = Restoring brings the team back into the active lists.
team-restore = Restore team
team-archive-ask = Archive team…
team-archive-warning = Archiving keeps the team's history but removes it from the active lists until someone restores it.
team-archive = Archive team
team-objective-drafts-kept = These objective drafts cannot be sent now: no wave of this team takes new objectives. Copy what you need, then discard them.
team-objectives = Objectives
team-no-wave = No wave is planned or active yet.
team-see-waves = See waves
team-objectives-in = Objectives in { $wave }
team-no-objectives = This team has no objectives in this wave yet.
team-no-parents = Leaders have not set this wave's objectives yet; team objectives align to them.
team-new-objective = New team objective
team-draft-hint = What you type is kept on this device as a draft, even offline, until it is saved.
team-add-objective = Add objective
team-contributes-to = Contributes to wave objective
team-rationale-hint = How does this contribute to the wave objective? Required.
krs-hint = Key results say how you will know you got there: 1 to { $max }, each a number to move (from start to target; targets may go down), a percentage, or a milestone. Rows left empty are ignored.
krs-add = Add key result { $n }
krs-row = Key result { $n }
krs-row-optional = Key result { $n } (optional)
krs-title = Title
krs-kind = Kind
krs-kind-number = Number
krs-kind-percentage = Percentage
krs-kind-milestone = Milestone (done / not done)
krs-start = Start
krs-target = Target
krs-unit = Unit (optional)
krs-unit-hint = e.g. signups, ms, €
krs-weight = Weight (optional)
krs-weight-hint = Default 1
teams-who-joined = Who joined when
teams-new = New team
teams-create = Create team
teams-members = { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
teams-active = Active teams
teams-archived = Archived teams
teams-yours = your team

proposals-title = Proposed to your team
proposals-hint = A leader started a wave from the last one’s structure and proposed these objectives to your team. Put each in your own words and adopt it, or discard what no longer fits; once it is yours, its key results can be changed like any other.
proposals-hint-others = Proposed to this team when a wave was started from the last one; the team’s members adopt or discard them.
proposal-meta = For { $wave } · aligned to “{ $parent }”
proposal-meta-by = For { $wave } · aligned to “{ $parent }” · proposed by { $name }
proposal-krs = Key results of “{ $title }”
proposal-adopt = Adopt as our objective
proposal-discard = Discard “{ $title }”
what-proposal = That proposed objective
