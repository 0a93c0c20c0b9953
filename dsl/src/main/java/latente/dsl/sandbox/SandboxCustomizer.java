package latente.dsl.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.SecureASTCustomizer;

/**
 * The compile-time half of the sandbox: Groovy's {@link SecureASTCustomizer} with the imports a
 * set may not make, plus a check of every expression's receiver, type and member name against
 * {@link SandboxRules}. Names computed at run time ({@code obj."$name"()}) and direct field
 * access ({@code obj.@field}) are refused, because no rule could see what they reach.
 * Refusals are {@link SandboxViolation}s carrying line and column.
 */
final class SandboxCustomizer extends SecureASTCustomizer {
    SandboxCustomizer() {
        setDisallowedStarImports(List.of("java.util.concurrent.", "java.lang.reflect.", "java.lang.invoke.", "java.net.",
                "latente.dsl.engine.", "latente.dsl.show.", "latente.dsl.control.", "latente.dsl.wiring.", "latente.dsl.eval.", "latente.dsl.live.", "latente.dsl.port.", "latente.cli."));
        setIndirectImportCheckEnabled(false); // the expression check below names the reason, which the import check cannot
        addExpressionCheckers(e -> {
            try {
                check(e);
            } catch (SandboxViolation v) {
                found.add(v);
            }
            return true;
        });
    }

    /** Every refusal found in the class being checked; the first in the text is reported. */
    private final List<SandboxViolation> found = new ArrayList<>();

    @Override
    public synchronized void call(SourceUnit source, GeneratorContext context, ClassNode classNode) throws CompilationFailedException {
        checkType(classNode.getUnresolvedSuperClass(false), classNode);
        for (ClassNode i : classNode.getInterfaces()) checkType(i, classNode);
        found.clear();
        super.call(source, context, classNode);
        SandboxViolation first = found.stream()
                .min(Comparator.comparingInt(SandboxViolation::line).thenComparingInt(SandboxViolation::column)).orElse(null);
        found.clear();
        if (first != null) throw first;
    }

    private static void check(Expression e) {
        if (e instanceof AttributeExpression) {
            throw violation("reading a field directly (.@)", SandboxRules.ENGINE, e);
        }
        if (e instanceof MethodCallExpression call) {
            if (call.getObjectExpression() instanceof ClassExpression c && !isSystem(c.getType())) checkType(c.getType(), e);
            name(call.getMethod(), e);
            if (call.getObjectExpression() instanceof ClassExpression c) member(c.getType(), call.getMethodAsString(), e);
        } else if (e instanceof StaticMethodCallExpression call) {
            if (!isSystem(call.getOwnerType())) checkType(call.getOwnerType(), e);
            checkName(call.getMethod(), e);
            member(call.getOwnerType(), call.getMethod(), e);
        } else if (e instanceof PropertyExpression p) {
            if (p.getObjectExpression() instanceof ClassExpression c && !isSystem(c.getType())) checkType(c.getType(), e);
            name(p.getProperty(), e);
            if (p.getObjectExpression() instanceof ClassExpression c) member(c.getType(), p.getPropertyAsString(), e);
        } else if (e instanceof MethodPointerExpression p) {
            name(p.getMethodName(), e);
        } else if (e instanceof ConstructorCallExpression c) {
            checkType(c.getType(), e);
        } else if (e instanceof ClassExpression c) {
            if (!isSystem(c.getType())) checkType(c.getType(), e);
        } else if (e instanceof CastExpression c) {
            checkType(c.getType(), e);
        } else if (e instanceof VariableExpression v) {
            checkName(v.getName(), e);
            if (!v.isDynamicTyped()) checkType(v.getOriginType(), e);
        }
    }

    /** A member name must be written out (not computed) and not be one of the refused names. */
    private static void name(Expression name, Expression at) {
        if (!(name instanceof ConstantExpression c) || !(c.getValue() instanceof String s)) {
            throw violation("a method or property named at run time (\"$name\")", SandboxRules.ENGINE, at);
        }
        checkName(s, name.getLineNumber() > 0 ? name : at);
    }

    private static boolean isSystem(ClassNode type) {
        return type.getName().equals("java.lang.System");
    }

    private static void checkName(String name, ASTNode at) {
        String why = SandboxRules.whyName(name);
        if (why != null) throw violation("'" + name + "'", why, at);
    }

    /** A static member of {@code type}: System's few harmless members, nothing of refused classes. */
    private static void member(ClassNode type, String name, Expression at) {
        if (isSystem(type)) {
            if (!SandboxRules.SYSTEM_ALLOWED.contains(name)) throw violation("System." + name, SandboxRules.EXIT_OR_ENGINE, at);
            return;
        }
        checkType(type, at);
    }

    private static void checkType(ClassNode type, ASTNode at) {
        if (type == null) return;
        String why = SandboxRules.whyType(type.getName());
        if (why != null) throw violation(type.getNameWithoutPackage(), why, at);
        if (type.isArray()) checkType(type.getComponentType(), at);
    }

    private static SandboxViolation violation(String what, String why, ASTNode at) {
        return new SandboxViolation(SandboxRules.refusal(what, why), Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()));
    }
}
