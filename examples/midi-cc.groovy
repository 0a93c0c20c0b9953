// MIDI CC mapping: knobs and pads of a controller drive the picture.
// `latente midi devices` lists the ports; play with `latente play examples/midi-cc.groovy --midi "nanoKONTROL"`.
// Do not know which controller a knob sends? Type learn() in the REPL and move it.
// Without a controller every cc() reads 0 and the set still runs.

// cc(n) as an argument is read by the render thread every frame (0..1).
def rate = cc(21)                     // controller 21 on any channel
def slices = cc(22) * 8 + 2           // arithmetic with the cc first stays live: 2..10 slices

osc(40, rate, 1)
    .kaleid(slices)
    .color(1, cc(1, 23), 0.6)         // cc(channel, number): controller 23 on channel 1 only
    .out(o0)
render(o0)

// A note-on runs its handler on the control thread; the closure gets the velocity 0..1.
on.note(36) { velocity -> cue 'flash' }

scene('flash') {
    solid(1, 1, 1).out(o0)
}
