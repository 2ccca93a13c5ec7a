# Las palabras de las vistas de src/features/ (ejercicios, lecciones, comparación,
# evacuación, reproducción de grabaciones).

## La vista de ejercicios

exercises-setup = Colección de problemas
exercises-set = Colección
exercises-new-set = Colección nueva
exercises-difficulty = Dificultad
exercises-level = Nivel { $level }
exercises-topics = Temas (sin marcar: todos)
exercises-nav = Problemas
exercises-prev = ‹ Anterior
exercises-next = Siguiente ›
exercises-count = Problema { $n } de { $total }
exercises-print-problems = Imprimir problemas
exercises-print-key = Imprimir soluciones
exercises-print-title = Colección de problemas { $set }
exercises-your-answer = Tu respuesta
exercises-yes = Sí
exercises-no = No
exercises-hint-count = un número entero, p. ej. 7
exercises-hint-time = p. ej. 254 ms, 0,254 s o 4 min
exercises-hint-bytes = p. ej. 21,4 GB
exercises-hint-number = un número
exercises-check = Comprobar
exercises-right = ¡Correcto! { $answer }.
exercises-wrong-off = Casi: { $off }. La respuesta es { $answer }{ $tolerance }.
exercises-wrong = Casi: la respuesta es { $answer }{ $tolerance }.
exercises-unreadable = No se pudo leer: { $why }.
exercises-tolerance = {" "}(vale cualquier respuesta a ±{ $percent } %)
exercises-answer = Respuesta: { $answer }{ $tolerance }
exercises-show-solution = Ver la solución
exercises-hide-solution = Ocultar la solución
exercises-show-me = Muéstramelo
exercises-solution = Solución paso a paso

## El panel de la lección

lesson-position = Paso { $n } de { $total }
lesson-close = Cerrar la lección
lesson-back = ◀ Atrás
lesson-go-to = Ir al paso
lesson-reveal-next = Ver respuesta ▶
lesson-next = Siguiente ▶
lesson-next-lesson = Siguiente lección ▶
lesson-steps = { $n ->
        [one] { $n } paso
       *[other] { $n } pasos
    }
lesson-the-model = El modelo: { $answer }.
lesson-on-picture = En la imagen:
lesson-yes = Sí
lesson-no = No
lesson-your-guess = Tu estimación:
lesson-rounds = Rondas:
lesson-reveal-answer = Ver la respuesta
lesson-you-answered = Respondiste { $answer }.
lesson-scale-day = 1 día
lesson-announce-step = { $position }: { $title }.
lesson-announce-question = { $position }: { $title }. Pregunta: { $question }
lesson-announce-answer = Respuesta: { $answer }. { $why }
lesson-mark-dirty = Páginas sucias: escritas de nuevo después de enviarse («ensuciadas tras copiarse»)
lesson-mark-in-flight = Páginas en tránsito: en el enlace entre los servidores
lesson-mark-link = El enlace: su velocidad marca lo rápido que cruzan las páginas
lesson-mark-downtime = Inactividad: la barra roja bajo la línea de tiempo
lesson-mark-round = La ronda se ilumina en la línea de tiempo
