#version 330 core
uniform float time;
uniform vec2 resolution;
uniform vec2 mouse;
uniform float bpm;
out vec4 fragColor;
// (prelude: GlslPrelude.HELPERS)
vec2 l_rotate(vec2 _st, float angle, float speed) {
    vec2 p = _st - 0.5;
    float ang = angle + speed * time;
    float c = cos(ang), s = sin(ang);
    return vec2(c * p.x + s * p.y, c * p.y - s * p.x) + 0.5;
}
vec4 l_osc(vec2 _st, float frequency, float sync, float offset) {
    float phase = (_st.x + time * sync) * frequency;
    return vec4(0.5 + 0.5 * sin(vec3(phase - offset, phase, phase + offset)), 1.0);
}
vec2 l_modulateScale(vec2 _st, vec4 _c0, float multiple, float offset) {
    return (_st - 0.5) / (offset + multiple * _c0.rg) + 0.5;
}
vec4 l_noise(vec2 _st, float scale, float offset) {
    return vec4(vec3(1.65 * l_noise(vec3(_st * scale * 1.4, time * offset))), 1.0);
}
vec2 l_repeat(vec2 _st, float repeatX, float repeatY, float offsetX, float offsetY) {
    vec2 p = _st * vec2(repeatX, repeatY);
    p.x += step(1.0, mod(p.y, 2.0)) * offsetX;
    p.y += step(1.0, mod(p.x, 2.0)) * offsetY;
    return fract(p);
}
vec4 l_shape(vec2 _st, float sides, float radius, float smoothing) {
    vec2 p = _st * 2.0 - 1.0;
    float a = atan(p.x, p.y) + 3.14159265;
    float slice = 6.28318531 / sides;
    float d = cos(floor(0.5 + a / slice) * slice - a) * length(p);
    return vec4(vec3(1.0 - smoothstep(radius, radius + smoothing + 1e-7, d)), 1.0);
}
vec4 l_diff(vec4 _c0, vec4 _c1) {
    return vec4(abs(_c0.rgb - _c1.rgb), max(_c0.a, _c1.a));
}
void main() {
    vec2 st0 = vec2(gl_FragCoord.x, resolution.y - gl_FragCoord.y) / resolution;
    vec2 st1 = l_rotate(st0, 0.5, 0.0);
    vec4 c2 = l_osc(st1, 8.0, 0.1, 0.0);
    vec2 st3 = l_modulateScale(st0, c2, 2.0, 1.0);
    vec4 c4 = l_noise(st3, 3.0, 0.1);
    vec2 st5 = l_repeat(st0, 2.0, 2.0, 0.0, 0.0);
    vec4 c6 = l_shape(st5, 4.0, 0.3, 0.01);
    vec4 c7 = l_diff(c4, c6);
    fragColor = c7;
}
