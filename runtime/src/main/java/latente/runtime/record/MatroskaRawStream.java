package latente.runtime.record;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Raw RGBA frames with their own timestamps, as a streaming Matroska file (uncompressed video,
 * {@code V_UNCOMPRESSED} with colour space {@code RGBA}) written to ffmpeg's stdin. Raw video on a
 * pipe has no timestamps, so a constant rate would have to be faked by repeating frames; this
 * container carries each frame's true time and duration instead, and the encoder never sees a
 * repeat. Timestamps are in microseconds; each frame is one cluster holding one block group with
 * its duration, so the file can be cut anywhere between frames.
 *
 * <p>Thread contract: one thread (the recorder's writer) writes.
 */
final class MatroskaRawStream {
    private static final int TIMESTAMP_SCALE_NS = 1000;
    private final OutputStream out;
    private final int frameBytes;
    private final byte[] head = new byte[64];

    /** @param fps the show's rate: the default duration of a frame, and so of the last one */
    MatroskaRawStream(OutputStream out, int width, int height, double fps) throws IOException {
        this.out = out;
        this.frameBytes = width * height * 4;
        Ebml header = new Ebml()
                .uint(0x4286, 1).uint(0x42F7, 1).uint(0x42F2, 4).uint(0x42F3, 8)
                .string(0x4282, "matroska").uint(0x4287, 4).uint(0x4285, 2);
        Ebml info = new Ebml().uint(0x2AD7B1, TIMESTAMP_SCALE_NS).string(0x4D80, "latente").string(0x5741, "latente");
        Ebml video = new Ebml().uint(0xB0, width).uint(0xBA, height).bytes(0x2EB524, "RGBA".getBytes(StandardCharsets.US_ASCII));
        Ebml track = new Ebml().uint(0xD7, 1).uint(0x73C5, 1).uint(0x83, 1).uint(0x9C, 0)
                .uint(0x23E383, Math.round(1e9 / fps)).string(0x86, "V_UNCOMPRESSED").child(0xE0, video);
        Ebml tracks = new Ebml().child(0xAE, track);
        Ebml start = new Ebml().child(0x1A45DFA3, header);
        start.id(0x18538067).unknownSize(); // Segment of unknown size: the stream ends when the pipe closes
        start.child(0x1549A966, info).child(0x1654AE6B, tracks);
        out.write(start.toByteArray());
    }

    /** One frame (rows bottom-up) shown from {@code micros} for {@code durationMicros}. */
    void frame(ByteBuffer rgba, long micros, long durationMicros, byte[] copy) throws IOException {
        int blockSize = 4 + frameBytes; // track number (1 byte), relative time (2), flags (1), pixels
        int blockGroupBody = 1 + Ebml.sizeLength(blockSize) + blockSize + 1 + 1 + Ebml.uintLength(durationMicros);
        int clusterBody = 1 + 1 + Ebml.uintLength(micros) + 1 + Ebml.sizeLength(blockGroupBody) + blockGroupBody;
        int n = 0;
        n = Ebml.putId(head, n, 0x1F43B675);
        n = Ebml.putSize(head, n, clusterBody);
        n = Ebml.putUint(head, n, 0xE7, micros);
        n = Ebml.putId(head, n, 0xA0);
        n = Ebml.putSize(head, n, blockGroupBody);
        n = Ebml.putUint(head, n, 0x9B, durationMicros);
        n = Ebml.putId(head, n, 0xA1);
        n = Ebml.putSize(head, n, blockSize);
        head[n++] = (byte) 0x81; // track 1
        head[n++] = 0;
        head[n++] = 0; // time relative to the cluster: 0
        head[n++] = 0; // flags
        out.write(head, 0, n);
        if (rgba.hasArray()) {
            out.write(rgba.array(), rgba.arrayOffset(), frameBytes);
        } else {
            rgba.get(0, copy, 0, frameBytes);
            out.write(copy, 0, frameBytes);
        }
    }
}
