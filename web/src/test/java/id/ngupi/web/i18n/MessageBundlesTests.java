package id.ngupi.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages say everything: the bundles have the same keys, and every key a template
 * names exists in them.
 */
class MessageBundlesTests {

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("i18n\\.(?:localize|text)\\(\"([a-zA-Z0-9.]+)\"");

	@Test
	void indonesianAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(keys("messages_en.properties")).isEqualTo(keys("messages_id.properties"));
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".jte")).toList()) {
				Matcher matcher = KEY_IN_TEMPLATE.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}

		assertThat(used).isNotEmpty();
		assertThat(keys("messages_id.properties")).containsAll(used);
	}

	@Test
	void noEnglishMessageIsLeftUntranslatedInIndonesian() throws IOException {
		Properties indonesian = load("messages_id.properties");
		Properties english = load("messages_en.properties");

		assertThat(indonesian.stringPropertyNames()
			.stream()
			.filter(key -> indonesian.getProperty(key).equals(english.getProperty(key)))
			.filter(key -> indonesian.getProperty(key).split(" ").length > 2)).isEmpty();
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
