package id.ngupi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

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
			.containsExactlyInAnyOrder("db", "identity", "hosting", "booking", "feedback", "rounds", "moderation",
					"notifications", "web");
	}

	@Test
	void writesModuleDocumentation() throws Exception {
		Path written = Path.of("target", "modulith-docs");
		Path output = Path.of("..", "docs", "modules");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		publish(written, output);

		assertThat(Files.readString(output.resolve("components.puml"))).contains("Web");
		for (String module : new String[] { "identity", "hosting", "booking", "feedback", "rounds", "notifications",
				"web" }) {
			assertThat(output.resolve("module-" + module + ".puml")).exists();
			assertThat(output.resolve("module-" + module + ".adoc")).exists();
		}
	}

	/**
	 * Copies the written documents into {@code docs/modules}, leaving alone those that
	 * differ only in the order of their lines: the Documenter lists relations in no fixed
	 * order, and docs should change only when the modules do.
	 */
	private static void publish(Path written, Path output) throws IOException {
		Files.createDirectories(output);
		try (Stream<Path> files = Files.list(written)) {
			for (Path file : files.toList()) {
				Path target = output.resolve(file.getFileName().toString());
				if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(file))) {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/**
	 * The lines in order, the first item of a canvas list ({@code |* ...}) read like the
	 * others ({@code * ...}), since which item comes first is just as random.
	 */
	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.map(line -> line.startsWith("|* ") ? line.substring(1) : line)
			.sorted()
			.toList();
	}

}
