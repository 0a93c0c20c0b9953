// osc: sine stripes. frequency (stripes per screen), sync (screens per second), offset (how far
// red and blue drift from green). Try osc(60, 0.1, 0) - Hydra's defaults - then change one number.
osc(20, 0.05, 1.4)
    .rotate(0.3)          // radians, counter-clockwise around the centre
    .out(o0)
