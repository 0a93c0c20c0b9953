// A latent walk of the built-in model: the noise slides from seed to seed (rate: legs per
// second) and the picture drifts; the display fades between keyframes, so a few keyframes a
// second still look smooth. src(walk) shows it in a free source (s0 here).
def walk = latent('moss', seed: 7, steps: 4, size: 128)
    .walk(rate: { 0.1 + 0.05 * sin(time) })

src(walk)
    .saturate(1.2)
    .out(o0)
