# The words of the feature views (src/features/: exercises, lessons, compare, evacuation,
# replay). The split leaves them with their views in the wasm's second half, so the first
# screen's words are app.ftl's (docs/translating.md).

## The exercises view (the problems, solutions and feedback are exercises.ftl's)

exercises-setup = Problem set
exercises-set = Set
exercises-new-set = New set
exercises-difficulty = Difficulty
exercises-level = Level { $level }
exercises-topics = Topics (none ticked: all)
exercises-nav = Problems
exercises-prev = ‹ Previous
exercises-next = Next ›
exercises-count = Problem { $n } of { $total }
exercises-print-problems = Print problems
exercises-print-key = Print answer key
exercises-print-title = Problem set { $set }
exercises-your-answer = Your answer
exercises-yes = Yes
exercises-no = No
exercises-hint-count = a whole number, e.g. 7
exercises-hint-time = e.g. 254 ms, 0.254 s or 4 min
exercises-hint-bytes = e.g. 21.4 GB
exercises-hint-number = a number
exercises-check = Check
# $answer is the answer in words ("254.1 ms"), $tolerance is exercises-tolerance or empty.
exercises-right = Right: { $answer }.
# $off says how far off the response was ("yours is 50 % low").
exercises-wrong-off = Not quite: { $off }. The answer is { $answer }{ $tolerance }.
exercises-wrong = Not quite: the answer is { $answer }{ $tolerance }.
exercises-unreadable = Could not read that: { $why }.
# $percent is written ("5").
exercises-tolerance = {" "}(answers within ±{ $percent }% count)
exercises-answer = Answer: { $answer }{ $tolerance }
exercises-show-solution = Show solution
exercises-hide-solution = Hide solution
exercises-show-me = Show me
exercises-solution = Worked solution

## The lesson panel (its language is the lesson's: a built-in lesson opens in the page's)

lesson-position = Step { $n } of { $total }
lesson-close = Close the lesson
lesson-back = ◀ Back
lesson-go-to = Go to step
lesson-reveal-next = Reveal ▶
lesson-next = Next ▶
lesson-next-lesson = Next lesson ▶
lesson-steps = { $n ->
        [one] { $n } step
       *[other] { $n } steps
    }
lesson-the-model = The model: { $answer }.
lesson-on-picture = On the picture:
lesson-yes = Yes
lesson-no = No
lesson-your-guess = Your guess:
lesson-rounds = Rounds:
lesson-reveal-answer = Reveal the answer
lesson-you-answered = You answered { $answer }.
lesson-scale-day = 1 day
# Said to screen readers when a step shows, and when its answer is revealed.
lesson-announce-step = { $position }: { $title }.
lesson-announce-question = { $position }: { $title }. Question: { $question }
lesson-announce-answer = Answer: { $answer }. { $why }
# Over the picture while a lesson's number is hovered or focused.
lesson-mark-dirty = Dirty pages: written again after they were sent (“dirtied since copied”)
lesson-mark-in-flight = Pages in flight: on the link between the hosts
lesson-mark-link = The link: its rate sets how fast pages cross
lesson-mark-downtime = Downtime: the red bar under the timeline
lesson-mark-round = The round is lit on the timeline
