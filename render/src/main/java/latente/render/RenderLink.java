package latente.render;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import latente.render.output.SourceTextures;
import latente.render.source.OutputGrab;
import latente.render.source.SourceFeed;

/**
 * What the language asks of the render thread besides scenes: the feed behind each source
 * s0..s3 and the output resolution ({@code setResolution}).
 *
 * <p>Thread contract: any thread writes (the eval thread, mostly); the render thread reads once
 * per frame without locks or allocation. A replaced feed is closed by the writer.
 */
public final class RenderLink {
    /** How many output readbacks may be registered at once (one per source is enough). */
    public static final int GRABS = SourceTextures.SOURCES;
    private final AtomicReferenceArray<SourceFeed> feeds = new AtomicReferenceArray<>(SourceTextures.SOURCES);
    private final AtomicReferenceArray<OutputGrab> grabs = new AtomicReferenceArray<>(GRABS);
    private final AtomicLong resolution = new AtomicLong();
    private volatile long size;
    /** Each source texture's shape as {@link #shape}; written by the render thread when it changes. */
    private final AtomicLongArray sourceShapes = new AtomicLongArray(SourceTextures.SOURCES);
    /** The render scale asked for: NaN = adaptive (the default), else a fixed fraction of the full size. */
    private volatile double renderScale = Double.NaN;

    /** Shows {@code feed} in source {@code index} (null empties it); closes the feed it replaces. */
    public void feed(int index, SourceFeed feed) {
        SourceFeed old = feeds.getAndSet(index, feed);
        if (old != null && old != feed) old.close();
    }

    /** Takes {@code feed} out of source {@code index} without closing it (it moves to another source). */
    public void unlink(int index, SourceFeed feed) {
        feeds.compareAndSet(index, feed, null);
    }

    public SourceFeed feed(int index) {
        return feeds.get(index);
    }

    /** Registers (or with null removes) the output readback in slot {@code index} (0..GRABS-1). */
    public void grab(int index, OutputGrab grab) {
        grabs.set(index, grab);
    }

    /** Removes {@code grab} from slot {@code index} if it is still the one registered there. */
    public void ungrab(int index, OutputGrab grab) {
        grabs.compareAndSet(index, grab, null);
    }

    public OutputGrab grab(int index) {
        return grabs.get(index);
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

    /**
     * The shape of source {@code index}'s texture on the stage (size and filtering, packed by
     * {@link #shape}): the compile thread's trial draws sample a texture of the same shape, so the
     * driver compiles the code the stage will run (llvmpipe's code depends on filtering and on
     * whether a size is a power of two). 0 until the render thread has published it.
     */
    public long sourceShape(int index) {
        return sourceShapes.get(index);
    }

    void sourceShape(int index, int width, int height, boolean smooth) {
        sourceShapes.set(index, shape(width, height, smooth));
    }

    /** A texture's size and filtering in one long: width << 32 | height << 1 | smooth. */
    static long shape(int width, int height, boolean smooth) {
        return ((long) width << 32) | ((long) height << 1) | (smooth ? 1 : 0);
    }

    /**
     * Fixes the outputs' render scale to {@code scale} (0 &lt; scale &lt;= 1) of the picture size, or
     * with NaN lets the live show choose it to hold its frame rate ({@code renderScale 'auto'}).
     * The picture (window, recording) keeps its size either way.
     */
    public void renderScale(double scale) {
        if (!Double.isNaN(scale) && !(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("renderScale: " + scale + " is not a scale (use 'auto' or a number above 0, at most 1)");
        }
        renderScale = scale;
    }

    /** NaN while the scale is adaptive, else the fixed scale. */
    public double renderScale() {
        return renderScale;
    }

    /** Closes every feed (end of the show). */
    public void closeAll() {
        for (int i = 0; i < feeds.length(); i++) feed(i, null);
    }
}
