// Live values: a closure is computed 120 times a second on the control thread; a list gives one
// value per beat, cycling; time, beat and bpm read the clock. Math functions need no prefix.
tempo 120

osc(20, 0.1, 0)
    .rotate({ time * 0.2 })                        // turns steadily
    .kaleid([3, 4, 6, 8])                          // a new number of slices on every beat
    .scale({ 1 + 0.2 * sin(beat * PI) })           // breathes with the beat
    .color({ 0.5 + 0.5 * sin(time) }, 0.3, { 0.5 + 0.5 * cos(time) })
    .out(o0)
