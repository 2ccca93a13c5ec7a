# Las frases del propio modelo: por qué se detuvo una ejecución (Trace::stop_reason) y
# las notas de sus eventos (trace::Note). El inglés es el original (en/model.ftl).
# Los tamaños, tasas y duraciones llegan ya escritos ($memory = "4,295 GB"); $percent y
# $faults son números enteros escritos; $round, $previous, $rounds, $max y $pages
# llegan como números (formas de plural). $type, $fault, $reason y $safe son las
# palabras de abajo (word-…).

## Palabras que las frases reciben como argumentos

word-type-cold = en frío
word-type-suspended = suspendida
word-type-live = en vivo (pre-copia)
word-type-postcopy = post-copia
word-type-hybrid = híbrida
word-fault-bandwidth-drop = caída del ancho de banda
word-fault-latency-spike = pico de latencia
word-fault-link-failure = fallo del enlace
word-fault-source-host-failure = fallo del host de origen
word-fault-destination-host-failure = fallo del host de destino
word-hold-technical-issue = problema técnico
word-hold-budget = presupuesto
word-hold-compliance-review = revisión de cumplimiento normativo
word-hold-waiting-on-other-system = espera de otro sistema
word-safe-state-file = la VM está a salvo en su archivo de estado, pero parada
word-safe-paused = la VM sigue en pausa en el origen, a salvo pero parada

## ¿Y si…? El nombre de una ejecución por el valor que cambia (migration_model::vary)
vary-value = { $value }
word-policy-qemu = QEMU
word-policy-textbook = De libro (Clark et al.)
word-policy-xen = Xen (clásico)
word-policy-xen5 = Xen (actual)
word-policy-vmotion = vMotion
word-policy-simgrid = SimGrid
vary-no-fault = sin fallo
vary-no-change = sin cambio
vary-no-hold = sin espera
vary-and = { $first } y { $next }
vary-fault-at = { $fault } a los { $at }
vary-bandwidth-drop = caída del ancho de banda a { $rate } a los { $at } durante { $duration }
vary-latency-spike = pico de latencia de +{ $extra } a los { $at } durante { $duration }
vary-change-bw = ancho de banda de { $rate } desde los { $at }
vary-change-dirty = escrituras a { $rate } desde los { $at }
vary-hold = espera por { $reason } a los { $at } durante { $duration }
vary-via = { $via ->
        [file] archivo de estado
       *[stream] por el enlace
    }
vary-writes = { $model ->
        [linear] escrituras lineales
       *[uniform] escrituras uniformes
    }
vary-ws-all = toda la memoria
vary-no-cap = sin tope
vary-xbzrle-off = XBZRLE desactivado
vary-xbzrle = XBZRLE de { $size }
vary-never-paused = nunca se pausa
vary-paused-after = pausada tras { $after }
vary-seed = semilla { $seed }
vary-hybrid-rounds = { $n ->
        [one] { $n } ronda de pre-copia
       *[other] { $n } rondas de pre-copia
    }
vary-switch = { $key ->
        [shared] almacenamiento compartido
       *[autoconverge] auto-convergencia
    }: { $on ->
        [yes] sí
       *[no] no
    }


## Eventos de todos los tipos

note-start = Empieza la migración { $type } de una VM de { $memory }
note-failure-at = { $fault } a los { $t }
note-bandwidth-becomes = El ancho de banda del enlace pasa a { $rate }
note-bandwidth-becomes-was = El ancho de banda del enlace pasa a { $rate } (antes, { $before })
note-writes-become = El invitado escribe ahora { $rate }
note-writes-become-was = El invitado escribe ahora { $rate } (antes, { $before })
note-link-drops = El enlace cae a { $rate } durante { $duration }
note-latency-spike = El tiempo de ida y vuelta sube { $extra } durante { $duration }; el rendimiento de TCP está limitado por ventana / RTT
note-fault-no-change = Un { $fault } en este momento no cambia el resultado
note-runs-at-destination = La VM funciona en el destino
note-commit-frees = El destino confirma; el origen libera su copia

## Migración en frío

note-cold-shutdown = El invitado se apaga ({ $duration }); el contenido de su memoria se descarta
note-cold-config-only = Solo se copia la configuración: los discos están en almacenamiento compartido
note-cold-copy = La configuración y { $disk } de disco se copian a un máximo de { $rate }
note-cold-booted = La VM ha arrancado en el destino
note-cold-registered = El destino registra la VM; se borra la copia del origen
stop-cold = Migración en frío: parada durante el apagado, la copia y el arranque ({ $duration }); no hay nada que converja
stop-cold-source-died = El host de origen cayó, pero la configuración y los discos de la VM siguen intactos allí: la migración se abandona y la VM podrá arrancarse en el origen cuando vuelva el host
stop-cold-fault = El { $fault } termina la migración; la copia del origen está intacta y la VM sigue apagada en el origen

## Pre-copia (en vivo, híbrida)

note-pass-first = La ronda 0 envía los { $bytes } de memoria mientras la VM funciona
note-pass = La ronda { $round } envía los { $bytes } que seguían sucios en la sincronización del bitmap que cerró la ronda { $previous }
note-libvirt-timeout = --timeout de libvirt: pasados { $t }, la VM se pausa y la migración termina con ella detenida
note-timeout-pause = La VM se pausa en el origen; los { $memory } de memoria que faltan van con ella detenida
note-sdps = El invitado escribe más rápido que la tasa de envío de { $rate }: SDPS detiene las vCPU el { $percent } % del tiempo
note-auto-converge = Las escrituras superan al envío en dos sincronizaciones seguidas: auto-converge frena la vCPU al { $percent } %
note-pause-stop-and-copy = La VM se pausa en el origen; los últimos { $dirty } y { $device } de estado de dispositivos van a { $rate }
stop-libvirt-timeout = La pre-copia no había convergido tras { $t }: el --timeout de libvirt pausó la VM y envió los { $pending } restantes con ella detenida
stop-hybrid-switch = Tras { $rounds ->
        [one] { $rounds } ronda
       *[other] { $rounds } rondas
    } de pre-copia, la migración híbrida pasa a post-copia con { $dirty } aún sucios
stop-not-converged = No convergió tras { $t } ({ $rounds ->
        [one] { $rounds } ronda
       *[other] { $rounds } rondas
    }, unos { $pending } aún sucios) y { $stopped ->
        [cap] la simulación se detiene tras { $max } rondas
       *[limit] se alcanza el límite de tiempo
    }: { $why ->
        [auto-converge] ni siquiera con auto-converge
        [no-limit] QEMU no tiene límite de rondas y sigue iterando hasta que se cancela
       *[policy] la política aún no se había detenido
    }; la VM sigue funcionando en el origen
stop-precopy-fault = El { $fault } termina la migración: se abandona y la VM sigue funcionando en el origen
stop-precopy-lost = El host de origen cayó mientras ejecutaba la VM: la VM se pierde (el destino solo tiene una copia parcial)
stop-stop-and-copy-fault = El { $fault } interrumpe la parada y copia: la migración falla y la VM en pausa se reanuda en el origen en cuanto libvirt se da cuenta
stop-stop-and-copy-lost = El host de origen cayó durante la parada y copia: la VM se pierde
stop-resume-destination-died = El host de destino cayó antes de confirmar: el origen, que aún tiene la VM en pausa, la reanuda

## Reglas de parada

stop-fits = Los { $pending } pendientes caben en { $goal } a { $rate }: { $who ->
        [qemu] QEMU
        [textbook] la regla del libro de texto
        [vmotion] vMotion
       *[simgrid] SimGrid
    } pausa la VM para la última copia
stop-xen-few-pages = Solo { $pages ->
        [one] se ensució { $pages } página
       *[other] se ensuciaron { $pages } páginas
    } en la última ronda (menos de 50): Xen suspende el dominio para la última copia
stop-xen-iterations = Se alcanza el límite de iteraciones de Xen ({ $max } rondas en vivo): suspende el dominio y copia los { $pending } aún sucios
stop-xen-sent = Ya se ha enviado más de 3× la memoria ({ $sent }): Xen deja de iterar y copia los { $pending } aún sucios

## Post-copia e híbrida

note-postcopy-pause = La VM se pausa en el origen; su estado de CPU y dispositivos ({ $device }) va al destino
note-postcopy-switchover = La VM funciona en el destino; { $left } de memoria siguen en el origen y llegan por envío en segundo plano y fallos de página bajo demanda
note-postcopy-done = Han llegado todas las páginas ({ $faults } por fallo de página bajo demanda; la vCPU estuvo bloqueada en fallos el { $percent } % del tiempo de post-copia); el origen libera su copia
stop-postcopy = La post-copia conmuta primero: la VM se reanuda en el destino y su memoria la sigue
stop-postcopy-switch-fault = El { $fault } llega antes de que el destino tenga el estado de la CPU: el origen reanuda la VM
stop-postcopy-switch-lost = El host de origen cayó durante la conmutación: la VM se pierde
stop-postcopy-link-paused = El enlace falló durante la post-copia: la VM se pausa en el destino (postcopy-paused); puede recuperarse cuando vuelva el enlace, porque los dos hosts siguen vivos
stop-postcopy-split-lost = El { $fault } tras la conmutación de la post-copia pierde la VM: su memoria estaba repartida entre los dos hosts

## Migración suspendida (archivo de estado, o en pausa y por flujo)

note-suspend-write = La VM se suspende: sus { $file } de memoria se escriben en un archivo de estado a { $rate }
note-state-file-shared = El archivo de estado se queda en el almacenamiento compartido: solo la configuración cruza el enlace
note-state-file-moves = El archivo de estado y los discos ({ $bytes }) viajan al destino
note-resumes-where-left = La VM se reanuda en el destino justo donde se quedó
note-commit-state-file = El destino confirma; se borra el archivo de estado del origen
note-paused-first = La VM se pausa primero (libvirt migrate sin --live): nada se ensucia, así que sus { $memory } de memoria viajan una sola vez
note-disks-copied-paused = Los discos ({ $disks }) se copian mientras la VM está en pausa
note-paused-streams = Los { $memory } de memoria de la VM en pausa fluyen al destino a { $rate }
note-paused-rest = El resto ({ $rest }) cabe en { $rate } × el límite de downtime de { $limit }: QEMU completa la migración y lo envía, con { $device } de estado de dispositivos, a la velocidad del enlace
note-hold-start = La migración queda en espera ({ $reason }) durante { $duration }; { $safe }
note-hold-end = Termina la espera ({ $reason })
stop-still-on-hold = Sigue en espera ({ $reason }) cuando la simulación se detiene a los { $t }: { $safe }
stop-suspended = Migración suspendida: la VM estuvo parada durante los { $t } completos (suspensión, transferencia, esperas, restauración)
stop-paused = Migración en pausa: la VM estuvo parada durante los { $t } completos, desde la pausa hasta la reanudación en el destino (la cifra de downtime de QEMU solo cuenta el último paso a la velocidad del enlace)
stop-suspended-lost-before-file = El host de origen cayó antes de completar el archivo de estado: el estado en ejecución de la VM se pierde (sus discos sobreviven para un arranque en frío)
stop-suspended-source-died-file = El host de origen cayó, pero el archivo de estado y los discos de su almacenamiento están intactos: la migración se abandona y la VM podrá restaurarse en el origen cuando vuelva el host
stop-suspended-fault-file = El { $fault } termina la migración; el archivo de estado del origen está intacto y la VM sigue suspendida allí
stop-suspended-lost-paused = El host de origen cayó mientras tenía la VM en pausa: la VM se pierde (el destino solo tiene parte de su memoria)
stop-suspended-fault-paused = El { $fault } termina la migración: la VM en pausa se reanuda en el origen en cuanto libvirt se da cuenta

## Leer una grabación (model/src/replay): por qué no se pudo usar un archivo, una línea
## o su JSON. $found, $kind, $desc y $status citan el archivo tal cual; $why, $lines,
## $first, $rest, $expected y $what son frases o palabras de esta sección.

recording-error-not-a-recording = No es una grabación de migración: { $why }.
recording-error-empty = el archivo está vacío
recording-error-no-ram = ninguna muestra de query-migrate tiene contadores de RAM ("ram": {"{"}"transferred": …{"}"})
recording-error-no-usable = ninguna muestra de query-migrate se puede usar; { $lines }
recording-error-list = { $first }; { $rest }
recording-error-line = línea { $line }: { $why }
recording-error-more = { $n } más
recording-error-after-end = { $n ->
        [one] { $n } muestra después de terminar la migración (se conservó el primer '{ $status }')
       *[other] { $n } muestras después de terminar la migración (se conservó el primer '{ $status }')
    }
recording-error-timestamp = se esperaba una marca de tiempo Unix, como 1764523800.25, antes de la respuesta, pero se encontró '{ $found }'
recording-error-after-timestamp = se esperaba un objeto JSON después de la marca de tiempo, pero se encontró '{ $found }'
recording-error-not-an-object = se esperaba un objeto JSON ('{"{"}…{"}"}') o una marca de tiempo Unix seguida de uno, pero se encontró '{ $found }'
recording-error-unknown-line = se esperaba una respuesta de query-migrate ({"{"}"return": {"{"}"status": …{"}"}{"}"} o el objeto solo), un evento QMP o una línea de grabación con "kind"
recording-error-not-json = no es JSON en la columna { $column }: { $why }
recording-error-kind-not-text = 'kind' debería ser una cadena, pero es { $found }
recording-error-unknown-kind = tipo de línea desconocido '{ $kind }' (se esperaba run, sample, event, dirty o note)
recording-error-no-rel = falta 'rel' (segundos desde migrate)
recording-error-no-rate = falta 'rate'
recording-error-no-status = falta 'status'
recording-error-status = 'status' debería ser una cadena como "active", pero es { $found }
recording-error-qmp = QMP respondió con un error: { $desc }
recording-error-qmp-no-desc = sin descripción
recording-error-return = 'return' debería ser un objeto, pero es { $found }
recording-error-not-a-number = '{ $key }' debería ser un número ({ $what }), pero es { $found }
recording-error-negative = '{ $key }' no debería ser negativo ({ $what }), pero vale { $n }
recording-error-event-name = un evento necesita su nombre en 'event'
recording-error-migration-status = un evento MIGRATION necesita una cadena 'status'
recording-error-pass-number = un evento MIGRATION_PASS necesita su número 'pass'

recording-error-unit-bytes = bytes
recording-error-unit-ms = ms
recording-error-unit-s = s
recording-error-unit-pages = páginas
recording-error-unit-pages-per-s = páginas/s
recording-error-unit-count = un recuento
recording-error-unit-mbps = Mbit/s
recording-error-unit-percent = %
recording-error-unit-mib = MiB
recording-error-unit-mib-s = MiB/s o "unlimited"
recording-error-unit-rel = segundos desde migrate
recording-error-unit-rate = escrituras de páginas por segundo
recording-error-unit-pass = el número de la pasada

recording-error-value-null = null
recording-error-value-bool = true/false
recording-error-value-number = un número
recording-error-value-string = una cadena
recording-error-value-list = una lista
recording-error-value-object = un objeto

recording-error-json = { $expected }, pero se encontró { $found }
recording-error-json-found-end = el final de la línea (¿está cortada?)
recording-error-json-found-control = el carácter de control U+{ $code }
recording-error-json-found-char = '{ $char }'
recording-error-json-end-of-value = se esperaba el final de la línea después del valor
recording-error-json-too-deep = un anidamiento tan profundo no es una grabación
recording-error-json-any-value = se esperaba un valor (objeto, lista, cadena, número, true, false o null)
recording-error-json-value = se esperaba un valor
recording-error-json-key = se esperaba una clave entre comillas dobles
recording-error-json-colon = se esperaba ':' después de la clave
recording-error-json-object-comma = se esperaba ',' o '{"}"}' después de un valor
recording-error-json-list-comma = se esperaba ',' o ']' después de un valor
recording-error-json-quote = se esperaba el '"' que cierra una cadena
recording-error-json-escape = se esperaba una secuencia de escape como \n, \" o \u00e9
recording-error-json-hex = se esperaban cuatro dígitos hexadecimales después de \u
recording-error-json-digit = se esperaba un dígito
recording-error-json-fraction = se esperaba un dígito después del punto decimal
recording-error-json-exponent = se esperaban los dígitos del exponente
recording-error-json-float = se esperaba un número que quepa en un float de 64 bits

## Los errores de un archivo de lección (model/src/lesson/: errores y avisos del lector)

# Lo que el lector de lecciones dice del archivo de un autor, con el paso, el campo y la
# línea (lesson::LessonError). Los nombres de los campos (scene, at, text) y la sintaxis
# del propio archivo (== Título, clave: valor, {marcador}) se dejan como en el archivo.
# $written, $name, $key, $value, $word, $phase, $type, $fields, $phases y $title se
# citan tal como están escritos; $end y $downtime son duraciones ya escritas ("40 s");
# $line, $first, $again, $n, $count, $rounds, $more, $max, $kib, $at y $bytes llegan
# como números. $meant es el campo que se quiso escribir, o none. $why es una razón
# del lector de enlaces (que la app muestra en el idioma de la página) o del modelo,
# en inglés.

lesson-at-step = Paso { $step } “{ $title }”, campo { $field } (línea { $line }): { $message }
lesson-at-header = Encabezado de la lección, campo { $field } (línea { $line }): { $message }
lesson-at-file = { $message }

lesson-error-too-long = la lección ocupa más de { $kib } KiB; el resto no se ha leído
lesson-error-not-utf8 = el archivo no está en UTF-8 (la línea { $line } es la primera que no lo está); se ha leído como Latin-1 (Windows-1252): revisa sus letras acentuadas o guárdalo en UTF-8
lesson-error-utf16 = el archivo está en UTF-16, no en UTF-8: guárdalo en UTF-8 (texto sin formato)
lesson-error-nul = esto no es un archivo de texto (hay un byte NUL en el byte { $at }): una lección es texto sin formato, en UTF-8
lesson-error-controls = esto no es un archivo de texto ({ $count ->
        [one] 1 carácter de control
       *[other] { $count } caracteres de control
    } en sus primeros { $bytes } bytes): una lección es texto sin formato, en UTF-8
lesson-error-empty = el archivo está vacío: un paso empieza con una línea == Título, seguida de sus campos (text: …)
lesson-error-only-comments = el archivo solo tiene comentarios y líneas en blanco: un paso empieza con una línea == Título, seguida de sus campos (text: …)
lesson-error-title-no-steps = el archivo tiene título (lesson:) pero ningún paso: un paso empieza con una línea == Título, seguida de sus campos (text: …)
lesson-error-no-steps = el archivo no tiene pasos: un paso empieza con una línea == Título, seguida de sus campos (text: …)
lesson-error-too-many-steps = una lección tiene como máximo { $max ->
        [one] 1 paso
       *[other] { $max } pasos
    }; el resto no se ha leído

lesson-error-header-twice = { $name }: aparece dos veces (líneas { $first } y { $again }); se usa la última
lesson-error-header-field = el encabezado solo admite un título (lesson:) y un idioma (lang:); los pasos empiezan con una línea == Título{ $meant ->
        [none] {""}
       *[other] ; ¿querías decir `{ $meant }:`?
    }
lesson-error-lang = idioma desconocido `{ $value }`: se esperaba uno de { $known }; las preguntas de la lección se harán en inglés
lesson-error-indented-field = una línea que empieza con un espacio o un tabulador continúa el campo anterior: ¿querías escribir `{ $name }:` al principio de la línea?
lesson-error-indented-first = una línea sangrada continúa un campo, pero antes no hay ningún campo
lesson-error-not-a-field = se esperaba un campo (scene:, at:, mark:, text:, ask:, reveal:), una continuación sangrada o == Título{ $meant ->
        [none] {""}
       *[other] ; ¿querías decir `{ $meant }:`?
    }

lesson-error-step-twice = { $name }: aparece dos veces (líneas { $first } y { $again })
lesson-error-step-field = no es un campo de paso ({ $fields }){ $meant ->
        [none] {""}
       *[other] ; ¿querías decir `{ $meant }:`?
    }
lesson-error-no-text = un paso necesita un párrafo (text: …)
lesson-error-reveal-no-ask = una revelación (reveal:) va después de una pregunta: añade ask: …

lesson-error-page-key = { $key }= configura la página, no el escenario (el punto de reproducción es el campo at: del paso)
lesson-error-ignored-recording = { $key }={ $value } se ignora en una escena: un paso muestra la ejecución del modelo; las lecciones aún no pueden mostrar una grabación junto a ella
lesson-error-ignored-exercises-view = { $key }={ $value } se ignora en una escena: un paso muestra la vista animada, view=compare o view=evacuate
lesson-error-ignored-lesson-key = { $key }={ $value } se ignora en una escena: una escena fija el escenario; la lección y sus pasos son los del propio archivo
lesson-error-ignored-exercise-key = { $key }={ $value } se ignora en una escena: pertenece a la vista de ejercicios, que un paso no puede mostrar
lesson-error-scene-twice = { $key }= aparece dos veces ({ $key }={ $before } y luego { $key }={ $value }); se usa el último
lesson-error-scene = la escena no se puede usar: { $key }={ $value }: { $why }
lesson-error-scene-more = la escena no se puede usar: { $key }={ $value }: { $why } (y { $more } más)
lesson-error-run = la simulación no puede ejecutarse: { $why }

lesson-error-after-end = { $written } está después del final de esta ejecución ({ $end }): el paso se queda en el final
lesson-error-at-order = “{ $until }” llega antes que “{ $from }” en esta ejecución
lesson-error-edge = “{ $word }”: se esperaba start, middle o end
lesson-error-round-number = “{ $written }” no es un número de ronda
lesson-error-not-a-moment = “{ $written }” no es un momento (start, end, fault, 12.5s, round 3, stop-and-copy, { $phases } …; añade start o end)
lesson-error-no-round = esta ejecución no tiene la ronda de pre-copia { $n } ({ $rounds ->
        [0] no tiene ninguna
        [one] tiene 1
       *[other] tiene { $rounds }
    })
lesson-error-no-phase = esta ejecución no tiene fase { $phase }
lesson-error-no-fault = esta ejecución no tiene ningún fallo
lesson-error-mark = “{ $written }” no es una marca (dirty, in-flight, link, downtime, round N)

lesson-error-placeholder = {"{"}{ $name }{"}"} no es un marcador (consulta docs/lessons.md: {"{"}downtime{"}"}, {"{"}lambda{"}"}, {"{"}round 3 sent{"}"}, …)
lesson-error-strong-placeholder = un {"{"}marcador{"}"} no puede ir dentro de un texto *destacado*
lesson-error-unclosed-brace = una {"{"} sin su {"}"} de cierre
lesson-error-unopened-brace = una {"}"} sin su {"{"} de apertura
lesson-error-unclosed-star = un * sin su * de cierre (escribe \* para un asterisco)

lesson-error-factor = “{ $written }” no es un factor mayor que 1 (como x2)
lesson-error-within = “{ $written }” no es un número de rondas (de 0 a 100)
lesson-error-question = “{ $written }” no es una pregunta (converge, downtime within x2, least downtime, rounds within 1)
lesson-error-no-rounds = una migración type={ $type } no tiene rondas de pre-copia: haz esta pregunta con type=live o type=hybrid
lesson-error-downtime-range = el tiempo de inactividad de esta ejecución ({ $downtime }) está fuera del rango del control de respuesta (de 1 ms a 27 h)
lesson-error-none-completes = ningún tipo de migración termina con estos parámetros

lesson-error-evac-ask = un paso de evacuación aún no puede preguntar: pregunta en un paso que muestre una VM con su parte del enlace (bw=)
lesson-error-evac-mark = la vista de evacuación no tiene marcas: quita mark:
lesson-error-evac-moment = un paso de evacuación se sitúa en start, end o un instante del reloj de la evacuación
lesson-error-evac-value = un número de una evacuación ({"{"}k{"}"}, {"{"}evacuation_time{"}"}, {"{"}vm N …{"}"}) necesita view=evacuate en la escena
lesson-error-no-vm = esta evacuación no tiene VM { $n } ({ $count ->
        [one] tiene 1
       *[other] tiene { $count }
    })

## El titular de la reproducción (model/src/replay/narrate.rs): cómo terminó la
## migración de QEMU y dónde y por qué difieren el modelo y la grabación. $took,
## $switch, $t, $down, $model, $real, $outage, $bytes, $time y $percent llegan ya
## escritos ("12,3 s", "4 %"); $passes, $n y los $real y $model de early-passes son
## números; $status cita la palabra de QEMU tal cual ('active'); $place, $why, $names,
## $evidence, $first, $next y $rest son frases o palabras de esta sección.

replay-said-headline = { $ending } { $why }
replay-said-completed-postcopy = QEMU completó la migración en { $took }, en post-copia desde los { $switch }: { $place }.
replay-said-completed = QEMU completó la migración en { $took } ({ $passes ->
        [one] { $passes } pasada
       *[other] { $passes } pasadas
    }): { $place }.
replay-said-cancelled = La migración de QEMU se canceló tras { $took } y { $passes ->
        [one] { $passes } pasada
       *[other] { $passes } pasadas
    }: { $place }.
replay-said-failed-postcopy = La migración de QEMU falló tras { $took }, en post-copia desde los { $switch } (la VM ya corría en el destino con páginas aún en el origen): { $place }.
replay-said-failed = La migración de QEMU falló tras { $took }: { $place }.
replay-said-unfinished = La grabación termina a los { $took } con QEMU todavía en '{ $status }': no muestra cómo acabó la migración.
replay-said-vm-there = la VM corre en el destino
replay-said-vm-paused-there = la VM está en el destino, en pausa (se detuvo antes de migrate: un cont allí la pone en marcha)
replay-said-vm-stayed = la VM se quedó en el origen
replay-said-vm-in-file = el estado de la VM está en el archivo; en la grabación nada se reanudó a partir de él
replay-said-vm-stopped = la VM está detenida en el origen
replay-said-vm-lost = la VM se perdió
replay-said-not-modelled = QEMU usó { $names }, que el modelo no tiene: { $evidence }. La ejecución del modelo sin { $n ->
        [one] esa función
       *[other] esas funciones
    } ({ $model }) no es comparable con la de QEMU ({ $real }), así que su diferencia no es un error del modelo.
replay-said-side = { $t }, { $bytes }
replay-said-side-down = { $t }, { $down } de inactividad, { $bytes }
replay-said-and = { $first } y { $next }
replay-said-list = { $first }; { $rest }
replay-said-feature-multifd = multifd
replay-said-feature-compression = compresión
replay-said-multifd-bytes = { $bytes } fueron por canales multifd (ram.multifd-bytes)
replay-said-multifd-capability = las capacidades de la ejecución incluyen multifd
replay-said-compressed = se comprimieron { $pages } páginas
replay-said-compressed-into = se comprimieron { $pages } páginas en { $bytes }
replay-said-compress-capability = las capacidades de la ejecución incluyen compress
replay-said-stopped-before = El invitado se detuvo antes de empezar la copia, así que estuvo parado { $outage }, aunque QEMU informa de { $down } de tiempo de inactividad (solo la copia final); el modelo da { $model }.
replay-said-throttled = QEMU tardó { $real } donde el modelo converge en { $model }: { $why }.
replay-said-full-rate = el escritor del invitado no está limitado por la CPU: mantuvo su ritmo completo hasta una limitación del { $percent } %
replay-said-little-cpu = el escritor del invitado necesita poca CPU, así que la limitación lo frena menos de lo que supone el modelo
replay-said-ends-unknown = El modelo termina en { $model }; la grabación se corta antes de que QEMU acabara, así que los finales no se pueden comparar.
replay-said-model-completes = QEMU no completó la migración, pero el modelo sí: en el modelo la regla de parada se alcanza antes.
replay-said-model-does-not-complete = QEMU completó la migración, pero el modelo no: en el modelo la regla de parada se alcanza más tarde o nunca.
replay-said-early-passes = QEMU empieza una pasada nueva antes de que acabe la anterior (sincroniza en cuanto el resto cabe en el límite de tiempo de inactividad), así que cuenta { $real } pasadas donde el modelo tiene { $model } rondas.
replay-said-downtime = El tiempo de inactividad de QEMU, { $down }, incluye detener la vCPU y guardar el estado de los dispositivos, que el modelo cuenta por menos ({ $model }).
replay-said-agree = El modelo y QEMU coinciden: tiempo total con una diferencia de { $time } (modelo { $model }, QEMU { $real }), bytes con una de { $bytes }.
replay-said-agree-on-time = El modelo y QEMU coinciden en el tiempo total con una diferencia de { $time } (modelo { $model }, QEMU { $real }), pero en los bytes difieren en un { $bytes }.
replay-said-agree-on-bytes = El modelo y QEMU coinciden en los bytes con una diferencia de { $bytes }, pero en el tiempo total difieren en un { $time } (modelo { $model }, QEMU { $real }).
replay-said-differ = El modelo y QEMU difieren en un { $time } en el tiempo total (modelo { $model }, QEMU { $real }) y en un { $bytes } en los bytes.
replay-said-bad-value = { $flag } { $value }: valor no válido ({ $why })
replay-said-not-a-flag = { $flag }: no es una opción que fije la reproducción
replay-said-out-of-range = { $flag }: se acepta { $accepted }, pero vale { $got }

## De dónde sacó la reproducción cada opción deducida (model/src/replay/infer.rs,
## Flag::from). Los nombres de campo de QMP (ram.total, xbzrle-cache.cache-size, …) se
## quedan como los escribe QEMU.

replay-from-precopy-default = pre-copia (lo predeterminado en QEMU)
replay-from-postcopy-switch = QEMU pasó a post-copia
replay-from-postcopy-passes = pasadas antes del cambio a post-copia
replay-from-saved = guardada en un archivo y restaurada
replay-from-qemu = una grabación de QEMU
replay-from-ram-total = ram.total (según QEMU)
replay-from-guest-memory = la memoria del invitado en la ejecución (el archivo no trae ram.total)
replay-from-zero-pages = ram.duplicate (páginas de ceros enviadas como marcas) × tamaño de página / memoria
replay-from-page-size = ram.page-size (según QEMU)
replay-from-same-host = el archivo se queda en este host
replay-from-stop-and-copy = ram.downtime-bytes / tiempo de inactividad (la copia con la VM parada no tiene límite)
replay-from-fastest = el envío más rápido observado (ram.mbps): en la grabación no hay copia sin límite
replay-from-max-bandwidth = el max-bandwidth de la ejecución
replay-from-max-bandwidth-unlimited = el max-bandwidth de la ejecución (sin límite)
replay-from-median-rate = la mediana del ritmo de envío mientras está activa (ram.mbps)
replay-from-guest-stopped = el invitado estaba detenido durante la transferencia
replay-from-dirtier-rate = el ritmo del escritor de páginas de la ejecución
replay-from-dirtier-random = el escritor de páginas escribe páginas al azar
replay-from-dirtier-memory = la memoria del escritor de páginas
replay-from-dirty-pages-rate = la media de ram.dirty-pages-rate (páginas distintas por periodo de sincronización)
replay-from-distinct-pages = páginas distintas por segundo, como las cuenta QEMU
replay-from-no-working-set = no viene en una respuesta de query-migrate
replay-from-downtime-limit = el downtime-limit de la ejecución
replay-from-expected-downtime = expected-downtime en la primera pasada (QEMU muestra su límite hasta que tiene una estimación)
replay-from-auto-converge = auto-converge (la capacidad o cpu-throttle-percentage)
replay-from-writer-cpu-share = el ritmo de escritura del invitado bajo la limitación de QEMU: (1 − limitación) / (ritmo logrado / ritmo buscado)
replay-from-stopped-before = la VM se detuvo antes de migrate
replay-from-cancel-timeout = el plazo de cancelación de la ejecución
replay-from-cancelled-at = cancelada en el total-time
replay-from-xbzrle-cache = xbzrle-cache.cache-size (según QEMU)
replay-from-xbzrle-default = el xbzrle-cache-size predeterminado de QEMU (la grabación no lo dice)
replay-from-xbzrle-page = xbzrle-cache.bytes / pages, más la cabecera de 8 bytes por página de QEMU
replay-from-storage-write = ram.transferred / total-time del guardado
replay-from-storage-read = el tamaño del archivo entre el tiempo que va del fin del guardado al RESUME de la VM restaurada
