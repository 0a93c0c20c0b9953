package latente.dsl.lang;

/** One of the outputs o0..o3, as the language names it. */
public final class OutputHandle {
    private final int index;

    public OutputHandle(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    @Override
    public String toString() {
        return "o" + index;
    }
}
