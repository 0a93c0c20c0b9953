package latente.dsl.record;

import java.nio.file.Path;
import latente.bench.record.PacedLoop;
import latente.dsl.engine.OfflineRender;
import latente.dsl.wiring.Shows;
import latente.render.readback.RecordingTap;
import latente.runtime.record.Ffmpeg;
import latente.runtime.record.Recorder;
import latente.runtime.record.RecordingSettings;

/**
 * A show that records (for up to ten minutes) at wall-clock pace, run as a separate JVM by
 * {@link KilledEngineTest} so that it can be killed with SIGKILL mid-recording. Prints
 * "recording PID" (the ffmpeg process) once frames flow.
 */
public final class RecordingChild {
    public static void main(String[] args) throws Exception {
        try (OfflineRender r = Shows.offline(320, 180, System.err)) {
            r.engine().evaluateSet(HeadlessRecordingTest.SET, "child.groovy");
            long origin = System.nanoTime();
            Recorder rec = Recorder.start(RecordingSettings.h264(Path.of(args[0]), 320, 180, 30), Ffmpeg.find("ffmpeg"), System.err, origin);
            Thread announce = new Thread(() -> { // ffmpeg starts with the first frame: say its PID once it runs
                while (rec.encoderProcess() == null) Thread.onSpinWait();
                System.out.println("recording " + rec.encoderProcess().pid());
                System.out.flush();
            });
            announce.setDaemon(true);
            announce.start();
            RecordingTap tap = new RecordingTap();
            tap.attach(rec);
            PacedLoop.run(r, tap, 30, 600, origin); // until killed: the parent kills it once enough is recorded
            System.out.println(rec.stop());
        }
    }
}
