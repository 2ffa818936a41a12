## Wellen: die Liste, eine planen, die Seite einer Welle
waves-title = Wellen
waves-none = Noch keine Wellen. Eine Welle ist ein Zyklus von 2 bis 6 Wochen mit wenigen Zielen, an denen sich alle ausrichten.
waves-current = Aktuell
waves-planned = Geplant
waves-past = Vergangene Wellen
waves-plan = Eine Welle planen
waves-name = Name
waves-name-hint = z. B. Q3 Welle 1
waves-first-day = Erster Tag
waves-last-day = Letzter Tag
waves-last-day-hint = 2 bis 6 Wochen nach dem ersten Tag
waves-plan-submit = Welle planen
wave-state-planned = Geplant
wave-state-active = Aktiv
wave-state-reflecting = In Reflexion
wave-state-closed = Abgeschlossen
wave-clock-starts = beginnt in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }, { $total } Tage lang
wave-clock-day = Tag { $day } von { $total }, { $left ->
        [one] { $left } Tag
       *[other] { $left } Tage
    } übrig
wave-clock-ended = vorbei: alle { $total } Tage liegen hinter uns
wave-start = Welle starten
wave-end = Welle beenden und reflektieren
wave-close = Welle abschließen
wave-end-warning = Das Beenden stoppt die Abstimmungen, Check-ins und neuen Ziele dieser Welle und öffnet die Reflexion für jedes Team. Es lässt sich nicht rückgängig machen.
wave-close-warning = Das Abschließen beendet die Reflexion: Reflexionen und Bewertungen können sich nicht mehr ändern. Es lässt sich nicht rückgängig machen.
wave-no-objectives = Noch keine Ziele. Die Führungskräfte setzen ein bis wenige Ziele; die Teams richten dann ihre eigenen daran aus.
wave-new-objective = Neues Ziel der Welle
wave-why-hint = Teams richten sich am Warum aus: Sag, was sich für Kundschaft oder Unternehmen ändert.
wave-owner-optional = Verantwortlich (optional)
