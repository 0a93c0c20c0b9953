package latente.runtime.osc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AddressPatternTest {
    /** pattern, address, expected match. */
    private static final Object[][] TABLE = {
        {"/fader/1", "/fader/1", true},
        {"/fader/1", "/fader/10", false},
        {"/fader/1", "/fader", false},
        {"/fader/?", "/fader/1", true},
        {"/fader/?", "/fader/12", false},
        {"/fader/??", "/fader/12", true},
        {"/fader/*", "/fader/1", true},
        {"/fader/*", "/fader/", true},
        {"/fader/*", "/fader/1/x", false},
        {"/fader/*", "/fader", false},
        {"/*/1", "/fader/1", true},
        {"/*/1", "/a/b/1", false},
        {"/*", "/fader", true},
        {"/*", "/fader/1", false},
        {"/*/*", "/fader/1", true},
        {"/fa*er/1", "/fader/1", true},
        {"/fa*er/1", "/faer/1", true},
        {"/fa*er/1", "/fa/er/1", false},
        {"/f*d*r", "/fader", true},
        {"/f*d*r", "/fdddr", true},
        {"/f*d*r", "/fade", false},
        {"/a*b*c", "/aXbYbZc", true},
        {"/a*b*c", "/aXbYbZ", false},
        {"/**", "/anything", true},
        {"/layer/[1-3]", "/layer/2", true},
        {"/layer/[1-3]", "/layer/4", false},
        {"/layer/[!1-3]", "/layer/4", true},
        {"/layer/[!1-3]", "/layer/2", false},
        {"/layer/[abc]", "/layer/b", true},
        {"/layer/[abc]", "/layer/d", false},
        {"/layer/[a-cx-z]", "/layer/y", true},
        {"/layer/[a-cx-z]", "/layer/m", false},
        {"/layer/[-a]", "/layer/-", true},
        {"/layer/[a-]", "/layer/-", true},
        {"/layer/[!a]", "/layer//", false},
        {"/layer/[0-9][0-9]", "/layer/42", true},
        {"/layer/[0-9][0-9]", "/layer/4x", false},
        {"/{fader,knob}/1", "/fader/1", true},
        {"/{fader,knob}/1", "/knob/1", true},
        {"/{fader,knob}/1", "/button/1", false},
        {"/{fader,knob}/{1,2}", "/knob/2", true},
        {"/{fader,knob}/{1,2}", "/knob/3", false},
        {"/x{,y}", "/x", true},
        {"/x{,y}", "/xy", true},
        {"/{a*,b?}/c", "/abc/c", true},
        {"/{a*,b?}/c", "/bx/c", true},
        {"/{a*,b?}/c", "/bxy/c", false},
        {"/scene/*/drop", "/scene/live/drop", true},
        {"/scene/*/drop", "/scene/live/set/drop", false},
        {"/?*", "/", false},
        {"/?*", "/a", true},
        {"/1/fader*", "/1/fader5", true},
        {"/1/fader*", "/1/fader", true},
        {"/1/multi*/*", "/1/multifader/3", true},
    };

    @Test
    void theTable() {
        for (Object[] row : TABLE) {
            String pattern = (String) row[0];
            String address = (String) row[1];
            assertEquals(row[2], AddressPattern.compile(pattern).matches(address), pattern + " vs " + address);
        }
    }

    @Test
    void invalidPatternsSayWhy() {
        for (String bad : new String[] {"fader", "", "/a[bc", "/a{b,c", "/a}b", "/a]b", "/[z-a]",
                "/{a,{b}}", "/{a/b,c}", "/{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}"}) {
            assertThrows(IllegalArgumentException.class, () -> AddressPattern.compile(bad), bad);
        }
    }

    @Test
    void hostileStarsStayLinear() {
        String pattern = "/" + "*a".repeat(200) + "*b";
        String address = "/" + "a".repeat(5000);
        assertEquals(false, AddressPattern.compile(pattern).matches(address));
        assertEquals(true, AddressPattern.compile(pattern).matches(address + "b"));
    }
}
