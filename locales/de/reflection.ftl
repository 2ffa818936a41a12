# Das Ende einer Welle: Rückblick und Bewertungen eines Teams, Ziele
# übernehmen, die Rückblicke aller Teams auf der Seite der Welle und die
# Kalibrierung der Zuversicht der Menge an den Bewertungen.

reflection-on = Rückblick auf { $wave }
reflection-not-yet = Das Team hat noch nicht zurückgeblickt.
reflect-on = Blickt zurück auf { $wave }
reflect-hint = Die Welle ist zu Ende. Blickt gemeinsam zurück, bewertet jedes Schlüsselergebnis und übernehmt dann, was unfertig ist, in die nächste Welle.
reflect-grades = Bewertungen (0,0 bis 1,0)
# { $objective } — { $kr }: der Titel eines Schlüsselergebnisses nach dem seines Ziels.
reflect-kr = { $objective } — { $kr }
reflect-progress = Fortschritt { $progress }
reflect-progress-suggested = Fortschritt { $progress }, Bewertung daraus vorgeschlagen
reflect-save = Rückblick speichern
carry-into = In { $wave } übernehmen
carry-hint = Unfertige Ziele aus { $wave } beginnen dort neu, wo ihre Schlüsselergebnisse angekommen sind.
carry-no-parents = Die neue Welle hat noch keine Wellenziele, auf die man sich ausrichten kann.
carry-contributes = „{ $title }“ ({ $progress }) trägt bei zu
carry-submit = Übernehmen

reviews-title = Rückblicke und Bewertungen
reviews-none = Noch kein Rückblick.
reviews-graded = Bewertung { $grade } · { $progress }
reviews-not-graded = nicht bewertet · { $progress }

calibration-title = Die Zuversicht der Menge neben den Endbewertungen
calibration-hint = Die durchschnittliche Zuversicht jeder Woche (1 Kämpft bis 5 Übertrifft, nur ab genug Stimmen gezeigt) und die Bewertung, mit der das Ziel endete (die Bewertungen des Teams, oder was sein Fortschritt nahelegt, wo es ein Schlüsselergebnis unbewertet ließ). Zuversicht entspricht Bewertungen so: 1 → 0,0, 3 → 0,5 und 5 → 1,0.
calibration-figure = Kalibrierung { $score }
calibration-over = Die frühe Zuversicht lag im Schnitt { $off } Punkte (von 100) neben den Endbewertungen, über { $count ->
        [one] { $count } Ziel
       *[other] { $count } Ziele
    }: Die Menge erwartete mehr, als die Teams erreichten.
calibration-under = Die frühe Zuversicht lag im Schnitt { $off } Punkte (von 100) neben den Endbewertungen, über { $count ->
        [one] { $count } Ziel
       *[other] { $count } Ziele
    }: Die Teams erreichten mehr, als die Menge erwartete.
calibration-even = Die frühe Zuversicht lag im Schnitt { $off } Punkte (von 100) neben den Endbewertungen, über { $count ->
        [one] { $count } Ziel
       *[other] { $count } Ziele
    }: weder zu zuversichtlich noch zu wenig.
calibration-none = Kein Ziel hat sowohl eine gezeigte frühe Zuversicht als auch eine Bewertung, daher hat diese Welle keine Kalibrierung.
calibration-cut = Die Wellenziele, dann die Teamziele, die die Menge am stärksten falsch einschätzte: { $shown } von { $total }.
calibration-compared = frühe Zuversicht { $early } (erwartet { $expects }) · Endbewertung { $grade }
calibration-few-votes = zu wenige frühe Stimmen zum Vergleichen · Endbewertung { $grade }
calibration-no-grade = keine Bewertung
calibration-wave-objective = Wellenziel
calibration-weekly = Wöchentliche Zuversicht in { $title }
calibration-week = W{ $week } { $average }
calibration-week-hidden = W{ $week } verborgen
calibration-across = Über die Wellen
calibration-overall = Über { $count ->
        [one] { $count } beendete Welle
       *[other] { $count } beendete Wellen
    }: { $score }.
calibration-improving = Die frühe Zuversicht sagt immer besser voraus, wie Wellen enden.
calibration-worsening = Die frühe Zuversicht sagte das Ende dieser Welle schlechter voraus als das der letzten.
calibration-steady = Etwa so gut wie die Welle davor.
calibration-chart = Kalibrierung nach Welle, die älteste zuerst: { $summary }
calibration-chart-wave = { $wave } { $score }
