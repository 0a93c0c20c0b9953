package latente.render.source;

/**
 * Something that fills a source s0..s3 with pictures: an image, a video or camera decoded by
 * ffmpeg, or a model stream. A worker of the feed's own publishes RGBA8 frames (rows bottom-up)
 * into {@link #frames()}; the render thread uploads the newest one at the start of each frame.
 *
 * <p>Thread contract: {@link #frames()} is read by the render thread; {@link #close()} may be
 * called from any thread and must stop the worker without blocking the render thread (it is
 * never called there). A feed never throws into the render thread; failures are reported once
 * through whatever message sink it was given.
 */
public interface SourceFeed extends AutoCloseable {
    FrameRing frames();

    /** What it shows, for messages and the HUD ("video clip.mp4 640x360"). */
    String description();

    /**
     * True to sample the picture with linear filtering (a small model frame stretched to the
     * screen); false for nearest texels, which is what Hydra does for images and videos.
     */
    default boolean smooth() {
        return false;
    }

    @Override
    void close();
}
