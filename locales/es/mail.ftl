# Los correos, en el idioma de su destinatario. Texto plano: cada mensaje
# es un párrafo; los enlaces y las listas van entre ellos.

mail-hello = Hola, { $name }:
mail-footer = Recibes esto porque los correos semanales están activados para ti en Mistvine. Desactívalos en tu página de cuenta: { $link }
mail-invite-subject = { $inviter } te invitó a { $org } en Mistvine
mail-invite-body = { $inviter } te invitó a unirte a { $org } en Mistvine, donde los equipos escriben sus propios objetivos para cada ola y dicen con sinceridad cuánta confianza tienen.
mail-invite-join = Únete aquí (el enlace funciona una vez, durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }):
mail-invite-ignore = Si no lo esperabas, ignóralo: no pasa nada sin el enlace.
mail-reset-subject = Restablece tu contraseña de Mistvine
mail-reset-body = Alguien (esperamos que tú) pidió restablecer la contraseña de tu cuenta de Mistvine. Elige una nueva aquí:
mail-reset-valid = El enlace funciona una vez, durante { $minutes } minutos. Definir una contraseña nueva cierra tu sesión en todas partes.
mail-reset-ignore = Si no lo pediste, ignora este correo: tu contraseña sigue igual.
mail-confirm-subject = Confirma tu dirección de correo para Mistvine
mail-confirm-new = Creaste el espacio de trabajo { $org } en Mistvine. Confirma que esta dirección es tuya:
mail-confirm-taken-subject = Alguien creó { $org } en Mistvine con tu dirección
mail-confirm-taken = Alguien creó el espacio de trabajo { $org } en Mistvine con esta dirección de correo, que ya tiene una cuenta de Mistvine. Si fuiste tú (quizá con otra contraseña), añade { $org } a tu cuenta aquí:
mail-confirm-join-subject = Confirma tu dirección de correo para unirte a { $org }
mail-confirm-join = Pediste unirte a { $org } en Mistvine. Confirma que esta dirección es tuya y ya estarás dentro:
mail-confirm-taken-join-subject = Alguien pidió unirse a { $org } en Mistvine con tu dirección
mail-confirm-taken-join = Alguien pidió unirse a { $org } en Mistvine con esta dirección de correo, que ya tiene una cuenta de Mistvine. Si fuiste tú, únete a { $org } con tu cuenta aquí:
mail-confirm-again = Confirma que esta dirección es tuya:
mail-confirm-valid = El enlace funciona una vez, durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
mail-confirm-ignore = Si no lo pediste, ignora este correo: no pasa nada sin el enlace, y nadie puede iniciar sesión con tu dirección.

## El recordatorio semanal y el resumen de los responsables (también en el chat y como notificación)
mail-week = semana { $week } de { $weeks }
mail-reminder-subject = { $org }: la votación de esta semana
mail-reminder-subject-ppp = { $org }: la votación y el PPP de esta semana
# { $week } es mail-week.
mail-reminder-when = Es la { $week } de { $wave } en { $org }.
mail-reminder-vote = Vota: ¿cuánta confianza tienes en los objetivos en los que trabajas? Lleva un minuto, y nadie puede ver cómo votaste.
mail-reminder-ppp = Escribe el PPP de { $team } para esta semana (progreso, planes, problemas):
mail-digest-subject = { $org }: la semana en { $wave }
mail-digest-intro = { $org } — { $wave }, { $week }. Lo que necesita a un responsable esta semana:
mail-digest-problems = Problemas de las actualizaciones PPP aún sin resolver: { $count }
mail-digest-boosts = Boosts esperando a un equipo: { $count } ({ $stale } desde hace más de una semana)
mail-digest-not-falling = La confianza de ningún objetivo bajó dos semanas seguidas.
mail-digest-falling = Confianza en descenso dos semanas seguidas: { $count }
mail-digest-disagree = Objetivos en los que los números y el colectivo no coinciden: { $count }. Pregunta a esos equipos qué no reflejan los números.
mail-digest-anonymous = La confianza solo aparece donde votaron suficientes personas, como en el panel; ningún voto está en este correo.
mail-digest-dashboard = El panel: { $link }
mail-digest-team-objective = un objetivo de { $team }

## El recordatorio semanal como notificación en el teléfono (su título es mail-reminder-subject)
push-reminder = Es la { $week } de { $wave }. ¿Cuánta confianza tienes? Lleva un minuto, y nadie ve cómo votaste.
