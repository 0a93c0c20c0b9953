package latente.render;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import latente.render.output.SourceTextures;
import latente.render.source.SourceFeed;

/**
 * What the language asks of the render thread besides scenes: the feed behind each source
 * s0..s3 and the output resolution ({@code setResolution}).
 *
 * <p>Thread contract: any thread writes (the eval thread, mostly); the render thread reads once
 * per frame without locks or allocation. A replaced feed is closed by the writer.
 */
public final class RenderLink {
    private final AtomicReferenceArray<SourceFeed> feeds = new AtomicReferenceArray<>(SourceTextures.SOURCES);
    private final AtomicLong resolution = new AtomicLong();
    private volatile long size;

    /** Shows {@code feed} in source {@code index} (null empties it); closes the feed it replaces. */
    public void feed(int index, SourceFeed feed) {
        SourceFeed old = feeds.getAndSet(index, feed);
        if (old != null && old != feed) old.close();
    }

    public SourceFeed feed(int index) {
        return feeds.get(index);
    }

    /** Asks for outputs of {@code width} × {@code height} pixels from the next frame on. */
    public void requestResolution(int width, int height) {
        if (width < 1 || height < 1 || width > 16384 || height > 16384) {
            throw new IllegalArgumentException("setResolution: " + width + "x" + height + " is not a usable size (1..16384)");
        }
        resolution.set(((long) width << 32) | height);
    }

    /** The requested size packed as width << 32 | height, or 0 when nothing was requested. */
    public long requestedResolution() {
        return resolution.get();
    }

    /** The size the outputs have now, packed as width << 32 | height (0 before the renderer exists). */
    public long outputSize() {
        return size;
    }

    void outputSize(int width, int height) {
        size = ((long) width << 32) | height;
    }

    /** Closes every feed (end of the show). */
    public void closeAll() {
        for (int i = 0; i < feeds.length(); i++) feed(i, null);
    }
}
