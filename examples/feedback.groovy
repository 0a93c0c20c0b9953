// Feedback: an output read inside its own chain (src(o0) in o0) shows the previous frame, so
// a slightly zoomed copy blended in leaves trails that flow outward.
shape(5, 0.2, 0.01)
    .rotate({ time })
    .out(o1)

src(o1)
    .blend(src(o0).scale(1.02).rotate(0.01), 0.85)
    .out(o0)
