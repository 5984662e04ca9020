package io.steward;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import io.steward.support.CommittedDocs;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(StewardApplication.class);

    /** The committed diagram; the suite never writes it (tests write nothing into tracked files). */
    private static final Path COMMITTED = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modules");

    @Test
    void the_modules_only_use_each_others_public_faces_and_have_no_cycles() {
        MODULES.verify();
    }

    /** Generated into target/, compared with the committed copy (see {@link CommittedDocs}). */
    @Test
    void the_committed_module_diagram_is_current() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
        Map<Path, String> docs = new TreeMap<>();
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.toList()) {
                docs.put(COMMITTED.resolve(generated.getFileName()), deterministic(Files.readString(generated)));
            }
        }
        CommittedDocs.assertCurrent(docs);
    }

    /** The documenter writes relations in an order that changes from run to run: sort each run of Rel lines. */
    static String deterministic(String content) {
        List<String> lines = content.lines().toList();
        List<String> out = new ArrayList<>(lines.size());
        List<String> relations = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            out.addAll(relations);
            relations.clear();
            out.add(line);
        }
        relations.sort(null);
        out.addAll(relations);
        return String.join("\n", out) + "\n";
    }
}
