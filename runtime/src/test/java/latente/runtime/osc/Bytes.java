package latente.runtime.osc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test helper: writes packets byte by byte, as the OSC 1.0 spec lays them out. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** ASCII characters exactly as given (the test writes the NUL padding itself). */
    Bytes ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** Bytes written as hex pairs, spaces ignored: "3f 00 00 00". */
    Bytes hex(String pairs) {
        String h = pairs.replace(" ", "");
        for (int i = 0; i < h.length(); i += 2) out.write(Integer.parseInt(h.substring(i, i + 2), 16));
        return this;
    }

    Bytes zeros(int n) {
        for (int i = 0; i < n; i++) out.write(0);
        return this;
    }

    Bytes int32(int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    /** An NTP timetag for an instant in Unix epoch milliseconds, computed by hand. */
    Bytes ntp(long epochMillis) {
        long seconds = epochMillis / 1000 + 2_208_988_800L;
        long fraction = (epochMillis % 1000) * (1L << 32) / 1000;
        int32((int) seconds);
        int32((int) fraction);
        return this;
    }

    /** A bundle element: its size, then its bytes. */
    Bytes element(Bytes inner) {
        byte[] b = inner.bytes();
        int32(b.length);
        out.writeBytes(b);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
