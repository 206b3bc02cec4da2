package factcheck.engine;

import factcheck.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compile errors that teach: plain words, the closest known name, the line and a caret. */
class CompileErrorsTest {

    @TempDir
    Path tmp;

    private List<String> errors(String rule) throws IOException {
        Files.writeString(tmp.resolve("r.drl"), """
                package factcheck.rules;
                import factcheck.model.*;

                """ + rule);
        RuleSet.Compiled compiled = RuleSet.compile(tmp);
        assertFalse(compiled.ok());
        return compiled.errors().stream().map(Diagnostic::format).map(s -> s.replace(tmp + "/", "")).toList();
    }

    @Test
    void aMisspeltFieldNamesTheClosestFieldWithACaretUnderIt() throws IOException {
        assertEquals(List.of("r.drl:6:34: error: no field 'qualifer' on Claim; did you mean 'qualifier'? (fields of"
                        + " Claim: articleId, caveat, editor, editorial, expect, fieldLines, figures, hasStated, id, kind,"
                        + " qualifier, quote, speaker, speakerTitle, stated, unit, where)\n"
                        + "    $c : Claim( kind == \"ratio\", qualifer == \"over\" )\n"
                        + " ".repeat(33) + "^"),
                errors("""
                        rule "r"
                        when
                            $c : Claim( kind == "ratio", qualifer == "over" )
                        then
                        end
                        """));
    }

    @Test
    void anExpressionDroolsCannotAnalyseIsFoundAtItsLineAndColumn() throws IOException {
        List<String> errors = errors("""
                rule "r"
                when
                    $c : Claim( )
                    $o : Object() from $c.id
                    $x : String() from $o.substring(1)
                then
                end
                """);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("r.drl:8:24: error: Unable to Analyse Expression $o.substring(1)"),
                errors.get(0));
        assertTrue(errors.get(0).endsWith("\n    $x : String() from $o.substring(1)\n" + " ".repeat(23) + "^"),
                errors.get(0));
    }

    @Test
    void aFunctionThatDoesNotCompileIsOneErrorNotOnePerRule() throws IOException {
        List<String> errors = errors("""
                // Says how far off.
                function String off(double a) {
                    String x = "a"; String x = "b";
                    return x;
                }

                // One.
                rule "one"
                when
                    $c : Claim( )
                then
                    insert(new Problem($c.id(), "stated", off(1)));
                end

                // Two.
                rule "two"
                when
                    $c : Claim( )
                then
                end
                """);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("r.drl:5: error: in function 'off': Duplicate local variable x; every rule"
                + " that calls it is left out until it compiles"), errors.get(0));
    }

    @Test
    void aMisspeltFieldOfANestedFactIsFoundToo() throws IOException {
        List<String> errors = errors("""
                rule "r"
                when
                    $c : Claim( )
                    Operand( claimId == $c.id, figure.numerik )
                then
                end
                """);
        assertEquals("r.drl:7:39: error: no field 'numerik' on Figure; did you mean 'numeric'?",
                errors.get(0).substring(0, errors.get(0).indexOf(" (fields")));
    }

    @Test
    void aMisspeltFactTypeNamesTheClosestType() throws IOException {
        assertEquals(List.of("""
                r.drl:6:10: error: no fact type 'Clam'; did you mean 'Claim'? (fact types: Accepts, Amount, Article,\
                 Claim, Computed, DateSpan, Dated, Divisor, Figure, FigureList, Finding, Kind, Operand, Problem, Qualifier,\
                 Requires, Unit, Verdict)
                    $c : Clam( kind == "ratio" )
                         ^"""),
                errors("""
                        rule "r"
                        when
                            $c : Clam( kind == "ratio" )
                        then
                        end
                        """));
    }

    @Test
    void aMisspeltDeclarationFactNamesTheClosestType() throws IOException {
        List<String> errors = errors("""
                rule "r"
                when
                    Divisr( kind == "ratio" )
                then
                end
                """);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("r.drl:6:5: error: no fact type 'Divisr'; did you mean 'Divisor'?"),
                errors.get(0));
    }

    @Test
    void aMisspeltMethodInAnActionPointsAtTheActionLine() throws IOException {
        assertEquals(List.of("""
                r.drl:8:27: error: no method 'idd()' on Claim; did you mean 'id()'?
                    insert(new Finding($c.idd(), Verdict.TRUE, "x"));
                                          ^"""),
                errors("""
                        rule "r"
                        when
                            $c : Claim( )
                        then
                            insert(new Finding($c.idd(), Verdict.TRUE, "x"));
                        end
                        """));
    }

    @Test
    void anUnboundVariableSaysHowToBindIt() throws IOException {
        assertEquals(List.of("""
                r.drl:8:24: error: '$x' is not bound in this rule; bind it in a condition, like '$x : Claim( ... )'
                    insert(new Finding($x.id(), Verdict.TRUE, "x"));
                                       ^"""),
                errors("""
                        rule "r"
                        when
                            $c : Claim( )
                        then
                            insert(new Finding($x.id(), Verdict.TRUE, "x"));
                        end
                        """));
    }

    @Test
    void everyErrorOfEveryFileIsReported() throws IOException {
        Files.writeString(tmp.resolve("a.drl"), "package p;\nimport factcheck.model.*;\nrule \"a\" when\n  Clam( )\nthen\nend\n");
        Files.writeString(tmp.resolve("b.drl"), "package p;\nimport factcheck.model.*;\nrule \"b\" when\n  Figure( lwo > 1 )\nthen\nend\n");
        RuleSet.Compiled compiled = RuleSet.compile(tmp);
        assertEquals(List.of(tmp.resolve("a.drl") + ":4:3", tmp.resolve("b.drl") + ":4:11"),
                compiled.errors().stream().map(d -> d.file() + ":" + d.line() + ":" + d.column()).toList());
    }
}
