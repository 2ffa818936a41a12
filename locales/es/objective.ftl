## La página de un objetivo, sus resultados clave, sus gráficos y registros
kr-now = Ahora { $now } · { $share } % del camino de { $from } a { $to }
kr-milestone-done = Logrado · 100 %
kr-milestone-not-done = Aún no logrado · 0 %
kr-chart-week = S{ $week }
kr-chart-target-at = meta { $value }
kr-chart-start-at = inicio { $value }
kr-chart-key-check-ins = registros
kr-chart-key-pace = ritmo constante hacia la meta
kr-chart-key-target = meta
kr-chart-none = De { $from } hacia { $to } durante la ola, del { $first } al { $last }. Aún no hay registros.
kr-chart-milestone = De { $from } hacia { $to } durante la ola, del { $first } al { $last }. { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }, el último { $latest }.
## $pace es "ahead" (al ritmo constante o por delante) o "behind".
kr-chart-pace = De { $from } hacia { $to } durante la ola, del { $first } al { $last }. { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }, el último { $latest }, donde el ritmo constante hacia la meta esperaba { $expected }: { $pace ->
        [ahead] al ritmo o por delante
       *[behind] por detrás del ritmo
    }.
objective-owner = responsable { $name }
objective-contributes = Cómo contribuye esto al objetivo de la ola
objective-why = Por qué importa
objective-disagree = Los números y los votos no coinciden
objective-heat-map = Mapa de calor de la confianza
objective-weight = peso { $weight }
objective-history = Historial de registros ({ $count })
objective-new-state = Nuevo estado
objective-done = Logrado
objective-not-done = No logrado
objective-new-value = Nuevo valor
objective-note = Nota (opcional)
objective-check-in = Registrar avance
objective-aligned = Objetivos de equipo alineados ({ $count })
objective-none-aligned = Ningún equipo ha alineado aún un objetivo con este.
objective-edit = Editar este objetivo
objective-title-label = Título del objetivo
objective-rationale-label = Justificación de la alineación
objective-owner-label = Responsable
objective-save = Guardar cambios
person-no-one = Nadie
person-by-email = { $label }: correo electrónico
person-empty-hint = Déjalo vacío para nadie.
