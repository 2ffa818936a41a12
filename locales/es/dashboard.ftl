## El panel (la página de inicio durante una ola)
dash-days-remaining = { $count ->
        [one] día restante
       *[other] días restantes
    }
dash-elapsed = { $share } de la ola transcurrido
dash-elapsed-label = Parte de la ola transcurrida
dash-present = Presentar en una pantalla
dash-present-hint = la ola para una reunión general, que avanza sola.
dash-flagged = { $count ->
        [one] { $count } necesita
       *[other] { $count } necesitan
    } apoyo: el progreso va por detrás del tiempo transcurrido o la confianza sigue bajando.
dash-wave-objectives = Objetivos de la ola
dash-no-objectives = Los responsables aún no fijaron objetivos para esta ola.
dash-disagree = Donde los números y los votos no coinciden ({ $count })
dash-disagree-hint = Resultados clave al día mientras los votantes están preocupados, o muy atrasados mientras confían.
dash-disagree-cut = Se muestran los { $shown } más alejados del reloj de la ola, primero los objetivos de la ola.
dash-disagree-all = Primero los objetivos de la ola.
dash-open-boosts = Boosts abiertos: { $count }
dash-no-stale-boosts = Ninguno ha esperado más de una semana.
dash-stale-boosts = { $total ->
        [one] { $total } esperó
       *[other] { $total } esperaron
    } más de una semana.
dash-stale-boosts-cut = { $total } esperaron más de una semana; primero los { $shown } que más llevan esperando.
dash-open-over-week = abierto hace más de una semana
dash-boost-asks = { $from } pide a { $to }
dash-boost-asks-anyone = { $from } pide a cualquiera
dash-open-problems = Problemas abiertos ({ $count })
dash-problems-cut = Los { $shown } más recientes; todas las actualizaciones de los equipos están en el feed PPP.
dash-week = semana { $week }
dash-boost-done = Su boost está terminado.
dash-mark-solved = ¿Resuelto? Márcalo en el boost
dash-teams = Equipos
dash-no-teams = Aún no hay equipos.
dash-teams-need-support = { $count } de { $total } necesitan apoyo.
dash-teams-cut = Se muestran los { $shown } que más lo necesitan;
dash-every-team = ver todos los equipos.
dash-confidence-falling = la confianza bajó dos semanas seguidas
dash-progress-of = Progreso de { $title }
dash-aligned-teams = { $count ->
        [one] { $count } equipo alineado
       *[other] { $count } equipos alineados
    }
dash-team-objective-of = Objetivo de equipo de { $team }
dash-score-of = Puntuación de { $team }
dash-objectives = { $count ->
        [one] { $count } objetivo
       *[other] { $count } objetivos
    }
dash-team-no-objectives = Aún no hay objetivos en esta ola.
progress-time-elapsed = tiempo transcurrido
progress-needs-support = necesita apoyo
divergence-worried = Al día, votantes preocupados
divergence-confident = Atrasado, votantes confiados
divergence-worried-note = Los resultados clave van al día ({ $progress } % hecho con { $elapsed } % de la ola transcurrido), pero los votantes están preocupados: la semana { $week } promedia { $average } de 5, Preocupado o peor. Pregunta al equipo qué se les escapa a los números.
divergence-confident-note = Los resultados clave van muy atrasados ({ $progress } % hecho con { $elapsed } % de la ola transcurrido), pero los votantes confían: la semana { $week } promedia { $average } de 5. Pregunta al equipo qué sabe que los números no muestran, o si los resultados clave aún miden la meta.
kr-value = { $value }
kr-value-unit = { $value } { $unit }
kr-value-percent = { $value } %
kr-done = logrado
kr-not-done = no logrado
