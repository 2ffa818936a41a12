# Ziele aus einer Tabelle importieren (die Importseite, ihre Vorlage und ihre Probleme).

# Die Spaltenüberschriften der Vorlage. Die Überschriften einer Datei werden in jeder der vier Sprachen gelesen.
import-col-team = Team
import-col-objective = Ziel
import-col-why = Warum
import-col-aligned-to = Ausgerichtet auf
import-col-owner = Verantwortlich
import-col-key-result = Schlüsselergebnis
import-col-kind = Art
import-col-start = Start
import-col-target = Zielwert
import-col-unit = Einheit
import-col-weight = Gewicht
import-col-current = Aktuell

# Die Arten von Schlüsselergebnissen, wie eine Datei sie schreibt (jede Sprache wird gelesen).
import-kind-numeric = numerisch
import-kind-percentage = Prozent
import-kind-milestone = Meilenstein

# { $column } ist eine Spaltenüberschrift (oben).
import-column-twice = Die Spalte „{ $column }“ steht zweimal in der Kopfzeile.
import-column-missing = Die Kopfzeile hat keine Spalte „{ $column }“. Die erste Zeile muss die Spalten benennen; die Vorlage zeigt sie.
import-too-many-rows = Die Datei hat { $count } Zeilen; ein Import liest höchstens { $max }. Teile sie in kleinere Dateien.
# { $formula } ist die Formel der Zelle, wie die Datei sie enthält.
import-formula = Diese Zelle enthält eine Formel oder den Fehler einer Formel ({ $formula }), keinen Wert. Speichere die Tabelle mit ihren Werten oder füge nur die Werte ein.
import-objective-missing = Nenne das Ziel: Diese Zeile hat kein Ziel und darüber steht keins, das sie fortsetzt.
# { $row } ist die Zeile desselben Ziels, die zuerst etwas anderes sagte.
import-differs = „{ $column }“ weicht von Zeile { $row } desselben Ziels ab. Schreib es einmal oder in jeder Zeile gleich.
import-kind-unknown = „{ $kind }“ ist keine Art von Schlüsselergebnis: Schreib numerisch, Prozent oder Meilenstein.
import-not-a-number = „{ $value }“ ist keine Zahl.
import-wave-objective-forbidden = Eine Zeile ohne Team ist ein Ziel der Welle, und die schreiben nur Führungskräfte und Admins. Nenne dein Team in der Spalte Team.
import-team-unknown = In dieser Organisation gibt es kein Team namens „{ $team }“.
import-wave-objective-aligned = Ein Ziel der Welle richtet sich nicht auf ein anderes aus: Lass „Ausgerichtet auf“ leer oder nenne ein Team in der Spalte Team.
import-aligned-missing = Nenne unter „Ausgerichtet auf“ das Ziel der Welle, auf das sich dieses Teamziel ausrichtet.
import-aligned-unknown = Diese Welle hat kein Ziel namens „{ $objective }“, und die Datei fügt keins hinzu.
import-krs-none = Dieses Ziel hat kein Schlüsselergebnis: Gib ihm 1 bis 5, eins pro Zeile.
import-krs-many = Dieses Ziel hat { $count } Schlüsselergebnisse; ein Ziel hat höchstens { $max }.
import-file-empty = Die Datei ist leer.
import-file-xls = Das ist eine Excel-97–2003-Arbeitsmappe (.xls). Speichere sie als .xlsx oder CSV und lade sie erneut hoch.
# { $line } ist die Zeile der Datei, an der das Lesen stoppte.
import-file-csv = Die Datei ließ sich nahe Zeile { $line } nicht als CSV lesen: Wahrscheinlich ist ein Anführungszeichen nicht geschlossen.
import-file-broken = Die Datei ist keine Tabelle, die Mistvine lesen kann: Lade eine CSV-Datei oder eine Excel-Arbeitsmappe (.xlsx) hoch.
import-file-no-sheet = Die Arbeitsmappe hat kein Blatt.
# { $count } zählt die Probleme der Vorschau.
import-has-problems = { $count ->
    [one] Die Datei hat ein Problem
   *[other] Die Datei hat { $count } Probleme
}: Nichts wurde importiert. Korrigiere die Datei und lade sie erneut hoch.
# { $already } zählt die Ziele der Datei, die die Welle schon hat.
import-nothing-new = Nichts zu importieren: Die Welle hat schon jedes Ziel dieser Datei ({ $already }).
