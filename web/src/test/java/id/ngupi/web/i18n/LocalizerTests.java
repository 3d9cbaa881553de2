package id.ngupi.web.i18n;

import java.util.Locale;

import gg.jte.Content;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message with arguments reads the same in a template as in Java: one apostrophe for
 * two, choices chosen, numbers as they are; every argument escaped but template output
 * passed in as it is; a message without arguments as written.
 */
class LocalizerTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final Localizer english = new Localizer(this.messages, Locale.ENGLISH);

	LocalizerTests() {
		this.messages.addMessage("approval", Locale.ENGLISH,
				"Every request needs the host''s approval until {0}, for {1} days.");
		this.messages.addMessage("noShows", Locale.ENGLISH,
				"{0} did not come to {1,choice,1#1 earlier session|1<{1} earlier sessions}: {2}.");
		this.messages.addMessage("movedTo", Locale.ENGLISH, "Moved to {0}.");
		this.messages.addMessage("plain", Locale.ENGLISH, "It's as written.");
	}

	@Test
	void anApostropheWrittenTwiceIsOneAndNumbersStayAsTheyAre() {
		assertThat(render(this.english.localize("approval", "Sel, 5 Jan", 2027)))
			.isEqualTo("Every request needs the host's approval until Sel, 5 Jan, for 2027 days.");
	}

	@Test
	void aChoiceIsChosenAndEveryArgumentEscaped() {
		assertThat(render(this.english.localize("noShows", "<b>Budi</b>", 1, "5 Jan")))
			.isEqualTo("&lt;b&gt;Budi&lt;/b&gt; did not come to 1 earlier session: 5 Jan.");
		assertThat(render(this.english.localize("noShows", "Budi", 3, "5 Jan, 6 Jan & 7 Jan")))
			.isEqualTo("Budi did not come to 3 earlier sessions: 5 Jan, 6 Jan &amp; 7 Jan.");
	}

	@Test
	void templateOutputPassedInIsWrittenAsItIs() {
		Content link = output -> output.writeContent("<a href=\"/sesi/1\">Kam, 7 Jan</a>");
		assertThat(render(this.english.localize("movedTo", link)))
			.isEqualTo("Moved to <a href=\"/sesi/1\">Kam, 7 Jan</a>.");
	}

	@Test
	void aMessageWithoutArgumentsIsAsWritten() {
		assertThat(render(this.english.localize("plain"))).isEqualTo("It's as written.");
		assertThat(render(this.english.localize("plain", new Object[0]))).isEqualTo("It's as written.");
	}

	private static String render(Content content) {
		StringOutput text = new StringOutput();
		content.writeTo(new OwaspHtmlTemplateOutput(text));
		return text.toString();
	}

}
