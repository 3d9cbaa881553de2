package id.ngupi.web.notifications;

import java.util.UUID;

import id.ngupi.booking.BookingId;
import id.ngupi.notifications.NotificationPaths;
import id.ngupi.web.support.Links;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages mails link to are the pages the site serves: the notifications module writes
 * its links from {@link NotificationPaths}, the web layer maps {@link Links}.
 */
class NotificationLinksTests {

	@Test
	void mailsLinkToThePagesTheSiteServes() {
		BookingId booking = new BookingId(UUID.randomUUID());

		assertThat(NotificationPaths.session(booking.toString())).isEqualTo(Links.session(booking));
		assertThat(NotificationPaths.sessionDecline(booking.toString())).isEqualTo(Links.sessionDecline(booking));
		assertThat(NotificationPaths.profile("sari.w")).isEqualTo(Links.profile("sari.w"));
		UUID round = UUID.randomUUID();
		assertThat(NotificationPaths.round(round.toString())).isEqualTo(Links.round(round))
			.isEqualTo(Links.ROUND.replace("{id}", round.toString()));
		assertThat(NotificationPaths.hostingRound(round.toString())).isEqualTo(Links.hostingRound(round))
			.isEqualTo(Links.SETTINGS_HOSTING_ROUND.replace("{id}", round.toString()));
		assertThat(NotificationPaths.DISCOVERY).isEqualTo(Links.HOME);
		assertThat(NotificationPaths.EMAIL_VERIFY).isEqualTo(Links.SETTINGS_EMAIL_VERIFY);
		assertThat(NotificationPaths.EMAIL_SETTINGS).isEqualTo(Links.SETTINGS_EMAIL);
		assertThat(NotificationPaths.SCHEDULE_SETTINGS).isEqualTo(Links.SETTINGS_HOSTING_SCHEDULE);
		assertThat(NotificationPaths.unsubscribe("abc.DEF-_1")).isEqualTo(Links.unsubscribe("abc.DEF-_1"))
			.matches(path -> Links.UNSUBSCRIBE.replace("{token}", "abc.DEF-_1").equals(path));
	}

}
