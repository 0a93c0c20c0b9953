package latente.dsl.engine;

import groovy.lang.Closure;

/**
 * A named scene of a set, {@code scene('drop') { ... }}: its body and where it was written, so a
 * cue can run it later with errors pointing at the set file.
 *
 * @param code the text of the evaluation that defined it (for the caret line of an error)
 */
public record SceneDef(String name, Closure<?> body, String origin, String code) {}
