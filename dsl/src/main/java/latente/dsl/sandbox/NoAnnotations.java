package latente.dsl.sandbox;

import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Refuses annotations in performer code, in the first phase after parsing: some run code while
 * the set compiles ({@code @ASTTest}), some fetch from the network ({@code @Grab}), some
 * compile calls statically past the run-time guards ({@code @CompileStatic}), and the language
 * needs none.
 */
final class NoAnnotations extends CompilationCustomizer {
    NoAnnotations() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        for (ImportNode i : source.getAST().getImports()) refuse(i);
        for (ImportNode i : source.getAST().getStarImports()) refuse(i);
        for (ImportNode i : source.getAST().getStaticImports().values()) refuse(i);
        for (ImportNode i : source.getAST().getStaticStarImports().values()) refuse(i);
        new ClassCodeVisitorSupport() {
            @Override
            protected SourceUnit getSourceUnit() {
                return source;
            }

            @Override
            public void visitAnnotations(AnnotatedNode node) {
                refuse(node);
            }
        }.visitClass(classNode);
    }

    private static void refuse(AnnotatedNode node) {
        for (AnnotationNode a : node.getAnnotations()) {
            if (a.getLineNumber() < 1) continue; // added by the compiler (the language's @BaseScript), not written
            throw new SandboxViolation(SandboxRules.refusal("the annotation @" + a.getClassNode().getNameWithoutPackage(),
                    "annotations change how a set compiles and can run code while it does"),
                    Math.max(0, a.getLineNumber()), Math.max(0, a.getColumnNumber()));
        }
    }
}
