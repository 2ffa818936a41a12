## Las olas: la lista, planificar una, la página de una ola
waves-title = Olas
waves-none = Aún no hay olas. Una ola es un ciclo de 2 a 6 semanas con unos pocos objetivos con los que todos se alinean.
waves-current = En curso
waves-planned = Planificadas
waves-past = Olas pasadas
waves-plan = Planificar una ola
waves-name = Nombre
waves-name-hint = p. ej. T3 ola 1
waves-first-day = Primer día
waves-last-day = Último día
waves-last-day-hint = de 2 a 6 semanas después del primer día
waves-plan-submit = Planificar ola
wave-state-planned = Planificada
wave-state-active = Activa
wave-state-reflecting = En reflexión
wave-state-closed = Cerrada
wave-clock-starts = empieza en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, dura { $total } días
wave-clock-day = día { $day } de { $total }, { $left ->
        [one] queda { $left } día
       *[other] quedan { $left } días
    }
wave-clock-ended = terminada: los { $total } días quedaron atrás
wave-start = Empezar la ola
wave-end = Terminar la ola y reflexionar
wave-close = Cerrar la ola
wave-end-warning = Terminar la ola detiene sus votos, registros y objetivos nuevos, y abre la reflexión para cada equipo. No se puede deshacer.
wave-close-warning = Cerrar la ola termina la reflexión: las reflexiones y las notas ya no pueden cambiar. No se puede deshacer.
wave-no-objectives = Aún no hay objetivos. Los responsables fijan uno o unos pocos objetivos; luego los equipos alinean los suyos con ellos.
wave-new-objective = Nuevo objetivo de la ola
wave-why-hint = Los equipos se alinean con el porqué: di qué cambia para los clientes o la empresa.
wave-owner-optional = Responsable (opcional)
