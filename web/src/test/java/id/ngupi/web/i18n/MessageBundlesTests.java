package id.ngupi.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

	/**
	 * The bundles of spring.messages.basename that exist, each in Indonesian and English.
	 */
	static final List<String> BUNDLES = Stream
		.of("messages", "messages-profile", "messages-account", "messages-hosting", "messages-discovery",
				"messages-booking", "messages-calendar", "messages-notifications", "messages-feedback",
				"messages-rounds", "messages-moderation")
		.filter(bundle -> MessageBundlesTests.class.getClassLoader().getResource(bundle + "_id.properties") != null)
		.toList();

	@Test
	void indonesianAndEnglishHaveTheSameKeys() throws IOException {
		for (String bundle : BUNDLES) {
			assertThat(keys(bundle + "_en.properties")).as(bundle).isEqualTo(keys(bundle + "_id.properties"));
		}
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		Properties application = load("application.properties");
		assertThat(application.getProperty("spring.messages.basename").split(","))
			.contains(BUNDLES.toArray(String[]::new));
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
		assertThat(allKeys("_id")).containsAll(used);
		assertThat(allKeys("_en")).containsAll(used);
	}

	@Test
	void noEnglishMessageIsLeftUntranslatedInIndonesian() throws IOException {
		for (String bundle : BUNDLES) {
			Properties indonesian = load(bundle + "_id.properties");
			Properties english = load(bundle + "_en.properties");

			assertThat(indonesian.stringPropertyNames()
				.stream()
				.filter(key -> indonesian.getProperty(key).equals(english.getProperty(key)))
				.filter(key -> indonesian.getProperty(key).split(" ").length > 2)).as(bundle).isEmpty();
		}
	}

	private static Set<String> allKeys(String language) throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : BUNDLES) {
			keys.addAll(keys(bundle + language + ".properties"));
		}
		return keys;
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
