// A video file decoded by ffmpeg on its own thread; the newest frame is shown, none is waited for.
s1.initVideo('media/clip.mov')
src(s1)
    .blend(src(o0).scale(1.02), 0.6)
    .out(o0)
