// shape draws a polygon; repeat tiles it; kaleid folds the picture around the centre.
// As in Hydra, kaleid does not re-centre: each slice shows the bottom-left of the picture.
shape(6, 0.3, 0.05)
    .repeat(4, 3, 0.5, 0)
    .kaleid(7)
    .out(o0)
