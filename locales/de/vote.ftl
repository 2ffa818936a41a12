## Die Abstimmungsseite (/vote) und die Skala der Zuversicht
score-1 = Kämpft
score-2 = Besorgt
score-3 = Stabil
score-4 = Zuversichtlich
score-5 = Übertrifft
vote-title = Abstimmen
vote-heading = Zuversicht dieser Woche
vote-closed = Die Abstimmung ist geschlossen: Heute liegt außerhalb der Wochen der aktiven Welle.
vote-no-wave = Keine Welle ist aktiv, daher gibt es noch nichts abzustimmen.
vote-lead = { $wave } · Woche { $week } von { $weeks }
vote-anonymity = Wie zuversichtlich bist du, dass jedes Ziel erreicht wird? Die Abstimmung ist anonym: Niemand, auch kein Admin, kann sehen, wie du abgestimmt hast. Ergebnisse erscheinen nur als Durchschnitt von mindestens { $min } Personen. Du kannst die Stimme dieser Woche in diesem Browser bis zum Ende der Woche ändern, bis zu { $changes }-mal pro Ziel.
vote-who-joined = Sieh, wer wann beigetreten ist.
vote-progress = { $voted } von { $total } abgestimmt diese Woche
vote-nothing = Es gibt noch keine Ziele, über die abgestimmt werden kann.
vote-from-week = Du stimmst über dieses Ziel ab Woche { $week } ab ({ $day }). { vote-why-wait }
vote-from-next-wave = Du stimmst über dieses Ziel ab der nächsten Welle ab. { vote-why-wait }
vote-wave-objective = Ziel der Welle
vote-voted-mine = Abgestimmt ✓ — deine Stimme: { $score } { $name }
vote-changes-left = { $count ->
        [0] keine Änderung mehr diese Woche
        [one] noch 1 Änderung diese Woche
       *[other] noch { $count } Änderungen diese Woche
    }
vote-voted-elsewhere = Abgestimmt ✓ (in einem anderen Browser)
vote-not-yet = Noch nicht abgestimmt
vote-legend = Deine Zuversicht für { $title }
vote-with-you = Mit dir stimmen ab:
vote-alone = Sonst stimmt diese Woche niemand über dieses Ziel ab, daher bleiben seine Ergebnisse verborgen.
