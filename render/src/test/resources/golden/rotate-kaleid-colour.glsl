#version 330 core
uniform float time;
uniform vec2 resolution;
uniform vec2 mouse;
uniform float bpm;
uniform float u0;
out vec4 fragColor;
// (prelude: GlslPrelude.HELPERS)
vec2 l_rotate(vec2 _st, float angle, float speed) {
    vec2 p = _st - 0.5;
    float ang = angle + speed * time;
    float c = cos(ang), s = sin(ang);
    return vec2(c * p.x + s * p.y, c * p.y - s * p.x) + 0.5;
}
vec2 l_kaleid(vec2 _st, float nSides) {
    vec2 p = _st - 0.5;
    float slice = 6.28318531 / nSides;
    float a = abs(mod(atan(p.y, p.x), slice) - slice * 0.5);
    return length(p) * vec2(cos(a), sin(a));
}
vec4 l_osc(vec2 _st, float frequency, float sync, float offset) {
    float phase = (_st.x + time * sync) * frequency;
    return vec4(0.5 + 0.5 * sin(vec3(phase - offset, phase, phase + offset)), 1.0);
}
vec4 l_color(vec4 _c0, float r, float g, float b, float a) {
    vec4 k = vec4(r, g, b, a);
    return mix(_c0 * k, (1.0 - _c0) * abs(k), lessThan(k, vec4(0.0)));
}
void main() {
    vec2 st0 = vec2(gl_FragCoord.x, resolution.y - gl_FragCoord.y) / resolution;
    vec2 st1 = l_rotate(st0, u0, 0.0);
    vec2 st2 = l_kaleid(st1, 5.0);
    vec4 c3 = l_osc(st2, 12.0, 0.05, 1.2);
    vec4 c4 = l_color(c3, 0.9, 0.4, 0.8, 1.0);
    fragColor = c4;
}
