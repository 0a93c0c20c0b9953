// A prompt pattern: mini-notation stepping with the clock (one cycle is one bar). Here moss for
// a bar, then ember, then glass and tide together; each step slides into the next over its
// second half, so the families morph rather than cut. garden.jump() leaps to a new region.
tempo 240

def garden = latent('<moss ember [glass, tide]>', seed: 3, steps: 3, size: 128, keyframes: 10)
    .walk(rate: 0.3)

src(garden)
    .kaleid(4)
    .out(o0)
