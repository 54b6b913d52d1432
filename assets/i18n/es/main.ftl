# La interfaz de Puente en español. Todos los archivos de assets/i18n/<lang>/
# tienen los mismos identificadores; una prueba lo comprueba.

## Perfiles
tagline = Propiedad intelectual y transferencia de tecnología en ciencias de la vida
who-is-learning = ¿Quién va a aprender?
create-your-profile = Cree su perfil
new-profile = Perfil nuevo
profile-privacy = Su avance se guarda en esta computadora con este nombre. No se envía nada a ningún lado.
your-name = Su nombre
name-example = p. ej., Ana Martínez
language = Idioma
create-profile = Crear perfil
name-missing = Escriba primero su nombre.
name-too-long = Ese nombre tiene más de 80 caracteres; acórtelo.

## Inicio
switch-profile = Cambiar de perfil
continue-where-stopped = Continuar donde se quedó: { $module } — { $step }
kind-question = Pregunta
kind-true-false = Verdadero o falso
kind-ordering = Ordenar
kind-matching = Relacionar
kind-numeric = Calcular
kind-date = Plazo
kind-scenario = Caso
kind-reflection = Reflexión
module-meta = { $minutes } min · { $lessons ->
        [one] 1 lección
       *[other] { $lessons } lecciones
    } · { $exercises ->
        [one] 1 ejercicio
       *[other] { $exercises } ejercicios
    }
not-done-yet = (aún no)
best-after = Mejor después de: { $modules }
steps-done = { $done } de { $total } pasos
status-completed-score = Completado · puntaje { $score } %
status-completed = Completado
status-score-so-far = Puntaje hasta ahora { $score } % · { $answered } de { $scored } preguntas respondidas
status-in-progress = En curso
status-not-started = Sin empezar
self-assessments = Autoevaluaciones
checklist-meta = { $dimensions } dimensiones · { $items } ítems
content-packs = Paquetes de contenido
pack-line = { $title } — versión { $version } · { $licence } · { $root }
choose-folder-in-dialog = Elija una carpeta en el cuadro de diálogo…
open-content-pack = Abrir un paquete de contenido…
or-type-folder = o escriba su carpeta:
open-folder = Abrir carpeta
content-problems = Problemas en el contenido: { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 advertencia
       *[other] { $warnings } advertencias
    }
run-score = puntaje { $score }
run-answered = { $answered } de { $items } respondidos
continue = Continuar
continue-run = Continuar: { $name }
results = Resultados
results-run = Resultados: { $name }
what-are-you-assessing = ¿Qué va a evaluar?
assessment-example = Un nombre para encontrar esta evaluación después
start-assessment = Empezar la evaluación

## Módulo
home = ← Inicio
back = ← Atrás
next = Siguiente →
finish-module = Terminar el módulo
step-of = Paso { $n } de { $total }
close = Cerrar
term-not-in-glossary = «{ $term }» no está en el glosario.
choose-every-option = Elija todas las opciones que correspondan.
true = Verdadero
false = Falso
ordering-help = Use las flechas para ordenar los elementos, el primero arriba.
move-up = Subir: { $item }
move-down = Bajar: { $item }
right-order = El orden correcto
choose = Elija…
match-for = Pareja de: { $item }
right-answer-is = Correcto: { $answer }
your-answer = Su respuesta
not-a-number = Eso todavía no es un número.
number-read-as = Se lee como { $value }
numeric-answer-is = La respuesta es { $answer }.
your-date = Su fecha
date-hint = DD/MM/AAAA
not-a-date = Escriba una fecha como 31/01/1999 o 1999-01-31.
last-day-is = El último día es el { $date }.
you-chose = Eligió: { $choice }
outcome-success = El mejor final.
outcome-partial = Un resultado parcial: algo se salvó y algo se perdió.
outcome-failure = Un mal resultado.
grade-good = Buena decisión
grade-acceptable = Decisión aceptable
grade-poor = Mala decisión
scenario-moves = Sus decisiones — buenas: { $good } · aceptables: { $acceptable } · malas: { $poor }. Puntuación de este caso: { $score } %.
your-reflection = Su reflexión (no se califica; queda en esta computadora, salvo que decida compartirla al exportar su progreso)
save-reflection = Guardar la reflexión
saved = Guardado
model-answer = Una respuesta posible
check-answer = Comprobar respuesta
exercise-keys-choice = Teclas: un número elige una opción · Intro comprueba y otro Intro sigue · ← → otros pasos · Esc inicio
exercise-keys = Teclas: Intro comprueba y otro Intro sigue · ← → otros pasos · Esc inicio
scenario-keys = Teclas: un número toma esa opción de inmediato · ← → otros pasos · Esc inicio
why = Por qué
try-again = Intentar de nuevo
verdict-right = ✔ Correcto
verdict-partly = Parcialmente correcto: { $score } %
verdict-wrong = ✘ No del todo
mark-right = Correcto
mark-wrong = Incorrecto

## Resumen
module-finished = Módulo terminado
module-score = Puntaje: { $score } %
scored-answered = { $answered } de { $scored } ejercicios calificados respondidos.
no-scored-exercises = Este módulo no tiene ejercicios calificados.
what-next = Qué sigue
review-missed = Repasar las preguntas falladas
next-module = Siguiente módulo: { $module }
save-certificate = Guardar un certificado…
back-to-home = Volver al inicio

## Autoevaluaciones
previous-dimension = ← Dimensión anterior
dimension-of = Dimensión { $n } de { $total }
see-results = Ver resultados
next-dimension = Dimensión siguiente →
note-hint = Nota (opcional): evidencia, a quién preguntar, siguiente paso
note-on = Nota sobre: { $item }
change-answers = Cambiar respuestas
started-on = Iniciada el { $date }
assessment-score = Puntaje: { $score } / 100
open-module = Abrir el módulo: { $module }
too-few-answers = Todavía hay muy pocas respuestas para calificar
too-few-answers-detail = Responda al menos la mitad de los ítems de cada dimensión: { $missing ->
        [one] falta 1 respuesta
       *[other] faltan { $missing } respuestas
    }. Un puntaje basado en pocas respuestas engañaría.
nothing-applies = Nada que calificar: todos los ítems están marcados como no aplicables.
run-knock-out = respuesta excluyente: vea primero los resultados
gates-heading = Antes que nada
gate-capped = Por esta respuesta, el resultado es como máximo «{ $band }», sea cual sea el puntaje.
level-reached = Nivel alcanzado: { $level }
level-none = Todavía no se alcanza ningún nivel
next-level-plan = Para alcanzar «{ $level }», complete:
assess-pack-errors = el paquete tiene errores, así que sus listas de verificación no pueden calificarse; ejecute `puente check` sobre él y corríjalos
assess-unknown-checklist = no existe la lista de verificación "{ $id }"; las listas son: { $known }
assess-cannot-read = no se puede leer { $file }: { $error }
assess-bad-json = { $file } no es un JSON válido (línea { $line }, columna { $column }): { $error }; escriba un objeto como {"{"}"item-id": 2, "other-item": "na"{"}"}
assess-not-object = { $file } debe contener un objeto JSON de respuestas, como {"{"}"item-id": 2, "other-item": "na"{"}"}; `puente assess CHECKLIST_ID --template` enumera los elementos
assess-unknown-item = "{ $id }" no es un elemento de la lista de verificación "{ $checklist }"{ $hint }; `--template` enumera los elementos
assess-did-you-mean = {" "}(¿quiso decir "{ $id }"?)
assess-off-scale = "{ $id }": { $value } no es una respuesta que este elemento acepte; use una de { $allowed }
assess-gates = Antes que nada:
assess-score = Puntaje: { $score } / 100
assess-too-few = Muy pocas respuestas para calificar: { $missing ->
    [one] falta 1 respuesta
   *[other] faltan { $missing } respuestas
}.
assess-no-level = ninguno todavía
assess-level = Nivel: { $level }
assess-band = Resultado: { $band } ({ $id })
assess-plan = Plan: para el siguiente nivel, complete
assess-dimension-levels = Niveles por dimensión:
dimension-levels = Niveles por dimensión
dimension = Dimensión
score = Puntaje
answered = Respondidos
answered-of = { $answered } de { $items }
answered-of-na = { $answered } de { $items } ({ $na } no aplica)
your-notes = Sus notas
export = Exportar
save-pdf-report = Guardar el informe en PDF…
save-csv = Guardar las calificaciones en CSV…
score-by-dimension = Puntaje por dimensión
band-lines = Líneas punteadas: donde empieza cada banda.
history = Historial
overall = Total

## Mensajes y avisos
pack-not-opened = No se pudo abrir el paquete: { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }. Los problemas están listados en la pantalla de inicio, en «Problemas en el contenido».
pack-has-errors = «{ $title }» ({ $root }) tiene { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    } y no se abrió; los problemas están listados en la pantalla de inicio, en «Problemas en el contenido». Su autor puede revisarlo con `puente check`.
pack-opened = Se abrió «{ $title }» (versión { $version }): { $modules ->
        [one] 1 módulo
       *[other] { $modules } módulos
    }, { $checklists ->
        [one] 1 autoevaluación
       *[other] { $checklists } autoevaluaciones
    }.
pack-opened-warnings = Se abrió «{ $title }» (versión { $version }): { $modules ->
        [one] 1 módulo
       *[other] { $modules } módulos
    }, { $checklists ->
        [one] 1 autoevaluación
       *[other] { $checklists } autoevaluaciones
    }, { $warnings ->
        [one] 1 advertencia
       *[other] { $warnings } advertencias
    }.
pack-replaces = { $summary } Reemplaza la versión { $old }.
data-folder-unusable = Puente no puede usar su carpeta de datos, así que el avance no se guardará: { $error }. Inicie Puente con --data-dir CARPETA para usar otra carpeta.
profile-not-created = No se pudo crear el perfil: { $error }
profile-stays-open = Aún hay respuestas sin guardar, así que el perfil sigue abierto; vea el aviso de arriba.
language-not-saved = No se pudo guardar el idioma: { $error }
display-not-saved = No se pudieron guardar el tamaño del texto ni el tema: { $error }
saving-pdf = Guardando el informe en PDF…
saving-csv = Guardando las calificaciones…
saving-certificate = Guardando el certificado…
file-not-made = No se pudo generar el archivo: { $error }
file-not-written = No se pudo escribir { $path }: { $error }
file-saved = Se guardó { $path }.
open-pack-dialog-title = Abrir la carpeta de un paquete de contenido
open-pack-file = Abrir un archivo de paquete (.puente-pack)…
open-pack-file-dialog-title = Abrir un paquete de contenido en un solo archivo
pack-file-kind = Paquete de contenido de Puente
write-read-only = No se puede escribir en su carpeta de datos (es de solo lectura).
write-full = El disco está lleno.
write-in-use = Este perfil está abierto en otra ventana de Puente.
write-other = No se pudieron guardar sus respuestas.
pending-answers = { $count ->
        [one] 1 respuesta se guarda
       *[other] { $count } respuestas se guardan
    } en memoria y se guardarán en cuanto sea posible; deje Puente abierto. Puente lo intenta de nuevo cada pocos segundos.
try-saving-now = Intentar guardar ahora
dismiss = Cerrar avisos
answers-not-saved = Respuestas sin guardar
answers-not-saved-detail = { $count ->
        [one] 1 respuesta todavía no se pudo guardar.
       *[other] { $count } respuestas todavía no se pudieron guardar.
    } Si cierra Puente ahora, se perderán. Libere espacio en el disco o permita escribir en la carpeta de datos y vuelva a intentarlo.
keep-open = Dejar Puente abierto
close-and-lose = Cerrar y perderlas
content-fallback = Este contenido no está disponible en { $language }, así que se muestra en { $fallback }.

## Ajustes
settings = Ajustes
text-size = Tamaño del texto
text-size-keys = Ctrl + y Ctrl − cambian el tamaño del texto en cualquier pantalla.
theme = Tema
theme-light = Claro
theme-dark = Oscuro
theme-high-contrast = Alto contraste
data-folder = Carpeta de datos
open-data-folder = Abrir la carpeta
about = Acerca de
about-version = Puente { $version }
about-pack = { $title }, versión { $version } — { $licence }
about-licences = Puente es software libre (MIT o Apache-2.0). Tipografía: DejaVu Sans (licencia Bitstream Vera).
about-offline = Puente funciona sin red y no envía nada a ningún lado.

## Lo que el almacén le dice al usuario
notice-torn = La última respuesta que se guardaba en { $path } quedó cortada (Puente se detuvo mientras guardaba) y se descartó.
notice-torn-kept = La última respuesta que se guardaba en { $path } quedó cortada (Puente se detuvo mientras guardaba) y se descartó. Sus bytes se conservan en { $kept }.
notice-set-aside = { $path } tenía { $unreadable } línea(s) ilegibles. El original se conserva como { $aside }; se usan las { $kept } entradas legibles.
notice-newer-events = { $count ->
        [one] 1 entrada de { $path } la escribió un Puente más nuevo; se conserva pero no se muestra. Actualice Puente para verla.
       *[other] { $count } entradas de { $path } las escribió un Puente más nuevo; se conservan pero no se muestran. Actualice Puente para verlas.
    }
notice-foreign-lines = Se omitieron { $count } línea(s) ilegibles de { $path } (escrito en otro equipo); el archivo queda como está.
notice-journal-unreadable = No se puede leer { $path } (escrito en otro equipo): { $detail }. Sus eventos no se muestran; el archivo queda como está.
notice-restored = No se pudo leer { $path } y se restauró desde su copia de respaldo; el archivo dañado se conserva como { $aside }.
notice-profile-rebuilt = { $path } faltaba o no se pudo leer, así que el perfil se rehízo a partir de las respuestas guardadas; si el nombre no se pudo leer, lo reemplaza un código corto.
notice-profile-rebuilt-aside = No se pudo leer { $path }, así que el perfil se rehízo a partir de las respuestas guardadas; si el nombre no se pudo leer, lo reemplaza un código corto. El archivo dañado se conserva como { $aside }.
notice-profile-unreadable = No se puede abrir el perfil de { $path }: { $detail }
notice-temporary-device = No se pudo escribir { $path }, así que esta sesión usa un identificador de equipo temporal.
error-locked = Este perfil está abierto en otra ventana de Puente; ciérrelo allí primero.
error-newer-format = { $path } lo escribió un Puente más nuevo (formato { $found }); actualice Puente para abrirlo.
error-unreadable = No se puede leer { $path }: { $detail }
error-io = { $path }: { $detail }
error-own-journal = No se puede leer { $path }: { $detail }. Este perfil no se abre, así que no se pierde nada de lo que contiene. Si el archivo pertenece a otro usuario de esta computadora, pida a quien la administra que le dé acceso, o abra Puente como ese usuario.
error-encode = No se escribió { $path }: Puente no pudo pasar lo que guardaba al formato del archivo. El archivo quedó como estaba.
error-no-data-folder = No se encontró una carpeta personal para este usuario; inicie Puente con --data-dir CARPETA.
io-not-found = no existe
io-permission = Puente no tiene permiso para usarlo
io-read-only = está en un disco o carpeta de solo lectura
io-full = el disco está lleno
io-invalid = no es un archivo que Puente pueda leer (una carpeta, un dispositivo o algo demasiado grande)
io-cancelled = se canceló
io-other = el sistema lo rechazó (error { $code })
io-unexpected = el sistema lo rechazó
detail-not-json = no es JSON válido (línea { $line }, columna { $column })
detail-not-a-profile = no contiene un perfil que esta versión de Puente pueda leer
detail-profile-missing = falta el archivo del perfil
detail-profile-copy = es una copia del perfil de { $name } (id { $id }), que está en { $original }; solo se lee ese. Saque la copia de la carpeta de perfiles, o bórrela
detail-profile-folder-name = la carpeta del perfil de { $name } debe llevar el nombre de su id; cámbiele el nombre a { $wanted }
skip-too-deep = es una carpeta a más de { $depth } carpetas de profundidad dentro de la indicada, así que no se revisó: impórtela por separado.
skip-unreadable = no se puede leer: { $detail }
skip-too-large = es más grande que cualquier paquete de progreso ({ $size } bytes); no es uno
skip-not-regular = es { $kind ->
        [folder] una carpeta
        [fifo] una tubería con nombre (FIFO)
        [device] un dispositivo
        [socket] un socket
       *[other] un archivo especial
    } y no un archivo, así que no se leyó
skip-other-pack = contiene progreso en otro paquete de contenido ({ $packs }), no en el paquete abierto aquí ({ $open }); abra ese paquete e impórtelo de nuevo
skip-mixed-profiles = incluye eventos de otro participante ({ $count }); el archivo se editó a mano o está dañado
skip-write = no se pudo guardar: { $error }
skip-cancelled = la importación se canceló antes de este archivo
bundle-empty = el archivo está vacío
bundle-truncated = el archivo termina antes de tiempo (línea { $line }, columna { $column }): probablemente se cortó al copiarlo; expórtelo de nuevo
bundle-not-json = el archivo no es un paquete de progreso de Puente (línea { $line }, columna { $column })
bundle-foreign = esto no es un paquete de progreso de Puente (dice ser «{ $kind }»)
bundle-newer = el paquete lo hizo un Puente más nuevo (formato { $found }; este lee el { $reads }); actualice Puente
bundle-damaged = el paquete está dañado: se editó o se rompió después de hacerlo; expórtelo de nuevo desde el equipo del participante
bundle-changed = el paquete cambió después de que Puente lo escribiera (su suma de verificación no coincide con su contenido): se dañó al copiarlo o alguien lo editó a mano; expórtelo de nuevo desde el equipo del participante
pdf-font = no se pudo leer la fuente incluida
pdf-page = se rechazó el tamaño de página
pdf-write = no se pudo armar el PDF
export-not-encoded = lo que se iba a guardar no se pudo pasar al formato del archivo

## Taller: paquetes de progreso, panel del grupo, modo presentador
workshop = Panel de quien facilita
export-progress = Exportar mi progreso…
saving-bundle = Guardando su progreso…
saving-xapi = Guardando las declaraciones xAPI…
shared-folder = Varias computadoras comparten esta carpeta de datos
shared-folder-help = Marque esta casilla cuando la carpeta esté en una memoria USB o se mantenga sincronizada con Syncthing u otra herramienta similar, e inicie Puente en cada computadora con esta carpeta. Así, cada computadora escribe solo sus propios archivos.
workshop-title = Taller: el progreso del grupo
presenter-mode = Modo presentador
import-bundles = Importar paquetes…
import-folder = Importar una carpeta…
import-pending = { $count ->
        [one] 1 archivo o carpeta más espera
       *[other] { $count } archivos o carpetas más esperan
    } para importarse después de esto.
import-drop = También puede soltar archivos o carpetas de paquetes sobre esta ventana.
import-path-hint = o escriba la ruta de una carpeta o de un paquete
import = Importar
importing = Importando { $done } de { $total } archivos…
reading-cohort = Leyendo el progreso de los participantes…
opening-pack = Abriendo el paquete de contenido…
importing-bundles = Importando paquetes…
task-failed = Esto no terminó por una falla de Puente: { $task } Inténtelo de nuevo.
import-cancel = Cancelar la importación
import-cancelling = Deteniéndose después del archivo actual…
import-waiting = Esperando a que termine otra importación en esta carpeta de datos…
import-done = { $files ->
    [one] 1 archivo importado
   *[other] { $files } archivos importados
}, { $events ->
    [one] 1 evento nuevo
   *[other] { $events } eventos nuevos
}, { $skipped } omitidos.
import-file-skipped = Se omitió { $file }: { $reason }
import-other-version = { $name }: hecho con otra versión del paquete de contenido ({ $versions }); importado.
import-conflict = { $name }: { $count ->
    [one] 1 evento llegó otra vez con un contenido distinto
   *[other] { $count } eventos llegaron otra vez con un contenido distinto
} ({ $ids }). Se conserva la copia que ya estaba en esta carpeta de datos, porque Puente nunca sobrescribe lo que ya guardó; una de las dos copias se editó o se dañó. Compare con el equipo del participante y, si este paquete es el correcto, impórtelo en una carpeta de datos vacía.
import-conflict-in-bundle = { $name }: el paquete contiene { $count ->
    [one] 1 evento
   *[other] { $count } eventos
} dos veces con un contenido distinto ({ $ids }); se usó la primera copia de cada uno. El archivo se editó o se dañó: expórtelo de nuevo desde el equipo del participante.
import-repeated = { $name }: el paquete contiene algunos eventos más de una vez ({ $count ->
    [one] 1 copia de más
   *[other] { $count } copias de más
}, idénticas a la primera); cada evento se leyó una sola vez.
export-cohort-csv = Exportar CSV…
export-xapi = Exportar xAPI…
xapi-base = Dirección del LRS
xapi-base-hint = https://lrs.ejemplo.edu/xapi
xapi-base-invalid = Esta dirección de LRS no se puede usar: { $reason }. Escriba la dirección de su institución, como https://lrs.ejemplo.edu/xapi, o deje el campo vacío.
xapi-base-scheme = no empieza con https:// ni con http://
xapi-base-too-long = tiene { $length } caracteres; se aceptan { $max } como máximo
xapi-base-character = contiene { $character }, que una dirección no puede llevar
xapi-base-query = tiene una consulta o un fragmento (? o #); escriba la dirección sin ellos
xapi-base-no-host = no tiene nombre de servidor después de https://
xapi-written = { $statements ->
    [one] 1 declaración xAPI
   *[other] { $statements } declaraciones xAPI
} de { $learners ->
    [one] 1 participante
   *[other] { $learners } participantes
} guardadas en { $files ->
    [one] 1 archivo
   *[other] { $files } archivos
} en { $path }. Envíelas al LRS archivo por archivo (vea la guía del formato de progreso).
xapi-untimely = { $count ->
    [one] 1 evento con fecha anterior al año 1 quedó fuera de la exportación xAPI: un LRS solo acepta años de cuatro cifras. Sigue en la carpeta de datos.
   *[other] { $count } eventos con fecha anterior al año 1 quedaron fuera de la exportación xAPI: un LRS solo acepta años de cuatro cifras. Siguen en la carpeta de datos.
}
xapi-refused = { $count ->
    [one] 1 declaración xAPI quedó fuera porque un LRS la rechazaría. Por favor, informe de esto al proyecto Puente.
   *[other] { $count } declaraciones xAPI quedaron fuera porque un LRS las rechazaría. Por favor, informe de esto al proyecto Puente.
}
working-count = { $what } { $done } / { $total }
notes-more = … y { $count ->
    [one] 1 aviso más
   *[other] { $count } avisos más
}.
import-skipped-more = … y { $count ->
    [one] 1 archivo más omitido:
   *[other] { $count } archivos más omitidos:
}
import-skipped-like = { $count ->
    [one] 1 archivo
   *[other] { $count } archivos
} como { $file }: { $reason }
import-other-version-more = … y { $count ->
    [one] 1 participante más
   *[other] { $count } participantes más
} con otra versión del paquete.
import-private-left-out-more = … y { $count ->
    [one] 1 participante más
   *[other] { $count } participantes más
} cuyas reflexiones y notas privadas se omitieron.
no-learners = Todavía no hay participantes. Importe los paquetes que guardaron con «Exportar mi progreso» o comparta esta carpeta de datos entre computadoras (Ajustes).
learners-count = { $count ->
    [one] 1 participante
   *[other] { $count } participantes
}
filter-group = Grupo
filter-date = Día
all-groups = Todos los grupos
all-dates = Todos los días
learner = Participante
average = Promedio
hardest-exercises = Ejercicios con más errores
wrong-first-time = { $wrong } de { $answered } fallaron en el primer intento
most-chosen = Respuesta incorrecta más elegida: { $answer } ({ $count })
show-in-presenter = Mostrar en el proyector
checklist-averages = Autoevaluaciones: promedio por dimensión
runs-count = { $count ->
    [one] 1 participante evaluado
   *[other] { $count } participantes evaluados
}
presenter-exit = Salir del modo presentador
presenter-reveal = Revelar
presenter-hide = Ocultar la respuesta
presenter-next = Siguiente
presenter-previous = Anterior
presenter-keys = Teclas: → siguiente · ← anterior · R revelar · Esc salir
presenter-room = Respuestas del grupo:
presenter-from-bundles = de los paquetes importados
presenter-by-hand = contadas a mano
presenter-count-add = Una más para { $option }
presenter-count-remove = Una menos para { $option }
presenter-go-to-module = Módulo:
presenter-go-to-exercise = Ejercicio:
presenter-match-items = Relacione cada uno de estos…
presenter-match-answers = …con uno de estos:
presenter-order-items = Ponga estos elementos en orden:
presenter-answer-count = { $count ->
        [one] 1 participante:
       *[other] { $count } participantes:
    }
presenter-every-pair-right = todas las parejas correctas
exercise-of = Ejercicio { $n } de { $total }
tab-learners = Participantes
tab-items = Análisis de ítems
tab-reflections = Reflexiones
reflections-help = Lo que los participantes escribieron en los pasos de reflexión y decidieron compartir al exportar su progreso: el texto más reciente de cada uno, del más antiguo al más nuevo. Los nombres están ocultos para poder mostrar esta pestaña en un proyector; lo que se escribe en esta computadora nunca aparece aquí.
reflections-show-names = Mostrar nombres
reflections-shared-count = { $count ->
    [one] 1 participante compartió
   *[other] { $count } participantes compartieron
}
reflections-no-name = (sin nombre)
reflections-show-all = { $count ->
    [one] Mostrar 1 más
   *[other] Mostrar { $count } más
}
reflections-none = Todavía no hay reflexiones compartidas: los participantes las comparten marcando «{ share-reflections }» al exportar su progreso, y luego usted importa sus archivos.
reflections-none-filtered = No hay reflexiones compartidas para este grupo o fecha. Elija «{ all-groups }» y «{ all-dates }» para verlas todas.
items-help = Por ejercicio, a partir de la primera respuesta calificada de cada participante. Facilidad: la puntuación media en el primer intento (demasiado fácil desde { $easy } %, demasiado difícil hasta { $hard } %). Discriminación: qué tan bien separa el ejercicio a los participantes con mejor desempeño de los demás (la correlación con el resto de sus puntuaciones; por debajo de { $weak } no discrimina; claramente por debajo de 0, revise la clave). Haga clic en el título de una columna para ordenar.
items-unreliable = Menos de { $min } participantes respondieron algunos ejercicios: sus índices se muestran en gris y no son confiables.
items-none = Todavía no hay respuestas calificadas.
item-exercise = Ejercicio
item-attempts = Participantes
item-facility = Facilidad
item-discrimination = Discriminación
item-top-wrong = Respuesta incorrecta más elegida
item-flags = Alertas
flag-too-easy = Demasiado fácil
flag-too-hard = Demasiado difícil
flag-no-discrimination = No discrimina
flag-check-key = Los participantes con mejor desempeño eligen una respuesta incorrecta más que los demás: revise la clave
flag-unreliable = Poco confiable: menos de { $min } participantes
sort-by = Ordenar por { $column }
nothing-wrong-yet = Todavía no hay ejercicios respondidos de forma incorrecta.
no-assessments-yet = Todavía no hay autoevaluaciones en estos paquetes.
workshops = Talleres
workshops-help = Guarde su progreso en un solo archivo para entregarlo a quien facilita el taller (en una memoria USB) o, si usted facilita, abra el panel del grupo y el modo presentador.
your-group = Grupo (opcional)
group-example = p. ej., Taller Guadalajara, noviembre
group-help = Quien facilita el taller ve a los participantes por grupo en el panel.

## Fuentes y fechas de revisión
sources-heading = Fuentes
sources-cited = Fuentes citadas en esta lección
sources-module = Todas las fuentes de este módulo ({ $n })
source-primary = Texto primario
source-secondary = Fuente secundaria
source-consulted = consultada el { $date }
source-open = Leerla
content-reviewed = Contenido revisado el { $date }

## puente convert
convert-cannot-read = no se puede leer { $file }: { $reason }
convert-not-utf8 = { $file } no es texto UTF-8; Moodle exporta los archivos GIFT en UTF-8: expórtelo de nuevo o guárdelo como UTF-8 en un editor de texto
convert-bad-lang = "{ $lang }" no es un código de idioma; escriba uno como en, es, pt o pt-BR
convert-bad-id = "{ $id }" no puede ser el id de un módulo: use minúsculas, dígitos y guiones simples, por ejemplo --module-id cuestionario-patentes
convert-no-questions = { $file } no contiene ninguna pregunta legible
convert-exists = { $path } ya existe: elija otro --module-id o agregue --force para reemplazarlo
convert-cannot-write = no se puede escribir { $path }: { $reason }
convert-wrote = se escribió { $path }: { $kinds }
convert-made-pack = se creó { $path }: dele al paquete un título, una descripción, autores y una licencia
convert-checked = el módulo, según `puente check`: { $errors ->
    [one] 1 error
   *[other] { $errors } errores
}, { $warnings ->
    [one] 1 advertencia
   *[other] { $warnings } advertencias
}; agregue objetivos y una fecha de revisión, y lea cada pregunta antes que los participantes

open-gates-heading = Responda esto primero
open-gate-capped = Una pregunta eliminatoria: mientras no la responda («no aplica» no es una respuesta aquí), el resultado es como máximo «{ $band }».

## Búsqueda
search-open = Buscar
search-shortcut = Buscar en lecciones, ejercicios, el glosario y las listas de verificación (Ctrl+F)
search-label = Buscar:
search-hint = una o dos palabras, p. ej., periodo de gracia
search-help = Escriba una o dos palabras: se busca en las lecciones, los ejercicios, los términos del glosario y los puntos de las listas de verificación de todos los cursos abiertos, sin importar mayúsculas ni acentos. Enter abre el primer resultado.
search-none = No se encontró nada para «{ $query }». Pruebe con menos palabras o con el comienzo de una palabra.
search-count = { $n ->
    [one] 1 resultado
   *[other] { $n } resultados
}
search-glossary = Glosario
search-kind-lesson = Lección
search-kind-exercise = Ejercicio
search-kind-term = Término del glosario
search-kind-item = Punto de una lista de verificación
search-count-more = Los primeros { $n } resultados: agregue una palabra para acotarlos.

## Privacy and profiles
share-reflections = Compartir mis reflexiones y notas con quien facilita el taller
share-reflections-help = Sin marcar, el archivo lleva sus respuestas y puntuaciones, pero no lo que escribió en las reflexiones ni en las notas de las autoevaluaciones. Marcado, también las lleva, solo en esta exportación.
import-private-left-out = { $name }: { $count ->
        [one] se omitió 1 reflexión o nota privada
       *[other] se omitieron { $count } reflexiones y notas privadas
    }, porque la persona no las compartió.
imported-learners-here = { $count ->
        [one] 1 participante importado desde un archivo está
       *[other] { $count } participantes importados desde archivos están
    } en el panel del taller, solo para consulta; no se listan aquí.
profile-imported-read-only = Este participante se importó desde un archivo: su progreso se ve en el panel del taller, pero el perfil no se puede abrir ni modificar en esta computadora.
rename-profile = Cambiar el nombre…
delete-profile = Eliminar…
new-name = Nuevo nombre
save-name = Guardar el nombre
cancel = Cancelar
delete-profile-question = ¿Eliminar el perfil de { $name }? Dejará de aparecer en la lista y sus respuestas se moverán a la carpeta deleted-profiles dentro de la carpeta de datos.
delete-profile-yes = Sí, eliminar…
delete-profile-sure = ¿Está seguro? { $name } desaparecerá de esta lista.
delete-profile-for-good = Sí, eliminar a { $name }
profile-deleted = Se eliminó el perfil de { $name }; sus datos se movieron a { $path }.
profile-not-deleted = No se eliminó el perfil: { $error }
profile-not-renamed = No se cambió el nombre del perfil: { $error }

## Saving without a dialog
file-saved-without-dialog = Esta computadora no tiene una ventana para elegir dónde guardar, así que Puente guardó el archivo aquí: { $path }
open-saved-folder = Mostrar en la carpeta
dismiss-saved = Entendido
folder-not-opened = No se pudo abrir la carpeta { $path }: { $error }. Ábrala desde el explorador de archivos.
folder-not-made = No se pudo crear la carpeta { $path }: { $error }.

## Scores and continuing
continue-next-module = Continuar con el siguiente módulo: { $module }

## Dashboard
too-few-runs-shown = Los promedios se muestran a partir de { $min } participantes evaluados, para que nadie vea en la pantalla las respuestas de una sola persona.
bundle-other-json = esto no es un paquete de progreso de Puente: es un archivo JSON, pero no lo escribió Puente

## Spaced review
home-review = Repaso: { $due } pendientes (~{ $minutes } min)
home-review-none = Repaso: nada pendiente hoy
review-title = Repaso
review-empty = Todavía no hay nada que repasar. Los ejercicios que responda mal y los términos del glosario de las lecciones que lea vuelven aquí para recordarlos justo antes de que los olvide.
review-due = { $due ->
        [one] 1 tarjeta pendiente hoy
       *[other] { $due } tarjetas pendientes hoy
    } (unos { $minutes } min).
review-new-waiting = { $count ->
        [one] 1 término nuevo más espera
       *[other] { $count } términos nuevos más esperan
    } a los próximos días: los términos nuevos llegan { $per_day } al día como máximo, en el orden en que los encontró.
review-nothing-due = Nada pendiente hoy. Cada tarjeta vuelve cuando esté a punto de olvidarla.
review-start = Empezar el repaso
review-recall = Recordó el { $percent } % de sus { $reviews ->
        [one] 1 repaso
       *[other] { $reviews } repasos
    }.
review-no-recall-yet = Aún no hay repasos: su tasa de recuerdo aparece después de la primera sesión.
review-target = Retención objetivo: { $percent } % (se cambia en Ajustes).
review-next-days = Los próximos 7 días
review-in-days = { $days ->
        [one] Mañana
       *[other] En { $days } días
    }: { $count }
review-all-cards = Todas las tarjetas ({ $count })
review-due-today = pendiente hoy
review-due-in = { $days ->
        [one] vuelve mañana
       *[other] vuelve en { $days } días
    }
review-suspended = suspendida
review-retired-vanished = retirada: ya no está en el paquete
review-retired-changed = retirada: el ejercicio cambió en una nueva versión del paquete
review-suspend = Suspender
review-resume = Recuperar
review-suspend-help = Una tarjeta suspendida no se vuelve a preguntar hasta que la recupere.
review-suspend-this = Suspender esta tarjeta
review-done = Repaso terminado: { $count ->
        [one] 1 tarjeta
       *[other] { $count } tarjetas
    }. Vuelva mañana para las siguientes.
review-overview = Ver la cola
review-progress = Tarjeta { $n } de { $total }
review-from = Del módulo «{ $module }»
review-next = Siguiente tarjeta
review-term = Término del glosario
review-term-prompt = ¿Qué significa? Dígalo para sí y luego muestre la definición.
review-show-definition = Mostrar la definición
review-grade-prompt = ¿Qué tan bien lo recordó?
review-grade = { $grade } · { $days ->
        [one] 1 día
       *[other] { $days } días
    }
review-again = Otra vez
review-hard = Difícil
review-good = Bien
review-easy = Fácil
review-retention = Repaso: retención objetivo
review-retention-help = Qué tan probable debe ser que recuerde una tarjeta cuando vuelve. Más alta significa repasos más frecuentes; 90 % conviene a la mayoría.
retention-not-saved = No se pudo guardar la retención objetivo: { $error }
dash-review-due = Repaso pendiente
dash-review-overdue = Atrasadas
dash-recall = Recuerdo
dash-review-help = Repaso espaciado: tarjetas pendientes hoy, tarjetas que vencieron antes de hoy y la proporción de repasos recordados (con cuántos repasos).

## La pantalla del glosario
glossary-open = Glosario
glossary-shortcut = Todos los términos de la A a la Z, con su definición en cada idioma (Ctrl+G)
glossary-title = Glosario
glossary-filter = Filtrar:
glossary-filter-hint = el comienzo de una palabra, p. ej., prioridad
glossary-side-by-side = Todos los idiomas lado a lado
glossary-keys = Ctrl+G abre el glosario desde cualquier pantalla, Ctrl+F busca en todo, Esc vuelve atrás.
glossary-count = Términos mostrados: { $shown } de { $total }
glossary-none = Ningún término coincide con «{ $filter }». Pruebe con el comienzo de una palabra o con menos palabras.
glossary-empty = Los cursos abiertos no tienen glosario.
glossary-letter = Términos con la { $letter }
glossary-see-also = Véase también:
glossary-see-also-term = { $from }: véase también { $term }
glossary-taught-in = Se enseña en:
glossary-taught-in-module = { $term }: se enseña en { $module }
glossary-back-to-lesson = ← Volver a la lección
glossary-preparing = Preparando el glosario…
open-in-glossary = Abrir en el glosario
search-preparing = Preparando la búsqueda…
preparing-index = Preparando la búsqueda y el glosario

## Inicio: la ruta del curso
home-filter = Mostrar:
home-filter-all = Todos ({ $n })
home-filter-not-started = Sin empezar ({ $n })
home-filter-in-progress = En curso ({ $n })
home-filter-done = Terminados ({ $n })
home-filter-none = Todavía no hay ningún módulo de este curso en este grupo.
home-next = Siguiente sugerido: { $module }
home-all-done = Ha terminado todos los módulos de este curso.
home-section-progress = { $done } de { $total } terminados
home-other-modules = Otros módulos
about-this-course = Acerca de este curso
home-map = La ruta de un vistazo
home-map-next = siguiente sugerido

packfile-bad-name = { $file } no termina en .puente-pack; indique un nombre como --out mi-paquete.puente-pack
packfile-has-errors = el paquete tiene { $errors ->
    [one] 1 error
   *[other] { $errors } errores
} y no se empaquetó; { $errors ->
    [one] corríjalo
   *[other] corríjalos
} (vea `puente check`) y vuelva a empaquetarlo
packfile-too-big = el paquete ocuparía más de { $max } MB en un archivo, que Puente no abre
packfile-not-whole = el archivo no se vuelve a leer completo
packfile-cannot-write = no se puede escribir { $file }: { $reason }
packfile-written = se escribió { $file }: paquete { $id } versión { $version }, { $files } archivos, { $kb } kB. Ábralo con `puente --pack { $file }` o revíselo con `puente check { $file }`.

watch-on = Observando { $path }: los cambios guardados aparecen aquí en menos de un segundo.
watch-errors = { $path } tiene { $errors ->
    [one] 1 error
   *[other] { $errors } errores
}; la última versión correcta sigue en uso hasta que { $errors ->
    [one] se corrija y se guarde
   *[other] se corrijan y se guarden
}:
watch-stopped = Puente dejó de observar { $path } (no se pudo leer); ábralo de nuevo para continuar.

installing-pack = Instalando el paquete…
removing-pack = Quitando el paquete…
pack-install-offer = Para abrir este paquete en cada inicio, instálelo en Ajustes → Paquetes de contenido.
pack-not-installed = Un paquete con errores nunca se instala: corríjalos e instálelo de nuevo.
pack-install-failed = No se pudo instalar el paquete de { $path }: { $error }. La versión instalada antes, si la había, sigue ahí.
pack-installed = Está instalado y se abre en cada inicio. El progreso de los estudiantes se guarda por identificadores, así que sigue siendo válido cuando se actualiza el paquete.
pack-removed = El paquete { $id } se quitó de esta computadora; sigue abierto hasta que se cierre Puente. Los registros de los estudiantes se conservan.
pack-remove-failed = No se pudo quitar el paquete { $id }: { $error }
packs-heading = Paquetes de contenido
packs-help = Los paquetes instalados se copian en la carpeta de datos y se abren en cada inicio. Actualice uno desde una carpeta o un archivo de paquete más reciente; el progreso de los estudiantes sigue siendo válido.
pack-row = { $id } · versión { $version } · { $licence }
pack-from = Origen: { $path }
pack-built-in = Incluido en Puente
pack-is-installed = Instalado
install-pack = Instalar
update-pack = Actualizar desde esta carpeta
remove-pack = Quitar
watch-pack = Observar esta carpeta (recargar al guardar)
