## La guía de una página del facilitador, en el kit de taller (puente guide)

guide-title = Cómo llevar un taller con Puente
guide-intro = Este kit abre Puente desde una memoria USB, sin instalación y sin red. Cada respuesta se guarda al instante en la carpeta puente-data de la memoria y viaja con ella.
guide-before = Antes: copie el kit en una memoria por participante (o por computadora) y ábralo una vez en una computadora de la sala.
guide-start = Inicio: en Windows, doble clic en Puente.exe (si Windows "protegió su PC": Más información y luego Ejecutar de todas formas); en Linux, doble clic en puente, o escriba sh puente.sh en una terminal. Cada participante elige “{ new-profile }” y da un nombre y un idioma.
guide-projector = En el proyector: “{ workshop }” y luego “{ presenter-mode }” muestra un ejercicio a la vez, con las respuestas ocultas hasta “{ presenter-reveal }”. { presenter-keys }
guide-gather = Reunir el progreso de la sala: cada participante elige “{ export-progress }” y guarda el archivo en su memoria; en su computadora, “{ workshop }” y luego “{ import-folder }”
guide-dashboard = El panel muestra quién terminó qué y las preguntas que más se fallaron; “{ export-cohort-csv }” escribe una fila por participante; “{ tab-reflections }” muestra lo que compartieron.
guide-commands = Desde una terminal en la carpeta del kit (en Linux, ./puente en lugar de Puente.exe): Puente.exe import CARPETA fusiona los paquetes; Puente.exe report ana.puente --out ana.pdf imprime el informe de un participante; Puente.exe --help muestra el resto.
guide-trouble = Si la ventana no se abre, la computadora necesita OpenGL 2: actualice su controlador de gráficos. Si la memoria está llena o es de solo lectura, Puente lo dice y conserva las respuestas hasta poder guardarlas.
