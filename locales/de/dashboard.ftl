## Das Dashboard (die Startseite während einer Welle)
dash-days-remaining = { $count ->
        [one] Tag übrig
       *[other] Tage übrig
    }
dash-elapsed = { $share } der Welle vergangen
dash-elapsed-label = Anteil der vergangenen Welle
dash-present = Auf einem Bildschirm zeigen
dash-present-hint = die Welle für ein All-Hands, sie schaltet von selbst weiter.
dash-flagged = { $count } { $count ->
        [one] braucht
       *[other] brauchen
    } Unterstützung: Der Fortschritt hinkt der vergangenen Zeit hinterher, oder die Zuversicht sinkt weiter.
dash-wave-objectives = Ziele der Welle
dash-no-objectives = Die Führungskräfte haben für diese Welle noch keine Ziele gesetzt.
dash-disagree = Wo Zahlen und Stimmung auseinandergehen ({ $count })
dash-disagree-hint = Schlüsselergebnisse im Plan, während die Abstimmenden besorgt sind, oder weit zurück, während sie zuversichtlich sind.
dash-disagree-cut = Die { $shown } am weitesten von der Uhr der Welle entfernten stehen hier, Ziele der Welle zuerst.
dash-disagree-all = Ziele der Welle zuerst.
dash-open-boosts = Offene Boosts: { $count }
dash-no-stale-boosts = Keiner hat länger als eine Woche gewartet.
dash-stale-boosts = { $total } { $total ->
        [one] hat
       *[other] haben
    } länger als eine Woche gewartet.
dash-stale-boosts-cut = { $total } haben länger als eine Woche gewartet; die { $shown }, die am längsten warten, zuerst.
dash-open-over-week = über eine Woche offen
dash-boost-asks = { $from } fragt { $to }
dash-boost-asks-anyone = { $from } fragt alle
dash-open-problems = Offene Probleme ({ $count })
dash-problems-cut = Die { $shown } neuesten; alle Updates der Teams stehen im PPP-Feed.
dash-week = Woche { $week }
dash-boost-done = Sein Boost ist erledigt.
dash-mark-solved = Gelöst? Markiere es beim Boost
dash-teams = Teams
dash-no-teams = Noch keine Teams.
dash-teams-need-support = { $count } von { $total } brauchen Unterstützung.
dash-teams-cut = Die { $shown }, die sie am meisten brauchen, stehen hier;
dash-every-team = alle Teams ansehen.
dash-confidence-falling = Zuversicht zwei Wochen in Folge gesunken
dash-progress-of = Fortschritt von { $title }
dash-aligned-teams = { $count ->
        [one] { $count } Team ausgerichtet
       *[other] { $count } Teams ausgerichtet
    }
dash-team-objective-of = Teamziel von { $team }
dash-score-of = Wert von { $team }
dash-objectives = { $count ->
        [one] { $count } Ziel
       *[other] { $count } Ziele
    }
dash-team-no-objectives = Noch keine Ziele in dieser Welle.
progress-time-elapsed = vergangene Zeit
progress-needs-support = braucht Unterstützung
divergence-worried = Im Plan, Stimmung besorgt
divergence-confident = Zurück, Stimmung zuversichtlich
divergence-worried-note = Die Schlüsselergebnisse liegen im Plan ({ $progress } % erledigt bei { $elapsed } % vergangener Welle), aber die Abstimmenden sind besorgt: Woche { $week } liegt im Schnitt bei { $average } von 5, Besorgt oder schlechter. Frag das Team, was die Zahlen übersehen.
divergence-confident-note = Die Schlüsselergebnisse liegen weit zurück ({ $progress } % erledigt bei { $elapsed } % vergangener Welle), doch die Abstimmenden sind zuversichtlich: Woche { $week } liegt im Schnitt bei { $average } von 5. Frag das Team, was es weiß, das die Zahlen nicht zeigen, oder ob die Schlüsselergebnisse das Ziel noch messen.
kr-value = { $value }
kr-value-unit = { $value } { $unit }
kr-value-percent = { $value } %
kr-done = erreicht
kr-not-done = nicht erreicht
