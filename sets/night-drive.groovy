// Night drive: road lines scrolling toward the viewer, a kaleidoscopic sky and a pulse on
// every beat. Three scenes to cue from the REPL (:scene tunnel), from code (cue 'tunnel'),
// or from OSC/MIDI once they are wired: 'cruise' (the opening), 'tunnel' and 'blackout'.
tempo 96

// o1: the sky, slow stripes folded into six slices, turning with the clock
osc(8, 0.03, 0.8)
    .kaleid(6)
    .rotate({ time * 0.05 })
    .color(0.3, 0.5, 1.0)
    .out(o1)

// o2: the road, thin bright lines scrolling down, their count stepping with the beat
shape(4, 0.02, 0.01)
    .scale(1, 40, 1)
    .scroll(0, 0, 0, { -bpm / 60 * 0.25 })
    .pixelate([40, 40, 80, 20], 60)
    .color(1.0, 0.8, 0.4)
    .out(o2)

// o0: sky over road, warped by noise and fed back through itself for light trails
src(o1)
    .add(src(o2), 0.8)
    .modulate(noise(2, 0.1), 0.03)
    .blend(src(o0).scale(1.005), 0.6)
    .brightness({ -0.1 + 0.1 * Math.sin(beat * Math.PI) })
    .out(o0)

render(o0)

scene('cruise') {
    tempo 96
    src(o1).add(src(o2), 0.8).blend(src(o0).scale(1.005), 0.6).out(o0)
}

scene('tunnel') {
    tempo 128
    osc(30, 0.1, 1.5)
        .kaleid(12)
        .scale({ 1 + 0.3 * Math.sin(time) })
        .diff(src(o2))
        .contrast(1.4)
        .out(o0)
}

scene('blackout') {
    solid(0, 0, 0).out(o0)
}
