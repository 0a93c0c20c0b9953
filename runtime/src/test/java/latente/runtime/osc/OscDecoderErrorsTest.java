package latente.runtime.osc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.Test;

class OscDecoderErrorsTest {
    private static OscError kindOf(byte[] packet) {
        try {
            OscDecoder.decode(packet);
            return null;
        } catch (OscFormatException e) {
            return e.kind();
        }
    }

    private static Bytes bundleHeader() {
        return new Bytes().ascii("#bundle").zeros(1).hex("00 00 00 00 00 00 00 01");
    }

    @Test
    void eachKindOfBrokenPacketIsNamed() {
        assertEquals(OscError.TRUNCATED, kindOf(new Bytes().ascii("/a").zeros(2).ascii(",i").zeros(2).bytes()));
        assertEquals(OscError.TRUNCATED, kindOf(new Bytes().ascii("/abc").bytes()));
        assertEquals(OscError.MALFORMED, kindOf(new Bytes().ascii("/a").zeros(2).ascii(",i").zeros(2).hex("00 01").bytes()));
        assertEquals(OscError.UNKNOWN_TYPE, kindOf(new Bytes().ascii("/a").zeros(2).ascii(",x").zeros(2).bytes()));
        assertEquals(OscError.UNKNOWN_TYPE, kindOf(new Bytes().ascii("/a").zeros(2).ascii(",[i]").zeros(4).int32(1).bytes()));
        assertEquals(OscError.BAD_ADDRESS, kindOf(new Bytes().ascii("abc").zeros(1).bytes()));
        assertEquals(OscError.BAD_ADDRESS, kindOf(new Bytes().ascii("/a b").zeros(4).bytes()));
        assertEquals(OscError.MALFORMED, kindOf(new Bytes().ascii("/a").zeros(2).ascii("i").zeros(3).bytes()));
        assertEquals(OscError.MALFORMED, kindOf(new Bytes().ascii("/a").zeros(1).ascii("x").bytes()));
        assertEquals(OscError.TRUNCATED, kindOf(new Bytes().ascii("/a").zeros(2).ascii(",b").zeros(2).int32(1000).bytes()));
        assertEquals(OscError.MALFORMED, kindOf(new Bytes().ascii("/a").zeros(2).ascii(",b").zeros(2).int32(-4).bytes()));
        assertEquals(OscError.MALFORMED, kindOf(new Bytes().ascii("/a").zeros(2).ascii(",i").zeros(2).int32(1).int32(2).bytes()));
        assertEquals(OscError.TRUNCATED, kindOf(bundleHeader().int32(64).ascii("/a").zeros(2).bytes()));
        assertEquals(OscError.MALFORMED, kindOf(bundleHeader().int32(0).bytes()));
        assertEquals(OscError.TRUNCATED, kindOf(new Bytes().ascii("#bundle").zeros(1).hex("00 00 00 00").bytes()));
        assertEquals(OscError.TRUNCATED, kindOf(new byte[0]));
        Bytes deep = new Bytes().ascii("/x").zeros(2);
        for (int i = 0; i < 9; i++) deep = bundleHeader().element(deep);
        assertEquals(OscError.TOO_DEEP, kindOf(deep.bytes()));
    }

    @Test
    void oldSendersWithoutTypeTagsAreAccepted() throws Exception {
        OscMessage m = (OscMessage) OscDecoder.decode(new Bytes().ascii("/go").zeros(1).bytes());
        assertEquals("/go", m.address());
        assertEquals(0, m.size());
    }

    @Test
    void theReceiverCountsAndLogsOncePerKind() throws Exception {
        List<String> log = new ArrayList<>();
        try (OscIn in = new OscIn(new ParamBus(), OscInConfig.defaults().withPort(0).withBindAddress("127.0.0.1"), log::add)) {
            byte[] unknown = new Bytes().ascii("/a").zeros(2).ascii(",x").zeros(2).bytes();
            for (int i = 0; i < 5; i++) in.handle(unknown, unknown.length);
            byte[] big = new byte[in.config().maxPacketBytes() + 4];
            in.handle(big, big.length);
            assertEquals(5, in.errors().get(OscError.UNKNOWN_TYPE));
            assertEquals(1, in.errors().get(OscError.OVERSIZED));
            assertEquals("unknown_type=5 oversized=1", in.errors().summary());
            assertEquals(2, log.size(), String.valueOf(log));
            assertEquals("osc in: unknown type (type tag 'x'); further ones are only counted", log.get(0));
        }
    }

    @Test
    void encoderAndDecoderAgreeOnEveryType() throws Exception {
        OscMessage m = new OscMessage("/t", "ifsSbhdtTFNIcrm", java.util.Arrays.asList(-7, -0.25f, "é", "sym", new byte[] {9},
                -5L, 1e300, new OscTimetag(0x1234_5678_9abc_def0L), true, false, null, OscImpulse.BANG, 'z',
                new OscColor(0x01020304), new OscMidi(1, 0xB0, 7, 127)));
        OscBundle b = OscBundle.of(OscTimetag.IMMEDIATE, m, OscBundle.of(new OscTimetag(99), m));
        OscBundle back = (OscBundle) OscDecoder.decode(OscEncoder.encode(b));
        assertEquals(m.describe(), ((OscMessage) back.elements().get(0)).describe());
        assertEquals(99, ((OscBundle) back.elements().get(1)).timetag().ntp());
    }
}
