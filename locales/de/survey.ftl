# Die Aligned-Autonomy-Umfrage der Organisation und die Live-Signale
# dessen, was Teams tatsächlich tun.

survey-title = Autonomie-Umfrage
survey-heading = Aligned-Autonomy-Umfrage
survey-none-open = Für { $wave } ist noch keine Umfrage offen
survey-open-text = Führe die Scorecard als anonyme Umfrage unter allen durch. Ergebnisse erscheinen, sobald du sie schließt (oder die Welle endet), ab { $k } Antworten.
survey-open = Umfrage öffnen
survey-joined-late = Die Umfrage für { $wave } zählt Personen, die eine volle Woche vor ihrem Start Mitglied waren, damit niemand Konten anlegen kann, um neben einer Kollegin zu antworten und ihre Antworten zu lesen: Du antwortest bei der Umfrage der nächsten Welle.
survey-is-open = Die Umfrage für { $wave } ist offen. Deine Antworten sind anonym: Sie werden ohne deinen Namen gespeichert, und Ergebnisse erscheinen erst, wenn die Umfrage geschlossen ist, ab { $k } Personen.
survey-with-you = Mit dir antworten:
survey-alone = Niemand sonst beantwortet diese Umfrage, daher bleiben ihre Ergebnisse verborgen.
survey-send = Meine Antworten senden
survey-thanks = Danke: Du hast die Umfrage für { $wave } beantwortet.
survey-none = Gerade ist keine Umfrage offen.
survey-close-ask = Umfrage schließen …
survey-close-warning = Wird die Umfrage geschlossen, sehen alle ihre Ergebnisse. Sie lässt sich nicht wieder öffnen und nimmt keine Antworten mehr an.
survey-close = Umfrage schließen und Ergebnisse zeigen
survey-results = Ergebnisse nach Welle
survey-result-line = { $answers } Antworten · { $band } ({ $score } / 100)
survey-result-open = Offen: Ergebnisse erscheinen, sobald die Umfrage geschlossen ist.
survey-too-few = Weniger als { $k } Antworten: Die Ergebnisse bleiben verborgen, damit sie anonym bleiben.
survey-signals = Live-Signale in { $wave }
survey-signals-hint = Was Teams tatsächlich tun, neben dem, was die Leute sagen.

## Live-Signale: eine Zahl, dann was sie zählt

signal-no-data = Noch keine Daten
signal-aligned = der Teams haben ein Ziel, das mit schriftlicher Begründung auf die Ziele dieser Welle ausgerichtet ist.
signal-aligned-none = (noch kein aktives Team): Hier steht dann der Anteil der Teams mit einem Ziel, das mit schriftlicher Begründung auf die Ziele dieser Welle ausgerichtet ist.
signal-own = der Teamziele hat das Team selbst geschrieben, statt sie vorgegeben zu bekommen.
signal-own-none = (noch kein Teamziel): Hier steht dann der Anteil der Teamziele, die das Team selbst geschrieben hat, statt sie vorgegeben zu bekommen.
signal-ppp-weeks = { $share } der Wochen mit einem PPP
signal-no-team-week = Noch keine Teamwoche
# { $ppp } ist signal-ppp-weeks oder signal-no-team-week.
signal-with-boosts = { $ppp }; Boosts im Schnitt nach { $hours } Std. beantwortet
signal-context = Teams, die wöchentliche Updates schreiben und die Boosts der anderen beantworten, teilen Kontext ohne Meetings.
signal-velocity = { $per_week ->
    [one] { $per_week } Check-in pro Woche
   *[other] { $per_week } Check-ins pro Woche
}; { $share } der Schlüsselergebnisse bewegt
signal-velocity-no-krs = { $per_week ->
    [one] { $per_week } Check-in pro Woche
   *[other] { $per_week } Check-ins pro Woche
}; noch keine Schlüsselergebnisse
signal-execution = Häufige Check-ins und Schlüsselergebnisse, die sich bewegen, zeigen, dass Arbeit zu Ergebnissen wird.
