package factcheck.engine;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * What the thread waiting on an article may ask of the thread checking it: which rule is
 * firing, and to stop. Set by the checking thread, read by the waiting one.
 */
final class Worker {
    /** The article's session, once made. */
    volatile KieSession session;
    /** The match whose action is running: names the rule when it throws an Error or does not end. */
    volatile Match firing;
    /** Whether the article was given up at its time limit: the rules are stopped at their next step. */
    volatile boolean abandoned;

    /** Asks the rules to stop: between firings (halt), or while blocked (interrupt). */
    void stop(Thread thread) {
        abandoned = true;
        KieSession s = session;
        if (s != null) {
            try {
                s.halt();
            } catch (RuntimeException e) {
                // Already disposed: the worker ended by itself.
            }
        }
        thread.interrupt();
    }
}
