package latente.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The typical typos of a performer and the exact message each one gets: file:line:column, the
 * line itself, a caret under the spot, and a suggestion. (Lines in the code are separated by
 * '|', lines of the expected message by '¶'.)
 */
class TypoCatalogueTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "osc(10).rotat(0.5).out(o0) => set.groovy:1:9: unknown function rotat() - did you mean rotate()?¶    osc(10).rotat(0.5).out(o0)¶            ^",
        "oscc(10).out(o0) => set.groovy:1:1: unknown function oscc() - did you mean osc()?¶    oscc(10).out(o0)¶    ^",
        "osc.out(o0) => set.groovy:1:1: osc is a function: write osc()¶    osc.out(o0)¶    ^",
        "osc(10).blend(noise, 0.5).out() => set.groovy:1:15: noise is a function: write noise()¶    osc(10).blend(noise, 0.5).out()¶                  ^",
        "tmpo 120 => set.groovy:1:1: unknown function tmpo() - did you mean tempo()?¶    tmpo 120¶    ^",
        "tempo 130|noise(3).out(o5) => set.groovy:2:14: there is no output o5; the outputs are o0, o1, o2 and o3¶    noise(3).out(o5)¶                 ^",
        "osc(10)|  .rotate(0.1)|  .colr(1, 0, 0)|  .out(o0) => set.groovy:3:4: unknown function colr() - did you mean color()?¶      .colr(1, 0, 0)¶       ^",
        "osc(10).out(o0 => set.groovy:1:12: this '(' is never closed - a ')' is missing¶    osc(10).out(o0¶               ^",
        "osc(10).out(o0)) => set.groovy:1:16: this ')' closes nothing that is open here - remove it or add the bracket it should close¶    osc(10).out(o0))¶                   ^",
        "osc(10).out(o0)|x = 'abc => set.groovy:2:5: this text is never closed - add the closing quote¶    x = 'abc¶        ^",
        "time().out() => set.groovy:1:1: time is a value, not a function: write time without ()¶    time().out()¶    ^",
        "osc(10).out(o0, 2) => set.groovy:1:9: out() cannot take (OutputHandle, number); write out(output = o0)¶    osc(10).out(o0, 2)¶            ^",
        "osc(10).kaleid('five').out(o0) => set.groovy:1:9: kaleid() cannot take the text 'five' as argument 1; a text argument is a pattern of numbers, e.g. '<10 20 40>'¶    osc(10).kaleid('five').out(o0)¶            ^",
        "kaleid(4).out(o0) => set.groovy:1:1: kaleid() transforms a chain; start with a source, e.g. osc().kaleid()¶    kaleid(4).out(o0)¶    ^",
        "osc(4).noise(3).out(o0) => set.groovy:1:8: noise() starts a chain and cannot follow one; to mix two pictures use blend(noise()), add(noise()) or layer(noise())¶    osc(4).noise(3).out(o0)¶           ^",
        "cue 'drop' => set.groovy:1: no scene named 'drop' (this set defines none)¶    cue 'drop'",
        "def f(n) { f(n + 1) }|f(0) => "
            + "set.groovy:1: the code calls itself without end (stack overflow)¶    def f(n) { f(n + 1) }",
        "long[] big = new long[Integer.MAX_VALUE - 8] => "
            + "set.groovy:1: out of memory (Java heap space); nothing was changed¶    long[] big = new long[Integer.MAX_VALUE - 8]",
        "tempo 0 => set.groovy:1: tempo must be between 20 and 400 BPM, got 0.0¶    tempo 0",
        "def x = 1 / 0 => set.groovy:1: ArithmeticException: Division by zero¶    def x = 1 / 0",
    })
    void typoGetsItsMessage(String code, String expected) {
        Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
        EvalResult r = engine.evaluateBlock(code.replace('|', '\n'), "set.groovy");
        assertFalse(r.ok());
        assertEquals(expected.replace('¶', '\n'), r.error());
        assertEquals(r.error(), engine.lastError(), "the HUD's last-error slot holds the same message");
    }
}
