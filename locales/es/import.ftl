# Importar objetivos desde una hoja de cálculo (la página de importación, su plantilla y sus problemas).

# Los encabezados de columna de la plantilla. Los encabezados de un archivo se leen en cualquiera de los cuatro idiomas.
import-col-team = Equipo
import-col-objective = Objetivo
import-col-why = Por qué
import-col-aligned-to = Alineado con
import-col-owner = Responsable
import-col-key-result = Resultado clave
import-col-kind = Tipo
import-col-start = Inicio
import-col-target = Meta
import-col-unit = Unidad
import-col-weight = Peso
import-col-current = Actual
import-col-checked-on = Registrado el

# Los tipos de resultado clave tal como los escribe un archivo (se lee cualquier idioma).
import-kind-numeric = numérico
import-kind-percentage = porcentaje
import-kind-milestone = hito

# { $column } es un encabezado de columna (arriba).
import-column-twice = La columna «{ $column }» aparece dos veces en la fila de encabezado.
import-column-missing = La fila de encabezado no tiene la columna «{ $column }». La primera fila debe nombrar las columnas; la plantilla las muestra.
import-too-many-rows = El archivo tiene { $count } filas; una importación lee como máximo { $max }. Divídelo en archivos más pequeños.
# { $formula } es la fórmula de la celda, tal como la guarda el archivo.
import-formula = Esta celda contiene una fórmula o el error de una fórmula ({ $formula }), no un valor. Guarda la hoja con sus valores o pega solo los valores.
import-objective-missing = Nombra el objetivo: esta fila no tiene objetivo, ni hay uno encima al que continúe.
# { $row } es la fila del mismo objetivo que dijo otra cosa primero.
import-differs = «{ $column }» difiere de la fila { $row } del mismo objetivo. Escríbelo una vez, o igual en cada fila.
import-kind-unknown = «{ $kind }» no es un tipo de resultado clave: escribe numérico, porcentaje o hito.
import-not-a-number = «{ $value }» no es un número.
import-wave-objective-forbidden = Una fila sin equipo es un objetivo de la ola, y solo los responsables y los admins los escriben. Nombra tu equipo en la columna Equipo.
import-team-unknown = No hay ningún equipo llamado «{ $team }» en esta organización.
import-wave-objective-aligned = Un objetivo de la ola no se alinea con otro: deja «Alineado con» vacío, o nombra un equipo en la columna Equipo.
import-aligned-missing = Nombra en «Alineado con» el objetivo de la ola con el que se alinea este objetivo de equipo.
import-aligned-unknown = Esta ola no tiene ningún objetivo llamado «{ $objective }», y el archivo no añade ninguno.
import-krs-none = Este objetivo no tiene resultados clave: dale de 1 a 5, uno por fila.
import-krs-many = Este objetivo tiene { $count } resultados clave; un objetivo tiene como máximo { $max }.
import-file-empty = El archivo está vacío.
import-file-xls = Es un libro de Excel 97–2003 (.xls). Guárdalo como .xlsx o como CSV y vuelve a subirlo.
# { $line } es la línea del archivo donde se detuvo la lectura.
import-file-csv = No se pudo leer el archivo como CSV cerca de la línea { $line }: probablemente falta cerrar unas comillas.
import-file-broken = El archivo no es una hoja de cálculo que Mistvine pueda leer: sube un archivo CSV o un libro de Excel (.xlsx).
import-file-no-sheet = El libro no tiene ninguna hoja.
# { $count } cuenta los problemas de la vista previa.
import-has-problems = { $count ->
    [one] El archivo tiene un problema
   *[other] El archivo tiene { $count } problemas
}: no se importó nada. Corrige el archivo y vuelve a subirlo.
# { $already } cuenta los objetivos del archivo que la ola ya tiene.
import-nothing-new = Nada que importar: la ola ya tiene cada objetivo de este archivo ({ $already }).

# El formulario de subida (en la página de una ola) y la vista previa.
import-title = Importar objetivos desde una hoja de cálculo
import-intro = Una fila por resultado clave: descarga la plantilla para ver las columnas. Ves lo que crearía el archivo, y cada problema que tenga, antes de guardar nada.
import-file-label = Hoja de cálculo (CSV o Excel .xlsx, hasta { $mb } MB)
import-preview-button = Ver la importación
import-template-link = Descargar la plantilla (CSV)
import-template-file = mistvine-plantilla-importacion
import-choose-file = Elige un archivo para subir: un archivo CSV o un libro de Excel (.xlsx).
import-too-big = El archivo supera los { $mb } MB, lo máximo que lee una importación. Divídelo en archivos más pequeños o guárdalo como CSV, que ocupa mucho menos que un libro.
import-read-as-windows-1252 = Este archivo no está en UTF-8: se leyó como Windows-1252, lo que Excel escribe como «CSV» en Europa occidental. Comprueba abajo que las tildes se ven bien; si no, guárdalo como «CSV UTF-8» y súbelo de nuevo.
import-preview-title = Importar en { $wave }
import-from-file = Desde { $file }
import-will-create = { $objectives ->
    [one] Un objetivo
   *[other] { $objectives } objetivos
} con { $krs ->
    [one] un resultado clave
   *[other] { $krs } resultados clave
} por crear
import-run = { $count ->
    [one] Importar un objetivo
   *[other] Importar { $count } objetivos
}
import-fix-first = Corrige los problemas de arriba en el archivo y súbelo de nuevo: no se importa nada mientras tenga alguno.
import-done-already = Este archivo ya se importó.
import-back-to-wave = Volver a { $wave }
import-already-title = Ya en la ola
import-already-hint = La ola ya tiene objetivos con estos títulos (para el mismo equipo): se quedan como están, así que importar dos veces el mismo archivo no añade nada.
import-row = Fila { $row }
import-rows = { $count ->
    [one] fila
   *[other] filas
} { $rows }
import-whole-file = Todo el archivo
import-problems-title = { $count ->
    [one] Un problema por corregir
   *[other] { $count } problemas por corregir
}
import-people-title = Personas no encontradas
import-people-hint = Nadie en esta organización tiene estas direcciones: sus objetivos llegan sin responsable. Invítalas primero y sube el archivo de nuevo, o elige los responsables más tarde.
import-aligned-to = alineado con «{ $objective }»
import-wave-objective = Objetivo de la ola
import-again-title = Subir un archivo corregido
import-imported = { $count ->
    [one] Se importó un objetivo.
   *[other] Se importaron { $count } objetivos.
}
what-upload = Ese archivo subido

# Las filas de ejemplo de la plantilla.
import-example-wave-objective = Los clientes nuevos obtienen valor en su primera semana
import-example-why = Los clientes que triunfan en su primera semana se quedan; la mayoría de los que se van nunca llegaron tan lejos.
import-example-kr-active = Clientes activos en su primera semana
import-example-kr-guide = Guía de inicio publicada
import-example-team-objective = Que la puesta en marcha no cueste
import-example-rationale = Cada hora que un cliente nuevo pasa configurando es una hora sin valor.
import-example-kr-setup = Tiempo mediano de puesta en marcha
import-example-unit-minutes = minutos

# Un resultado clave en la vista previa.
import-kr-range = de { $from } a { $to }
import-kr-range-now = de { $from } a { $to }, ahora { $now }
import-kr-milestone = un hito
import-kr-milestone-done = un hito, ya logrado

# Empezar una ola a partir de la estructura de una anterior.
template-from-title = Empezar desde { $wave }
template-from-hint = Trae a esta ola los objetivos de la ola { $wave }, con su porqué y sus resultados clave, que vuelven a empezar desde su valor inicial. Ves todo antes de crear nada; los responsables se eligen después.
template-from-teams = Proponer también a los equipos sus objetivos alineados con ellos, como borradores que cada equipo edita y adopta
template-from-button = Ver la copia
import-no-earlier-wave = Ninguna ola anterior tiene objetivos desde los que empezar.

# Plantillas de inicio, ofrecidas en la primera ola de una organización mientras está vacía.
template-starters-title = Empezar desde una plantilla
template-starters-hint = Una primera ola avanza más rápido desde un ejemplo. Cada plantilla trae dos objetivos de ola con su porqué y sus resultados clave; los ves antes de crear nada y después los cambias a tu gusto.
template-starter-button = Ver «{ $name }»
starter-plg = Crecimiento impulsado por el producto
starter-reliability = Fiabilidad
starter-hiring = Contratación
starter-unit-hours = horas
starter-plg-success = Los usuarios nuevos logran su primer éxito por sí solos
starter-plg-success-why = Quien obtiene valor sin ayuda se vuelve cliente; cada prueba que llevamos de la mano nos cuesta y no escala.
starter-plg-success-day = Registros que logran su primer éxito en un día
starter-plg-success-time = Tiempo mediano hasta el primer éxito
starter-plg-invite = Los usuarios traen a sus compañeros
starter-plg-invite-why = Cada compañero invitado es un cliente que no tuvimos que buscar.
starter-plg-invite-accounts = Cuentas con tres o más usuarios activos
starter-plg-invite-rate = Invitaciones enviadas por cuenta activa a la semana
starter-rel-trust = Los clientes pueden contar con nosotros
starter-rel-trust-why = Una caída cuesta una confianza que ninguna función nueva recupera.
starter-rel-trust-availability = Disponibilidad del servicio principal
starter-rel-trust-incidents = Incidentes que notaron los clientes
starter-rel-recover = Nos recuperamos rápido cuando algo se rompe
starter-rel-recover-why = Los fallos ocurrirán; los clientes recuerdan cuánto duraron.
starter-rel-recover-time = Tiempo mediano para restablecer el servicio
starter-rel-recover-actions = Análisis posteriores con sus acciones hechas
starter-hire-people = Contratamos a las personas que nuestros planes necesitan
starter-hire-people-why = Los planes de esta ola cuentan con personas que aún no están.
starter-hire-people-filled = Puestos abiertos cubiertos
starter-hire-people-accepted = Ofertas aceptadas
starter-hire-experience = Cada candidato tiene una buena experiencia
starter-hire-experience-why = Los candidatos hablan: a quienes rechazamos hoy son los candidatos y clientes de mañana.
starter-hire-experience-week = Candidatos que reciben respuesta en una semana
starter-hire-experience-process = Proceso de contratación escrito y compartido

invalid-starter = Elige una de las plantillas ofrecidas.
import-proposes = Los objetivos de equipo de este archivo se propondrán a sus equipos como borradores: cada equipo los escribe con sus palabras y los adopta en su página, o los descarta.
import-proposed = { $count ->
    [one] Se propuso un objetivo de equipo a su equipo.
   *[other] Se propusieron { $count } objetivos de equipo a sus equipos.
}
import-check-in-value-missing = Un registro con fecha necesita su valor en Actual.
import-check-in-kr-unknown = No hay ningún resultado clave «{ $kr }» más arriba en este objetivo al que añadir este registro.
import-date-unreadable = «{ $value }» no es una fecha que esta importación lea: escríbela como 2026-03-14 (año, mes, día).
import-check-in-not-started = Esta ola aún no está activa, así que no admite registros con fecha: deja Registrado el en blanco.
import-date-outside = { $date } queda fuera de los registros de esta ola, que van del { $from } a hoy ({ $to }).
import-kr-check-in = un registro el { $date }
import-kr-check-ins = { $count } registros del { $first } al { $last }
