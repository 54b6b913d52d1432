# Lo que dice el revisor de contenido, en español: `puente check` y la lista
# "Problemas en el contenido" de la aplicación. Todos los identificadores
# empiezan con chk- y son los mismos en en, es y pt; una prueba los mantiene
# al día. Los mensajes empiezan con minúscula porque siguen a
# "archivo:línea:col: error: ".
# Los argumentos entre comillas o acentos graves son palabras del propio autor
# (identificadores, nombres de campos, fechas) y no se traducen.

## Gravedad y resumen
chk-error = error
chk-warning = advertencia
chk-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 advertencia
       *[other] { $warnings } advertencias
    }
chk-checked = { $packs ->
        [one] se revisó 1 paquete
       *[other] se revisaron { $packs } paquetes
    }: { $modules } módulos ({ $lessons } lecciones, { $exercises } ejercicios de { $kinds } tipos), { $checklists } listas de verificación, { $terms } términos del glosario; idiomas: { $languages }
chk-languages-none = ninguno
chk-deny-warnings = la revisión falla por --deny-warnings
chk-see-at = { $message } (vea { $place })
chk-raw = { $text }

## Tipos de elementos que llevan identificador
chk-kind-pack = paquete
chk-kind-module = módulo
chk-kind-checklist = lista de verificación
chk-kind-step = paso
chk-kind-option = opción
chk-kind-item = elemento
chk-kind-pair = pareja
chk-kind-node = nodo
chk-kind-choice = decisión
chk-kind-dimension = dimensión
chk-kind-band = franja
chk-kind-term = término

## Dónde debe ser único un identificador
chk-scope-module = en este módulo
chk-scope-exercise = en este ejercicio
chk-scope-scenario = en este caso
chk-scope-node = en este nodo
chk-scope-checklist = en esta lista de verificación
chk-scope-checklist-items = en esta lista de verificación (los identificadores de los elementos son únicos en todas las dimensiones)
chk-scope-glossary = en el glosario

## Textos que escribe un autor
chk-field-pack-title = título del paquete
chk-field-pack-description = descripción del paquete
chk-field-title = título
chk-field-summary = resumen
chk-field-subject-hint = ejemplo de lo evaluado (la pista del campo «¿Qué va a evaluar?»)
chk-field-objective = objetivo
chk-field-prompt = enunciado
chk-field-explanation = explicación
chk-field-lesson-title = título de la lección
chk-field-lesson-body = cuerpo de la lección
chk-field-feedback = retroalimentación
chk-field-option-text = texto de la opción
chk-field-model-answer = respuesta modelo
chk-field-item-text = texto del elemento
chk-field-left = texto de la izquierda
chk-field-right = texto de la derecha
chk-field-unit = unidad
chk-field-node-text = texto del nodo
chk-field-choice-text = texto de la decisión
chk-field-level-label = etiqueta del nivel
chk-field-not-applicable = etiqueta de "no aplica"
chk-field-dimension-title = título de la dimensión
chk-field-help = texto de ayuda
chk-field-band-title = título de la franja
chk-field-advice = consejo
chk-field-term = término
chk-field-definition = definición

## Identificadores
chk-bad-id = el identificador de { $what } "{ $id }" no es válido: use letras minúsculas, dígitos y guiones simples{ $hint } (64 caracteres como máximo); el avance de los participantes remite a este identificador, así que no lo cambie una vez publicado
chk-bad-id-hint = {" "}como "{ $suggestion }"
chk-duplicate-id = identificador de { $what } "{ $id }" repetido { $scope }; dé a cada { $what } su propio identificador
chk-duplicate-file-id = identificador de { $what } "{ $id }" repetido: otro archivo de { $what } ya lo usa; cada { $what } de un paquete necesita su propio identificador
chk-did-you-mean = ; ¿quiso decir "{ $id }"?

## Textos y traducciones
chk-text-empty = { $what }: el texto está vacío; escríbalo
chk-text-no-language = { $what }: no hay texto en ningún idioma
chk-text-empty-in = { $what }: el texto en "{ $lang }" está vacío; escríbalo o quite ese idioma
chk-text-foreign-language = "{ $lang }" no es uno de los idiomas del paquete ({ $languages }); agréguelo a `languages` en pack.ron o quite esta traducción
chk-text-missing-translation = falta una traducción ({ $what }): no hay texto en { $missing } (los participantes verán en su lugar el texto en "{ $fallback }")

## Enlaces en las lecciones
chk-link-glossary = enlace al término del glosario "{ $id }", que glossary.ron no define; agregue el término o corrija el identificador{ $hint }
chk-link-module = enlace al módulo "{ $id }", que no está en este paquete{ $hint }
chk-link-file = el enlace "{ $target }" apunta a un archivo, que los participantes no pueden abrir; enlace un término (glossary:id), un módulo (module:id) o una dirección web (https://…)
chk-link-unknown = los enlaces del tipo "{ $scheme }:" no se abren desde una lección, por la seguridad del participante; use glossary:term-id, module:module-id o una dirección web (https://…)
chk-link-web-malformed = la dirección web "{ $target }" no es una que un navegador pueda abrir con seguridad (no tiene servidor, o contiene espacios, comillas o caracteres de control); escríbala como https://servidor/ruta
chk-markdown-too-deep = aquí las listas o citas se anidan { $depth } niveles; se pueden mostrar como máximo { $max } — aplane la lista
chk-and-more = { $message } — y { $n } más como este en este archivo, no listados

## pack.ron
chk-version-empty = la versión está vacía; indique una, como "1.0.0", y auméntela con cada publicación
chk-no-languages = indique al menos un idioma, como ["en", "es", "pt"]; el primero se usa cuando falta una traducción
chk-bad-language = "{ $lang }" no es un código de idioma; use códigos como "en", "es", "pt" o "pt-BR"
chk-language-twice = el idioma "{ $lang }" aparece dos veces; deje uno
chk-no-authors = indique al menos un autor, para que los participantes sepan de quién es este material
chk-licence-empty = la licencia está vacía; indique cómo pueden usar otros el paquete, p. ej., "CC BY 4.0"

## Módulos
chk-minutes-zero = los minutos deben ser al menos 1: estime cuánto tiempo necesita un participante
chk-minutes-long = { $minutes } minutos es mucho para un solo módulo; divídalo para que los participantes puedan terminar un módulo en una sola sesión
chk-prerequisite-unknown = el requisito previo "{ $id }" no es un módulo de este paquete{ $hint }
chk-prerequisite-twice = el requisito previo "{ $id }" aparece dos veces
chk-prerequisite-cycle = ciclo de requisitos previos: { $cycle }; un módulo no puede requerirse a sí mismo, ni siquiera a través de otros — quite uno de estos requisitos previos
chk-no-objectives = no hay objetivos: indique lo que un participante podrá hacer después de este módulo
chk-no-steps = el módulo no tiene pasos: agregue lecciones y ejercicios

## Ejercicios
chk-single-none-correct = ninguna opción está marcada como correcta: agregue `correct: true` a la respuesta correcta
chk-single-many-correct = hay { $count } opciones marcadas como correctas ({ $options }), pero un ejercicio SingleChoice tiene exactamente una respuesta correcta; marque solo una o conviértalo en MultipleChoice
chk-multiple-none-correct = ninguna opción está marcada como correcta: agregue `correct: true` a cada respuesta correcta
chk-multiple-all-correct = todas las opciones son correctas, así que no hay forma de responder mal el ejercicio; agregue una opción incorrecta
chk-too-few-options = un ejercicio de selección necesita al menos dos opciones
chk-repeated-text = este texto es igual al de { $what } n.º { $first } ("{ $text }"); cada uno debe ser distinto
chk-too-few-items = un ejercicio de ordenar necesita al menos dos elementos, escritos en el orden correcto
chk-too-few-pairs = un ejercicio de relacionar necesita al menos dos parejas
chk-answer-not-finite = la respuesta debe ser un número finito
chk-tolerance-negative = la tolerancia { $tolerance } es negativa; indique 0 para una respuesta exacta, o cuánto puede alejarse una respuesta de la correcta y seguir contando como acertada
chk-tolerance-not-finite = la tolerancia debe ser un número finito; ponga 0 para exigir la respuesta exacta, o cuánto puede alejarse de la respuesta sin dejar de ser correcta
chk-value-not-finite = el valor debe ser un número finito
chk-mistake-within-tolerance = { $value } está dentro de la tolerancia de la respuesta { $answer }, así que se calificaría como correcto; quite este error previsto o corrija el valor

## Fechas y plazos
chk-period-zero = el plazo es cero: indique `months`, `days` o ambos, p. ej., (months: 12)
chk-date-mistake-is-answer = { $date } es la respuesta correcta ({ $start } + { $period }), no un error previsto; quítelo o corrija la fecha
chk-date-form = "{ $text }" no es una fecha con el formato YYYY-MM-DD (por ejemplo, "2025-08-15")
chk-date-unreal = "{ $text }" no es una fecha real del calendario; revise el mes y el día
chk-date-too-far = { $start } más { $period } pasa del año 9999
chk-period-months = { $months ->
        [one] 1 mes
       *[other] { $months } meses
    }
chk-period-days = { $days ->
        [one] 1 día
       *[other] { $days } días
    }
chk-period-both = { $months } y { $days }

## Casos
chk-no-nodes = el caso no tiene nodos: agregue las situaciones por las que pasan los participantes
chk-start-unknown = el nodo inicial "{ $id }" no es uno de los nodos de este caso{ $hint }
chk-dead-end = el nodo "{ $id }" es un callejón sin salida: dele decisiones, o un `outcome` (Success, Partial o Failure) para convertirlo en un desenlace
chk-choices-and-outcome = el nodo "{ $id }" tiene a la vez decisiones y un resultado; un desenlace tiene un resultado y ninguna decisión
chk-choice-next-unknown = esta decisión lleva a "{ $id }", que no es un nodo de este caso{ $hint }
chk-unreachable = nunca se puede llegar al nodo "{ $id }" desde el nodo inicial "{ $start }"; haga que una decisión lleve a él o quítelo
chk-no-way-out = desde el nodo "{ $id }" ningún camino lleva a un desenlace, así que los participantes darían vueltas sin fin; haga que una decisión lleve a un nodo con resultado (`outcome`)
chk-no-success = ningún desenlace tiene `outcome: Success`, así que ningún participante puede tener éxito en este caso
chk-grade-missing = la opción "{ $id }" no tiene calificación, aunque otras opciones de este caso sí la tienen; agregue `grade: Good`, `Acceptable` o `Poor`

## Pistas en la clave de respuestas (todo el paquete)
chk-tell-place = la opción correcta es la opción { $place } en { $count } de { $total } ejercicios de opción única (el azar daría unos { $expected }), así que se puede aprobar por la posición; ponga la opción correcta en otro lugar en algunos de: { $exercises }
chk-tell-longest = en { $lang }, la opción correcta es la más larga en { $count } de { $total } ejercicios de opción única (el azar daría unos { $expected }), así que se puede aprobar por la longitud; haga las opciones incorrectas igual de completas y específicas, o la correcta más breve, en algunos de: { $exercises }
chk-tell-mostly-false = las claves de verdadero/falso están desequilibradas: { $trues } verdaderas y { $falses } falsas, así que responder "falso" acierta la mayoría; reformule algunos enunciados para que sean verdaderos: { $exercises }
chk-tell-mostly-true = las claves de verdadero/falso están desequilibradas: { $trues } verdaderas y { $falses } falsas, así que responder "verdadero" acierta la mayoría; reformule algunos enunciados para que sean falsos: { $exercises }

## Listas de verificación
chk-too-few-levels = una escala necesita al menos dos niveles, p. ej., 0 = no, 1 = en parte, 2 = sí
chk-scale-not-increasing = los valores de la escala deben ir en aumento: { $value } viene después de { $previous }; escriba los niveles del más bajo al más alto
chk-scale-gap = hay un salto en la escala: después de { $previous } viene { $value }; use valores consecutivos
chk-no-dimensions = la lista de verificación no tiene dimensiones: agregue al menos una, con elementos para calificar
chk-dimension-empty = la dimensión "{ $id }" no tiene elementos para calificar
chk-weight = el peso { $weight } debe ser mayor que 0; en lugar de darle peso 0, quite la entrada
chk-weight-range = el peso { $weight } está fuera de rango: los pesos van de { $min } a { $max }; solo cuentan sus proporciones, así que reduzca o aumente todos los pesos de esta lista a la vez
chk-no-bands = la lista de verificación no tiene franjas de puntuación: agregue franjas que cubran los puntajes de 0 a 100, cada una con un consejo
chk-band-module-unknown = la franja enlaza al módulo "{ $id }", que no está en este paquete{ $hint }
chk-band-max = max es { $max }, pero los puntajes van de 0 a 100
chk-band-min-above-max = min { $min } es mayor que max { $max }; una franja va de min a max, ambos incluidos
chk-band-gap = los puntajes { $from }–{ $to } no caen en ninguna franja; empiece esta franja en { $from } o agregue una franja para ellos
chk-band-overlap = esta franja se superpone con la franja "{ $id }" en los puntajes { $from }–{ $to }; cada puntaje debe caer en una sola franja
chk-band-top = los puntajes { $from }–100 no caen en ninguna franja; la franja más alta debe terminar en 100

## Criterios excluyentes, niveles y casos resueltos en las listas de verificación
chk-kind-gate = criterio excluyente
chk-kind-level = nivel
chk-kind-case = caso
chk-field-level-title = título del nivel
chk-item-unknown = { $what }: "{ $id }" no es un elemento de esta lista de verificación; use el identificador de un elemento de `dimensions`{ $hint }
chk-band-unknown = { $what }: "{ $id }" no es una franja de esta lista de verificación; use el identificador de una franja de `bands`{ $hint }
chk-rating-off-scale = { $value } no es un valor de la escala ({ $min }–{ $max }); use uno de los valores de la escala
chk-gate-no-ratings = `ratings` está vacío, así que el criterio nunca se activa; indique las respuestas que detienen el consejo u omita `ratings` para usar el valor más bajo de la escala
chk-gate-cap-top = el criterio limita el resultado a "{ $id }", la franja más alta, así que nunca rebaja el consejo; limítelo a la franja que nadie debe superar mientras se mantenga esa respuesta
chk-level-not-increasing = los valores de los niveles deben aumentar: { $value } viene después de { $previous }; ordene los niveles de menor a mayor
chk-level-band-lower = el nivel { $value } da la franja "{ $band }", inferior a la franja "{ $previous_band }" del nivel { $previous }; un nivel más alto nunca debería dar un consejo más débil
chk-level-empty = el nivel { $value } no enumera elementos; indique los elementos que deben cumplirse todos para alcanzarlo
chk-level-overlap = el elemento "{ $id }" ya lo exige el nivel { $other }; los niveles se apoyan unos en otros, así que escriba cada elemento una sola vez, en el nivel más bajo que lo necesite
chk-no-not-applicable = la escala no ofrece la respuesta "no aplica"; agregue `not_applicable` a la escala o quite esta entrada
chk-level-na-not-listed = "{ $id }" no es uno de los elementos del nivel { $value }; `not_applicable` solo puede nombrar elementos que el nivel enumera
chk-case-rated-twice = "{ $id }" está calificado en `answers` y a la vez marcado como no aplicable; deje solo uno
chk-case-no-expectation = el caso "{ $id }" no espera nada; indique la franja (`band`), el nivel (`level`), los criterios (`gates`) o los niveles de dimensión (`dimension_levels`) que debe dar
chk-case-no-levels = el caso espera un nivel, pero la lista de verificación no tiene `levels`; espere una franja (`band`)
chk-case-level-unknown = la lista de verificación no tiene nivel { $value }; espere uno de los valores de `levels`
chk-case-gate-unknown = "{ $id }" no es un criterio excluyente de esta lista de verificación{ $hint }
chk-case-wrong-band = el caso "{ $id }" da la franja "{ $got }" (puntaje { $score }), pero espera "{ $expected }"; corrija la lista de verificación (pesos, franjas, criterios, niveles) o el caso
chk-case-no-band = el caso "{ $id }" no da ninguna franja porque { $missing ->
        [one] falta 1 respuesta
       *[other] faltan { $missing } respuestas
    }, pero espera "{ $expected }"; califique más elementos en `answers` o use `others`
chk-case-wrong-level = el caso "{ $id }" alcanza el nivel { $got }, pero espera el nivel { $expected }; corrija los niveles o el caso
chk-case-wrong-gates = el caso "{ $id }" activa los criterios { $got }, pero espera { $expected }; corrija los criterios o el caso
chk-dim-level-item-other = "{ $id }" es un elemento de la dimensión "{ $other }", no de "{ $dimension }"; los niveles de una dimensión solo pueden nombrar sus propios elementos
chk-dim-level-item-unknown = "{ $id }" no es un elemento de la dimensión "{ $dimension }"; los niveles de una dimensión solo pueden nombrar sus propios elementos{ $hint }
chk-case-dimension-unknown = "{ $id }" no es una dimensión de esta lista de verificación{ $hint }
chk-case-dimension-no-levels = la dimensión "{ $id }" no tiene `levels`; espere un nivel solo de una dimensión que los tenga
chk-case-dimension-level-unknown = la dimensión "{ $dimension }" no tiene el nivel { $value }; espere uno de los valores de sus `levels`
chk-case-wrong-dimension-level = el caso "{ $id }" lleva la dimensión "{ $dimension }" al nivel { $got }, pero espera el nivel { $expected }; corrija los niveles de esa dimensión o el caso

## Glosario
chk-see-also-unknown = "véase también" (`see_also`) menciona el término "{ $id }", que el glosario no define{ $hint }
chk-see-also-self = un término se menciona a sí mismo en `see_also`; quítelo

## Archivos y carpetas
chk-no-manifest = esta carpeta no tiene pack.ron: la carpeta de un paquete contiene pack.ron, modules/ y checklists/ (vea docs/content-format.md)
chk-no-modules = el paquete no tiene módulos ni listas de verificación: agregue modules/*.ron o checklists/*.ron
chk-stray-not-ron = no es un archivo .ron, así que no se lee; los archivos de contenido terminan en .ron
chk-stray-other = este archivo no forma parte del formato de paquete y no se lee
chk-stray-ron = este archivo .ron no se lee: los módulos van en modules/, las listas de verificación en checklists/ y los términos en glossary.ron
chk-holds-pack = un Pack(…)
chk-holds-glossary = un Glossary(terms: […])
chk-holds-module = un Module(…)
chk-holds-checklist = un Checklist(…)
chk-file-too-big = el archivo pesa { $size } MB; un archivo de contenido puede pesar como máximo { $max } MB — divídalo en varios módulos o compruebe que sea el archivo correcto
chk-pack-too-big = los archivos del paquete suman más de { $max } MB (la lectura se detuvo en { $file }); un paquete se lee entero en memoria, así que manténgalo más pequeño: saque de él los archivos multimedia, divídalo en varios paquetes o compruebe que sea la carpeta correcta
chk-pack-too-many-files = el paquete tiene más de { $max } archivos (la lectura se detuvo en { $file }); divídalo en varios paquetes o compruebe que sea la carpeta correcta
chk-binary = parece un archivo binario, no texto RON (contiene un byte cero); ¿es el archivo correcto?
chk-not-utf8 = el archivo no es texto UTF-8 (aquí hay un byte no válido); guárdelo como UTF-8 en su editor
chk-file-empty = el archivo está vacío; debería contener { $expected }
chk-format-unsupported = formato de contenido { $written } no compatible: esta versión de Puente lee el formato { $format } — use un Puente que lea el formato { $written } o escriba el paquete en el formato { $format } (docs/content-format.md)
chk-cannot-open-folder = no se puede abrir esta carpeta de paquete: { $error }; revise la ruta
chk-not-a-folder = esto es un archivo; `puente check` recibe la carpeta de un paquete (la carpeta que contiene pack.ron, modules/ y checklists/) o un archivo de paquete hecho con `puente pack` (.puente-pack)
chk-cannot-read-folder = no se puede leer esta carpeta: { $error }
chk-cannot-read-file = no se puede leer este archivo: { $error }
chk-pack-file-too-big = este archivo de paquete pesa { $size } MB; un archivo de paquete puede pesar como máximo { $max } MB — compruebe que sea el archivo correcto o comparta la carpeta del paquete
chk-pack-file-damaged = este no es un archivo de paquete legible ({ $error }) — puede estar dañado o incompleto; cópielo de nuevo o vuelva a crearlo con `puente pack CARPETA --out ARCHIVO.puente-pack`
chk-pack-file-too-many = este archivo de paquete contiene { $count } entradas; un archivo de paquete puede contener como máximo { $max } — compruebe que sea el archivo correcto
chk-pack-file-total-too-big = este archivo de paquete ocupa más de { $max } MB al descomprimirse y no se abrió — ningún paquete es tan grande; compruebe de dónde viene el archivo
chk-pack-entry-unsafe-name = el nombre de esta entrada apunta fuera del paquete (una ruta absoluta, `..`, una unidad o una barra invertida) y se dejó fuera — vuelva a crear el archivo con `puente pack`
chk-pack-entry-link = esta entrada es un enlace, no un archivo, y se dejó fuera — un archivo de paquete solo contiene archivos; vuelva a crearlo con `puente pack`
chk-pack-entry-unreadable = esta entrada no se puede leer ({ $error }) y se dejó fuera — vuelva a crear el archivo con `puente pack`, que usa solo el método deflate
chk-not-regular-file = esto es { $kind ->
    [folder] una carpeta
    [fifo] una tubería con nombre (FIFO)
    [device] un dispositivo
    [socket] un socket
   *[other] un archivo especial
  }, no un archivo común, así que no se leyó; ponga aquí el archivo mismo

## Sintaxis RON
chk-cut-short = { $message }; además, el archivo termina antes de que se cierren sus corchetes y paréntesis: ¿quedó cortado?
chk-ron-eof = el archivo termina antes de tiempo: falta cerrar un corchete, un paréntesis o unas comillas, o el archivo quedó cortado
chk-ron-comma = se esperaba una coma `,` entre dos valores
chk-ron-inside = {" "}en { $what }
chk-ron-did-you-mean = {" "}¿quiso decir `{ $name }`?
chk-ron-unknown-field = campo desconocido `{ $found }`{ $inside };{ $hint } los campos permitidos aquí son { $allowed }
chk-ron-missing-field = falta el campo `{ $field }`{ $inside }; agréguelo (docs/content-format.md describe todos los campos)
chk-ron-duplicate-field = el campo `{ $field }` está escrito dos veces{ $inside }; deje uno
chk-ron-unknown-variant = { $what } desconocido: `{ $found }`;{ $hint } se esperaba uno de estos: { $allowed }
chk-ron-what-step-kind = tipo de paso
chk-ron-what-outcome = resultado
chk-ron-what-name = nombre
chk-ron-wrong-struct = este archivo debería contener { $expected }, no `{ $found }(…)`
chk-ron-invalid-value = se esperaba { $expected }, pero se encontró { $found }
chk-ron-string = se esperaba un texto entre comillas dobles
chk-ron-integer = se esperaba un número entero (0 o más, sin punto decimal)
chk-ron-float = se esperaba un número
chk-ron-bool = se esperaba `true` o `false`
chk-ron-array = se esperaba una lista entre corchetes `[…]`
chk-ron-array-end = se esperaba `,` o el corchete de cierre `]` de la lista
chk-ron-map = se esperaba un mapa entre llaves `{ "{" }…{ "}" }`
chk-ron-map-end = se esperaba `,` o la llave de cierre `{ "}" }` del mapa
chk-ron-map-colon = se esperaban dos puntos `:` entre una clave y su valor
chk-ron-paren = se esperaba un paréntesis de apertura `(`
chk-ron-paren-end = se esperaba `,` o el paréntesis de cierre `)`
chk-ron-identifier = se esperaba un nombre de campo
chk-ron-too-deep = los valores están anidados a demasiada profundidad; el contenido nunca necesita más de unos pocos niveles — ¿es el archivo correcto?
chk-ron-trailing = hay texto inesperado después del final del valor del archivo; un archivo contiene { $expected }
chk-ron-unexpected-char = carácter inesperado { $char }
chk-ron-unclosed-comment = un comentario /* nunca se cierra con */

## Las partes de un archivo, como las nombran los mensajes de sintaxis
chk-noun-option = una opción
chk-noun-ordering-item = un elemento de ordenación
chk-noun-matching-pair = una pareja para relacionar
chk-noun-mistake = un error previsto
chk-noun-scenario-node = un nodo del caso
chk-noun-scenario-choice = una decisión del caso
chk-noun-scale-level = un nivel de la escala
chk-noun-checklist-item = un elemento de la lista de verificación
chk-noun-glossary-term = un término del glosario
chk-noun-gate = un criterio excluyente
chk-noun-level = un nivel
chk-noun-case = un caso resuelto

## Fuentes y fechas de revisión
chk-kind-source = fuente
chk-scope-sources = en estas fuentes
chk-link-source = cita la fuente "{ $id }", que no está entre las fuentes de este módulo o lista de verificación{ $hint }
chk-review-missing = sin fecha de revisión: agregue `reviewed: "AAAA-MM-DD"`, el día en que un autor lo comprobó por última vez con sus fuentes
chk-review-date = "{ $value }" no es una fecha: escríbala como AAAA-MM-DD, por ejemplo "2026-11-27"
chk-review-stale = revisado por última vez el { $date }, hace más de { $months } meses: compruébelo con sus fuentes y actualice `reviewed`
chk-date-future = { $date } está en el futuro: escriba el día en que realmente ocurrió
chk-sources-missing = sin fuentes: enumere en `sources` las leyes, tratados o guías en que se basa, textos primarios donde existan
chk-source-field-empty = el campo `{ $field }` de la fuente está vacío
chk-source-url = "{ $url }" no es una dirección web: el `url` de una fuente empieza por http:// o https://
chk-source-unlocated = la fuente no tiene `url` ni `citation`: indique uno para que el lector pueda encontrarla
chk-source-consulted = "{ $value }" no es una fecha: escriba el día en que leyó la fuente como AAAA-MM-DD, o AAAA-MM si solo conoce el mes

## Conversión de Moodle GIFT
chk-gift-braces = las respuestas de la pregunta no están entre una {"{"} y una {"}"}: agregue la llave que falta, o escriba una llave que forme parte del texto como \{"{"} o \{"}"}
chk-gift-too-few = una pregunta con opciones necesita al menos { $n } respuestas
chk-gift-matching = la respuesta de emparejamiento "{ $answer }" no tiene "->" entre el elemento y su pareja
chk-gift-number = "{ $value }" no es un número
chk-gift-no-number = una pregunta numérica sin ningún número que aceptar
chk-gift-short-answer = una pregunta de respuesta corta: Puente no califica palabras escritas, así que se convirtió en una reflexión (sin calificación) con las respuestas aceptadas como respuesta modelo
chk-gift-partial = el crédito parcial ({ $weight } %) de "{ $answer }" no tiene equivalente en Puente: cuenta como incorrecta
chk-gift-extra-match = se omitió la respuesta adicional "{ $answer }", que no corresponde a ningún elemento: el emparejamiento de Puente no tiene distractores
chk-gift-other-feedback = se omitió la retroalimentación para cualquier otro número: Puente muestra la explicación con toda respuesta
chk-gift-lesson-title = Lectura { $n }
chk-gift-accepted = Respuestas aceptadas: { $answers }
chk-gift-reflection-explanation = Compare su respuesta con la respuesta modelo, si la hay, y con las lecciones.
chk-gift-answer-is = La respuesta: { $answer }.
chk-gift-true = verdadero
chk-gift-false = falso
chk-gift-summary = Preguntas convertidas de { $file }: { $n }.
chk-unreadable-module = las referencias al módulo "{ $id }" en otros archivos no se comprueban hasta que este archivo se pueda leer
chk-unreadable-glossary = los enlaces a términos del glosario no se comprueban hasta que este archivo se pueda leer

## La ruta del curso (secciones en pack.ron)
chk-kind-section = sección
chk-scope-sections = en estas secciones
chk-field-section-title = título de la sección
chk-section-empty = la sección "{ $section }" no incluye ningún módulo; agregue los identificadores de sus módulos o quítela
chk-section-module-unknown = la sección menciona el módulo "{ $id }", que no es un módulo de este paquete{ $hint }
chk-section-module-twice = el módulo "{ $id }" ya está en la sección "{ $section }"; un módulo pertenece a una sola sección — quítelo de una de ellas
chk-section-module-missing = el módulo "{ $id }" no está en ninguna sección, así que el inicio lo muestra aparte, en "Otros módulos"; agregue su identificador a los `modules` de una sección
