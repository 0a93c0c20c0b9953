// Pattern-driven parameters: Tidal/Strudel mini-notation as visual arguments.
// A pattern plays one cycle per bar (meter beats) and steps with the clock.
tempo 124
meter 4

// '<10 20 40>': one value per bar; '0 0.5 1.5 3': four steps in each bar.
osc('<10 20 40>', 0.1, 1.2)
    .rotate('0 0.5 1.5 3')
    .out(o1)

// pattern() gives the combinators: fast, slow, every, rev, off, euclid, sometimes...
def sides = pattern('3 4 <5 8>').every(4) { it.fast(2) }
shape(sides, 0.4, 0.01)
    .pixelate(pattern('16 64').slow(2), 48)
    .out(o2)

src(o1).mult(o2).out(o0)
render(o0)
