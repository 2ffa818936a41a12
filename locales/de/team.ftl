## Die Seite eines Teams: Mitglieder, Ziele, Einstellungen; die Zeilen der Schlüsselergebnisse in Zielformularen
team-archived = archiviert
team-members = Mitglieder
team-nobody = Noch ist niemand in diesem Team.
team-remove-ask = Entfernen…
team-remove-named-ask = { $name } aus dem Team entfernen…
team-remove-warning = { $name } verlässt das Team; erneut hinzufügen macht es rückgängig.
team-remove-named = { $name } aus dem Team entfernen
team-add-member = Mitglied hinzufügen
team-everyone-in = Alle in der Organisation sind schon in diesem Team.
team-invite-more = Weitere Personen einladen
team-person-email = E-Mail-Adresse der Person
team-add = Zum Team hinzufügen
team-outside = { $count ->
        [one] { $count } Person in der Organisation ist nicht in diesem Team.
       *[other] { $count } Personen in der Organisation sind nicht in diesem Team.
    }
team-person = Person
team-settings = Einstellungen
team-name = Teamname
team-rename = Umbenennen
team-restore-hint = Wiederherstellen bringt das Team zurück in die aktiven Listen.
team-restore = Team wiederherstellen
team-archive-ask = Team archivieren…
team-archive-warning = Archivieren behält die Geschichte des Teams, nimmt es aber aus den aktiven Listen, bis jemand es wiederherstellt.
team-archive = Team archivieren
team-objective-drafts-kept = Diese Zielentwürfe können jetzt nicht gesendet werden: Keine Welle dieses Teams nimmt neue Ziele an. Kopiere, was du brauchst, und verwirf sie dann.
team-objectives = Ziele
team-no-wave = Noch ist keine Welle geplant oder aktiv.
team-see-waves = Wellen ansehen
team-objectives-in = Ziele in { $wave }
team-no-objectives = Dieses Team hat in dieser Welle noch keine Ziele.
team-no-parents = Die Führungskräfte haben die Ziele dieser Welle noch nicht gesetzt; Teamziele richten sich an ihnen aus.
team-new-objective = Neues Teamziel
team-draft-hint = Was du tippst, bleibt als Entwurf auf diesem Gerät, auch offline, bis es gespeichert ist.
team-add-objective = Ziel hinzufügen
team-contributes-to = Trägt bei zum Ziel der Welle
team-rationale-hint = Wie trägt das zum Ziel der Welle bei? Pflichtfeld.
krs-hint = Schlüsselergebnisse sagen, woran du erkennst, dass du angekommen bist: 1 bis { $max }, jedes eine Zahl, die sich bewegen soll (vom Start zum Ziel; Ziele dürfen auch sinken), ein Prozentwert oder ein Meilenstein. Leere Zeilen werden ignoriert.
krs-add = Schlüsselergebnis { $n } hinzufügen
krs-row = Schlüsselergebnis { $n }
krs-row-optional = Schlüsselergebnis { $n } (optional)
krs-title = Titel
krs-kind = Art
krs-kind-number = Zahl
krs-kind-percentage = Prozent
krs-kind-milestone = Meilenstein (erreicht / nicht erreicht)
krs-start = Start
krs-target = Ziel
krs-unit = Einheit (optional)
krs-unit-hint = z. B. Anmeldungen, ms, €
krs-weight = Gewichtung (optional)
krs-weight-hint = Standard 1
teams-who-joined = Wer wann beigetreten ist
teams-new = Neues Team
teams-create = Team anlegen
teams-members = { $count ->
        [one] { $count } Mitglied
       *[other] { $count } Mitglieder
    }
teams-active = Aktive Teams
teams-archived = Archivierte Teams
teams-yours = dein Team

proposals-title = Deinem Team vorgeschlagen
proposals-hint = Eine Führungskraft hat eine Welle aus der Struktur der letzten begonnen und deinem Team diese Ziele vorgeschlagen. Formuliere jedes in euren eigenen Worten und übernimm es, oder verwirf, was nicht mehr passt; sobald es eures ist, lassen sich seine Schlüsselergebnisse wie jedes andere ändern.
proposals-hint-others = Diesem Team vorgeschlagen, als eine Welle aus der letzten begonnen wurde; die Mitglieder des Teams übernehmen oder verwerfen sie.
proposal-meta = Für { $wave } · ausgerichtet auf „{ $parent }“
proposal-meta-by = Für { $wave } · ausgerichtet auf „{ $parent }“ · vorgeschlagen von { $name }
proposal-krs = Schlüsselergebnisse von „{ $title }“
proposal-adopt = Als unser Ziel übernehmen
proposal-discard = „{ $title }“ verwerfen
what-proposal = Dieses vorgeschlagene Ziel
