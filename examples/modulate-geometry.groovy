// The geometry functions driven by another picture: each pixel gets its own zoom, rotation,
// pixel size, kaleidoscope radius or tile shift from the modulator's colour.
gradient(0.5)
    .modulateScale(osc(6, 0.1), 0.5, 1)
    .modulateRotate(noise(2, 0.2), 2)
    .modulatePixelate(noise(3), 20, 8)
    .modulateRepeat(osc(3), 2, 2, 0.3, 0.3)
    .out(o0)
