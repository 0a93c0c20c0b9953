// First light: the README's demo set (the one DESIGN.md sketches). A walk through the built-in
// model's latent space, moss for four bars then ember for four, drifting faster when the
// walk-rate signal swells, is warped by a kaleidoscope of stripes on o1 and fed back through o0
// so that every frame keeps a trace of the last one.
tempo 124

def garden = latent('<moss ember>/4', seed: 7, steps: 4, size: 256)   // built-in model; prompt pattern
    .walk(rate: { 0.05 + 0.4 * pow(0.5 + 0.5 * sin(time * 0.7), 4) })  // drift, pushed by a swell

osc(12, 0.05, 1.2).kaleid(5).rotate({ time * 0.1 }).out(o1)         // Hydra vocabulary and defaults

src(garden)
    .modulate(o1, 0.04)
    .blend(src(o0).scale(1.01), 0.35)                                  // feedback through o0
    .out(o0)

render(o0)

scene('drop') {
    src(garden).invert().pixelate(48, 48).diff(o1).out(o0)
}
