# Präsentationsmodus: die aktive Welle auf dem Bildschirm einer Vollversammlung.

present-title = Präsentieren
present-no-wave = Keine Welle läuft
present-no-wave-hint = Der Präsentationsmodus zeigt die aktive Welle. Starte eine auf der Seite Wellen.
present-waves = Wellen
present-slides = Folien
present-slide-wave = Die Welle
present-slide-objectives = Ziele
present-slide-confidence = Zuversicht
present-slide-boosts = Boosts
present-slide-link = { $number } { $title }
present-next-in = Nächste Folie in { $seconds } s ·
present-pause = Anhalten
present-paused = Angehalten ·
present-resume = Fortsetzen
present-exit = Beenden
present-days-left = { $count ->
        [one] Tag übrig
       *[other] Tage übrig
    }
present-week-of = Woche { $week } von { $weeks } ·
present-gone = { $dates } · { $share } der Welle vergangen
present-gone-label = Anteil der vergangenen Welle
present-counts = { $objectives ->
        [one] { $objectives } Ziel
       *[other] { $objectives } Ziele
    } · { $teams ->
        [one] { $teams } Team
       *[other] { $teams } Teams
    } · { $boosts ->
        [one] { $boosts } offener Boost
       *[other] { $boosts } offene Boosts
    }
present-objectives-none = Die Führung hat für diese Welle noch keine Ziele gesetzt.
present-time-line = Der Strich auf jedem Balken zeigt, wo wir der Zeit nach sein sollten: { $share } der Welle.
present-aligned = { $count ->
        [one] { $count } Team ausgerichtet
       *[other] { $count } Teams ausgerichtet
    }
present-confidence-hint = Anonyme wöchentliche Stimmen zu jedem Wellenziel, von 1 (Kämpft) bis 5 (Übertrifft).
present-confidence-none = Noch keine Wellenziele, über die abgestimmt werden kann.
present-open-boosts = Offene Boosts: { $count }
present-boosts-none = Gerade wartet kein Team auf Hilfe.
present-boosts-cut = Die { $shown }, die am längsten warten.
present-boosts-all = Die am längsten wartenden zuerst.
present-can-you-help = Kann dein Team helfen?
present-boost-line = { $asks } · wartet { $waiting }
waiting-today = seit heute
waiting-days = { $days ->
        [one] seit { $days } Tag
       *[other] seit { $days } Tagen
    }
