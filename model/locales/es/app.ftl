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

## La imagen: nombres de estados, fases, fallos y eventos

state-running = en ejecución
state-throttled = frenada
state-paused = en pausa
state-suspended = suspendida
state-off = apagada
state-degraded = degradada
state-lost = perdida
phase-precopy = ronda de pre-copia
phase-stop-and-copy = parada y copia (caída)
phase-switchover = conmutación (caída)
phase-postcopy = post-copia (degradada)
phase-postcopy-paused = post-copia en pausa
phase-shutdown = apagado
phase-disk-copy = copia de discos
phase-boot = arranque
phase-suspend = suspensión
phase-transfer = transferencia
phase-hold = espera
phase-restore = restauración
phase-resume = reanudación y cambio de red
phase-rollback = reversión
phase-running-on-source = en el origen
phase-lost = VM perdida
phase-precopy-round = ronda de pre-copia { $round }
phase-hold-reason = espera: { $reason }
fault-bandwidth-drop = caída del ancho de banda
fault-latency-spike = pico de latencia
fault-link-failure = fallo del enlace
fault-source-host-failure = fallo del host de origen
fault-destination-host-failure = fallo del host de destino
event-fault = fallo
event-change = cambio de parámetro
event-switchover = conmutación
event-rollback = reversión
event-vm-lost = VM perdida
event-hold-start = empieza la espera
event-time-limit = límite de tiempo
event-bandwidth-change = cambia el ancho de banda
event-dirty-rate-change = cambia la tasa de escritura

## La imagen: la narración

narr-nothing = Aún no hay nada que mostrar.
narr-join = { $line } { $why }
narr-round-zero = Ronda 0: la primera pasada copia los { $mem } de memoria mientras la VM sigue funcionando y escribiendo { $rate } (λ = { $lambda }).
narr-round = Ronda { $round }:{ $again }{ $why }{ $throttle }.
narr-round-unreached = {" "}ahora van los { $unreached } a los que la primera pasada aún no había llegado y los { $dirty } escritos mientras tanto
narr-round-again = {" "}vuelven a enviarse los { $dirty } escritos mientras se enviaba la ronda { $prev }
narr-no-shrink-lambda = . Las rondas ya no se reducen: el invitado escribe { $writes } y el enlace envía { $sends } (λ = { $lambda }), así que cada ronda encuentra tanto sucio como envió
narr-no-shrink-working-set = . Las rondas ya no se reducen: el conjunto de trabajo de { $ws } del invitado vuelve a ensuciarse en cada ronda, y es más de lo que deja pasar el límite de downtime de { $limit }
narr-throttle = , y { $policy } frena las vCPU un { $share } para que el invitado escriba menos
narr-policy-qemu = el auto-converge de QEMU
narr-policy-vmotion = el SDPS de vMotion
narr-policy-other = el hipervisor
narr-paused-whole = La VM está en pausa durante toda la migración: sus { $sent } viajan una vez al destino, bajo el límite de la migración, y la última parte a la velocidad del enlace. { $reason }
narr-stop-and-copy = La VM está en pausa: los últimos { $rest } van en una única parada y copia. { $reason }
narr-switchover = Conmutación: la VM se detiene, su estado de CPU y dispositivos cruza el enlace y se reanuda en el destino antes de que llegue la mayor parte de su memoria.
narr-postcopy = Post-copia: la VM ya funciona en el destino. Una página que toca antes de que llegue con el envío se pide bajo demanda, con un viaje de ida y vuelta cada una ({ $faults } fallos de página así en esta ejecución).
narr-postcopy-paused = El enlace se rompió tras la conmutación: la memoria de la VM está repartida entre los dos hosts, así que la post-copia se detiene hasta que vuelva el enlace.
narr-shutdown = Migración en frío: el invitado se apaga. Su memoria se descarta; solo se mueven los discos y la configuración.
narr-disks-shared = Los discos están en almacenamiento compartido, así que solo se copia la configuración.
narr-disk-copy = Se copian { $disk } de disco al destino mientras la VM está { $state ->
        [off] apagada
       *[paused] en pausa
    }.
narr-boot = La VM arranca en el destino: las aplicaciones empiezan de cero.
narr-suspend = Suspensión: los { $mem } de memoria de la VM se escriben en un archivo de estado. Las aplicaciones seguirán exactamente donde estaban.
narr-transfer = El archivo de estado viaja al destino. La VM está parada, pero a salvo.
narr-hold = En espera ({ $reason }). La VM sigue suspendida y a salvo, pero parada, hasta que se levante la espera.
narr-restore = El destino vuelve a cargar en memoria el archivo de estado.
narr-resume = La VM se reanuda en el destino y anuncia su nueva ubicación a la red.
narr-running-on-source = La VM sigue funcionando en el origen.
narr-lost-split = La VM se ha perdido: tras la conmutación su memoria estaba repartida entre los hosts, y uno de ellos cayó.
narr-lost-source = La VM se ha perdido: el origen cayó antes de que el destino tuviera una copia completa.
narr-rollback-cause = El { $fault } a los { $t }
narr-rollback-failure = Un fallo
narr-rollback-cold = { $cause } termina la migración: la copia parcial del destino se descarta y la VM se queda en el origen, apagada.
narr-rollback-suspended = { $cause } termina la migración: la copia parcial del destino se descarta y la VM sigue suspendida en el origen, a salvo en su archivo de estado.
narr-rollback-live = { $cause } termina la migración, que se revierte. La reversión es limpia: la pre-copia nunca abandonó el origen, así que la VM sigue allí con toda su memoria; solo se descarta la copia parcial del destino.
narr-spike = Desde { $at } el viaje de ida y vuelta dura { $extra } más: TCP solo lleva su ventana de { $window } por viaje, { $rate } ahora
narr-drop = Desde { $at } el enlace solo lleva { $rate }
narr-trouble-drags = { $cause }, menos que los { $writes } que escribe el invitado: la ronda se alarga y el conjunto sucio crece.
narr-trouble-slower = { $cause }: la ronda tarda más.
narr-what-cold = migración en frío
narr-what-suspended = migración suspendida
narr-what-live = migración en vivo
narr-what-postcopy = migración post-copia
narr-what-hybrid = migración híbrida
narr-done = Hecho: la { $what } tardó { $total }, con { $downtime } de inactividad, y envió { $sent } ({ $factor }× la memoria).
narr-ended = La { $what } terminó: { $outcome }. { $reason }

## La imagen: el lienzo, la región en vivo y el texto alternativo

picture-region = Imagen de la migración
picture-host-source = Host de origen
    .short = Origen
picture-host-destination = Host de destino
    .short = Destino
picture-badge = VM { $state }
picture-memory = memoria · 1 celda = { $cell }
picture-cell = 1 celda = { $cell }
picture-lost = VM perdida: ningún host puede ejecutarla
picture-link = enlace { $rate }
picture-link-down = ENLACE CAÍDO
picture-link-sending = enviando { $rate }
picture-link-idle = inactivo
picture-on-hold = EN ESPERA
picture-on-hold-reason = EN ESPERA: { $reason }
picture-disks-shared = discos compartidos: no se copian
picture-disk = disco: { $copied } de { $total }
picture-announce = Fase: { $phase }. VM { $state }.
picture-alt = A los { $t }: la VM está { $state } en { $host }. { $dirty } de { $cells } celdas de memoria del origen están sucias. Enlace: { $link }.{ $disk }
picture-on-source = el host de origen
picture-on-destination = el host de destino
picture-on-nowhere = ningún host
picture-link-is-down = caído
picture-alt-disks-shared = {" "}Discos en almacenamiento compartido: no se copian.
picture-alt-disk = {" "}Disco: { $copied } de { $total } copiados.

## La imagen: la historia de una celda

picture-paint-empty = nada aún
picture-paint-tocopy = sin copiar todavía
picture-paint-zero = página de ceros: una marca, nada que enviar
picture-paint-clean = copiada, limpia
picture-paint-dirty = escrita por el invitado después de copiarse
picture-paint-inflight = en el cable
picture-paint-present = presente donde funciona la VM
picture-paint-missing = ausente: tocarla provoca un fallo que la trae
picture-paint-fetched = traída tras un fallo de página
picture-paint-discarded = descartada
picture-paint-statefile = en el archivo de estado
picture-story-in-round = {" "}en la ronda { $n }
picture-story-start = Al principio: origen { $source }, destino { $destination }.
picture-story-wire = En el cable{ $round }.
picture-story-arrived = Llegó{ $round }: la copia del destino está al día.
picture-story-resend = Enviada{ $round }, y el invitado volvió a escribirla: hay que enviarla otra vez.
picture-story-stale = El invitado la escribió{ $round }: la copia del destino ha quedado vieja.
picture-story-zero = Una página de ceros: solo cruza una marca, sin datos.
picture-story-saved = Guardada en el archivo de estado.
picture-story-pushed = Enviada al destino{ $round }.
picture-story-present = La VM funciona en el destino con esta página.
picture-story-missing = La VM funciona ya en el destino sin ella: tocarla provoca un fallo.
picture-story-fetched = El invitado la tocó y falló: se trajo por el enlace.
picture-story-discarded = La copia parcial del destino se descarta.
picture-story-shutdown = Descartada al apagar: la migración en frío no copia la memoria.
picture-story-other = Origen { $source }, destino { $destination }.
picture-life = La vida de una página
picture-life-title = Celda { $cell } de { $cells }: páginas { $first }–{ $last } ({ $size })
picture-life-close = Cerrar la vida de la página
picture-life-working = Calculando la historia de esta celda… { $share } %
picture-life-more = Los primeros { $n } cambios; los siguientes se omiten.

## La leyenda de la imagen y la línea de tiempo

legend = Leyenda: estados de las páginas
legend-tocopy = sin copiar
legend-inflight = en tránsito
legend-clean = copiada, limpia
legend-dirty = sucia tras copiarse
legend-present = presente en el destino
legend-missing = ausente en el destino
legend-fetched = traída tras un fallo
legend-zero = página de ceros
legend-statefile = en el archivo de estado
legend-discarded = descartada (apagada o abandonada)
timeline = Línea de tiempo: arrastra o usa las flechas para ir de un evento a otro
timeline-value = { $t } de { $end }
timeline-down-key = barra roja = VM parada
timeline-real-key = {" "}· franja naranja: pasadas de QEMU
timeline-real = Grabación de QEMU: { $passes } pasadas, { $duration }
timeline-bar = { $phase }: { $span }
timeline-rounds = rondas de pre-copia { $first }–{ $last }
timeline-bars = { $name }: { $span }, { $each } de media cada una
timeline-key = Leyenda de la línea de tiempo
timeline-vm-down = VM parada

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
