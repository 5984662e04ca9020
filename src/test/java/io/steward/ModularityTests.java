package io.steward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(StewardApplication.class);

    @Test
    void the_modules_only_use_each_others_public_faces_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void the_module_diagram_is_written_to_docs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
