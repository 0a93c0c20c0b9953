// Signals: functions of musical time computed on the control thread (one period = one beat).
tempo 110

osc(30, 0.05, 1)
    .rotate(saw().slow(8).range(0, 6.28))      // one full turn every 8 beats
    .scale(sine().range(0.8, 1.2))              // breathes once per beat
    .kaleid([3, 4, 6, 8].fast(0.5).smooth())    // Hydra list: a new value every 2 beats, gliding
    .out(o1)

// drift(): smooth random wander (noise() is Hydra's noise source).
noise(3, 0.1).color(1, drift(7).range(0.2, 1), 0.5).out(o2)

// env(trigger, attack, decay): jumps to 1 on each beat ('bar' and 'onset' work too), then fades.
src(o1)
    .blend(o2, 0.5)
    .brightness(env('beat', 0.01, 0.25).range(0, 0.3))
    .out(o0)
render(o0)
