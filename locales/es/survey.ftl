# La encuesta de Aligned Autonomy de la organización y las señales en vivo
# de lo que hacen realmente los equipos.

survey-title = Encuesta de autonomía
survey-heading = Encuesta de Aligned Autonomy
survey-none-open = Aún no hay ninguna encuesta abierta para { $wave }
survey-open-text = Pasa la scorecard como encuesta anónima a todo el mundo. Los resultados se muestran cuando la cierres (o termine la ola), a partir de { $k } respuestas.
survey-open = Abrir la encuesta
survey-joined-late = La encuesta de { $wave } cuenta a quienes eran miembros una semana completa antes de que se abriera, para que nadie pueda añadir cuentas para responder junto a un colega y leer sus respuestas: responderás a la encuesta de la próxima ola.
survey-is-open = La encuesta de { $wave } está abierta. Tus respuestas son anónimas: se guardan sin tu nombre y los resultados solo aparecen cuando se cierra la encuesta, a partir de { $k } personas.
survey-with-you = Responden contigo:
survey-alone = Nadie más responde a esta encuesta, así que sus resultados siguen ocultos.
survey-send = Enviar mis respuestas
survey-thanks = Gracias: has respondido a la encuesta de { $wave }.
survey-none = Ahora mismo no hay ninguna encuesta abierta.
survey-close-ask = Cerrar la encuesta…
survey-close-warning = Al cerrar la encuesta, todos ven sus resultados. No se puede volver a abrir ni acepta más respuestas.
survey-close = Cerrar la encuesta y mostrar los resultados
survey-results = Resultados por ola
survey-result-line = { $answers } respuestas · { $band } ({ $score } / 100)
survey-result-open = Abierta: los resultados se muestran cuando se cierre la encuesta.
survey-too-few = Menos de { $k } respuestas: los resultados siguen ocultos para mantener el anonimato.
survey-signals = Señales en vivo en { $wave }
survey-signals-hint = Lo que hacen realmente los equipos, junto a lo que dice la gente.

## Señales en vivo: un número y luego lo que cuenta

signal-no-data = Aún no hay datos
signal-aligned = de los equipos tienen un objetivo alineado, con una justificación escrita, con los objetivos de esta ola.
signal-aligned-none = (aún no hay ningún equipo activo): aquí aparecerá la proporción de equipos con un objetivo alineado, con una justificación escrita, con los objetivos de esta ola.
signal-own = de los objetivos de equipo los escribió el propio equipo en lugar de recibirlos impuestos.
signal-own-none = (aún no hay objetivos de equipo): aquí aparecerá la proporción de objetivos de equipo escritos por el propio equipo en lugar de recibirlos impuestos.
signal-ppp-weeks = { $share } de las semanas con un PPP
signal-no-team-week = Aún no hay semanas de equipo
# { $ppp } es signal-ppp-weeks o signal-no-team-week.
signal-with-boosts = { $ppp }; boosts respondidos en { $hours } h de media
signal-context = Los equipos que publican actualizaciones semanales y responden a los boosts de los demás comparten contexto sin reuniones.
signal-velocity = { $per_week ->
    [one] { $per_week } revisión por semana
   *[other] { $per_week } revisiones por semana
}; { $share } de los resultados clave se movieron
signal-velocity-no-krs = { $per_week ->
    [one] { $per_week } revisión por semana
   *[other] { $per_week } revisiones por semana
}; aún no hay resultados clave
signal-execution = Revisiones frecuentes y resultados clave que se mueven muestran que el trabajo se convierte en resultados.
