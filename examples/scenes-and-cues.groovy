// Scenes and cues: a set defines named scenes; `cue` switches between them. A scene's body
// changes only what it names, like a block typed in the REPL (here: o0 and the tempo).
// Try in the REPL: :scene       (lists them)   :scene storm   :scene still
tempo 100

noise(4, 0.1).color(0.2, 0.4, 0.9).out(o1)
src(o1).out(o0)

scene('storm') {
    tempo 150
    noise(12, 0.8).contrast(2).diff(src(o1)).out(o0)
}

scene('still') {
    tempo 80
    src(o1).pixelate(16, 9).out(o0)
}

cue 'still'     // a set can start in one of its scenes
