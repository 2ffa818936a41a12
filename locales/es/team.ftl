## La página de un equipo: miembros, objetivos, ajustes; las filas de resultados clave de los formularios de objetivos
team-archived = archivado
team-members = Miembros
team-nobody = Aún no hay nadie en este equipo.
team-remove-ask = Quitar…
team-remove-named-ask = Quitar a { $name } del equipo…
team-remove-warning = { $name } sale del equipo; volver a añadirle lo deshace.
team-remove-named = Quitar a { $name } del equipo
team-add-member = Añadir un miembro
team-everyone-in = Todas las personas de la organización ya están en este equipo.
team-invite-more = Invitar a más personas
team-person-email = Correo electrónico de la persona
team-add = Añadir al equipo
team-outside = { $count ->
        [one] { $count } persona de la organización no está en este equipo.
       *[other] { $count } personas de la organización no están en este equipo.
    }
team-person = Persona
team-settings = Ajustes
team-name = Nombre del equipo
team-rename = Renombrar
team-restore-hint = Restaurar devuelve el equipo a las listas activas.
team-restore = Restaurar equipo
team-archive-ask = Archivar equipo…
team-archive-warning = Archivar conserva la historia del equipo pero lo quita de las listas activas hasta que alguien lo restaure.
team-archive = Archivar equipo
team-objective-drafts-kept = Estos borradores de objetivos no se pueden enviar ahora: ninguna ola de este equipo acepta objetivos nuevos. Copia lo que necesites y luego descártalos.
team-objectives = Objetivos
team-no-wave = Aún no hay ninguna ola planificada ni activa.
team-see-waves = Ver olas
team-objectives-in = Objetivos en { $wave }
team-no-objectives = Este equipo aún no tiene objetivos en esta ola.
team-no-parents = Los responsables aún no fijaron los objetivos de esta ola; los objetivos de equipo se alinean con ellos.
team-new-objective = Nuevo objetivo de equipo
team-draft-hint = Lo que escribes se guarda en este dispositivo como borrador, incluso sin conexión, hasta que se guarde.
team-add-objective = Añadir objetivo
team-contributes-to = Contribuye al objetivo de la ola
team-rationale-hint = ¿Cómo contribuye esto al objetivo de la ola? Obligatorio.
krs-hint = Los resultados clave dicen cómo sabrás que llegaste: de 1 a { $max }, cada uno un número que mover (del inicio a la meta; las metas pueden bajar), un porcentaje o un hito. Las filas vacías se ignoran.
krs-add = Añadir resultado clave { $n }
krs-row = Resultado clave { $n }
krs-row-optional = Resultado clave { $n } (opcional)
krs-title = Título
krs-kind = Tipo
krs-kind-number = Número
krs-kind-percentage = Porcentaje
krs-kind-milestone = Hito (logrado / no logrado)
krs-start = Inicio
krs-target = Meta
krs-unit = Unidad (opcional)
krs-unit-hint = p. ej. altas, ms, €
krs-weight = Peso (opcional)
krs-weight-hint = 1 por defecto
teams-who-joined = Quién se unió y cuándo
teams-new = Nuevo equipo
teams-create = Crear equipo
teams-members = { $count ->
        [one] { $count } miembro
       *[other] { $count } miembros
    }
teams-active = Equipos activos
teams-archived = Equipos archivados
teams-yours = tu equipo

proposals-title = Propuestos a tu equipo
proposals-hint = Una persona líder empezó una ola a partir de la estructura de la anterior y propuso estos objetivos a tu equipo. Escribe cada uno con vuestras propias palabras y adóptalo, o descarta lo que ya no encaje; una vez vuestro, sus resultados clave se cambian como cualquier otro.
proposals-hint-others = Propuestos a este equipo cuando se empezó una ola a partir de la anterior; los miembros del equipo los adoptan o los descartan.
proposal-meta = Para { $wave } · alineado con «{ $parent }»
proposal-meta-by = Para { $wave } · alineado con «{ $parent }» · propuesto por { $name }
proposal-krs = Resultados clave de «{ $title }»
proposal-adopt = Adoptar como nuestro objetivo
proposal-discard = Descartar «{ $title }»
what-proposal = Ese objetivo propuesto
