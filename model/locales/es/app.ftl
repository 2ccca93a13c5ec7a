# La vista principal de la app: cabecera, barra de herramientas, tipos de migración,
# controles deslizantes, métricas, reproducción y el aviso del enlace.
# Mismos mensajes y variables que en/app.ftl (model/tests/i18n.rs).

## La cabecera

header-types = Tipo de migración
migration-type-cold = En frío
migration-type-suspended = Suspendida
# "En vivo (pre-copia)" no cabe en la fila de la cabecera a 1229–1365 px.
migration-type-live = En vivo
migration-type-postcopy = Post-copia
migration-type-hybrid = Híbrida
migration-type-title = { $type } (tecla { $key })

lessons-menu = Lecciones
lessons-menu-open = Abrir una lección
lessons-menu-entry = { $title } ({ $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }: { $topics })

views = Vista
view-main = Animación
    .title = Sigue una migración, página a página
view-compare = Comparar
    .title = Todos los tipos de migración lado a lado, con curvas de barrido
view-exercises = Ejercicios
    .title = Problemas con semilla, con respuestas y soluciones paso a paso
view-evacuate = Evacuar
    .title = Las VM de un host saliendo por un mismo enlace, como mucho K a la vez

## La barra de herramientas

toolbar = Herramientas
toolbar-share = Compartir
toolbar-embed = Insertar
toolbar-export = Exportar
toolbar-present = Presentar
toolbar-present-exit = Salir de la presentación
toolbar-present-title = Modo presentación: letra grande, pantalla completa (P)
toolbar-theme-label = Tema de color: { $theme ->
        [light] claro
        [dark] oscuro
       *[system] el del sistema
    } (ahora { $now ->
        [dark] oscuro
       *[light] claro
    }). Cambiarlo
toolbar-theme-title = Tema de color: { $theme ->
        [light] claro
        [dark] oscuro
       *[system] el del sistema
    }
toolbar-shortcuts = Atajos de teclado
toolbar-shortcuts-title = Atajos de teclado (?)
toolbar-language = Idioma

## El panel lateral

panel-tabs = Panel lateral
panel-parameters = Parámetros
panel-charts = Gráficas

## Los parámetros

controls-title = Parámetros
slider-bandwidth = Ancho de banda
    .short = Ancho de banda
# Corto: comparte la línea con su valor, "100 MB/s (λ = 0,80)".
slider-dirty-rate = Páginas sucias
    .short = Páginas sucias
slider-memory = Memoria
    .short = Memoria
slider-working-set = Conjunto de trabajo escribible
    .short = Conj. de trabajo
slider-hot-set = Zona caliente (parte del conjunto de trabajo)
    .short = Zona caliente
slider-hot-share = Escrituras que caen en la zona caliente
    .short = Escrituras calientes
slider-downtime-limit = Límite de downtime
    .short = Límite de downtime
slider-writer-cpu = CPU virtual que necesita el escritor
    .short = vCPU del escritor
slider-writer-cpu-value = { $share } de su vCPU
slider-writer-cpu-hint = Una limitación p deja correr a la vCPU 1 − p del tiempo. Un escritor que necesita esta fracción mantiene su ritmo hasta que 1 − p baja de ella, y a partir de ahí escribe D·(1 − p)/fracción. 100% = un escritor limitado por CPU, que se frena enseguida.
slider-hybrid-rounds = Rondas de pre-copia antes de la post-copia
    .short = Rondas de pre-copia
slider-disk = Tamaño del disco
    .short = Disco
slider-storage = Velocidad del almacenamiento (lectura y escritura)
    .short = Almacenamiento
slider-boot = Tiempo de arranque del invitado
    .short = Arranque
slider-hold-start = La espera empieza tras la suspensión
    .short = Inicio de la espera
slider-hold-start-hint = Si empieza cuando ya terminó la transferencia, lo que espera es la restauración
slider-hold-duration = La espera dura
    .short = Duración de la espera
slider-fault-time = Fallo en
    .short = Fallo en
slider-speed = Velocidad

control-dirty-model = Cómo se ensucian las páginas
control-dirty-model-linear = lineal (Clark, SimGrid)
control-dirty-model-uniform = escrituras al azar en el conjunto de trabajo
control-page-size = Seguimiento de páginas sucias por
control-page-size-4k = página de 4 KiB
control-page-size-2m = página enorme de 2 MiB
control-policy = Política de parada
control-auto-converge = Auto-convergencia (QEMU frena las vCPU)
control-shared-storage = Discos en almacenamiento compartido (no se copian)
control-suspend-transfer = El estado viaja
control-suspend-transfer-file = como archivo de estado (guardar, copiar, restaurar)
control-suspend-transfer-stream = por el enlace, en directo (migración en pausa)
control-hold = Poner la migración en espera
control-hold-reason = Motivo de la espera
control-hold-shared-note = Con almacenamiento compartido solo cruza el enlace la configuración: la espera empieza en cuanto termina la suspensión.
control-fault = Fallo
fault-kind-none = ninguno
fault-kind-bandwidth-drop = el ancho de banda cae al 10%
fault-kind-latency-spike = pico de latencia (+200 ms)
fault-kind-link-failure = caída del enlace
fault-kind-source-failure = caída del host de origen
fault-kind-destination-failure = caída del host de destino

## Las métricas

metrics-title = Métricas
metrics-metric = Métrica
metrics-now = ahora
metrics-whole-run = en total
metrics-time = Tiempo
metrics-downtime = Inactividad
metrics-sent = Datos enviados
metrics-rate = Enlace
metrics-round = Ronda
metrics-dirty = Páginas sucias
metrics-degraded = Degradada
metrics-blocked = vCPU bloqueada
metrics-outcome = Resultado
metrics-idle = inactivo
metrics-average = { $rate } de media
metrics-stop-and-copy = parada y copia
metrics-precopy-rounds = { $n } de pre-copia
metrics-in-progress = en curso
metrics-blocked-value = { $share } de la post-copia ({ $faults ->
        [one] { $faults } fallo de página
       *[other] { $faults } fallos de página
    })
outcome-completed = completada
outcome-rolled-back = revertida
outcome-not-converged = no convergió
outcome-paused = en pausa (recuperable)
outcome-lost = VM perdida
outcome-on-hold = en espera
convergence-converged = convergió
convergence-to-postcopy = pasa a post-copia
convergence-gave-up = se rindió
convergence-not-converged = no converge

## La reproducción

transport = Reproducción
transport-prev = ◀ evento
    .title = Evento anterior (←)
    .label = Evento anterior
transport-next = evento ▶
    .title = Evento siguiente (→)
    .label = Evento siguiente
transport-play = ▶ Reproducir
    .label = Reproducir
transport-pause = ❚❚ Pausa
    .label = Pausa
transport-restart = Volver al inicio
transport-fork = ¿Y si… aquí?
    .title = Compara esta ejecución con la misma con un fallo o un cambio en este instante
speed-real-time = tiempo real
speed-slow = cámara lenta ×{ $factor }
speed-fast = { $factor }× más rápido

## El aviso del enlace

notice-title = Parte de este enlace no se pudo usar.
notice-lead = Estos valores se quedan como estaban:
notice-dismiss = Cerrar
notice-unknown-lang = no es un idioma de esta app (tiene { $known }): la página está en inglés
