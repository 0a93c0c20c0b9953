#version 330 core
uniform float time;
uniform vec2 resolution;
uniform vec2 mouse;
uniform float bpm;
uniform sampler2D tex_o2;
uniform sampler2D tex_o1;
uniform sampler2D tex_o0;
out vec4 fragColor;
// (prelude: GlslPrelude.HELPERS)
vec2 l_modulate(vec2 _st, vec4 _c0, float amount) {
    return _st + _c0.rg * amount;
}
vec4 l_src(vec2 _st, sampler2D tex) {
    return l_sample(tex, _st);
}
vec2 l_scale(vec2 _st, float amount, float xMult, float yMult, float offsetX, float offsetY) {
    vec2 centre = vec2(offsetX, offsetY);
    return (_st - centre) / vec2(amount * xMult, amount * yMult) + centre;
}
vec4 l_blend(vec4 _c0, vec4 _c1, float amount) {
    return mix(_c0, _c1, amount);
}
void main() {
    vec2 st0 = vec2(gl_FragCoord.x, resolution.y - gl_FragCoord.y) / resolution;
    vec4 c1 = l_sample(tex_o2, st0);
    vec2 st2 = l_modulate(st0, c1, 0.04);
    vec4 c3 = l_src(st2, tex_o1);
    vec2 st4 = l_scale(st0, 1.01, 1.0, 1.0, 0.5, 0.5);
    vec4 c5 = l_src(st4, tex_o0);
    vec4 c6 = l_blend(c3, c5, 0.35);
    fragColor = c6;
}
