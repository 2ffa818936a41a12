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
