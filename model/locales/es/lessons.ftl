# Lecciones: las palabras que los marcadores y las preguntas de una lección ponen
# alrededor de los números del modelo. Véase model/locales/en/lessons.ftl.

## Marcadores que son palabras

lesson-round = la ronda { $n }
lesson-nothing = nada
lesson-no-hold = sin espera
lesson-never = nunca
lesson-vms-left = { $left } de { $total }

lesson-outcome = { $outcome ->
        [completed] completada: la VM funciona en el destino
        [rolled-back] revertida: la VM sigue funcionando en el origen
        [not-converged] sin converger: la pre-copia seguía cuando se acabó el tiempo
        [paused] en pausa: el enlace se cortó tras la conmutación y las dos mitades esperan
        [lost] perdida: la VM ya no existe
       *[on-hold] en espera: la VM aguarda en su archivo de estado
    }
lesson-outcome-short = { $outcome ->
        [completed] completada
        [rolled-back] revertida
        [not-converged] nunca converge
        [paused] en pausa
        [lost] VM perdida
       *[on-hold] aún en espera
    }

## Preguntas

ask-converge = ¿Convergerá esta migración?
ask-downtime = ¿Cuánto tiempo, aproximadamente, estará parada la VM? (Vale dentro de ×{ $band }.)
ask-least-downtime = ¿Qué tipo tiene aquí el menor tiempo de inactividad?
ask-rounds = { $within ->
        [0] ¿Cuántas rondas de pre-copia?
       *[other] ¿Cuántas rondas de pre-copia? (Vale con ±{ $within }.)
    }

## Respuestas y comentarios

ask-truth-yes = Sí
ask-truth-no = No
ask-said-yes = sí
ask-said-no = no
ask-none = ninguno
ask-verdict = { $right ->
        [yes] Correcto
       *[no] No del todo
    }
ask-feedback = { $verdict }: dijiste { $said }, el modelo dice { $truth }.
ask-feedback-off = { $verdict }: dijiste { $said }, el modelo dice { $truth } (×{ $off } { $dir ->
        [high] por encima
       *[low] por debajo
    }).

## Explicaciones, con los números

why-lambda = λ = ritmo de escritura ÷ ritmo de envío = { $dirty } ÷ { $stream } = { $lambda }: { $trend ->
        [below] menor que 1, así que cada pasada tiene menos que reenviar que la anterior
       *[above] 1 o más, así que el invitado ensucia páginas al menos tan rápido como el enlace las envía
    }. El umbral de conmutación es ritmo de envío × límite de inactividad = { $stream } × { $limit } = { $threshold }.
why-converged = Convergió tras { $rounds } rondas de pre-copia; la última copia fue de { $last }.
why-did-not-converge = No convergió ({ $rounds } rondas de pre-copia; { $outcome }).
why-down = La VM no se ejecutó en ningún sitio durante { $total }: { $parts }.
why-down-part = { $phase } durante { $length }
why-least-none = Aquí no termina ningún tipo.
why-least = Inactividad de cada tipo con estos parámetros: { $list }.
why-least-item = { $type }: { $value }
why-least-degraded = { $who } conmutan primero y traen el resto después: la VM funciona entonces degradada ({ $each }), y un fallo de un servidor o del enlace en ese tiempo la pierde.
why-least-degraded-item = { $type } durante { $length }
why-rounds-closed = La fórmula cerrada del libro de texto (rondas completas, cada una λ veces la anterior) da n = ⌈log_λ(umbral ÷ memoria)⌉ = ⌈log_{ $lambda }({ $threshold } ÷ { $memory })⌉ = { $n }.
why-rounds-none = Con λ ≥ 1 la fórmula cerrada no tiene respuesta: solo los límites de la política (o una limitación de CPU) terminan la pre-copia.
why-rounds-model = El modelo, con las reglas de { $policy }, hizo { $rounds } rondas de pre-copia.

## Fichas (impresas y `migsim lesson --format md|text`)

handout-question = Pregunta.
handout-your-answer = Tu respuesta:
handout-answers = Respuestas
handout-no-questions = Esta lección no hace preguntas.
handout-unit-downtime = ms, s o min
handout-unit-rounds = rondas
