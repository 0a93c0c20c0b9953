// r(), g(), b(), a() turn one channel into grey; thresh() makes hard black and white.
osc(8, 0.1, 2)
    .g(1.2, -0.1)
    .thresh(0.5, 0.05)
    .color(1, 0.6, 0.2)
    .out(o0)
