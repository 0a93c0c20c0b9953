package latente.dsl.lang;

import java.io.IOException;
import java.nio.file.Path;
import latente.dsl.show.ShowControl;
import latente.render.source.FfmpegFeed;
import latente.render.source.ImageFeed;
import latente.render.source.SourceFeed;

/**
 * One of the external sources s0..s3 (image, video, camera, model stream), as the language
 * names it: {@code s0.initImage('moss.png')}, {@code s0.initVideo('clip.mp4')},
 * {@code s0.initCam()}, then {@code src(s0)}. Paths resolve against the set file's folder.
 * Eval thread; decoding runs on the feed's own worker.
 */
public final class SourceHandle {
    private final int index;
    private final LatenteScript script;

    public SourceHandle(int index) {
        this(index, null);
    }

    SourceHandle(int index, LatenteScript script) {
        this.index = index;
        this.script = script;
    }

    public int index() {
        return index;
    }

    /** Shows a still image (PNG, JPEG, GIF, BMP). */
    public SourceHandle initImage(String path) {
        Path file = resolve(path, "initImage");
        return init(() -> ImageFeed.read(file));
    }

    /** Shows a video file, looped, decoded by ffmpeg. */
    public SourceHandle initVideo(String path) {
        Path file = resolve(path, "initVideo");
        return init(() -> FfmpegFeed.video(file, showControl().messages()::println));
    }

    /** Shows camera {@code index} (/dev/videoN) through ffmpeg. */
    public SourceHandle initCam(int camera) {
        return init(() -> FfmpegFeed.camera(camera, showControl().messages()::println));
    }

    public SourceHandle initCam() {
        return initCam(0);
    }

    /** Hydra's screen capture (a browser asks for a tab or window): not available here; says what is. */
    public SourceHandle initScreen() {
        throw new LanguageException("s" + index + ".initScreen(): screen capture is not available in Latente; use "
                + "s" + index + ".initCam() for a capture device, or s" + index + ".initVideo('recording.mp4') for a screen "
                + "recorded beforehand", CallSite.find(script.origin()), "initScreen");
    }

    /** Shows any feed: the seam where model streams plug in. */
    public SourceHandle init(SourceFeed feed) {
        showControl().link().feed(index, feed);
        return this;
    }

    /** Empties the source (black). */
    public SourceHandle clear() {
        showControl().link().feed(index, null);
        return this;
    }

    private interface Opener {
        SourceFeed open() throws IOException;
    }

    private SourceHandle init(Opener opener) {
        try {
            return init(opener.open());
        } catch (IOException e) {
            throw new LanguageException("s" + index + ": " + e.getMessage(), CallSite.find(script.origin()));
        }
    }

    /**
     * A file path resolved against the set's folder. A URL is refused with the reason: nothing is
     * fetched from the network while a show runs (a venue's network fails mid-show, and a set
     * must play the same on any machine), so media are downloaded beforehand and kept beside the set.
     */
    private Path resolve(String path, String word) {
        if (path.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            String name = path.replaceAll("[?#].*", "").replaceAll(".*/", "");
            throw new LanguageException("s" + index + "." + word + ": '" + path + "' is a URL, and Latente loads nothing "
                    + "from the network during a show (a venue's network can fail mid-set, and a set must play the same "
                    + "on every machine); download it beforehand and write s" + index + "." + word + "('"
                    + (name.isEmpty() ? "file" : name) + "') with the file beside the set", CallSite.find(script.origin()), word);
        }
        Path p = Path.of(path);
        return p.isAbsolute() ? p : showControl().resolve(path);
    }

    private ShowControl showControl() {
        if (script == null) throw new IllegalStateException("s" + index + " is not attached to a running set");
        return script.showControl();
    }

    @Override
    public String toString() {
        return "s" + index;
    }
}
