// First light: the README's demo set. Stripes folded into a kaleidoscope on o1, fed back
// through o0 so that every frame keeps a trace of the last one. It listens to the music:
// play it with `--audio default` (or a track) and the bass pushes the picture; with no sound
// card the audio values stay 0 and the set looks as it always did.
tempo 124

osc(12, 0.05, 1.2)
    .kaleid(5)
    .rotate({ time * 0.1 })
    .scale(audio.bass * 0.15 + 1)                // the bass pushes the stripes outwards
    .out(o1)

noise(3, 0.2)
    .color(0.9, 0.4, 0.8)
    .modulate(o1, 0.2)
    .out(o2)

src(o1)
    .modulate(o2, 0.04)
    .blend(src(o0).scale(1.01), 0.35)
    .brightness(env('beat', 0.01, 0.4).range(0, 0.06))   // a soft pulse on every beat of the clock
    .out(o0)

render(o0)
