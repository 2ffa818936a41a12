## La página de confianza (/confidence) y su mapa de calor
conf-title = Confianza
conf-no-wave = Aún no ha empezado ninguna ola, así que no hay votos que mostrar.
conf-week-of = semana { $week } de { $weeks }
conf-weeks = { $weeks } semanas
conf-hint-live = Promedios de votos anónimos de 1 (Con dificultades) a 5 (Superando), mostrados en cuanto han votado { $step } personas y solo desde { $min } votantes.
conf-hint-weekly = Promedios de votos anónimos de 1 (Con dificultades) a 5 (Superando), mostrados cuando termina cada semana y solo desde { $min } votantes.
conf-team = Equipo
conf-all-teams = Todos los equipos
conf-show = Mostrar
conf-what-to-list = Qué listar
conf-needs-attention = Necesita atención
conf-all-objectives = Todos los objetivos
conf-map-attention = Mapa de calor: la ola y lo que necesita atención
conf-map-page = Mapa de calor: página { $page } de { $pages }
conf-map = Mapa de calor
conf-no-objectives = Aquí no hay objetivos.
conf-pages = Páginas
conf-week-detail = La semana { $week } en detalle
conf-average = Promedio { $average } de { $count } votos
conf-week-open = La semana sigue abierta.
conf-week-not-started = La semana no ha empezado.
conf-too-few = Menos de { $min } votos, así que no se muestra nada.
conf-attention-none = Ningún objetivo de equipo tiene la confianza bajando dos semanas seguidas ni en Preocupado o menos.
conf-attention-some = Objetivos de equipo cuya confianza bajó dos semanas seguidas o está en Preocupado o menos (un promedio por debajo de 2,5): { $count }, primero los que bajan.
conf-attention-cut = Los { $shown } de { $count } objetivos de equipo señalados que más necesitan una conversación (primero los que bajan, luego los más bajos); el resto está en Todos los objetivos.
conf-by-wave-objective = Por objetivo de la ola
conf-group = { $aligned ->
        [one] { $aligned } objetivo de equipo alineado
       *[other] { $aligned } objetivos de equipo alineados
    } · { $falling } bajando dos semanas seguidas · { $low } en Preocupado o menos
conf-teams-calm = { $count ->
        [one] 1 equipo más no tiene
       *[other] { $count } equipos más no tienen
    } nada señalado; elige un equipo arriba para ver su mapa.
conf-teams-more = { $more ->
        [one] { $more } equipo más
       *[other] { $more } equipos más
    } con algo señalado y { $calm } sin nada; elige un equipo arriba para ver su mapa.
conf-by-team = Por equipo
conf-no-team-flagged = Ningún equipo tiene un objetivo bajando dos semanas seguidas ni en Preocupado o menos.
conf-team-line = { $flagged } de { $objectives ->
        [one] { $objectives } objetivo
       *[other] { $objectives } objetivos
    } señalados · { $falling } bajando dos semanas seguidas · { $low } en Preocupado o menos
conf-latest-average = último promedio { $average }
heat-cell-shown = { $title }, semana { $week }: promedio { $average } de { $count } votos
heat-cell-hidden = { $title }, semana { $week }: menos de { $min } votos (quizá ninguno), ocultos para que sigan siendo anónimos
heat-cell-open = { $title }, semana { $week }: la semana sigue abierta
heat-cell-not-started = { $title }, semana { $week }: aún no ha empezado
heat-rising = la confianza sube
heat-dropping = la confianza baja
heat-steady = la confianza se mantiene
heat-row = Confianza semanal en { $title }
heat-week-short = s{ $week }
heat-legend = Leyenda del mapa de calor
heat-legend-hidden = menos de { $min } votos: ocultos para que sigan siendo anónimos
heat-legend-open = la semana sigue abierta
heat-legend-not-started = la semana no ha empezado
heat-legend-trend = la confianza sube, baja o se mantiene frente a la semana anterior
heat-legend-falling = bajó dos semanas seguidas
pager-previous = Anterior
pager-next = Siguiente
pager-page = Página { $page } de { $pages }
pager-teams = Páginas de equipos
pager-members = Páginas de miembros
