package id.ngupi.web.stylesheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet lint the build runs before the tests (stylelint from npm, configured by
 * {@code stylelint.config.mjs}), tried on stylesheets broken the ways that once made
 * every page below 832 px unstyled without anyone noticing: each must fail the lint with
 * a message naming the line. Runs the same stylelint as the build, with the machine's
 * Node.
 */
class StylesheetLintTests {

	private static final Path FIXTURES = Path.of("src", "test", "resources", "stylelint");

	private static final Path STYLESHEET = Path.of("src", "main", "resources", "static", "css", "ngupi.css");

	@Test
	void aBlockLeftOpenFailsTheLint() throws Exception {
		Lint lint = lint(FIXTURES.resolve("unclosed-block.css"));

		assertThat(lint.exitCode()).isEqualTo(2);
		assertThat(lint.output()).contains("unclosed-block.css:2:1: Unclosed block (CssSyntaxError) [error]");
	}

	@Test
	void aMisspeltPropertyFailsTheLint() throws Exception {
		Lint lint = lint(FIXTURES.resolve("unknown-property.css"));

		assertThat(lint.exitCode()).isEqualTo(2);
		assertThat(lint.output())
			.contains("Unexpected unknown property \"border-raduis\" (property-no-unknown) [error]");
	}

	@Test
	void aValueThePropertyDoesNotTakeFailsTheLint() throws Exception {
		Lint lint = lint(FIXTURES.resolve("invalid-value.css"));

		assertThat(lint.exitCode()).isEqualTo(2);
		assertThat(lint.output()).contains(
				"Unexpected unknown value \"flexbox\" for property \"display\" (declaration-property-value-no-unknown)");
	}

	@Test
	void theSitesStylesheetPassesTheLint() throws Exception {
		Lint lint = lint(STYLESHEET);

		assertThat(lint.output()).isEmpty();
		assertThat(lint.exitCode()).isZero();
	}

	/**
	 * Runs stylelint on one stylesheet, from the web module's directory as the build
	 * does.
	 */
	private static Lint lint(Path stylesheet) throws IOException, InterruptedException {
		assertThat(stylesheet).isRegularFile();
		List<String> command = new ArrayList<>(List.of("node", "node_modules/stylelint/bin/stylelint.mjs", "--config",
				"stylelint.config.mjs", "--formatter", "unix", stylesheet.toString()));
		Process stylelint = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(stylelint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(stylelint.waitFor(60, TimeUnit.SECONDS)).as("stylelint finished").isTrue();
		assertThat(Files.isDirectory(Path.of("node_modules", "stylelint"))).as("npm ci ran (the build does it)")
			.isTrue();
		return new Lint(stylelint.exitValue(), output.strip());
	}

	/**
	 * What stylelint said.
	 *
	 * @param exitCode 0 when the stylesheet passes, 2 when it has problems
	 * @param output the problems, one a line ({@code file:line:column: message (rule)
	 * [error]})
	 */
	private record Lint(int exitCode, String output) {

	}

}
