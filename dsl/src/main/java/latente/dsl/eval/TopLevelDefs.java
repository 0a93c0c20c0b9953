package latente.dsl.eval;

import latente.dsl.lang.Words;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.EmptyExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Keeps a set's top-level names for the blocks sent after it: {@code def garden = latent(...)}
 * written at the top level of a set or block becomes {@code garden = latent(...)}, a variable
 * of the show's binding. In Groovy a top-level {@code def} is a local of the script's run
 * method, so a block sent later from the editor ({@code src(garden)}) or a handler the set left
 * behind ({@code on.beat(8) { garden.jump() }} sent on its own) could not see it. Live coding
 * (Hydra, Strudel) keeps top-level names: so does Latente.
 *
 * <p>Only declarations that are statements of the top level change (and not annotated ones,
 * which stay as written for {@link latente.dsl.sandbox.Sandbox} to judge); a {@code def} inside a
 * block, loop, closure or method stays local. A top-level name may not be a word of the
 * language ({@code def time = 3} would hide {@code time} from every later block): that is a
 * compile error at the name.
 *
 * <p>Runs in the conversion phase, before Groovy decides what is local. Thread-safe.
 */
final class TopLevelDefs extends CompilationCustomizer {
    TopLevelDefs() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) return;
        MethodNode run = classNode.getMethod("run", Parameter.EMPTY_ARRAY);
        if (run == null || !(run.getCode() instanceof BlockStatement body)) return;
        for (Statement s : body.getStatements()) {
            if (s instanceof ExpressionStatement e && e.getExpression() instanceof DeclarationExpression d
                    && !d.isMultipleAssignmentDeclaration() && d.getAnnotations().isEmpty()) {
                e.setExpression(assignment(source, d));
            }
        }
    }

    private static Expression assignment(SourceUnit source, DeclarationExpression d) {
        VariableExpression declared = d.getVariableExpression();
        String name = declared.getName();
        Words.Word word = Words.find(name);
        if (word != null && !word.chainMethod()) {
            source.getErrorCollector().addError(new SyntaxErrorMessage(new SyntaxException(
                    name + " is a word of the language; a top-level name '" + name
                            + "' would hide it from every later block - choose another name",
                    declared.getLineNumber(), declared.getColumnNumber()), source));
        }
        VariableExpression target = new VariableExpression(name);
        target.setSourcePosition(declared);
        Expression value = d.getRightExpression() instanceof EmptyExpression ? ConstantExpression.NULL : d.getRightExpression();
        BinaryExpression assign = new BinaryExpression(target,
                Token.newSymbol(Types.ASSIGN, d.getOperation().getStartLine(), d.getOperation().getStartColumn()), value);
        assign.setSourcePosition(d);
        return assign;
    }
}
