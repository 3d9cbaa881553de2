package id.ngupi.notifications.internal;

import java.time.Duration;

import id.ngupi.notifications.LocalMailbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * How mail leaves: through the mail server Spring Boot configures from
 * {@code spring.mail.*} ({@code SPRING_MAIL_HOST} ...), or, with none configured, into
 * the {@link LocalMailbox}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailConfiguration.MailProperties.class)
class MailConfiguration {

	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> server, LocalMailbox mailbox) {
		JavaMailSender sender = server.getIfAvailable();
		if (sender == null) {
			return mailbox::keep;
		}
		return sender::send;
	}

	/**
	 * The mails' sender and how their delivery is retried ({@code ngupi.mail.*}).
	 *
	 * @param from the sender's address, also the calendar invitations' organizer address
	 * (never a member's)
	 * @param fromName the sender's name
	 * @param interval how often each instance looks for due mails
	 * @param lease how long an instance keeps a mail it is sending to itself: no other
	 * instance sends it meanwhile, even if the sender dies before recording that it was
	 * sent
	 * @param firstRetry the wait after the first failed attempt, doubled after each
	 * further one
	 * @param longestWait the longest wait between two attempts
	 * @param attempts after how many failed attempts a mail is given up
	 */
	@ConfigurationProperties("ngupi.mail")
	record MailProperties(String from, String fromName, Duration interval, Duration lease, Duration firstRetry,
			Duration longestWait, int attempts) {

		MailProperties {
			from = (from == null || from.isBlank()) ? "no-reply@ngupi.local" : from;
			fromName = (fromName == null || fromName.isBlank()) ? "Ngupi" : fromName;
			interval = (interval != null) ? interval : Duration.ofSeconds(10);
			lease = (lease != null) ? lease : Duration.ofMinutes(10);
			firstRetry = (firstRetry != null) ? firstRetry : Duration.ofMinutes(1);
			longestWait = (longestWait != null) ? longestWait : Duration.ofHours(1);
			attempts = (attempts > 0) ? attempts : 12;
		}

		/** How long to wait after the given failed attempt (from 1). */
		Duration waitAfter(int attempt) {
			Duration wait = this.firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
			return (wait.compareTo(this.longestWait) > 0) ? this.longestWait : wait;
		}

	}

}
