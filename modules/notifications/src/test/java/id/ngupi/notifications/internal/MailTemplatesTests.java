package id.ngupi.notifications.internal;

import java.util.List;

import id.ngupi.notifications.internal.Telling.Action;
import id.ngupi.notifications.internal.Telling.Fact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail templates on their own: the text reads like a letter (one blank line between
 * parts, the signature's dashes as mail programs know them), and the HTML escapes what a
 * member wrote.
 */
class MailTemplatesTests {

	private static final MailView VIEW = new MailView("id", "Halo Budi,",
			new Telling("Permintaan Ngupi dari Sari", List.of("Sari ingin ngobrol.", "Jawab sebelum Senin."),
					List.of(new Fact("Cerita dari peserta", "Baris satu\n<script>alert(1)</script>")),
					List.of(new Action("Setujui", "https://ngupi.example/sesi/1"))),
			"Kamu menerima email ini.", List.of(new Action("Atur email", "https://ngupi.example/kabar/pilihan")),
			List.of("Salam hangat,", "Ngupi"));

	@Test
	void writesTheTextAsALetter() {
		assertThat(MailComposer.text(VIEW)).isEqualTo("""
				Halo Budi,

				Sari ingin ngobrol.

				Jawab sebelum Senin.

				Cerita dari peserta:
				Baris satu
				<script>alert(1)</script>

				Setujui:
				https://ngupi.example/sesi/1

				Salam hangat,
				Ngupi

				--\s
				Kamu menerima email ini.
				Atur email: https://ngupi.example/kabar/pilihan
				""");
	}

	@Test
	void escapesWhatAMemberWroteInTheHtml() {
		String html = MailComposer.html(VIEW);

		assertThat(html).contains("Baris satu\n&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>")
			.contains("<a href=\"https://ngupi.example/sesi/1\"")
			.contains("<html lang=\"id\">");
	}

}
