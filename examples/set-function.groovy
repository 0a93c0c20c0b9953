// setFunction adds a visual function written in GLSL, as Hydra's setFunction does.
// type: src, coord, color, combine or combineCoord (see docs/vocabulary.md for what each sees).
setFunction(name: 'rings', type: 'src',
    inputs: [[name: 'count', type: 'float', default: 8], [name: 'speed', type: 'float', default: 1]],
    glsl: '''
        float d = length(_st - 0.5);
        return vec4(vec3(0.5 + 0.5 * sin(d * count * 6.2831853 - time * speed)), 1.0);
    ''')
setFunction(name: 'tint', type: 'color', inputs: [[name: 'amount', default: 0.5]],
    glsl: 'return vec4(mix(_c0.rgb, _c0.rgb * vec3(1.0, 0.4, 0.8), amount), _c0.a);')
rings(12, 2).tint(0.8).modulate(noise(2), 0.05).out(o0)
