# Die Aligned-Autonomy-Scorecard: die öffentliche Selbsteinschätzung und
# ihr Ergebnis (die Umfrage der Organisation fragt dieselben Aussagen).

scorecard-title = Aligned-Autonomy-Scorecard
scorecard-lead = Zwanzig Aussagen, etwa zwei Minuten. Antworte für das Team oder die Organisation, die du am besten kennst. Nichts wird gespeichert.
scorecard-submit = Mein Ergebnis ansehen
scorecard-result-title = Deine Scorecard
scorecard-back = Zurück zu den Aussagen

## Die vier Dimensionen

scorecard-strategic-clarity = Strategische Klarheit
scorecard-strategic-clarity-question = Verstehen Teams das Warum?
scorecard-strategic-clarity-advice = Kürze die Ziele der Welle auf die wenigen, die zählen, und schreibe das Warum jedes Ziels in zwei Sätzen auf; bitte jedes Team aufzuschreiben, wie seine Ziele beitragen.
scorecard-decision-autonomy = Entscheidungsfreiheit
scorecard-decision-autonomy-question = Können Teams ohne Freigabe handeln?
scorecard-decision-autonomy-advice = Benenne die Entscheidungen, die Teams in dieser Welle allein treffen dürfen (und die wenigen, die noch eine Führungskraft brauchen), und streiche einen Freigabeschritt.
scorecard-context-flow = Kontextfluss
scorecard-context-flow-question = Verstehen Teams die Wirkung über Teamgrenzen hinweg?
scorecard-context-flow-advice = Mach ein kurzes wöchentliches Update (Fortschritt, Pläne, Probleme) für jedes Team zur Regel und beantworte Bitten um Hilfe innerhalb weniger Tage.
scorecard-execution-velocity = Umsetzungstempo
scorecard-execution-velocity-question = Können Teams schnell vorankommen?
scorecard-execution-velocity-advice = Aktualisiere die Schlüsselergebnisse jede Woche, begrenze die parallele Arbeit und beseitige die langsamste wiederkehrende Wartezeit in eurer Lieferung.

## Die Aussagen

scorecard-sc1 = Ich kann die wichtigsten Ziele unserer Organisation für diesen Zeitraum mit eigenen Worten erklären.
scorecard-sc2 = Ich weiß, warum diese Ziele wichtiger sind als andere Dinge, die wir tun könnten.
scorecard-sc3 = Die Arbeit meines Teams hängt klar mit mindestens einem dieser Ziele zusammen.
scorecard-sc4 = Wenn sich Prioritäten ändern, erfahren wir den Grund, nicht nur den neuen Plan.
scorecard-sc5 = Zwei Personen in meinem Team würden unsere Ziele gleich beschreiben.
scorecard-da1 = Mein Team entscheidet, wie es seine Ziele erreicht, ohne um Freigabe zu bitten.
scorecard-da2 = Wir können unseren Plan mitten im Zyklus ändern, wenn wir etwas Neues lernen.
scorecard-da3 = Entscheidungen über unsere Arbeit treffen die Menschen, die ihr am nächsten sind.
scorecard-da4 = Wir warten selten auf eine Führungskraft, bevor wir den nächsten Schritt gehen können.
scorecard-da5 = Geht eine Entscheidung schief, lernen wir daraus, statt Freigaben hinzuzufügen.
scorecard-cf1 = Ich weiß, woran die Teams arbeiten, die von uns abhängen.
scorecard-cf2 = Wir hören von Problemen anderer Teams, bevor sie uns treffen.
scorecard-cf3 = Ein anderes Team um Hilfe zu bitten ist einfach und wird meist schnell beantwortet.
scorecard-cf4 = Führungskräfte teilen, was sie von Kunden und vom Markt lernen.
scorecard-cf5 = Unsere wöchentlichen Updates werden von denen gelesen, die sie brauchen.
scorecard-ev1 = Wir liefern mindestens alle paar Wochen etwas, das Kunden nutzen können.
scorecard-ev2 = Wir messen den Fortschritt wöchentlich an klaren Schlüsselergebnissen.
scorecard-ev3 = Die meiste Zeit geht in geplante Arbeit, nicht in Feuerwehreinsätze oder Warten.
scorecard-ev4 = Wir beenden, was wir anfangen, bevor wir Neues übernehmen.
scorecard-ev5 = Werkzeuge und Abläufe helfen uns voran, statt uns zu bremsen.

## Die Zustimmungsskala

scorecard-agree-1 = Stimme gar nicht zu
scorecard-agree-2 = Stimme nicht zu
scorecard-agree-3 = Neutral
scorecard-agree-4 = Stimme zu
scorecard-agree-5 = Stimme voll zu

## Die Stufen des Spektrums, von direktiv bis autonom

scorecard-band-directive = Direktiv
scorecard-band-directive-meaning = Die Führung gibt vor, die Teams setzen um. Das ist berechenbar, aber Entscheidungen stauen sich oben, und Teams kennen selten das Warum.
scorecard-band-directive-next = Beginnt mit einer kurzen Welle: drei Ziele mit ihrem Warum, und jedes Team schreibt ein eigenes, darauf ausgerichtetes Ziel.
scorecard-band-guided = Geführt
scorecard-band-guided-meaning = Teams haben etwas Spielraum, aber Richtung und Freigaben kommen noch meist von oben; Kontext kommt spät an.
scorecard-band-guided-next = Lasst Teams ihre Schlüsselergebnisse selbst wählen und ersetzt ein Statusmeeting durch ein wöchentliches schriftliches Update.
scorecard-band-aligned = Ausgerichtet
scorecard-band-aligned-meaning = Teams verstehen die Ziele und bestimmen vieles vom Wie; die Lücken liegen beim Teilen von Kontext und beim Tempo.
scorecard-band-aligned-next = Macht Hilfe zwischen Teams sichtbar (bitten, annehmen, erledigt) und aktualisiert die Schlüsselergebnisse jede Woche.
scorecard-band-autonomous = Autonom
scorecard-band-autonomous-meaning = Teams setzen schnell und eigenverantwortlich um, innerhalb einer klaren, gemeinsamen Strategie. Haltet die Strategie knapp und klar.
scorecard-band-autonomous-next = Bewahrt es: Haltet die Wellen kurz, die Ziele wenige und hört weiter auf die anonyme Zuversicht.

## Das Ergebnis

scorecard-you-are = Ihr seid: { $band }
scorecard-overall = Insgesamt { $score } von 100. { $meaning }
scorecard-next = Als Nächstes: { $next }
scorecard-by-dimension = Nach Dimension
scorecard-out-of-100 = { $score } / 100
scorecard-bars-label = Punkte von 100: { $summary }
scorecard-spectrum-label = Position { $position } auf einer Skala von 0, direktiv, bis 100, autonom
scorecard-even = Jede Dimension hat { $score } / 100: keine bremst die anderen
scorecard-work-on = Arbeitet zuerst an: { $dimensions }
scorecard-advice-for = { $dimension }:
scorecard-ask-org = Frag deine ganze Organisation
scorecard-ask-org-text = Das sind deine eigenen Antworten. Die Aligned-Autonomy-Umfrage stellt allen in deinem Arbeitsbereich dieselben Aussagen, anonym, einmal pro Welle.
scorecard-go-survey = Zur Umfrage
scorecard-habit = Mach es zur Gewohnheit
scorecard-habit-text = Mistvine arbeitet in kurzen Wellen mit klaren Zielen, lässt Teams das Wie bestimmen und misst jede Woche anonym die Zuversicht, damit ihr seht, wie Ausrichtung und Autonomie von Welle zu Welle wachsen.
scorecard-again = Noch einmal ausfüllen
