# Ejercicios: enunciados, soluciones desarrolladas y exportaciones (model/src/exercise/).
# Traducido del inglés (locales/en/exercises.ftl), con las mismas variables.
# Los números llegan ya escritos con coma decimal ($t, $rate, $mem… son textos como
# "1,5 s" o "125 MB/s"); $n, $k y $rounds llegan como números para elegir el plural.

## Unir palabras y frases

sentence-sep = {" "}
list-sep = {", "}
list-and = { $init } y { $last }
list-then = {"; luego, "}

## Duraciones: $n en la unidad, $s en segundos

dur-ms = { $n } ms
dur-s = { $n } s
dur-min = { $n } min ({ $s } s)
dur-h = { $n } h ({ $s } s)
link = { $gbit } Gbit/s ({ $rate })

## Nombres

topic-cold = En frío
topic-suspended = Suspendida
topic-live = En vivo (pre-copia)
topic-postcopy = Post-copia
topic-hybrid = Híbrida
topic-policies = Políticas y decisiones
topic-faults = Fallos
topic-evacuation = Evacuación de un host

type-cold = En frío
type-suspended = Suspendida
type-live = En vivo (pre-copia)
type-postcopy = Post-copia
type-hybrid = Híbrida

order-given = el orden dado
order-listed = en el orden de la lista
order-smallest-first = primero las más pequeñas
order-largest-first = primero las más grandes
order-least-dirty-first = primero las que menos escriben

metric-total-time = tiempo total
metric-downtime = tiempo de inactividad
metric-degraded-time = tiempo degradado
metric-bytes-sent = bytes enviados
metric-precopy-rounds = rondas de pre-copia
metric-converged = ¿converge?
metric-evacuation-time = tiempo de evacuación

## Respuestas

answer-yes = sí
answer-no = no
answer-rounds = { $n ->
        [one] { $n } ronda de pre-copia
       *[other] { $n } rondas de pre-copia
    }
answer-tied = { $names } (empate)

## Exportaciones

text-title = Hoja de problemas { $seed }
text-answer-key = Soluciones
text-answer = { $answer } ({ $metric })
text-answer-tolerance = { $answer } (se acepta ±{ $pct } %) ({ $metric })
gift-answer-in = (Responde en { $unit ->
        [s] segundos
       *[other] { $unit }
    }).
gift-true-false = (Verdadero = sí, Falso = no).

## Preguntas comunes

ask-out-of-service = ¿Cuánto tiempo está la VM fuera de servicio, en segundos?
ask-migration-time = ¿Cuánto dura la migración, en segundos?
ask-bytes = ¿Cuántos bytes cruzan el enlace en total (en GB)?

## La respuesta de la simulación: última línea de cada solución

sim-total-time = La simulación da un tiempo total de { $t }.
sim-downtime = La simulación da un tiempo de inactividad (downtime) de { $t }.
sim-degraded-time = En la simulación, la VM funciona degradada durante { $t }.
sim-bytes-sent = La simulación envía { $b } en total por el enlace.
sim-precopy-rounds = La simulación hace { $n ->
        [one] { $n } ronda de pre-copia
       *[other] { $n } rondas de pre-copia
    } antes de la parada y copia (stop-and-copy).
sim-converged-yes = En la simulación, la pre-copia converge: sí.
sim-converged-no = En la simulación, la pre-copia no converge: no.
sim-evacuation-time = La simulación vacía el host en { $t }.

## En frío y suspendida

copy-rate = La copia va a la velocidad del más lento entre el enlace y el almacenamiento: mín({ $link }, lectura { $read }, escritura { $write }) = { $rate }.
cold-question = Se migra una VM en frío: el sistema invitado se apaga ({ $shutdown }), su configuración (64 KiB) y su disco de { $disk } GiB se copian por un enlace de { $link } (el almacenamiento de cada lado lee y escribe a { $storage }) y arranca en el destino ({ $boot }).
cold-doubled-ask = El enlace se mejora al doble de ancho de banda ({ $rate }). ¿Cuánto tiempo está ahora la VM fuera de servicio, en segundos?
cold-step-intro = Migración en frío: la VM está parada durante el apagado, la copia y el arranque.
cold-step-copy = Copia = (64 KiB + disco) / velocidad = { $moved } / { $rate } = { $copy }.
cold-step-downtime = Tiempo de inactividad = apagado + copia + arranque = { $shutdown } + { $copy } + { $boot } = { $total }.
cold-doubled-why = Duplicar el enlace solo ayuda si el cuello de botella era el enlace: ahora { $link } frente a un almacenamiento de { $storage }.

suspended-question = Una VM con { $mem } GiB de memoria se migra suspendida: se guarda en un archivo de estado (el almacenamiento escribe a { $write }); { $storage ->
        [shared] el archivo de estado y el disco se quedan en un almacenamiento que comparten ambos hosts, y solo cruza la configuración de 64 KiB
       *[own] la configuración (64 KiB), el archivo de estado y su disco de { $disk } GiB se copian
    } por un enlace de { $link }, y se restaura en el destino (el almacenamiento lee a { $read }).
suspended-step-save = Suspender: el archivo de estado (toda la memoria, M = { $mem }) se escribe a { $write }: { $save }.
suspended-step-moved = Transferencia: { $storage ->
        [shared] solo cruza el enlace la configuración de 64 KiB (el archivo de estado y el disco están en almacenamiento compartido)
       *[own] cruzan el enlace la configuración, el archivo de estado y el disco
    }.
suspended-step-transfer = Transferencia = { $moved } / { $rate } = { $copy }.
suspended-step-restore = Restaurar: M / velocidad de lectura = { $mem } / { $read } = { $restore }.
suspended-step-total = Total (todo él tiempo de inactividad) = { $save } + { $copy } + { $restore } = { $total }.
hold-ask = { $at } después de terminar la suspensión, la migración queda en espera (por { $reason }) durante { $duration }. ¿Cuánto tiempo está la VM parada en total, en segundos?
hold-step = Una espera suma toda su duración: la VM aguarda, a salvo en su archivo de estado, así que el tiempo de inactividad = { $base } + { $duration } = { $total }.

## Migración en vivo con pre-copia

live-describe = Una VM con { $mem } GiB de memoria se migra en vivo (pre-copia) por un enlace de { $link } mientras su sistema invitado escribe { $dirty } de páginas{ $working-set ->
        [capped] , todas dentro de un conjunto de trabajo de { $ws-mib } MiB
       *[none] {""}
    }. La pre-copia se detiene cuando las páginas sucias de una ronda caben en ancho de banda × límite de downtime ({ $limit }); las últimas se envían con la VM en pausa.
live-ask-rounds = ¿Cuántas rondas de pre-copia se hacen antes de la parada y copia (contando la ronda 0, la pasada completa)?
live-ask-downtime = ¿Cuál es el tiempo de inactividad (downtime), en segundos?
live-ask-total = ¿Cuánto dura la migración completa, en segundos?
live-lambda = λ = tasa de páginas sucias / ancho de banda = { $dirty } / { $rate } = { $lambda }.
live-threshold = Umbral: la pre-copia se detiene cuando las páginas ensuciadas en una ronda caben en ancho de banda × límite de downtime = { $rate } × { $limit } = { $threshold }.
live-rounds = La ronda i envía V_i = M·λ^i (la ronda 0 envía toda la memoria, M = { $mem }), así que n = ⌈log_λ(umbral / M)⌉ = ⌈ln({ $ratio }) / ln({ $lambda })⌉ = ⌈{ $log }⌉ = { $n ->
        [one] { $n } ronda de pre-copia
       *[other] { $n } rondas de pre-copia
    } (como mínimo 1).
live-final-copy = Copia final V_n = M·λ^n = { $mem } × { $lambda }^{ $n } = { $final }.
live-downtime = Tiempo de inactividad = { $device ->
        [yes] (V_n + estado de dispositivos)
       *[no] V_n
    } / R{ $resume ->
        [yes] {" "}+ reanudación
       *[no] {""}
    } = { $numbers } = { $downtime }.
live-precopy-time = Tiempo de pre-copia = Σ V_i / R = M(1 − λ^n) / ((1 − λ)·R) = { $t }.
live-total = Total = pre-copia + tiempo de inactividad = { $precopy } + { $downtime } = { $total }.
live-bytes = Bytes = M + M·λ + … + M·λ^n = M(1 − λ^(n+1)) / (1 − λ) = { $sent }.

converge-ask = La simulación se rinde a los { $limit }. ¿Converge la pre-copia (sí o no)?
converge-lambda = λ = { $dirty } / { $rate } = { $lambda }; umbral = ancho de banda × límite de downtime = { $threshold }.
converge-recurrence = Cada ronda envía lo que la anterior dejó sucio: V_(i+1) = mín(λ·V_i, conjunto de trabajo).
converge-working-set = Las escrituras se quedan dentro del conjunto de trabajo de { $ws }, así que ninguna ronda deja más sucio que eso; { $fits ->
        [yes] cabe
       *[no] no cabe
    } en el umbral.
converge-yes = Tras { $n ->
        [one] { $n } ronda
       *[other] { $n } rondas
    } solo quedan { $final } sucios, por debajo del umbral: sí, converge (tiempo de pre-copia { $t }).
converge-no-lambda = λ ≥ 1: cada ronda ensucia al menos tanto como envía, así que las páginas pendientes nunca bajan hasta el umbral: no.
converge-no-slow = Las rondas se reducen demasiado despacio: antes llega el límite de tiempo ({ $limit }): no.

double-ask = El enlace se mejora al doble de ancho de banda ({ $rate }) y el invitado sigue escribiendo { $dirty }. ¿Cuál es ahora el tiempo de inactividad, en segundos?
double-before = Antes: λ = { $lambda }, { $n ->
        [one] { $n } ronda de pre-copia
       *[other] { $n } rondas de pre-copia
    }, tiempo de inactividad { $downtime }. Duplicar R reduce λ a la mitad y duplica el umbral.

## Post-copia e híbrida

postcopy-question = Una VM con { $mem } de memoria se migra con post-copia por un enlace de { $link }{ $cap ->
        [capped] , con QEMU limitando el flujo de migración a { $cap-rate }
       *[none] {""}
    }: conmuta enseguida (un viaje de ida y vuelta, { $rtt }) y su memoria llega después, empujada en segundo plano y bajo demanda por fallos de página.
postcopy-ask-degraded = ¿Cuánto tiempo funciona la VM degradada en el destino (con páginas aún por llegar), en segundos?
postcopy-step-once = La post-copia envía cada página una sola vez: toda la memoria M cruza después de la conmutación.
postcopy-step-rate = El envío va a la velocidad de streaming { $stream } hasta que el resto cabe en velocidad × límite de downtime ({ $stream } × { $limit } = { $rest }); ese resto va a la velocidad del enlace, { $link }.
postcopy-step-push = Envío = (M − resto) / velocidad de streaming + resto / enlace = ({ $mem } − { $rest }) / { $stream } + { $rest } / { $link } = { $push }.
postcopy-step-degraded = La VM funciona degradada en el destino hasta que llega la última página: { $push }.
postcopy-step-total = Total = conmutación (RTT) + envío = { $rtt } + { $push } = { $total }.

hybrid-question = Una VM con { $mem } de memoria se migra de forma híbrida por un enlace de { $link } mientras su invitado escribe { $dirty }: hasta { $k ->
        [one] { $k } ronda de pre-copia
       *[other] { $k } rondas de pre-copia
    } (la ronda 0 envía toda la memoria; la pre-copia se detiene antes si una ronda no deja más páginas sucias que ancho de banda × límite de downtime, { $limit }), después conmuta (un viaje de ida y vuelta, { $rtt }) y las páginas aún sucias llegan por post-copia.
hybrid-lambda = λ = { $dirty } / { $rate } = { $lambda }; el umbral de parada de la pre-copia es ancho de banda × límite de downtime = { $threshold }.
hybrid-stopped = Tras la ronda { $round } solo quedan { $left } sucios, por debajo del umbral: la pre-copia se detiene ahí y el resto se envía con la VM en pausa (sin post-copia).
hybrid-switched = Ninguna ronda baja del umbral, así que tras { $k ->
        [one] { $k } ronda
       *[other] { $k } rondas
    } la VM conmuta (RTT { $rtt }) y los { $left } aún sucios llegan por post-copia.
hybrid-sum = La ronda 0 envía M, cada ronda siguiente λ veces la anterior, y después el resto: { $terms } = { $total }.
hybrid-time = Todo cruza a { $rate }: { $total } / { $rate }{ $switchover ->
        [yes] {" "}+ RTT { $rtt }
       *[no] {""}
    } = { $time }.

## Comparaciones: qué tipo o política cumple un objetivo

goal = { $metric ->
        [total] la migración más corta (tiempo total)
        [bytes] menos bytes por el enlace
       *[downtime] el menor tiempo de inactividad
    }
types-question = Una VM con { $mem } de memoria, con su disco en almacenamiento compartido, debe moverse por un enlace de { $link } mientras su invitado escribe { $dirty } (apagado { $shutdown }, arranque { $boot }, almacenamiento a { $storage } en cada sentido, límite de downtime { $limit }). ¿Qué tipo de migración consigue { $goal }: { $names }?
policies-question = Una VM con { $mem } de memoria se migra en vivo por un enlace de { $link } mientras su invitado escribe { $dirty } (límite de downtime { $limit }). ¿Qué política de parada consigue { $goal }: QEMU (lo pendiente cabe en ancho de banda × límite de downtime), Xen clásico (30 rondas, < 50 páginas sucias o 3× la memoria enviada), Xen actual (5 rondas o < 50 páginas), vMotion (objetivo de conmutación de 500 ms, SDPS) o SimGrid (umbral de 30 ms)?
compare-run = { $name }: { $value }{ $rounds ->
        [0] {""}
        [one] {" "}({ $rounds } ronda de pre-copia)
       *[other] {" "}({ $rounds } rondas de pre-copia)
    }. { $why }
compare-least = { $metric ->
        [total] Menor tiempo total
        [bytes] Menos bytes enviados
       *[downtime] Menor tiempo de inactividad
    }: { $name }.
compare-least-tied = { $metric ->
        [total] Menor tiempo total
        [bytes] Menos bytes enviados
       *[downtime] Menor tiempo de inactividad
    }: { $names }, empatadas (a menos de una milmillonésima); cualquiera es correcta.

why-cold = Migración en frío: parada durante el apagado, la copia y el arranque; no hay nada que converja.
why-suspended = Migración suspendida: la VM está parada durante toda la migración (suspensión, transferencia y restauración).
why-postcopy = La post-copia conmuta primero: la VM se reanuda en el destino y su memoria llega después.
why-hybrid = Tras { $n ->
        [one] { $n } ronda de pre-copia
       *[other] { $n } rondas de pre-copia
    }, la migración híbrida pasa a post-copia con { $left } aún sucios.
why-fits = Los { $left } que quedan sucios se pueden enviar en { $goal } o menos: { $policy ->
        [textbook] la regla de libro
        [vmotion] vMotion
        [simgrid] SimGrid
       *[qemu] QEMU
    } pausa la VM para la última copia.
why-xen-few = En la última ronda se ensuciaron menos de 50 páginas: Xen suspende el dominio para la última copia.
why-xen-stop = { $cause ->
        [sent] Ya se ha enviado más de 3× la memoria: Xen deja de iterar y copia los { $left } que siguen sucios con el dominio suspendido.
       *[limit] Se alcanza el límite de iteraciones de Xen ({ $max } rondas en vivo): suspende el dominio y copia los { $left } que siguen sucios.
    }
why-not-converged = La pre-copia no converge: la VM se pausa y el resto se envía con ella detenida.

## Fallos

drop-ask = A los { $at }, el ancho de banda del enlace cae a { $rate } durante { $duration } s. ¿Cuánto tiempo está la VM fuera de servicio, en segundos?
spike-ask = A los { $at }, el tiempo de ida y vuelta crece { $extra } ms durante { $duration } s; TCP mantiene en vuelo como mucho una ventana de { $window } (la mayor entre 4 MiB y ancho de banda × RTT). ¿Cuánto tiempo está la VM fuera de servicio, en segundos?
fault-step = Durante el fallo la copia va a mín(enlace { $link }, almacenamiento) = { $during } en lugar de { $rate }, así que sus { $duration } s envían solo { $sent } de los { $would } que habrían enviado: la copia tarda { $lost } más.
fault-downtime = Tiempo de inactividad = { $base } + { $lost } = { $total }.
postcopy-drop-question = Una VM con { $mem } de memoria se migra con post-copia por un enlace de { $link } (conmutación: un viaje de ida y vuelta, { $rtt }). A los { $at } s, el ancho de banda cae a { $rate } durante { $duration } s. ¿Cuánto dura la migración, en segundos?
postcopy-drop-without = Sin el fallo: RTT + M / R = { $rtt } + { $mem } / { $rate } = { $t }.
postcopy-drop-during = Los { $duration } s a { $drop } envían { $sent } en lugar de { $would }: el envío tarda { $duration } × (1 − { $drop } / { $rate }) = { $lost } más.
postcopy-drop-total = Total = { $total }.

## Evacuación de un host

evac-vm = { $name } ({ $mem }, { $writes ->
        [idle] inactiva
       *[writing] escribe { $dirty }
    })
evac-question = Un host entra en mantenimiento y hay que vaciarlo por su enlace de { $link }. Sus VM: { $fleet }. Cada una migra en vivo con las reglas de QEMU (límite de downtime de 300 ms); el hipervisor ejecuta { $k ->
        [one] una migración cada vez
       *[other] como mucho K = { $k } migraciones a la vez, que se reparten el enlace a partes iguales
    }, y las demás esperan su turno ({ $order }). ¿Cuánto tarda el host en quedar vacío, en segundos?
evac-share = { $running ->
        [one] una sola recibe { $rate }
       *[other] { $running } a la vez reciben { $rate } cada una
    }
evac-shares = Las migraciones simultáneas se reparten el enlace de forma justa max-min, a partes iguales si ninguna tiene límite: { $list }.
evac-start = Orden de salida ({ $order }): { $names }. { $k ->
        [one] La primera empieza
       *[other] Las { $k } primeras empiezan
    } en 0 s; cada una de las demás ocupa el primer hueco que queda libre, y el reparto solo cambia cuando una migración empieza o termina.
evac-share-from = { $rate } desde { $at }
evac-why-writing = λ = { $dirty } ÷ { $share } = { $lambda }, menor que 1, así que su pre-copia converge
evac-why-idle = Inactiva, no tiene nada que reenviar
evac-vm-line = { $name } ({ $mem }, { $writes ->
        [idle] inactiva
       *[writing] escribe { $dirty }
    }) empieza en { $start }; su parte: { $shares }. { $why }: { $n ->
        [one] { $n } ronda de pre-copia
       *[other] { $n } rondas de pre-copia
    } y { $time }, así que sale en { $end }.
evac-bound = Sean cuales sean K y el orden, el enlace transporta una vez la memoria de cada VM: { $memory } ÷ { $rate } = { $time }; las páginas escritas durante la copia se reenvían además ({ $sent } en total).
evac-end = El host queda vacío cuando sale la última VM: la simulación da un tiempo de evacuación de { $time }.

## Corregir una respuesta (los mensajes de la app)

grade-empty = escribe primero una respuesta
grade-yes-no = responde sí o no
grade-pick = elige una de las { $n } opciones
grade-whole = un número entero, como 7
grade-time = un tiempo, como 254 ms, 0,254 s o 4 min
grade-size = un tamaño, como 21,4 GB (un número solo se entiende en GB)
grade-number = un número
off-by-one = te has desviado en una ronda: { $dir ->
        [many] una de más
       *[few] una de menos
    }
off-rounds = { $n ->
        [one] { $n } ronda de pre-copia
       *[other] { $n } rondas de pre-copia
    } { $dir ->
        [many] de más
       *[few] de menos
    }
off-percent = tu respuesta es un { $pct } % { $dir ->
        [high] más alta
       *[low] más baja
    }
off-factor = unas { $factor } veces { $dir ->
        [high] más de lo correcto
       *[low] menos de lo correcto
    }{ $units ->
        [yes] {" "}(revisa las unidades)
       *[no] {""}
    }
off-zero = tu respuesta es cero
off-negative = tu respuesta es negativa
