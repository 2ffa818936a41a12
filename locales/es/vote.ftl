## La página de votación (/vote) y la escala de confianza
score-1 = Con dificultades
score-2 = Preocupado
score-3 = Estable
score-4 = Confiado
score-5 = Superando
vote-title = Votar
vote-heading = La confianza de esta semana
vote-closed = La votación está cerrada: hoy queda fuera de las semanas de la ola activa.
vote-no-wave = No hay ninguna ola activa, así que aún no hay nada que votar.
vote-lead = { $wave } · semana { $week } de { $weeks }
vote-anonymity = ¿Qué confianza tienes en que se logre cada objetivo? Los votos son anónimos: nadie, ni los admins, puede ver cómo votaste. Los resultados solo aparecen como promedios de al menos { $min } personas. Puedes cambiar el voto de esta semana desde este navegador hasta que termine la semana, hasta { $changes } veces por objetivo.
vote-who-joined = Ver quién se unió y cuándo.
vote-progress = { $voted } de { $total } votados esta semana
vote-nothing = Aún no hay objetivos sobre los que votar.
vote-from-week = Votas sobre este objetivo desde la semana { $week } ({ $day }). { vote-why-wait }
vote-from-next-wave = Votas sobre este objetivo desde la próxima ola. { vote-why-wait }
vote-wave-objective = Objetivo de la ola
vote-voted-mine = Votado ✓ — tu voto: { $score } { $name }
vote-changes-left = { $count ->
        [0] no quedan cambios esta semana
        [one] queda 1 cambio esta semana
       *[other] quedan { $count } cambios esta semana
    }
vote-voted-elsewhere = Votado ✓ (desde otro navegador)
vote-not-yet = Aún sin votar
vote-legend = Tu confianza en { $title }
vote-with-you = Votan contigo:
vote-alone = Nadie más vota sobre este objetivo esta semana, así que sus resultados quedan ocultos.
