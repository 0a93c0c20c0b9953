// prev() is the previous frame of the output the chain is drawn into (src of its own output).
// Here a moving dot is layered over its own past, which fades a little every frame.
solid(0, 0, 0)
    .add(prev().brightness(-0.02))
    .add(shape(32, 0.06, 0.02).scroll({ Math.sin(time) * 0.3 }, { Math.cos(time * 1.3) * 0.3 }))
    .out(o0)
