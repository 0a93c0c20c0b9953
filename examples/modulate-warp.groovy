// modulate moves where the chain is sampled by another picture's red and green.
// modulateScrollX/Y scroll by its red; modulateHue smears along its colour differences.
osc(30, 0.1, 1)
    .modulate(noise(3, 0.1), 0.25)
    .modulateScrollY(osc(4), 0.2)
    .modulateHue(noise(2), 8)
    .out(o0)
