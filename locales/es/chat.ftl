# Lo que el ritmo semanal dice en el chat (Slack y Microsoft Teams): en el
# idioma de la organización en un canal, en el de la persona en un mensaje
# directo. Enlaces a las páginas de Mistvine, nunca un voto.

## Tarjetas de Microsoft Teams
teams-nudge-title = { $org }: la votación de esta semana está abierta
# { $week } es mail-week.
teams-nudge-text = Es la { $week } de { $wave }. ¿Cuánta confianza tienes en los objetivos en los que trabajas? Lleva un minuto en la página de votación de Mistvine, y nadie puede ver cómo votaste.
teams-nudge-ppp = Cada equipo escribe también su PPP de la semana: progreso, planes, problemas.
chat-vote = Votar
teams-write-ppp = Escribir el PPP de tu equipo
chat-digest-title = { $org } — { $wave }, { $week }
chat-digest-intro = Lo que necesita a un responsable esta semana:
teams-fact-problems = Problemas aún sin resolver
teams-fact-boosts = Boosts esperando a un equipo
teams-fact-stale = De ellos, esperando más de una semana
teams-fact-disagree = Objetivos en los que los números y el colectivo no coinciden
chat-newest-problems = Problemas más recientes
chat-boosts-longest = Boosts que más tiempo llevan esperando
chat-confidence-dropped = Confianza en descenso dos semanas seguidas
teams-anonymous = La confianza solo aparece donde votaron suficientes personas, como en el panel; ningún voto está en esta tarjeta.
chat-open-dashboard = Abrir el panel

## Mensajes de Slack
slack-reminder-head = { $org }: la votación de esta semana
slack-reminder-when = es la { $week } de { $wave }.
slack-reminder-ask = ¿Cuánta confianza tienes en los objetivos en los que trabajas? Lleva un minuto en la página de votación de Mistvine, y nadie puede ver cómo votaste.
slack-vote-on = Votar sobre { $title }
slack-write-ppp = Escribir el PPP de { $team }
slack-ppp-intro = El PPP de tu equipo para esta semana (progreso, planes, problemas):
# { $link } es slack-account-page, enlazado.
slack-reminders-off = Los recordatorios en Slack se desactivan en { $link }.
slack-account-page = tu página de cuenta
slack-reminder-text = { $org }: la votación de esta semana ({ $week })
slack-digest-problems = Problemas de las actualizaciones PPP aún sin resolver: { $count }
slack-digest-boosts = Boosts esperando a un equipo: { $count } ({ $stale } desde hace más de una semana)
slack-digest-disagree = Objetivos en los que los números y el colectivo no coinciden: { $count }
slack-anonymous = La confianza solo aparece donde votaron suficientes personas, como en el panel; ningún voto está en este mensaje.

## Respuestas a /mistvine, en el idioma de la persona vinculada
slack-gone = Mistvine ya no está conectado a este espacio de trabajo de Slack.
slack-command-not-linked = Tu cuenta de Slack aún no está vinculada a Mistvine: Mistvine vincula a las personas cuya dirección de Slack es su dirección confirmada en Mistvine. Pide a un admin que vuelva a vincular a las personas después de unirte.
slack-not-member = Ya no eres miembro de esta organización en Mistvine.
slack-help = Lo que hace /mistvine:
slack-usage-list = lista tus resultados clave y sus números
slack-usage-check-in = registra el avance del resultado clave 42: su nuevo valor y, si quieres, una nota
slack-usage-ppp = escribe el PPP de tu equipo para esta semana
slack-usage-vote = un enlace a la votación de esta semana (se vota en Mistvine, nunca en Slack)
# { $link } es slack-vote-now, enlazado.
slack-vote-page = La votación de esta semana está en la propia página de Mistvine, donde nadie puede ver cómo votaste: { $link }.
slack-vote-now = votar ahora
# { $link } es slack-see-objective, enlazado.
slack-checked-in = Avance registrado. { $link }.
slack-see-objective = Ver el objetivo
slack-no-krs = Tus equipos no tienen resultados clave en una ola en curso.
slack-krs = Los resultados clave de tus equipos; registra avances con /mistvine checkin NÚMERO VALOR [nota]:
slack-no-team = Todavía no estás en ningún equipo, así que no tienes PPP que escribir.
slack-no-week = Las actualizaciones PPP se escriben durante las semanas de una ola activa.
slack-modal-failed = Slack no abrió el formulario. Inténtalo de nuevo, o escribe el PPP en la página de tu equipo en Mistvine.
slack-modal-title = El PPP de tu equipo
slack-modal-team = Equipo
slack-modal-progress-hint = Lo que avanzó esta semana; un elemento por línea.
slack-modal-plans-hint = Lo que el equipo hará a continuación.
slack-modal-problems-hint = Lo que bloquea al equipo; los responsables lo ven.
slack-modal-save = Guardar PPP
slack-modal-cancel = Cancelar
