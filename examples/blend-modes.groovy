// Mixing two pictures: add, sub, mult, blend, diff, layer (uses alpha, e.g. from luma),
// mask (shows the chain where the other picture is bright).
def stripes = osc(10, 0.1, 1.2)
def blob = shape(5, 0.4, 0.2)
stripes
    .diff(noise(3, 0.2))
    .mult(gradient(), 0.5)
    .layer(voronoi(5).luma(0.5, 0.1))
    .mask(blob)
    .out(o0)
