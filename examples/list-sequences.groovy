// Lists are sequences timed by the tempo: one value per beat, cycling (as Hydra's arrays).
// fast(n): n values per beat; smooth(): glide between values; ease('sin'): glide on a curve;
// offset(x): shift the timing by x of a step; fit(lo, hi): map the values onto lo..hi.
tempo 120
shape([3, 4, 5, 6].fast(0.5), [0.2, 0.4].smooth(), 0.01)
    .rotate([0, 1, 2, 3].fit(0, Math.PI / 2).ease('easeInOutCubic'))
    .color([1, 0.5].offset(0.5), 0.6, [0.2, 1].fast(2))
    .out(o0)
