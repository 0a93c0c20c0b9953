package latente.dsl.eval;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.CompileUnit;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Gives every script class a name of its own instead of the one Groovy derives from the file
 * name. Groovy names a script's class after its file, so a set saved as {@code audio.groovy},
 * {@code time.groovy} or {@code o1.groovy} turned the word {@code audio}, {@code time} or
 * {@code o1} into a reference to that class inside the set. The source name (what stack traces,
 * {@link latente.dsl.lang.CallSite} and error messages use) stays the file name.
 *
 * <p>Groovy has registered the class under its first name by the conversion phase, and name
 * resolution (the next phase) looks there first; the compile unit offers no way to rename, so
 * its table is updated through reflection (checked when this class loads: a Groovy upgrade that
 * changes it fails every evaluation test instead of silently bringing the bug back).
 *
 * <p>Thread-safe: each compilation has its own compile unit.
 */
final class ScriptClassName extends CompilationCustomizer {
    /** Package of the generated names: nothing a performer writes resolves there. */
    static final String PACKAGE = "latente.performer.";
    private static final AtomicLong NEXT = new AtomicLong();
    private static final Field CLASSES = classesField();

    ScriptClassName() {
        super(CompilePhase.CONVERSION);
    }

    private static Field classesField() {
        try {
            Field f = CompileUnit.class.getDeclaredField("classes");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this Groovy version's CompileUnit has no class table to rename scripts in", e);
        }
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript() || classNode.getName().startsWith(PACKAGE)) return;
        String first = classNode.getName();
        classNode.setName(PACKAGE + "Set" + NEXT.incrementAndGet());
        CompileUnit unit = classNode.getCompileUnit();
        if (unit == null) return;
        try {
            @SuppressWarnings("unchecked")
            Map<String, ClassNode> classes = (Map<String, ClassNode>) CLASSES.get(unit);
            if (classes.get(first) == classNode) classes.remove(first);
            classes.put(classNode.getName(), classNode);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot rename the script class", e);
        }
    }
}
