# El final de una ola: la reflexión y las notas de un equipo, trasladar
# objetivos, las reflexiones de todos los equipos en la página de la ola, y
# la calibración de la confianza colectiva frente a las notas.

reflection-on = Reflexión sobre { $wave }
reflection-not-yet = El equipo todavía no ha reflexionado.
reflect-on = Reflexionad sobre { $wave }
reflect-hint = La ola ha terminado. Mirad atrás juntos, poned nota a cada resultado clave y luego trasladad lo que no está terminado a la siguiente ola.
reflect-grades = Notas (0,0 a 1,0)
# { $objective } — { $kr }: el título de un resultado clave tras el de su objetivo.
reflect-kr = { $objective } — { $kr }
reflect-progress = Progreso { $progress }
reflect-progress-suggested = Progreso { $progress }, nota sugerida a partir de él
reflect-save = Guardar reflexión
carry-into = Trasladar a { $wave }
carry-hint = Los objetivos sin terminar de { $wave } empiezan de nuevo desde donde llegaron sus resultados clave.
carry-no-parents = La nueva ola todavía no tiene objetivos de ola a los que alinearse.
carry-contributes = «{ $title }» ({ $progress }) contribuye a
carry-submit = Trasladar

reviews-title = Reflexiones y notas
reviews-none = Todavía no hay reflexión.
reviews-graded = nota { $grade } · { $progress }
reviews-not-graded = sin nota · { $progress }

calibration-title = La confianza colectiva junto a las notas finales
calibration-hint = La confianza media de cada semana (de 1 Con dificultades a 5 Superando, mostrada solo a partir de suficientes votantes) y la nota con la que terminó el objetivo (las notas del equipo, o lo que sugiere su progreso donde dejó un resultado clave sin nota). La confianza corresponde a las notas así: 1 → 0,0, 3 → 0,5 y 5 → 1,0.
calibration-figure = Calibración { $score }
calibration-over = La confianza temprana quedó en promedio a { $off } puntos de las notas finales (sobre 100), en { $count ->
        [one] { $count } objetivo
       *[other] { $count } objetivos
    }: el colectivo esperaba más de lo que lograron los equipos.
calibration-under = La confianza temprana quedó en promedio a { $off } puntos de las notas finales (sobre 100), en { $count ->
        [one] { $count } objetivo
       *[other] { $count } objetivos
    }: los equipos lograron más de lo que esperaba el colectivo.
calibration-even = La confianza temprana quedó en promedio a { $off } puntos de las notas finales (sobre 100), en { $count ->
        [one] { $count } objetivo
       *[other] { $count } objetivos
    }: ni demasiado ni demasiado poco confiado.
calibration-none = Ningún objetivo tiene a la vez una confianza temprana mostrada y una nota, así que esta ola no tiene cifra de calibración.
calibration-cut = Los objetivos de ola y luego los objetivos de equipo que el colectivo juzgó peor: { $shown } de { $total }.
calibration-compared = confianza temprana { $early } (espera { $expects }) · nota final { $grade }
calibration-few-votes = muy pocos votos tempranos para comparar · nota final { $grade }
calibration-no-grade = sin nota
calibration-wave-objective = Objetivo de ola
calibration-weekly = Confianza semanal en { $title }
calibration-week = S{ $week } { $average }
calibration-week-hidden = S{ $week } oculta
calibration-across = A lo largo de las olas
calibration-overall = En { $count ->
        [one] { $count } ola terminada
       *[other] { $count } olas terminadas
    }: { $score }.
calibration-improving = La confianza temprana predice cada vez mejor cómo terminan las olas.
calibration-worsening = La confianza temprana predijo el final de esta ola peor que el de la anterior.
calibration-steady = Más o menos igual de bien que la ola anterior.
calibration-chart = Calibración por ola, la más antigua primero: { $summary }
calibration-chart-wave = { $wave } { $score }
