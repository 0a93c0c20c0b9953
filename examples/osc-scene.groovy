// OSC-driven scene: a fader, a button and a scene cue from a controller or a DAW.
// Start with `latente play examples/osc-scene.groovy` (OSC in on UDP 57125), then try:
//   latente osc send 127.0.0.1:57125 /fader/1 0.8
//   latente osc send 127.0.0.1:57125 /pad/1 1
//   latente osc send 127.0.0.1:57125 /latente/cue strobe
// Nothing arrives offline, so a render shows the defaults.

// recv() as an argument is read by the render thread every frame: no closure needed.
osc(recv('/fader/1', 0.3) * 40, 0.1, 1.2)      // live: arithmetic on recv() stays live (input first)
    .kaleid(recv('/fader/2', 4))
    .out(o0)

// In a closure recv() is an ordinary, always-current number.
osc(20, 0.05, 0.5).rotate({ recv('/fader/3', 0) * PI }).out(o1)
render(o0)

// on.msg runs on the control thread for every matching message; args are the message's arguments.
on.msg('/pad/*') { args ->
    if (args[0] > 0) src(o1).invert().out(o0)      // a button sends 1 on press, 0 on release
}

scene('strobe') {
    osc(60, 0.3, 0).contrast(4).out(o0)
}
