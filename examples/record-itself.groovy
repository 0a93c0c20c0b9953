// A set that records itself: evaluating it starts a recording of the output (and the show's
// audio) beside a performance log. Saving and re-evaluating the set keeps the same recording
// going; stopRecording() in the REPL (or :record stop) ends it and prints the summary.
record 'recordings/record-itself.mkv', quality: 20

tempo 120
osc(8, 0.1, 1.4).kaleid(4).rotate({ time * 0.2 }).out(o1)
src(o1).modulate(noise(2, 0.1), 0.05).blend(src(o0).scale(1.02), 0.4).out(o0)
render(o0)
