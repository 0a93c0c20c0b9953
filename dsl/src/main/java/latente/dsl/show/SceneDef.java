package latente.dsl.show;

import java.util.function.Supplier;

/**
 * A named scene of a set, {@code scene('drop') { ... }}: its body and where it was written, so a
 * cue can run it later with errors pointing at the set file. The body is the performer's closure
 * seen as a plain supplier, so the engine that keeps scenes needs no scripting language.
 *
 * @param code the text of the evaluation that defined it (for the caret line of an error)
 */
public record SceneDef(String name, Supplier<?> body, String origin, String code) {}
