#version 330 core
uniform float time;
uniform vec2 resolution;
uniform vec2 mouse;
uniform float bpm;
out vec4 fragColor;
// (prelude: GlslPrelude.HELPERS)
vec4 l_osc(vec2 _st, float frequency, float sync, float offset) {
    float phase = (_st.x + time * sync) * frequency;
    return vec4(0.5 + 0.5 * sin(vec3(phase - offset, phase, phase + offset)), 1.0);
}
void main() {
    vec2 st0 = vec2(gl_FragCoord.x, resolution.y - gl_FragCoord.y) / resolution;
    vec4 c1 = l_osc(st0, 60.0, 0.1, 0.0);
    fragColor = c1;
}
