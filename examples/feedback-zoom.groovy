// Feedback: src(o0) inside o0's own chain reads o0's previous frame. Blending a slightly
// enlarged copy of the last frame into the new one leaves trails that rush outwards.
shape(4, 0.2, 0.01)
    .rotate({ time * 0.5 })
    .blend(src(o0).scale(1.03).hue(0.02), 0.85)
    .out(o0)
