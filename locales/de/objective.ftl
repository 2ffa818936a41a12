## Die Seite eines Ziels, seine Schlüsselergebnisse, ihre Diagramme und Check-ins
kr-now = Jetzt { $now } · { $share } % des Wegs von { $from } bis { $to }
kr-milestone-done = Erreicht · 100 %
kr-milestone-not-done = Noch nicht erreicht · 0 %
kr-chart-week = W{ $week }
kr-chart-target-at = Ziel { $value }
kr-chart-start-at = Start { $value }
kr-chart-key-check-ins = Check-ins
kr-chart-key-pace = gleichmäßiges Tempo zum Ziel
kr-chart-key-target = Ziel
kr-chart-none = Von { $from } zu { $to } über die Welle, { $first } bis { $last }. Noch keine Check-ins.
kr-chart-milestone = Von { $from } zu { $to } über die Welle, { $first } bis { $last }. { $count ->
        [one] { $count } Check-in
       *[other] { $count } Check-ins
    }, zuletzt { $latest }.
## $pace ist "ahead" (im oder vor dem gleichmäßigen Tempo) oder "behind".
kr-chart-pace = Von { $from } zu { $to } über die Welle, { $first } bis { $last }. { $count ->
        [one] { $count } Check-in
       *[other] { $count } Check-ins
    }, zuletzt { $latest }, wo das gleichmäßige Tempo zum Ziel { $expected } erwartet hätte: { $pace ->
        [ahead] im Plan oder voraus
       *[behind] hinter dem Plan
    }.
objective-owner = verantwortlich: { $name }
objective-contributes = Wie dies zum Ziel der Welle beiträgt
objective-why = Warum es wichtig ist
objective-disagree = Zahlen und Stimmung gehen auseinander
objective-heat-map = Heatmap der Zuversicht
objective-weight = Gewichtung { $weight }
objective-history = Verlauf der Check-ins ({ $count })
objective-new-state = Neuer Stand
objective-done = Erreicht
objective-not-done = Nicht erreicht
objective-new-value = Neuer Wert
objective-note = Notiz (optional)
objective-check-in = Einchecken
objective-aligned = Ausgerichtete Teamziele ({ $count })
objective-none-aligned = Noch hat kein Team ein Ziel an diesem ausgerichtet.
objective-edit = Dieses Ziel bearbeiten
objective-title-label = Titel des Ziels
objective-rationale-label = Begründung der Ausrichtung
objective-owner-label = Verantwortlich
objective-save = Änderungen speichern
person-no-one = Niemand
person-by-email = { $label }: E-Mail-Adresse
person-empty-hint = Leer lassen für niemanden.
