# Importing objectives from a spreadsheet (the import page, its template and its problems).

# The template's column headers. A file's headers are read in any of the four languages.
import-col-team = Team
import-col-objective = Objective
import-col-why = Why
import-col-aligned-to = Aligned to
import-col-owner = Owner
import-col-key-result = Key result
import-col-kind = Kind
import-col-start = Start
import-col-target = Target
import-col-unit = Unit
import-col-weight = Weight
import-col-current = Current
import-col-checked-on = Checked on

# The kinds of key result as a file writes them (any language's are read).
import-kind-numeric = numeric
import-kind-percentage = percentage
import-kind-milestone = milestone

# { $column } is a column's header (above).
import-column-twice = The column “{ $column }” is named twice in the header row.
import-column-missing = The header row has no “{ $column }” column. The first row must name the columns; download the template to see them.
import-too-many-rows = The file has { $count } rows; one import reads at most { $max }. Split it into smaller files.
# { $formula } is the cell's formula as the file holds it.
import-formula = This cell holds a formula or a formula's error ({ $formula }), not a value. Save the sheet with its values, or paste the values only.
import-objective-missing = Name the objective: this row has no objective, and no objective above it to continue.
# { $row } is the row of the same objective that said something else first.
import-differs = “{ $column }” differs from row { $row } of the same objective. Write it once, or the same on every row.
import-kind-unknown = “{ $kind }” is not a kind of key result: write numeric, percentage or milestone.
import-not-a-number = “{ $value }” is not a number.
import-wave-objective-forbidden = A row without a team is a wave objective, and only leaders and admins write those. Name your team in the Team column.
import-team-unknown = There is no team called “{ $team }” in this organisation.
import-wave-objective-aligned = A wave objective does not align to another: leave “Aligned to” blank, or name a team in the Team column.
import-aligned-missing = Name the wave objective this team objective aligns to in “Aligned to”.
import-aligned-unknown = This wave has no objective called “{ $objective }”, and the file does not add one.
import-krs-none = This objective has no key result: give it 1 to 5, one per row.
import-krs-many = This objective has { $count } key results; an objective has at most { $max }.
import-file-empty = The file is empty.
import-file-xls = This is an Excel 97–2003 workbook (.xls). Save it as .xlsx or as CSV, then upload it again.
# { $line } is the line of the file where reading stopped.
import-file-csv = The file could not be read as CSV near line { $line }: a quotation mark is probably not closed.
import-file-broken = The file is not a spreadsheet Mistvine can read: upload a CSV file or an Excel workbook (.xlsx).
import-file-no-sheet = The workbook has no sheet.
# { $count } counts the problems listed on the preview.
import-has-problems = { $count ->
    [one] The file has a problem
   *[other] The file has { $count } problems
}: nothing was imported. Fix the file and upload it again.
# { $already } counts the file's objectives the wave has already.
import-nothing-new = Nothing to import: the wave has every objective of this file already ({ $already }).

# The upload form (on a wave's page) and the preview page.
import-title = Import objectives from a spreadsheet
import-intro = One row per key result: download the template to see the columns. You see what the file would create, and every problem in it, before anything is saved.
# { $mb } is the largest file one import reads.
import-file-label = Spreadsheet (CSV or Excel .xlsx, up to { $mb } MB)
import-preview-button = Preview the import
import-template-link = Download the template (CSV)
# The template's file name, without ".csv".
import-template-file = mistvine-import-template
import-choose-file = Choose a file to upload: a CSV file or an Excel workbook (.xlsx).
import-too-big = The file is larger than { $mb } MB, the most one import reads. Split it into smaller files, or save it as CSV, which is much smaller than a workbook.
import-read-as-windows-1252 = This file is not in UTF-8: it was read as Windows-1252, which Excel writes for “CSV” in Western Europe. Check that accented letters look right below; if not, save it as “CSV UTF-8” and upload it again.
import-preview-title = Import into { $wave }
import-from-file = From { $file }
import-will-create = { $objectives ->
    [one] One objective
   *[other] { $objectives } objectives
} with { $krs ->
    [one] one key result
   *[other] { $krs } key results
} to create
import-run = { $count ->
    [one] Import one objective
   *[other] Import { $count } objectives
}
import-fix-first = Fix the problems above in the file and upload it again: nothing is imported while the file has any.
import-done-already = This file has been imported.
import-back-to-wave = Back to { $wave }
import-already-title = In the wave already
import-already-hint = The wave has objectives with these titles (for the same team): they stay as they are, so importing a file twice adds nothing.
import-row = Row { $row }
# { $rows } lists row numbers: "3, 4".
import-rows = { $count ->
    [one] row
   *[other] rows
} { $rows }
import-whole-file = The whole file
import-problems-title = { $count ->
    [one] One problem to fix
   *[other] { $count } problems to fix
}
import-people-title = People not found
import-people-hint = No one in this organisation has these addresses: their objectives come in without an owner. Invite them first and upload the file again, or choose owners later.
import-aligned-to = aligned to “{ $objective }”
import-wave-objective = Wave objective
import-again-title = Upload a fixed file
import-imported = { $count ->
    [one] One objective was imported.
   *[other] { $count } objectives were imported.
}
what-upload = That uploaded file

# The template's example rows.
import-example-wave-objective = New customers get value in their first week
import-example-why = Customers who succeed in their first week stay; most of those who leave never got that far.
import-example-kr-active = Customers active in their first week
import-example-kr-guide = Onboarding guide published
import-example-team-objective = Make setting up effortless
import-example-rationale = Every hour a new customer spends setting up is an hour without value.
import-example-kr-setup = Median time to set up
import-example-unit-minutes = minutes

# A key result in the preview. { $from }, { $to } and { $now } are values ("40 %", "90 minutes").
import-kr-range = from { $from } to { $to }
import-kr-range-now = from { $from } to { $to }, now { $now }
import-kr-milestone = a milestone
import-kr-milestone-done = a milestone, done already

# Starting a wave from an earlier one's structure (a leader, on an open wave's page). { $wave } is the earlier wave's name.
template-from-title = Start from { $wave }
template-from-hint = Brings { $wave }’s wave objectives into this wave, with their whys and key results starting again from their start values. You see everything before it is created; owners are yours to set afterwards.
template-from-teams = Also propose the teams’ objectives aligned to them to their teams, as drafts each team edits and adopts
template-from-button = Preview the copy
import-no-earlier-wave = No earlier wave has objectives to start from.

# Starter templates, offered on an organisation's first wave while it is empty.
template-starters-title = Start from a template
template-starters-hint = A first wave goes faster from an example. Each template brings two wave objectives with their whys and key results; you see them before anything is created, and change them as you like afterwards.
# { $name } is a template's name.
template-starter-button = Preview “{ $name }”
starter-plg = Product-led growth
starter-reliability = Reliability
starter-hiring = Hiring
starter-unit-hours = hours
starter-plg-success = New users reach their first success on their own
starter-plg-success-why = People who get value without help become customers; every trial we hold by the hand costs us and does not scale.
starter-plg-success-day = Sign-ups reaching their first success within a day
starter-plg-success-time = Median time to first success
starter-plg-invite = Users bring their colleagues
starter-plg-invite-why = Every colleague invited is a customer we did not have to find.
starter-plg-invite-accounts = Accounts with three or more active users
starter-plg-invite-rate = Invitations sent per active account a week
starter-rel-trust = Customers can count on us
starter-rel-trust-why = An outage costs trust that no new feature wins back.
starter-rel-trust-availability = Availability of the core service
starter-rel-trust-incidents = Incidents customers noticed
starter-rel-recover = We recover fast when something breaks
starter-rel-recover-why = Failures will happen; what customers remember is how long they lasted.
starter-rel-recover-time = Median time to restore service
starter-rel-recover-actions = Post-mortems whose actions are done
starter-hire-people = We hire the people our plans need
starter-hire-people-why = This wave’s plans count on people who are not here yet.
starter-hire-people-filled = Open roles filled
starter-hire-people-accepted = Offers accepted
starter-hire-experience = Every candidate has a good experience
starter-hire-experience-why = Candidates talk: the people we turn down are tomorrow’s applicants and customers.
starter-hire-experience-week = Candidates hearing back within a week
starter-hire-experience-process = Hiring process written down and shared

# A starter template the form did not offer.
invalid-starter = Choose one of the templates offered.
import-proposes = The team objectives in this file will be proposed to their teams as drafts: each team puts them in its own words and adopts them on its page, or discards them.
import-proposed = { $count ->
    [one] One team objective was proposed to its team.
   *[other] { $count } team objectives were proposed to their teams.
}
import-check-in-value-missing = A dated check-in needs its value in Current.
import-check-in-kr-unknown = No key result “{ $kr }” above in this objective to add this check-in to.
import-date-unreadable = “{ $value }” is not a date this import reads: write it as 2026-03-14 (year, month, day).
import-check-in-not-started = This wave is not active yet, so it takes no dated check-ins: leave Checked on blank.
import-date-outside = { $date } is outside this wave’s check-ins, which run from { $from } to today ({ $to }).
import-kr-check-in = one check-in on { $date }
import-kr-check-ins = { $count } check-ins from { $first } to { $last }
