package id.ngupi;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure is real: Spring Modulith verifies that no module reaches into
 * another's internals, that there are no cycles and that each module depends only on what
 * its {@code package-info.java} allows. The same model writes the diagrams in
 * {@code docs/modules}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(NgupiApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		modules.verify();
	}

	@Test
	void consistsOfTheDesignedModules() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("db", "identity", "hosting", "booking", "feedback", "web");
	}

	@Test
	void writesModuleDocumentation() throws Exception {
		Path output = Path.of("..", "docs", "modules");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();

		assertThat(Files.readString(output.resolve("components.puml"))).contains("Web");
		for (String module : new String[] { "identity", "hosting", "booking", "feedback", "web" }) {
			assertThat(output.resolve("module-" + module + ".puml")).exists();
			assertThat(output.resolve("module-" + module + ".adoc")).exists();
		}
	}

}
