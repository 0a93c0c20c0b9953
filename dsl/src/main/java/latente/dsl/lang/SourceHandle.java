package latente.dsl.lang;

/** One of the external sources s0..s3 (image, video, camera, model stream). */
public final class SourceHandle {
    private final int index;

    public SourceHandle(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    @Override
    public String toString() {
        return "s" + index;
    }
}
