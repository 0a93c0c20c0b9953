package latente.dsl.testing;

/** Java a test hands to performer code ({@code latente.dsl.testing.Hooks.RUN.run()}), to make something happen mid-evaluation. */
public final class Hooks {
    public static volatile Runnable RUN = () -> {};

    private Hooks() {}
}
