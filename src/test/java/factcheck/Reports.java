package factcheck;

import factcheck.claims.ClaimsSet;
import factcheck.engine.Engine;
import factcheck.model.Diagnostic;
import factcheck.report.Report;
import factcheck.verdict.VerdictPolicy;

import java.util.ArrayList;
import java.util.List;

/** Reports of runs made in tests with {@link Engine#run}: the steps after firing, as a run takes them. */
public final class Reports {
    private Reports() {
    }

    /** The verdict policy applied to each article of {@code run}; the claims' and the rules' input errors. */
    public static Report of(ClaimsSet claims, Engine.Run run) {
        List<Diagnostic> errors = new ArrayList<>(claims.errors());
        errors.addAll(run.problems());
        return new Report(run.articles().stream().map(VerdictPolicy::decide).toList(), errors);
    }
}
