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
transport-fork-link-failure = falla el enlace
transport-fork-latency-spike = la latencia sube 1 s durante un minuto
transport-fork-destination-failure = falla el host de destino
transport-fork-source-failure = falla el host de origen
transport-fork-bandwidth-drop = el ancho de banda cae a { $rate } desde ahora
transport-fork-writes-faster = el invitado escribe más rápido: { $rate } desde ahora
speed-real-time = tiempo real
speed-slow = cámara lenta ×{ $factor }
speed-fast = { $factor }× más rápido

## El aviso del enlace

notice-title = Parte de este enlace no se pudo usar.
notice-lead = Estos valores se quedan como estaban:
notice-dismiss = Cerrar
notice-unknown-lang = no es un idioma de esta app (tiene { $known }): la página está en inglés

## Los diálogos (src/components/dialog.rs, share.rs, embed_dialog.rs, help.rs)

dialog-close = Cerrar
dialog-done = Listo

share-title = Compartir esta vista
share-lead = Quien abra el enlace verá estos parámetros, este escenario y este momento de la ejecución.
share-link = Enlace
share-time = Empezar en el cursor de reproducción ({ $t })
share-copy = Copiar el enlace
share-copied = Enlace copiado al portapapeles.
share-selected = Enlace seleccionado: pulsa Ctrl+C (⌘C en un Mac) para copiarlo.

embed-title = Insertar en la página de un curso
embed-lead = Pega esto donde la página acepte HTML. La inserción muestra la animación, la línea de tiempo y la reproducción, y los controles que marques.
embed-controls = Controles visibles
embed-control-type = Tipo de migración
embed-control-bw = Ancho de banda
embed-control-dirty = Páginas sucias
embed-control-mem = Memoria
embed-control-ws = Conjunto de trabajo escribible
embed-control-downtime = Límite de downtime
embed-control-policy = Política de parada
embed-start = Inicio
embed-start-0 = Desde el principio
embed-start-now = En el cursor de reproducción ({ $t })
embed-autoplay = Reproducir al cargar
embed-theme = Tema
embed-theme-auto = El del sistema del lector
embed-theme-light = Claro
embed-theme-dark = Oscuro
embed-script = Añadir el script que ajusta la altura del marco
embed-code = HTML para pegar
embed-ignored = La inserción no tendrá en cuenta:
embed-ignored-rest = muestra todo lo demás.
embed-copy = Copiar el código
embed-copied = Código copiado al portapapeles.
embed-selected = Código seleccionado: pulsa Ctrl+C (⌘C en un Mac) para copiarlo.
embed-frame-title = VM Migration Lab: migración { $type }
embed-server-title = Lo que necesita el servidor.
embed-server = El marco está aislado (sandbox) sin { $same-origin }, así que no tiene origen propio: el servidor que aloja esta app debe enviar { $header } con sus archivos; si no, el navegador se niega a arrancarla y el marco solo muestra un mensaje breve. GitHub Pages lo envía; en tu propio servidor añade esa cabecera (por ejemplo, en nginx: { $nginx }).
embed-open-full = Abrir en el VM Migration Lab completo ↗

## Los atajos de teclado (help.rs): los nombres de las teclas y lo que hace cada una

help-title = Atajos de teclado
help-lead = Funcionan en toda la página salvo mientras escribes en un campo. Un deslizador o un menú al que llegas con Tab conserva sus propias teclas (flechas, Re Pág/Av Pág, Inicio/Fin); uno en el que has hecho clic devuelve a la clase las teclas del presentador.
help-key = Tecla
help-does = Qué hace
help-key-space = Espacio
help-key-page-down = Av Pág
help-key-page-up = Re Pág
help-key-home = Inicio
help-key-end = Fin
help-key-esc = Esc
help-key-tab = Tab
help-key-click = Clic
help-play = Reproducir o pausar (B es la tecla de pantalla en negro del presentador)
help-event = Evento siguiente o anterior (ronda, cambio de fase, fallo)
help-phase = Fase siguiente o anterior; pasado el final, el escenario siguiente (los mandos de presentación envían estas teclas)
help-types = En frío, Suspendida, En vivo, Post-copia, Híbrida (cada una empieza desde el principio)
help-ends = Inicio o final de la ejecución (en la línea de tiempo)
help-present = Modo presentación: letra grande, pantalla completa
help-story = Mostrar u ocultar la historia del escenario
help-list = Esta lista
help-esc = Cerrar un diálogo o la historia; después, salir del modo presentación
help-tab = Pasar de un control a otro; un control al que llegas con Tab conserva sus propias teclas
help-click = Tras un clic o un toque en un control, las teclas del presentador (Av Pág/Re Pág, flechas, ., B) vuelven a avanzar la clase y dejan el control como está

## El menú de escenarios y las tarjetas con su historia (presets.rs)

preset-label = Escenario
preset-choose = Elige un escenario…
preset-recordings = Grabaciones reales de QEMU 10 (se descargan al elegirlas)
preset-changed = modificado
preset-story = Historia
story-hide = Ocultar ✕
    .label = Ocultar la historia
story-from = Fuente: { $source }.
preset-finance-cold = VM de finanzas, en frío: los informes vencen en 5 minutos
story-finance-cold = TI migra en frío la VM de finanzas. El sistema invitado se apaga (su memoria se descarta), su disco de 400 GiB cruza un enlace de 1 Gbit/s porque los dos hosts no comparten almacenamiento, y vuelve a arrancar en el destino. Finanzas: «¡Tenemos que entregar los informes en 5 minutos!». TI: «Nos vemos dentro de una hora». El modelo les da la razón: 57 minutos de copia más el apagado y el arranque suman una hora de inactividad, doce veces el plazo. La migración en frío es sencilla y no envía nada dos veces, pero la VM está parada durante toda la copia.
    .source = la historia de migración en frío del artículo de partida
preset-compliance-hold = Suspendida y retenida por una revisión de cumplimiento
story-compliance-hold = Se suspende una VM de 16 GiB: su memoria pasa a un archivo de estado en almacenamiento compartido en aproximadamente medio minuto. Entonces el equipo de cumplimiento normativo quiere revisar antes 500 páginas de documentos legales, y la migración queda en espera tres horas. No se pierde nada: la VM espera a salvo en su archivo de estado y se reanuda exactamente donde se detuvo. Pero no se ejecuta en ninguna parte durante toda la espera, así que el tiempo de inactividad es la espera más la suspensión y la restauración. El responsable: «Adelante».
    .source = la historia de migración suspendida del artículo de partida
preset-ecommerce-rollback = Tienda en línea: pico de latencia, vuelta atrás
story-ecommerce-rollback = Una tienda web de 4 GiB se migra en vivo con QEMU a 1 Gbit/s. La ronda 0 va bien, pero a los 40 s el tiempo de ida y vuelta sube un segundo entero: TCP solo puede llevar entonces su ventana de 4 MiB por viaje de ida y vuelta, unos 4 MB/s, muy por debajo de los 60 MB/s que escribe la tienda, así que la ronda 1 se alarga y el conjunto de páginas sucias crece en lugar de encoger. A los 25 s del pico se cae la conexión de la migración. Cliente: «¡Se me acaba de vaciar el carrito!». TI: «¡Vuelta atrás, VUELTA ATRÁS!». La pre-copia nunca soltó el origen, así que la vuelta atrás es limpia: se abandona la migración y la tienda sigue funcionando donde estaba.
    .source = la historia de migración en vivo del artículo de partida
preset-idle = Una VM ociosa
story-idle = Una VM de 4 GiB recién arrancada que casi no hace nada: el 60 % de su memoria son todavía páginas a cero y escribe 0,5 MB/s. La ronda 0 envía entera la memoria no nula y las páginas a cero como marcas de 9 bytes. Tras cada 100 ms de envío, QEMU comprueba si lo que queda cabría en su presupuesto de 300 ms (37,5 MB a 1 Gbit/s), contando cada página que aún falta por recorrer a tamaño completo, también las páginas a cero. Las páginas a cero están por encima de la memoria usada, así que solo cuando el recorrido llega a ellas cabe el resto; pasan volando como marcas, y QEMU detiene la VM para enviar los 7 MB que el invitado ensució mientras tanto: unos 60 ms. Una sola ronda de pre-copia, un tiempo de inactividad muy por debajo del presupuesto y menos de la mitad de la memoria por el cable: la migración en vivo en su mejor momento.
    .source = docs/model.md, Live pre-copy (páginas a cero: RAM_SAVE_FLAG_ZERO de QEMU); QEMU migration/migration.c (la comprobación de la conmutación)
preset-database-hot-set = Base de datos con un conjunto de trabajo caliente
story-database-hot-set = Un servidor de base de datos de 32 GiB a 10 Gbit/s escribe 1 GB/s en páginas aleatorias de 4 KiB, el 95 % de ellas en un 5 % caliente de su conjunto de trabajo de 8 GiB (410 MiB: las páginas calientes del buffer pool y el registro). La pre-copia reduce rápido al principio el conjunto de páginas sucias y luego se estanca cerca del conjunto caliente: esas páginas se reescriben en menos de un segundo haga lo que haga la pre-copia. Es el conjunto de trabajo escribible de Clark et al. Aquí cabe justo en el presupuesto de 375 MB de QEMU (10 Gbit/s × 300 ms): tras unas pocas pasadas cortas de 100 a 300 ms que vuelven a encontrar sucio el conjunto caliente, una sincronización encuentra 353 MiB y QEMU conmuta con un tiempo de inactividad que marca el conjunto caliente y no la tasa de escritura. Con la mitad de ancho de banda, el conjunto de páginas sucias nunca baja del presupuesto: no converge nunca.
    .source = Clark et al., NSDI 2005, §4 (conjuntos de trabajo escribibles); docs/model.md
preset-hpc-thrash = Trabajo HPC que machaca la memoria (QEMU)
story-hpc-thrash = Un trabajo HPC de 16 GiB recorre toda su memoria escribiendo 2 GB/s, mientras un enlace de 10 Gbit/s lleva 1,25 GB/s: λ = 1,6. Cada ronda de pre-copia dura tanto como la primera y vuelve a encontrar sucia toda la memoria. QEMU no tiene límite de rondas, así que sigue iterando hasta que alguien lo cancela (el modelo se detiene en su límite de 10 minutos con la VM todavía en el origen, tras enviar más de 40 veces la memoria). Marca «Auto-converge» en los parámetros, o elige el escenario siguiente, para que QEMU frene las vCPU.
    .source = docs/model.md, Stop policies (QEMU no tiene límite de rondas); QEMU migration/ram.c
preset-hpc-auto-converge = El mismo trabajo HPC con auto-converge
story-hpc-auto-converge = Otra vez el trabajo HPC que machaca la memoria, ahora con el auto-converge de QEMU activado. En sincronizaciones separadas al menos 1 s, cuando el invitado ha ensuciado más de la mitad de lo enviado, QEMU frena las vCPU: un 20 % al principio y luego 10 puntos más cada vez. El trabajo se ralentiza (con un freno del 70 % solo escribe 0,6 GB/s) hasta que el conjunto de páginas sucias encoge y cabe en el presupuesto de 300 ms. Converge tras unos dos minutos y medio y 11 veces la memoria por el cable, y el trabajo ha ido a una fracción de su velocidad casi todo ese tiempo: la convergencia se paga con el rendimiento del invitado.
    .source = QEMU migration/ram.c (mig_throttle_guest_down); docs/model.md
preset-huge-pages = Seguimiento de páginas sucias por página enorme de 2 MiB
story-huge-pages = Un invitado de 16 GiB respaldado por páginas enormes de 2 MiB, que el hipervisor sigue por página enorme. Solo escribe 40 MB/s: 10 000 escrituras aleatorias de 4 KiB por segundo. Con seguimiento por página de 4 KiB, eso es λ = 0,03 y la migración terminaría en dos rondas. Con seguimiento por página de 2 MiB, cada escritura pequeña ensucia una página entera de 2 MiB, 512 veces lo escrito: durante la ronda 0 se ensucian las 8192 páginas enormes, y cada ronda tiene que volver a enviar los 16 GiB. QEMU no converge nunca. Cambia «Seguimiento de páginas sucias por» a página de 4 KiB para ver la diferencia.
    .source = docs/model.md, How pages get dirty (granularidad del seguimiento); QEMU sigue la memoria hugetlbfs por página del host
preset-clark-specweb = Clark et al. 2005: servidor SPECweb99 (210 ms)
story-clark-specweb = Clark et al., «Live Migration of Virtual Machines» (NSDI 2005), §6.3: una VM Xen de 800 MB que sirve SPECweb99 a 350 clientes (el 90 % de su carga máxima) se migra por Ethernet gigabit, con la pre-copia limitada a 100–500 Mbit/s. Lo publicado: la última ronda envía 18,2 MB en 201 ms y pasan 9 ms más mientras la VM arranca, así que el tiempo de inactividad es de 210 ms; en total cruzan 960 MB (1,20 veces la memoria). El modelo: pre-copia a 500 Mbit/s, copia final a los 760 Mbit/s que implican 18,2 MB en 201 ms, 50 MB/s de escrituras con el 85 % en un conjunto caliente de 21 MiB, y la regla de parada de libro (rondas completas hasta que las páginas sucias de la última quepan en un presupuesto de 300 ms) en lugar de la regla basada en la tasa del Xen de 2005, que el modelo no tiene. Llega a unos 206 ms y 1,20 veces la memoria.
    .source = Clark et al., Live Migration of Virtual Machines, NSDI 2005, §6.3
preset-clark-quake3 = Clark et al. 2005: servidor de Quake 3 (60 ms)
story-clark-quake3 = Clark et al. (NSDI 2005), §6.4: una VM Xen de 64 MB con un servidor de Quake 3 y seis jugadores se migra por Ethernet gigabit. Lo publicado: en total cruzan 88 MB (1,37 veces la memoria); la última ronda deja solo 148 KB, 20 ms para copiarlos más 40 ms de arranque dan 60 ms de inactividad, que los jugadores no notaron. El modelo usa la regla de parada del propio Xen: menos de 50 páginas (200 KB) ensuciadas en una ronda. Escrituras de 17 MB/s hacen que la pre-copia reenvíe lo que midió el artículo. Los 20 ms para 148 KB son sobre todo el coste fijo de suspender el dominio, no tiempo de transmisión, así que se cuentan con los 40 ms de arranque en los 58 ms de reanudación del modelo. Llega a unos 59 ms y 1,37 veces la memoria.
    .source = Clark et al., Live Migration of Virtual Machines, NSDI 2005, §6.4

recording-idle = QEMU 10 real: invitado ocioso
recording-moderate = QEMU 10 real: escrituras moderadas (8 MiB/s)
recording-heavy-converging = QEMU 10 real: muchas escrituras, converge (24 MiB/s)
recording-nonconverging = QEMU 10 real: escrituras al doble del límite, cancelada
recording-nonconverging-autoconverge = QEMU 10 real: el doble del límite, auto-converge
recording-nonconverging-postcopy = QEMU 10 real: el doble del límite, post-copia
recording-moderate-dtl50 = QEMU 10 real: escrituras moderadas, límite de 50 ms
recording-paused = QEMU 10 real: pausada y luego migrada
recording-save-restore = QEMU 10 real: guardada en un archivo y restaurada

## Las lecciones (lesson_launcher.rs y el menú de lecciones): el título de cada lección
## incorporada y, en .topics, lo que trata

launcher = Lecciones
launcher-start = ▶ Lección: { $title }
launcher-file = Abrir un archivo de lección…
lessons-menu-drama = El drama de la migración de máquinas virtuales
    .topics = los cinco tipos, esperas, fallos
lessons-menu-precopy = La pre-copia, en números
    .topics = rondas, λ, umbral, conjunto de trabajo
lessons-menu-hypervisors = Lo que hacen de verdad los hipervisores
    .topics = QEMU, auto-converge, Xen, vMotion, SimGrid
lessons-menu-postcopy = Post-copia e híbrida
    .topics = fallos, tiempo degradado, caídas
lessons-menu-replay = Una migración real
    .topics = grabaciones de QEMU junto al modelo
lessons-menu-evacuation = Vaciar un host
    .topics = mantenimiento, enlace compartido, K, orden

## Abrir una grabación (recording_opener.rs)

recording-open = Abrir una grabación…
    .title = Una migración de QEMU grabada: JSON Lines de nuestro banco de pruebas o respuestas de query-migrate, una por línea. Se lee aquí; no se sube nada.
recording-reading = Leyendo la grabación… { $percent } %

## Nombres del modelo en los menús de parámetros (traídos aquí desde exercises.ftl;
## los ejercicios también los usan: un mismo bundle tiene todos los archivos)

policy-qemu = QEMU
policy-textbook = De libro (Clark et al.)
policy-xen = Xen (clásico)
policy-xen5 = Xen (actual)
policy-vmotion = vMotion
policy-simgrid = SimGrid

hold-technical = un problema técnico
hold-budget = presupuesto
hold-compliance = una revisión de cumplimiento normativo
hold-waiting = la espera de otro sistema

## La pista bajo el deslizador de páginas sucias cuando la pre-copia falla

advice-lambda-over = λ = { $lambda }: el invitado escribe más rápido de lo que envía el enlace, así que la pre-copia no puede converger.
advice-gives-up = La pre-copia no converge (λ = { $lambda }): la regla de parada se rinde y copia el resto con la VM en pausa.
advice-time-limit = La pre-copia no converge dentro del límite de tiempo (λ = { $lambda }).
advice-none = { $why } Ni el auto-converge, ni un enlace hasta 10 veces más rápido, ni un límite de downtime mayor, ni la post-copia la completan.
advice-works = { $why } Lo que funciona aquí: { $list }.
advice-sep = {"; "}
advice-auto-converge = auto-converge ({ $result })
advice-link = un enlace de { $rate } ({ $result })
advice-downtime-limit = un límite de downtime de { $limit } ({ $result })
advice-postcopy = post-copia ({ $down } de inactividad y luego degradada durante { $degraded } mientras llegan los { $memory } de memoria)
advice-done = termina en { $total }, { $down } de inactividad

## Por qué no se usó un valor del enlace (el aviso del enlace y el diálogo Insertar)

link-not-a-key = no es una clave que esta app conozca
link-no-scenario = no hay ningún escenario con este nombre
link-flag = se esperaba 1 o 0
link-boolean = se esperaba true o false
link-seconds = se esperaban segundos, como 12.5 (0 o más)
link-speed = se esperaban segundos simulados por segundo, como 8
link-view = se esperaba main, compare, exercises o evacuate
link-step = se esperaba un número de paso desde 1
link-steps = se esperaban pasos como 3-5 (desde 1, el primero ≤ el último)
link-theme = se esperaba light, dark o auto
link-handout = una hoja imprime una lección: añade lesson=ID
link-embed-view = una inserción solo muestra la vista animada
link-embed-recording = una inserción muestra la animación del modelo, no una grabación
link-size = se esperaba un tamaño como 4GiB, 512MB o 0
link-rate = se esperaba una tasa como 1Gbit/s, 10Gbps, 940Mbit/s o 125MB/s
link-dirty-rate = se esperaba una tasa como 100MB/s o 25000pages/s
link-duration = se esperaba una duración como 300ms, 1.5s, 10min o 2h
link-share = se esperaba una proporción como 25% o 0.25
link-bytes = se esperaba un número de bytes como 13.3 o 512B
link-topics = se esperaban temas como live,postcopy
link-fault = se esperaba TIPO@MOMENTO[:…]: link-failure@12s, source-failure@3s, destination-failure@3s, bandwidth-drop@10s:100Mbit/s:5s (a cuánto, durante cuánto) o latency-spike@10s:200ms:30s (RTT añadido, durante cuánto)
link-change = se esperaba CLAVE:VALOR@MOMENTO: bw:100Mbit/s@40s (el ancho de banda del enlace desde los 40 s) o dirty:200MB/s@40s (la tasa de escritura del invitado desde los 40 s)
link-hold = se esperaba MOTIVO@INICIO:DURACIÓN como compliance@5s:2h (MOTIVO: technical, budget, compliance o waiting; INICIO tras la suspensión)
link-out-of-range = fuera de rango (se acepta { $accepted })
link-no-lesson = no hay ninguna lección con este nombre ({ $names })
link-no-recording = no hay ninguna grabación incorporada con este nombre ({ $names })
link-no-control = no es un control que pueda mostrar una inserción ({ $names })
link-no-param = no es la clave de un parámetro ({ $names })
link-one-of = se esperaba uno de estos: { $names }
link-whole-number = se esperaba un número entero como { $example }
link-problem = se esperaba un número de problema del 1 al { $max }
link-level = se esperaba un nivel del 1 al { $max }
link-at-most = como mucho { $max } de estos
link-or-word = { $form }, o { $word }
link-compare-values = necesita values=V1,V2,… (de 2 a 6); se comparan todos los tipos
link-compare-usable = necesita de { $min } a { $max } valores utilizables; se comparan todos los tipos
link-name-needed = name= necesita un nombre
link-no-usable-vm = ninguna VM utilizable: se muestran las dos que escriben 100 MB/s
link-out-of-range-got = fuera de rango ({ $field }: se acepta { $accepted }, se recibió { $got })
link-out-of-range-field = fuera de rango ({ $field }: se acepta { $accepted })
link-no-param-key = «{ $key }» no es la clave de un parámetro
link-no-vm-param = «{ $key }» no es un parámetro de una VM (mem, dirty, ws, type, …)
link-not-pair = «{ $part }» no tiene la forma CLAVE=VALOR
link-same-run = la misma ejecución que { $value }, ya indicado antes
link-at-most-values = como máximo { $max } valores
link-at-most-vms = como máximo { $max } VM; esta se deja fuera
link-k-range = se esperaba de 1 a { $n } (el número de VM); se usa { $used }
link-k-whole = se esperaba un número entero de 1 a { $n }; se usa 1
link-order = se esperaba { $names }; se usa given
link-nested = { $what }: { $why }
link-past-end = más allá del final de la ejecución ({ $end })
