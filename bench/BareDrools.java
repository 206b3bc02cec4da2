import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The yardstick for factcheck's start: Drools alone, compiling the rule files of a directory as
 * factcheck does (a KIE file system, one build, a container's rule base) and firing one session
 * on no facts, so only the rules without conditions fire. No claims are read, no rule file is
 * checked, nothing is cached and no report is written: what factcheck takes beyond this is its own.
 *
 * <p>Usage: {@code java -cp target/bench/classes:target/factcheck.jar:target/lib/* BareDrools DIR}
 * (bench/run compiles and runs it; target/factcheck.jar holds the fact model the rules import).
 */
public final class BareDrools {
    private BareDrools() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "rules");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }

        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        for (int i = 0; i < files.size(); i++) {
            kfs.write("src/main/resources/bare/r" + i + "_" + files.get(i).getFileName(), Files.readString(files.get(i)));
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.forEach(System.err::println);
            System.exit(2);
        }
        KieBase kieBase = services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();

        KieSession session = kieBase.newKieSession();
        try {
            int fired = session.fireAllRules();
            long rules = kieBase.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum();
            System.out.println(files.size() + " rule files, " + rules + " rules, " + fired + " fired");
        } finally {
            session.dispose();
        }
    }
}
