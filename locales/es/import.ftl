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
