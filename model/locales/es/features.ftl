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
compare-not-moved = ninguno (no se movió)
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
compare-axis = Tiempo desde el inicio (barra roja: VM detenida)
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

## La vista de evacuación (src/features/evacuate/)

evac-view-title = Evacuación de un host: todas las VM salen por un mismo enlace
evac-view-controls = Evacuación
evac-view-k = A la vez (K)
evac-view-k-value = { $k } de { $n }
evac-view-k-valuetext = { $k } a la vez, de { $n } VM
evac-view-order = Las VM en espera salen
evac-view-order-given = en el orden de la lista
evac-view-order-smallest-first = de menor a mayor
evac-view-order-largest-first = de mayor a menor
evac-view-order-least-dirty-first = la que menos escribe primero
evac-view-examples = Ejemplos
evac-view-teaching = Dos escritoras
evac-view-maintenance = Mantenimiento: 8 VM
evac-view-list-sep = {", "}
evac-view-list-and = { $rest } y { $last }
evac-view-caption-even-one = Incluso de una en una por { $link }, { $why }.
evac-view-caption-below = Por { $link }, todas las VM salen { $below ->
        [1] de una en una (K = 1)
       *[other] de hasta { $below } a la vez (K ≤ { $below })
    }; con K = { $k }, { $why }.
evac-view-caption-one-vm = Por { $link }, la VM sale.
evac-view-caption-all = Por { $link }, todas las VM salen sea cual sea K, incluso las { $n } a la vez.
evac-view-stay-shared = { $list } no { $n ->
        [one] converge: al compartir el enlace recibe
       *[other] convergen: al compartir el enlace cada una recibe
    } { $least }, no más que los { $dirty } que escribe
evac-view-stay-whole = { $list } no { $n ->
        [one] converge
       *[other] convergen
    } ni con el enlace entero ({ $least } frente a { $dirty } de escrituras)
evac-view-stay-outcome = { $list } no { $n ->
        [one] sale
       *[other] salen
    } ({ $outcome })
evac-view-now = Migrando: { $migrating }; en espera: { $waiting }; fuera: { $left }; no salieron: { $stayed }.
evac-view-status-waiting = en espera
evac-view-status-copying = copiando
evac-view-status-down = detenida
evac-view-status-left = salió
evac-view-status-stayed = no salió
evac-view-span = { $status } de { $from } a { $to }
evac-view-host = Host de origen
evac-view-host-hint = el nivel es la memoria que aún falta por cruzar
evac-view-figures = { $mem }, escribe { $dirty }
evac-view-figures-type = {", "}{ $type }
evac-view-remove = Quitar { $name }
evac-view-memory-left = { $name }: aún falta por cruzar el { $share } de su memoria
evac-view-link = El enlace, { $rate }
evac-view-running = { $n } en curso
evac-view-shares = Reparto del enlace: { $words }
evac-view-bars = Cada VM en un mismo eje de tiempo
evac-view-per-vm = Por VM
evac-view-col-vm = VM
evac-view-col-start = Inicio
evac-view-col-end = Fin
evac-view-col-sent = Enviado
evac-view-col-converged = Convergió
evac-view-yes = sí
evac-view-no = no
evac-view-empty-after = Host vacío tras
evac-view-ended-after = La evacuación terminó tras
evac-view-peak = Máximo en curso a la vez
evac-view-still-on-host = Siguen en el host
evac-view-none = ninguna
evac-view-add-title = Añadir una VM
evac-view-add-full = Añadir una VM (el host admite como mucho { $max })
evac-view-add-mem = Memoria, GiB
evac-view-add-dirty = Escrituras, MB/s
evac-view-add-ws = Conjunto de trabajo, %
evac-view-add-name = Nombre
evac-view-add-button = Añadir VM
evac-view-add-range = Memoria de 0,25 a 1024 GiB, escrituras de 0 a 10 000 MB/s, conjunto de trabajo del 1 al 100 %.

## Una grabación junto al modelo (src/features/replay/)

replay-unreadable = { $name }: el navegador no pudo leer este archivo.
replay-fetch-failed = { $name }: no se pudo descargar { $url } (una grabación incluida necesita que la aplicación se sirva por HTTP; la versión de un solo archivo puede abrir una grabación desde un archivo).
replay-source = Qué reproduce la animación
replay-source-model = el modelo
replay-source-real = la grabación de QEMU
replay-source-label = La animación reproduce
replay-source-note = { $name }: celdas en proporción a los contadores de QEMU (QEMU no dice qué páginas)
replay-comparing = Comparando { $name } con el modelo…
replay-title = { $name } junto al modelo
replay-close = Cerrar la grabación
replay-flags = Parámetros deducidos de la grabación
replay-flags-changed = Parámetros deducidos de la grabación (cambiaste algunos)
replay-flags-lead = El modelo se ejecuta con estas opciones de migsim; corrige las que quieras con los controles.
replay-bytes-title = Bytes enviados y por enviar en la pasada
replay-qemu-sent = QEMU enviado
replay-model-sent = modelo enviado
replay-qemu-remaining = QEMU pendiente
replay-model-remaining = modelo pendiente
replay-dirty-title = Páginas ensuciadas por segundo (distintas)
replay-qemu-dirty = QEMU dirty-pages-rate
replay-model-dirty = modelo, por ronda
replay-axis-time = tiempo desde migrate
replay-table = Los contadores de QEMU junto al modelo
replay-col-quantity = Magnitud
replay-col-model = Modelo
replay-col-difference = Diferencia
replay-row-total = Tiempo total
replay-row-downtime = Inactividad (según QEMU)
replay-row-outage = Corte del invitado (STOP → RESUME)
replay-row-bytes = Bytes enviados
replay-row-passes = Pasadas
replay-row-outcome = Resultado
replay-same = igual
replay-differs = distinto
replay-lanes = Pasadas: QEMU { $real }, modelo { $model }
replay-lane-real = pasadas de QEMU
replay-lane-model = rondas del modelo
replay-lanes-caption = De 0 s a { $end } · rojo = invitado detenido
replay-pass-title = pasada { $n }: { $bytes }
replay-qemu-pass = pasada de QEMU
replay-model-round = ronda del modelo
replay-passes-label = Bytes enviados por pasada, QEMU y el modelo
replay-axis-pass = pasada
replay-passes-caption = Bytes enviados por pasada (escala logarítmica)
replay-now = QEMU a los { $t }: { $what }. Enviado hasta ahora: { $sent }.
replay-now-pass = QEMU a los { $t }, pasada { $pass }: { $what }. Enviado hasta ahora: { $sent }.
replay-now-failed = la migración falló; la VM sigue en el origen
replay-now-cancelled = la migración se canceló; la VM sigue en el origen
replay-now-lost = la post-copia falló con { $left } aún en el origen: la VM se perdió
replay-now-postcopy-paused = la post-copia está en pausa ({ $status }): la VM espera en el destino { $left }
replay-now-paused-there = la VM está en el destino, en pausa hasta que un cont la ponga en marcha
replay-now-on-demand = la VM corre en el destino; aún llegan { $left } bajo demanda
replay-now-there = la VM corre en el destino
replay-now-stopped = la VM está detenida: faltan { $left } por enviar
replay-now-source = la VM corre en el origen; faltan { $left } por enviar en esta pasada

## Las gráficas (src/features/charts/: por ronda y el barrido)

chart-per-round = Por ronda
chart-sweep = Barrido
chart-round-none = La migración { $type } no tiene rondas de pre-copia: la gráfica por ronda es para las migraciones en vivo e híbridas.
chart-round-now = Ahora: { $round } envía a { $rate }, ya se enviaron { $sent }.
chart-round-now-dirty = Ahora: { $round } envía a { $rate }, ya se enviaron { $sent }, hay { $dirty } sucios.
chart-round-sent = { $round }: envió { $sent } en { $time }
chart-round-left = {"; "}quedan { $left } sucios tras ella (umbral { $threshold } = { $rule })
chart-round-throttle = {"; "}freno de la vCPU { $share }
chart-round-summary = { $n } rondas de pre-copia, { $converged ->
        [yes] convergió
       *[no] no convergió
    }. { $why }
chart-round-legend-sent = enviado
chart-round-legend-switchover = conmutación
chart-round-legend-dirty = sucio restante
chart-round-legend-throttle = freno de la vCPU (eje derecho)
chart-round-title = Bytes por ronda y conjunto sucio restante
chart-round-desc = Bytes enviados en cada una de las { $n } rondas y el conjunto sucio que queda tras cada una, en escala logarítmica; discontinua: { $threshold }. Usa las flechas para leer una ronda.
chart-round-axis-bytes = Bytes (log)
chart-round-axis-throttle = Freno
chart-round-axis-round = Ronda
chart-round-name = Ronda { $n }
chart-round-name-stop = Parada y copia (VM en pausa)
chart-round-name-switch = Conmutación (VM en pausa)
chart-round-name-push = Envío de post-copia (VM en el destino)
chart-round-bar-stop = parada
chart-round-bar-switch = conm.
chart-round-bar-push = envío
chart-round-threshold-xen = Xen: para con menos de { $pages } páginas sucias
chart-round-threshold-at = { $who ->
        [vmotion] vMotion
        [simgrid] SimGrid
        [textbook] De libro
       *[qemu] QEMU
    }: para con ≤ { $bytes }
chart-round-rule-xen = { $pages } páginas × { $page }
chart-metric-downtime = Inactividad
chart-metric-total-time = Tiempo total
chart-metric-bytes-sent = Datos enviados
chart-axis-dirty-rate = Tasa de páginas sucias
chart-axis-bandwidth = Ancho de banda
chart-sweep-flat = No hay barrido sobre la { $axis }: daría a todas las filas la misma { $axis }, justo lo que las distingue, y sus líneas coincidirían.
chart-sweep-flat-all = Las líneas coinciden: el barrido fija el valor en el que se distinguen las filas.
chart-sweep-incomplete = { $name }: aquí no termina
chart-sweep-current = { $name } con la { $axis } actual ({ $x }): { $value }
chart-sweep-at = Con { $axis } { $x } (λ = { $lambda }):
chart-sweep-now = Ahora: { $axis } { $x } (λ = { $lambda }):
chart-sweep-title = { $metric } según la { $axis }
chart-sweep-desc = { $metric } de { $subject ->
        [types] todos los tipos de migración
       *[runs] todas las ejecuciones comparadas
    } para una { $axis } de { $from } a { $to } (escalas logarítmicas), con los demás parámetros como están. Franjas discontinuas arriba: donde una línea nunca termina. Usa las flechas para leer los valores.
chart-sweep-y-bytes = Datos enviados, bytes (log)
chart-sweep-y-time = { $metric }, s (log)
chart-sweep-x-dirty-rate = Tasa de páginas sucias, bytes/s (log)
chart-sweep-x-bandwidth = Ancho de banda, bit/s (log)
chart-sweep-metric = Métrica
chart-sweep-axis = Eje
chart-sweep-vs-dirty-rate = según páginas sucias
chart-sweep-vs-bandwidth = según ancho de banda
chart-sweep-never = nunca termina
chart-line-cold = En frío
chart-line-suspended = Suspendida
chart-line-live = En vivo
chart-line-postcopy = Post-copia
chart-line-hybrid = Híbrida

## Exportar (los archivos del diálogo; su título es toolbar-export)

export-lead = Archivos para diapositivas, apuntes y tus propios análisis. Los archivos de la ejecución usan las unidades del modelo (segundos, bytes).
export-png = Imagen (PNG)
export-png-about = La animación tal como está ahora, a la resolución de la pantalla.
export-svg = Imagen y línea de tiempo (SVG)
export-svg-about = Título, animación, línea de tiempo y narración en un solo archivo para diapositivas.
export-rounds-csv = Rondas (CSV)
export-rounds-csv-about = Una fila por ronda: tiempos, bytes y páginas enviados, conjunto sucio, freno.
export-trace-json = Traza completa (JSON)
export-trace-json-about = Fases, rondas, eventos, métricas y parámetros, como migsim --format json.
export-compare-csv = Todos los tipos comparados (CSV)
export-compare-csv-about = Todos los tipos de migración con estos parámetros: inactividad, tiempo, datos, resultado.
export-title = VM Migration Lab · migración { $type } a los { $t }

## El resto del panel de la lección (en el idioma de la lección)

lesson-panel = Lección
lesson-steps-nav = Pasos de la lección
lesson-mark-title = Muestra { $mark ->
        [dirty] las páginas sucias
        [in-flight] las páginas en tránsito
        [link] el enlace
        [downtime] la inactividad
        [round] la ronda
       *[other] { $mark }
    } en la animación
lesson-reload = Volver a cargar el archivo de la lección…
lesson-reload-title = Abre de nuevo el archivo editado: este paso se queda y aparece el texto nuevo
lesson-copy-link = Copiar el enlace de la lección
lesson-link = Enlace de la lección
lesson-link-too-long = Esta lección es demasiado larga para un enlace: comparte el archivo.
lesson-link-characters = { $n } caracteres
lesson-link-size = El enlace mide { $size }.
lesson-link-size-after = Mide { $size }.
lesson-link-copied = Enlace de la lección copiado al portapapeles.
lesson-link-selected = Enlace de la lección seleccionado: pulsa Ctrl+C (⌘C en un Mac) para copiarlo.
lesson-link-long = Más de 8 KB: algunos programas de correo y de chat cortan enlaces tan largos; un archivo es más seguro.
lesson-print = Imprimir apuntes
lesson-print-title = Imprime toda la lección como apuntes: cada paso con su imagen, las preguntas y las respuestas
lesson-handout-meta = { $n } pasos · VM Migration Lab · cada número sale de la ejecución del modelo en su paso
lesson-handout-key = Cada imagen: la memoria del origen (izquierda) y la del destino (derecha) en el instante del paso, cada cuadrado un grupo de páginas; debajo, la migración entera, cada fase con su color y la línea en ese instante.

## Una grabación que no se pudo abrir, o que se abrió en parte (src/features/replay/recording.rs).
## $why y $reasons son frases del modelo (model.ftl, recording-error-…) en el idioma de
## la página.

replay-file-error = { $name }: { $why }
replay-out-of-range = { $name } se leyó, pero un parámetro deducido de ella está fuera del rango del modelo: { $why }
replay-skipped = { $samples ->
        [one] Se leyó { $samples } muestra
       *[other] Se leyeron { $samples } muestras
    }; { $count ->
        [one] se omitió
       *[other] se omitieron
    } { $count } de { $lines ->
        [one] { $lines } línea
       *[other] { $lines } líneas
    }: { $reasons }
replay-params-changed = (parámetros cambiados respecto a los de la grabación)

## Los errores de un archivo de lección, resumidos sobre la lista (en el idioma de la página)

lesson-notice-partial = Parte de esta lección no se pudo leer{ $warnings ->
        [0] {""}
        [one] ; 1 aviso
       *[other] ; { $warnings } avisos
    }:
lesson-notice-loaded = La lección se ha cargado{ $warnings ->
        [0] {""}
        [one] , con 1 aviso
       *[other] , con { $warnings } avisos
    }:
lesson-notice-left-out = { $steps ->
        [one] 1 paso no se pudo usar y se ha omitido
       *[other] { $steps } pasos no se pudieron usar y se han omitido
    }; los demás están aquí{ $warnings ->
        [0] {""}
        [one] ; 1 aviso
       *[other] ; { $warnings } avisos
    }:
lesson-notice-step = paso { $step } “{ $title }” (línea { $line })
lesson-notice-sep = {", "}
lesson-notice-left-out-list = Omitidos: { $steps }.
lesson-notice-left-out-list-more = Omitidos: { $steps } y { $more } más.
lesson-notice-more = y { $n } más
lesson-notice-warnings-head = Avisos (estos pasos se muestran; revísalos):
lesson-notice-no-step = { $name }: no se pudo usar ningún paso.
