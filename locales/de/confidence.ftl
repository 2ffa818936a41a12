## Die Seite der Zuversicht (/confidence) und ihre Heatmap
conf-title = Zuversicht
conf-no-wave = Noch keine Welle hat begonnen, daher gibt es keine Stimmen zu zeigen.
conf-week-of = Woche { $week } von { $weeks }
conf-weeks = { $weeks } Wochen
conf-hint-live = Durchschnitte anonymer Stimmen von 1 (Kämpft) bis 5 (Übertrifft), gezeigt, sobald { $step } Personen abgestimmt haben, und erst ab { $min } Abstimmenden.
conf-hint-weekly = Durchschnitte anonymer Stimmen von 1 (Kämpft) bis 5 (Übertrifft), gezeigt, sobald jede Woche zu Ende ist, und erst ab { $min } Abstimmenden.
conf-team = Team
conf-all-teams = Alle Teams
conf-show = Zeigen
conf-what-to-list = Was gelistet wird
conf-needs-attention = Braucht Aufmerksamkeit
conf-all-objectives = Alle Ziele
conf-map-attention = Heatmap: die Welle und was Aufmerksamkeit braucht
conf-map-page = Heatmap: Seite { $page } von { $pages }
conf-map = Heatmap
conf-no-objectives = Hier gibt es keine Ziele.
conf-pages = Seiten
conf-week-detail = Woche { $week } im Detail
conf-average = Durchschnitt { $average } aus { $count } Stimmen
conf-week-open = Die Woche läuft noch.
conf-week-not-started = Die Woche hat noch nicht begonnen.
conf-too-few = Weniger als { $min } Stimmen, daher wird nichts gezeigt.
conf-attention-none = Bei keinem Teamziel sinkt die Zuversicht zwei Wochen in Folge oder steht bei Besorgt oder darunter.
conf-attention-some = Teamziele, deren Zuversicht zwei Wochen in Folge gesunken ist oder bei Besorgt oder darunter steht (ein Durchschnitt unter 2,5): { $count }, sinkende zuerst.
conf-attention-cut = Die { $shown } von { $count } markierten Teamziele, die am dringendsten ein Gespräch brauchen (sinkende zuerst, dann die niedrigsten); die übrigen stehen unter Alle Ziele.
conf-by-wave-objective = Nach Ziel der Welle
conf-group = { $aligned ->
        [one] { $aligned } ausgerichtetes Teamziel
       *[other] { $aligned } ausgerichtete Teamziele
    } · { $falling } zwei Wochen in Folge sinkend · { $low } bei Besorgt oder darunter
conf-teams-calm = { $count ->
        [one] 1 weiteres Team hat
       *[other] { $count } weitere Teams haben
    } nichts Markiertes; wähle oben ein Team, um seine Heatmap zu sehen.
conf-teams-more = { $more ->
        [one] { $more } weiteres Team
       *[other] { $more } weitere Teams
    } mit Markiertem und { $calm } ohne; wähle oben ein Team, um seine Heatmap zu sehen.
conf-by-team = Nach Team
conf-no-team-flagged = Kein Team hat ein Ziel, das zwei Wochen in Folge sinkt oder bei Besorgt oder darunter steht.
conf-team-line = { $flagged } von { $objectives ->
        [one] { $objectives } Ziel
       *[other] { $objectives } Zielen
    } markiert · { $falling } zwei Wochen in Folge sinkend · { $low } bei Besorgt oder darunter
conf-latest-average = letzter Durchschnitt { $average }
heat-cell-shown = { $title }, Woche { $week }: Durchschnitt { $average } aus { $count } Stimmen
heat-cell-hidden = { $title }, Woche { $week }: weniger als { $min } Stimmen (vielleicht keine), verborgen, damit sie anonym bleiben
heat-cell-open = { $title }, Woche { $week }: Die Woche läuft noch
heat-cell-not-started = { $title }, Woche { $week }: noch nicht begonnen
heat-rising = Zuversicht steigt
heat-dropping = Zuversicht sinkt
heat-steady = Zuversicht gleichbleibend
heat-row = Wöchentliche Zuversicht für { $title }
heat-week-short = W{ $week }
heat-legend = Legende der Heatmap
heat-legend-hidden = weniger als { $min } Stimmen: verborgen, damit sie anonym bleiben
heat-legend-open = die Woche läuft noch
heat-legend-not-started = die Woche hat nicht begonnen
heat-legend-trend = Zuversicht steigend, sinkend, gleichbleibend gegenüber der Vorwoche
heat-legend-falling = zwei Wochen in Folge gesunken
pager-previous = Zurück
pager-next = Weiter
pager-page = Seite { $page } von { $pages }
pager-teams = Seiten der Teams
pager-members = Seiten der Mitglieder
