package latente.render;

import latente.render.gl.EglHeadlessContext;

/** Runs a piece of GL test code with a headless context current. */
public final class HeadlessContextForTests {
    private HeadlessContextForTests() {}

    public static void run(Runnable body) {
        try (EglHeadlessContext ctx = EglHeadlessContext.create()) {
            body.run();
        }
    }
}
