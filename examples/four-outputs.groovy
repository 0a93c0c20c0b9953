// Four outputs, o0-o3; render() shows all of them in a 2x2 grid, render(o2) just one.
// Outputs feed each other as textures: o3 mixes o1 and o2 of the previous frame.
osc(12, 0.05, 1.2).kaleid(5).out(o1)
noise(3, 0.2).color(0.2, 0.6, 1).out(o2)
voronoi(6).modulate(o1, 0.1).out(o0)
src(o1).blend(o2, 0.5).diff(o0).out(o3)
render()
