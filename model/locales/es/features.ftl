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

## La vista de comparación (src/features/compare/)

compare-best = mejor
compare-best-title = el mejor de la columna
compare-worst = peor
compare-worst-title = el peor de la columna
compare-col-type = Tipo
compare-col-downtime = Inactividad
compare-col-total = Tiempo total
compare-col-sent = Datos enviados
compare-col-rounds = Rondas
compare-col-outcome = Resultado
compare-col-why = Por qué se detuvo
compare-cannot-run = No se puede ejecutar con estos parámetros: { $why }
compare-open = Abrir { $name } en la vista principal
compare-every-type = Todos los tipos de migración
compare-every-type-axis = Todos los tipos en un mismo eje de tiempo
compare-per-value = Una ejecución por cada valor de { $key }
compare-per-value-axis = Una ejecución por cada valor de { $key }, en un mismo eje de tiempo
compare-title = Comparar: { $what }
compare-side-by-side = Lado a lado
compare-hint-best = mejor
compare-hint-worst = peor de las ejecuciones completadas · haz clic en una fila para abrirla
compare-sweep-heading = Barrido: varía un parámetro
compare-by = Comparar por
compare-key-type = Tipo de migración
compare-key-policy = Política de parada
compare-key-bw = Ancho de banda
compare-key-dirty = Tasa de páginas sucias
compare-key-mem = Memoria
compare-key-ws = Conjunto de trabajo escribible
compare-key-downtime = Límite de downtime
compare-key-fault = Fallo
compare-key-autoconverge = Auto-convergencia
compare-key-xbzrle = Caché XBZRLE
compare-key-page = Tamaño de página
compare-key-hold = Espera
compare-key-change = Cambio en un momento dado
compare-by-values = Valores de { $key }
compare-by-help = De 2 a 6 valores separados por comas, como en un enlace: 1Gbit/s,10Gbit/s o none,link-failure@40s
compare-apply = Comparar
compare-bad-value = «{ $value }»: { $why }
compare-left-out = Se omitió: { $list }
compare-fork-at = bifurcación a los { $t }
compare-fork-title = Las ejecuciones se bifurcan a los { $t }
compare-phase-title = { $row }: { $phase }: de { $from } a { $to }
compare-tl-title = { $what } en un mismo eje de tiempo, de 0 a { $end }; barras rojas: VM detenida
compare-tl-title-fork = { $what } en un mismo eje de tiempo, de 0 a { $end }; barras rojas: VM detenida; las ejecuciones se bifurcan a los { $t }
compare-tl-title-forks = { $what } en un mismo eje de tiempo, de 0 a { $end }; barras rojas: VM detenida; líneas discontinuas: donde se bifurcan las ejecuciones
compare-axis = Tiempo desde que empezó la migración (barra roja: VM detenida)
compare-axis-short = Tiempo (barra roja: VM detenida)
compare-grids-heading = Todas las ejecuciones en el mismo instante
compare-grids-hint = memoria del origen a la izquierda, del destino a la derecha
compare-grids-play = ▶ Reproducir juntas
compare-grids-moment = Instante que se muestra en todas las ejecuciones
compare-grids-now = { $t } de { $end }
compare-grid-open = Abrir { $name } en la vista principal en este instante
compare-grid-memory = { $name }: memoria del origen y del destino a los { $t }
compare-grid-ended = terminó a los { $t }: { $outcome }
compare-grid-cannot-run = no se puede ejecutar
