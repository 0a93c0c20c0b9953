// Audio-reactive: the bass pumps the scale, fft bins drive colour, each onset flashes.
// Plays the bundled drum loop; live, `latente play ... --audio default` listens to the sound card.
// Offline renders analyse the file at frame time, so a render is the same every time.
audio.input 'assets/drums-120.wav'
a.setBins(4)                        // Hydra's a.setBins / setSmooth / setCutoff / setScale
a.setSmooth(0.3)
sync 'audio'                        // the clock follows the tempo the beat tracker hears

osc(20, 0.1, 1.2)
    .scale(audio.bass * 0.5 + 1)    // an audio value as an argument stays live
    .color({ 0.5 + a.fft[1] }, 0.4, { a.fft[3] * 2 })   // Hydra style: () => a.fft[1] becomes { a.fft[1] }
    .out(o1)

src(o1)
    .brightness(env('onset', 0.005, 0.2).range(0, 0.4))
    .out(o0)
render(o0)

on.beat(4) { src(o1).kaleid(4).out(o2) }       // every bar of the clock
