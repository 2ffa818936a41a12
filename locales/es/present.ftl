# El modo presentación: la ola activa en la pantalla de una reunión general.

present-title = Presentar
present-no-wave = No hay ninguna ola en curso
present-no-wave-hint = El modo presentación muestra la ola activa. Empieza una en la página Olas.
present-waves = Olas
present-slides = Diapositivas
present-slide-wave = La ola
present-slide-objectives = Objetivos
present-slide-confidence = Confianza
present-slide-boosts = Boosts
present-slide-link = { $number } { $title }
present-next-in = Siguiente diapositiva en { $seconds } s ·
present-pause = Pausar
present-paused = En pausa ·
present-resume = Reanudar
present-exit = Salir
present-days-left = { $count ->
        [one] día restante
       *[other] días restantes
    }
present-week-of = Semana { $week } de { $weeks } ·
present-gone = { $dates } · { $share } de la ola transcurrido
present-gone-label = Parte de la ola transcurrida
present-counts = { $objectives ->
        [one] { $objectives } objetivo
       *[other] { $objectives } objetivos
    } · { $teams ->
        [one] { $teams } equipo
       *[other] { $teams } equipos
    } · { $boosts ->
        [one] { $boosts } boost abierto
       *[other] { $boosts } boosts abiertos
    }
present-objectives-none = Los responsables todavía no han fijado objetivos para esta ola.
present-time-line = La línea de cada barra marca dónde el tiempo dice que deberíamos estar: { $share } de la ola.
present-aligned = { $count ->
        [one] { $count } equipo alineado
       *[other] { $count } equipos alineados
    }
present-confidence-hint = Votos semanales anónimos sobre cada objetivo de ola, de 1 (Con dificultades) a 5 (Superando).
present-confidence-none = Todavía no hay objetivos de ola sobre los que votar.
present-open-boosts = Boosts abiertos: { $count }
present-boosts-none = Ningún equipo está esperando ayuda ahora mismo.
present-boosts-cut = Los { $shown } que más tiempo llevan esperando.
present-boosts-all = Los que más esperan primero.
present-can-you-help = ¿Puede ayudar tu equipo?
present-boost-line = { $asks } · esperando { $waiting }
waiting-today = desde hoy
waiting-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
