package latente.dsl.lang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method or field of the script API as a word of the language and says how to use it.
 * {@link Words} reads these from {@link LatenteScript} (and the chain classes) by reflection, so
 * a word added to the language has {@code :help}, completion and "did you mean" by being written
 * with its {@code @Help}; a test fails for a public script method without one.
 *
 * <p>A getter ({@code getTime()}) is the value word {@code time}; any other method is a function
 * word named after the method; a field is a value word. For overloads, annotate one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Help {
    /** How to call it, with defaults: {@code "tempo(bpm)"}; empty for a value (its name is shown). */
    String signature() default "";

    /** One line: what it does. */
    String value();
}
