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
import-col-checked-on = Check-in am

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

# Das Hochladen (auf der Seite einer Welle) und die Vorschau.
import-title = Ziele aus einer Tabelle importieren
import-intro = Eine Zeile je Schlüsselergebnis: Die Vorlage zeigt die Spalten. Du siehst, was die Datei anlegen würde, und jedes Problem darin, bevor etwas gespeichert wird.
import-file-label = Tabelle (CSV oder Excel .xlsx, bis { $mb } MB)
import-preview-button = Import ansehen
import-template-link = Vorlage herunterladen (CSV)
import-template-file = mistvine-importvorlage
import-choose-file = Wähle eine Datei zum Hochladen: eine CSV-Datei oder eine Excel-Arbeitsmappe (.xlsx).
import-too-big = Die Datei ist größer als { $mb } MB, mehr liest ein Import nicht. Teile sie in kleinere Dateien auf oder speichere sie als CSV, das ist viel kleiner als eine Arbeitsmappe.
import-read-as-windows-1252 = Diese Datei ist nicht in UTF-8: Sie wurde als Windows-1252 gelesen, das Excel in Westeuropa für „CSV“ schreibt. Prüfe unten, ob Umlaute richtig aussehen; sonst speichere sie als „CSV UTF-8“ und lade sie erneut hoch.
import-preview-title = Import in { $wave }
import-from-file = Aus { $file }
import-will-create = { $objectives ->
    [one] Ein Ziel
   *[other] { $objectives } Ziele
} mit { $krs ->
    [one] einem Schlüsselergebnis
   *[other] { $krs } Schlüsselergebnissen
} werden angelegt
import-run = { $count ->
    [one] Ein Ziel importieren
   *[other] { $count } Ziele importieren
}
import-fix-first = Behebe die Probleme oben in der Datei und lade sie erneut hoch: Solange die Datei welche hat, wird nichts importiert.
import-done-already = Diese Datei wurde importiert.
import-back-to-wave = Zurück zu { $wave }
import-already-title = Schon in der Welle
import-already-hint = Die Welle hat Ziele mit diesen Titeln (für dasselbe Team): Sie bleiben, wie sie sind, daher fügt ein zweiter Import derselben Datei nichts hinzu.
import-row = Zeile { $row }
import-rows = { $count ->
    [one] Zeile
   *[other] Zeilen
} { $rows }
import-whole-file = Die ganze Datei
import-problems-title = { $count ->
    [one] Ein Problem zu beheben
   *[other] { $count } Probleme zu beheben
}
import-people-title = Nicht gefundene Personen
import-people-hint = Niemand in dieser Organisation hat diese Adressen: Ihre Ziele kommen ohne Verantwortliche. Lade sie zuerst ein und lade die Datei erneut hoch, oder wähle die Verantwortlichen später.
import-aligned-to = ausgerichtet auf „{ $objective }“
import-wave-objective = Wellenziel
import-again-title = Korrigierte Datei hochladen
import-imported = { $count ->
    [one] Ein Ziel wurde importiert.
   *[other] { $count } Ziele wurden importiert.
}
what-upload = Diese hochgeladene Datei

# Die Beispielzeilen der Vorlage.
import-example-wave-objective = Neue Kunden haben in ihrer ersten Woche einen Nutzen
import-example-why = Kunden, die in ihrer ersten Woche Erfolg haben, bleiben; die meisten, die gehen, kamen nie so weit.
import-example-kr-active = Kunden, die in ihrer ersten Woche aktiv sind
import-example-kr-guide = Einführungsleitfaden veröffentlicht
import-example-team-objective = Die Einrichtung mühelos machen
import-example-rationale = Jede Stunde, die ein neuer Kunde mit der Einrichtung verbringt, ist eine Stunde ohne Nutzen.
import-example-kr-setup = Mittlere Einrichtungszeit
import-example-unit-minutes = Minuten

# Ein Schlüsselergebnis in der Vorschau.
import-kr-range = von { $from } bis { $to }
import-kr-range-now = von { $from } bis { $to }, jetzt { $now }
import-kr-milestone = ein Meilenstein
import-kr-milestone-done = ein Meilenstein, schon erreicht

# Eine Welle aus der Struktur einer früheren beginnen.
template-from-title = Mit { $wave } beginnen
template-from-hint = Übernimmt die Wellenziele von { $wave } in diese Welle, mit ihrem Warum und ihren Schlüsselergebnissen, die wieder bei ihrem Startwert beginnen. Du siehst alles, bevor es angelegt wird; die Verantwortlichen legst du danach fest.
template-from-teams = Auch die daran ausgerichteten Ziele der Teams ihren Teams vorschlagen, als Entwürfe, die jedes Team bearbeitet und übernimmt
template-from-button = Übernahme ansehen
import-no-earlier-wave = Keine frühere Welle hat Ziele, mit denen man beginnen könnte.

# Startvorlagen für die erste Welle einer Organisation, solange sie leer ist.
template-starters-title = Mit einer Vorlage beginnen
template-starters-hint = Eine erste Welle geht mit einem Beispiel schneller. Jede Vorlage bringt zwei Wellenziele mit ihrem Warum und ihren Schlüsselergebnissen; du siehst sie, bevor etwas angelegt wird, und änderst sie danach, wie du willst.
template-starter-button = „{ $name }“ ansehen
starter-plg = Produktgetriebenes Wachstum
starter-reliability = Zuverlässigkeit
starter-hiring = Einstellungen
starter-unit-hours = Stunden
starter-plg-success = Neue Nutzer erreichen ihren ersten Erfolg allein
starter-plg-success-why = Wer ohne Hilfe einen Nutzen hat, wird Kunde; jede Testphase, die wir an der Hand führen, kostet uns und wächst nicht mit.
starter-plg-success-day = Anmeldungen, die binnen eines Tages ihren ersten Erfolg erreichen
starter-plg-success-time = Mittlere Zeit bis zum ersten Erfolg
starter-plg-invite = Nutzer bringen ihre Kollegen mit
starter-plg-invite-why = Jeder eingeladene Kollege ist ein Kunde, den wir nicht suchen mussten.
starter-plg-invite-accounts = Konten mit drei oder mehr aktiven Nutzern
starter-plg-invite-rate = Einladungen je aktivem Konto und Woche
starter-rel-trust = Kunden können sich auf uns verlassen
starter-rel-trust-why = Ein Ausfall kostet Vertrauen, das keine neue Funktion zurückgewinnt.
starter-rel-trust-availability = Verfügbarkeit des Kerndienstes
starter-rel-trust-incidents = Störungen, die Kunden bemerkten
starter-rel-recover = Wir erholen uns schnell, wenn etwas bricht
starter-rel-recover-why = Fehler passieren; Kunden erinnern sich daran, wie lange sie dauerten.
starter-rel-recover-time = Mittlere Zeit bis zur Wiederherstellung
starter-rel-recover-actions = Nachbetrachtungen, deren Maßnahmen erledigt sind
starter-hire-people = Wir stellen die Menschen ein, die unsere Pläne brauchen
starter-hire-people-why = Die Pläne dieser Welle rechnen mit Menschen, die noch nicht da sind.
starter-hire-people-filled = Besetzte offene Stellen
starter-hire-people-accepted = Angenommene Angebote
starter-hire-experience = Jede Bewerbung ist eine gute Erfahrung
starter-hire-experience-why = Bewerber reden: Wer heute abgesagt bekommt, bewirbt sich morgen wieder oder wird Kunde.
starter-hire-experience-week = Bewerber, die binnen einer Woche Antwort bekommen
starter-hire-experience-process = Einstellungsprozess aufgeschrieben und geteilt

invalid-starter = Wähle eine der angebotenen Vorlagen.
import-proposes = Die Teamziele in dieser Datei werden ihren Teams als Entwürfe vorgeschlagen: Jedes Team formuliert sie in eigenen Worten und übernimmt sie auf seiner Seite, oder verwirft sie.
import-proposed = { $count ->
    [one] Ein Teamziel wurde seinem Team vorgeschlagen.
   *[other] { $count } Teamziele wurden ihren Teams vorgeschlagen.
}
import-check-in-value-missing = Ein datierter Check-in braucht ihren Wert unter Aktuell.
import-check-in-kr-unknown = Kein Schlüsselergebnis „{ $kr }“ weiter oben in diesem Ziel, zu dem dieser Check-in gehören könnte.
import-date-unreadable = „{ $value }“ ist kein Datum, das dieser Import liest: Schreibe es als 2026-03-14 (Jahr, Monat, Tag).
import-check-in-not-started = Diese Welle ist noch nicht aktiv und nimmt daher keine datierten Check-ins: Lass Check-in am leer.
import-date-outside = { $date } liegt außerhalb der Check-ins dieser Welle, die von { $from } bis heute ({ $to }) reichen.
import-kr-check-in = ein Check-in am { $date }
import-kr-check-ins = { $count } Check-ins von { $first } bis { $last }
