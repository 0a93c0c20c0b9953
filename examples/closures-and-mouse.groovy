// Closures are live values, computed on the control thread many times a second; Hydra's
// () => x becomes { x }. mouse.x / mouse.y are the pointer over the stage window in pixels
// (0 when rendering offline); resolution.x / resolution.y the size of the outputs.
osc({ 10 + Math.sin(time) * 5 }, 0.1, { mouse.x / Math.max(resolution.x, 1) * 3 })
    .scale({ 1 + Math.sin(time * 0.5) * 0.2 })
    .out(o0)
