// voronoi: cells around drifting points; blending darkens the cells towards their edges.
voronoi(8, 0.4, 0.6)
    .colorama(0.3)        // wrap hue, saturation and value: psychedelic bands
    .out(o0)
