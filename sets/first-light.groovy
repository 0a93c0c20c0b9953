// First light: the README's demo set (the one DESIGN.md sketches). A walk through the built-in
// model's latent space, moss for four bars then ember for four, is warped by a kaleidoscope of
// stripes on o1 and fed back through o0 so that every frame keeps a trace of the last one. It
// listens to the music: play it with `--audio default` (or a track) and the bass pushes the walk
// and the stripes; with no sound card the audio values stay 0 and the walk drifts slowly.
tempo 124

def garden = latent('<moss ember>/4', seed: 7, steps: 4, size: 256)   // built-in model; prompt pattern
    .walk(rate: { 0.05 + audio.bass * 0.4 })                           // drift, pushed by the bass

osc(12, 0.05, 1.2)
    .kaleid(5)
    .rotate({ time * 0.1 })
    .scale(audio.bass * 0.15 + 1)                                      // the bass pushes the stripes outwards
    .out(o1)

src(garden)
    .modulate(o1, 0.04)
    .blend(src(o0).scale(1.01), 0.35)                                  // feedback through o0
    .brightness(env('beat', 0.01, 0.4).range(0, 0.06))                 // a soft pulse on every beat of the clock
    .out(o0)

render(o0)

on.beat(8) { garden.jump() }                                           // a new latent region every 8 beats

scene('drop') {
    src(garden).invert().pixelate(48, 48).diff(o1).out(o0)
}
