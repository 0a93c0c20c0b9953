package latente.render.stage;

import static org.lwjgl.glfw.GLFW.*;

import java.util.List;

/**
 * The stage keys, pressed in the program or the preview window: one table that both the key
 * handling and {@code :help keys} read, so the help can never drift from what the keys do.
 *
 * <p>Thread contract: {@link #onKey} runs inside {@code glfwPollEvents} on the render thread (or
 * on a test thread standing in for it); it only flips flags or hands work to {@link StageActions},
 * whose methods must not block. Allocation-free.
 */
public final class StageKeys {
    /** One row of the keys table: the keys as a performer reads them, and what they do. */
    public record Key(String keys, String action) {}

    public static final List<Key> TABLE = List.of(
            new Key("T or Space", "tap tempo (the clock follows after a few taps)"),
            new Key("B", "blackout: the program output goes black until B again (recordings go on)"),
            new Key("Right or Page Down", "next scene of the set"),
            new Key("Left or Page Up", "previous scene of the set"),
            new Key("F1 or H", "show or hide the HUD (preview window)"),
            new Key("F11 or F", "program window fullscreen on its display, or back to a window"));

    private final StageActions actions;

    public StageKeys(StageActions actions) {
        this.actions = actions;
    }

    /** A GLFW key event; returns true when it was a stage key. */
    public boolean onKey(int key, int action) {
        if (action != GLFW_PRESS) return false;
        switch (key) {
            case GLFW_KEY_T, GLFW_KEY_SPACE -> actions.tapTempo();
            case GLFW_KEY_B -> actions.toggleBlackout();
            case GLFW_KEY_RIGHT, GLFW_KEY_PAGE_DOWN -> actions.scene(+1);
            case GLFW_KEY_LEFT, GLFW_KEY_PAGE_UP -> actions.scene(-1);
            case GLFW_KEY_F1, GLFW_KEY_H -> actions.toggleHud();
            case GLFW_KEY_F11, GLFW_KEY_F -> actions.toggleFullscreen();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The table as text, one key per line, for {@code :help keys}. */
    public static String help() {
        StringBuilder b = new StringBuilder("Stage keys (program or preview window):\n");
        for (Key k : TABLE) b.append(String.format("  %-20s %s%n", k.keys(), k.action()));
        return b.toString();
    }
}
