package latente.render.gl;

import static org.lwjgl.opengl.GL20.*;

/**
 * A linked full-screen program: a fixed vertex shader that covers the viewport with one
 * triangle, and the given fragment shader.
 *
 * <p>Thread contract: made, drawn and closed on the thread whose context made it (the render
 * thread, or the compile thread for its trials); a program is never shared between contexts.
 */
public final class ShaderProgram implements AutoCloseable {
    static final String FULLSCREEN_VERTEX = """
            #version 330 core
            void main() {
                vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);
                gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
            }
            """;

    private final int id;

    private ShaderProgram(int id) {
        this.id = id;
    }

    /** Compiles and links; throws {@link ShaderException} with the driver's log on failure. */
    public static ShaderProgram fullscreen(String fragmentSource) throws ShaderException {
        ShaderWork.built();
        int vs = compile(GL_VERTEX_SHADER, FULLSCREEN_VERTEX);
        int fs;
        try {
            fs = compile(GL_FRAGMENT_SHADER, fragmentSource);
        } catch (ShaderException e) {
            glDeleteShader(vs);
            throw e;
        }
        int program = glCreateProgram();
        glAttachShader(program, vs);
        glAttachShader(program, fs);
        glLinkProgram(program);
        glDeleteShader(vs);
        glDeleteShader(fs);
        if (glGetProgrami(program, GL_LINK_STATUS) == 0) {
            String log = glGetProgramInfoLog(program);
            glDeleteProgram(program);
            throw new ShaderException("shader link failed", log);
        }
        return new ShaderProgram(program);
    }

    private static int compile(int type, String source) throws ShaderException {
        int shader = glCreateShader(type);
        glShaderSource(shader, source);
        glCompileShader(shader);
        if (glGetShaderi(shader, GL_COMPILE_STATUS) == 0) {
            String log = glGetShaderInfoLog(shader);
            glDeleteShader(shader);
            throw new ShaderException("shader compile failed", log);
        }
        return shader;
    }

    public int id() {
        return id;
    }

    /** The location of a uniform, -1 when the driver optimised it away. */
    public int uniform(String name) {
        return glGetUniformLocation(id, name);
    }

    public void use() {
        glUseProgram(id);
    }

    @Override
    public void close() {
        glDeleteProgram(id);
    }
}
