// Sources s0-s3 hold pictures from outside: s0.initImage(path) (PNG, JPEG, GIF, BMP),
// s0.initVideo(path) (any file ffmpeg reads, looped), s0.initCam(0) (a v4l2 camera).
// Paths are relative to this file.
s0.initImage('media/testcard.png')
src(s0)
    .modulate(osc(8, 0.1), 0.03)
    .kaleid(4)
    .out(o0)
