package latente.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * JSON for the whole runtime (the performance log, model configs and tokenizer files, ffprobe's
 * answers, the command line's --json output), through Jackson. Values are plain Java: objects
 * read as {@link java.util.LinkedHashMap} (file order kept), arrays as {@link java.util.ArrayList},
 * whole numbers as Long, other numbers as Double (full precision, so a replay sees exactly the logged values),
 * and true/false/null as themselves.
 *
 * <p>Two choices differ from Jackson's defaults: a value followed by anything but whitespace is
 * an error (a truncated or concatenated file must not half-load), and a non-finite double is
 * written as {@code null} (JSON has no NaN; a NaN in the log means "no value").
 *
 * <p>Thread contract: any thread; the mapper is configured once and then only used.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_LONG_FOR_INTS)
            .registerModule(new SimpleModule("latente-finite-numbers")
                    .addSerializer(Double.class, new FiniteOrNull<>())
                    .addSerializer(Double.TYPE, new FiniteOrNull<>())
                    .addSerializer(Float.class, new FiniteOrNull<>())
                    .addSerializer(Float.TYPE, new FiniteOrNull<>()));

    private Json() {}

    /**
     * Loads and configures the mapper now (about a second on a busy machine, once per process), so
     * that the first log line does not pay for it after a clock has started.
     */
    public static void warmUp() {
        write(java.util.Map.of("warm", 0.5));
    }

    /** Parses one JSON value. @throws IllegalArgumentException saying where the text is not JSON */
    public static Object parse(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + locationOf(e), e);
        }
    }

    /** {@code value} (maps, lists, arrays, numbers, strings, booleans, null) as one line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at offset " + e.getLocation().getCharOffset();
    }

    /** Doubles and floats as Jackson writes them, except NaN and infinities, which become null. */
    private static final class FiniteOrNull<T extends Number> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            double d = value.doubleValue();
            if (!Double.isFinite(d)) gen.writeNull();
            else if (value instanceof Float f) gen.writeNumber(f);
            else gen.writeNumber(d);
        }
    }
}
