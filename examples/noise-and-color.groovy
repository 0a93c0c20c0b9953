// noise: smooth gradient noise; scale zooms out, offset is its speed through time.
// color multiplies each channel; a negative value uses the inverted channel.
noise(4, 0.3)
    .color(0.9, 0.3, -0.8)
    .contrast(1.4)
    .out(o0)
