package latente.runtime.record;

/**
 * Where the render thread hands finished frames (the recorder). Every method returns at once:
 * the render thread never waits on the disk or the encoder.
 *
 * <p>Per frame: {@link #wants} decides whether the frame drawn at {@code nanos} is needed (a
 * recording at 30 fps takes every other frame of a 60 fps show); later, when its pixels are
 * available, {@link #claim} gives a free buffer (null when the writer is behind: the frame is
 * dropped and counted) and {@link #submit} passes the filled buffer on.
 */
public interface FrameSink {
    int width();

    int height();

    boolean wants(long nanos);

    PooledFrame claim();

    void submit(PooledFrame frame);

    /** Gives back a claimed buffer that could not be filled. */
    void release(PooledFrame frame);

    /** A wanted frame was dropped because {@link #claim} had no buffer (counted by the sink). */
    default void frameDropped() {
    }
}
