// Image-to-image: each keyframe starts from output o1 (the shader) noised by strength, so the
// model re-textures the stripes with the bank's ember and ink patches. Higher strength: more
// model, less shader. The readback of o1 never stalls the render loop.
osc(6, 0.1, 1.2)
    .kaleid(3)
    .out(o1)

def painter = latent('ember ink', seed: 11, steps: 4, size: 128)
    .from(o1, strength: 0.6)

src(painter)
    .blend(o1, 0.2)
    .out(o0)
