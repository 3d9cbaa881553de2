package id.ngupi.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.notifications.internal.DeliveryStore.Due;
import id.ngupi.notifications.internal.DeliveryStore.Status;
import id.ngupi.notifications.internal.MailConfiguration.MailProperties;
import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails that are due: right after a notification's transaction commits, and on
 * a schedule for retries and anything a crash left behind.
 * <p>
 * Each instance first takes a batch of due mails in a committed transaction (a lease: no
 * other instance sends them until it ends), then sends each and records the outcome in a
 * transaction of its own: sent; or, when the server refused the address for good, the
 * address marked refused; when it refused the mail, given up; otherwise tried again
 * later, waiting twice as long after each failure, until {@code ngupi.mail.attempts}. A
 * sender that dies after the server accepted a mail and before recording it leaves the
 * mail to be sent again once its lease ends: the one way a member can get a mail twice,
 * documented in {@code docs/notifications.md}. The mail keeps its {@code Message-ID}
 * across attempts.
 */
@Component
class Postman {

	private static final Logger log = LoggerFactory.getLogger(Postman.class);

	private static final int BATCH = 20;

	private final DeliveryStore deliveries;

	private final NotificationStore notifications;

	private final PreferenceStore preferences;

	private final RefusedAddresses refused;

	private final Accounts accounts;

	private final MailComposer composer;

	private final MailTransport transport;

	private final MailProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService soon = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ngupi-postman");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean requested = new AtomicBoolean();

	Postman(DeliveryStore deliveries, NotificationStore notifications, PreferenceStore preferences,
			RefusedAddresses refused, Accounts accounts, MailComposer composer, MailTransport transport,
			MailProperties properties, TransactionTemplate transactions, Clock clock) {
		this.deliveries = deliveries;
		this.notifications = notifications;
		this.preferences = preferences;
		this.refused = refused;
		this.accounts = accounts;
		this.composer = composer;
		this.transport = transport;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Sends what is due as soon as possible, off the caller's thread. */
	void soon() {
		if (!this.requested.getAndSet(true)) {
			this.soon.execute(() -> {
				this.requested.set(false);
				sendDueQuietly();
			});
		}
	}

	@Scheduled(initialDelayString = "${ngupi.mail.initial-delay:PT5S}",
			fixedDelayString = "${ngupi.mail.interval:PT10S}")
	void sendDueQuietly() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Sending due mails failed; they are tried again on the next run", ex);
		}
	}

	/** Sends every due mail; returns how many the mail server accepted. */
	int sendDue() {
		int sent = 0;
		List<Due> batch;
		do {
			batch = this.transactions
				.execute(status -> this.deliveries.take(this.clock.instant(), this.properties.lease(), BATCH));
			for (Due due : batch) {
				if (deliver(due)) {
					sent++;
				}
			}
		}
		while (batch.size() == BATCH);
		return sent;
	}

	private boolean deliver(Due due) {
		Optional<StoredNotification> found = this.notifications.find(due.notification());
		if (found.isEmpty()) {
			return false;
		}
		StoredNotification notification = found.get();
		Optional<Account> recipient = this.accounts.find(notification.recipient());
		Optional<String> address = recipient.flatMap(account -> addressFor(account, notification.kind(), due));
		if (address.isEmpty()) {
			end(notification, Status.SKIPPED, "no verified address, or this kind is no longer wanted");
			return false;
		}
		Optional<String> refusal = this.refused.reason(address.get());
		if (refusal.isPresent()) {
			end(notification, Status.REFUSED, refusal.get());
			return false;
		}
		try {
			MimeMessage message = this.composer.compose(notification, recipient.get(), address.get(), due.messageId());
			this.transport.send(message);
		}
		catch (Exception failure) {
			failed(notification, due, address.get(), failure);
			return false;
		}
		this.transactions.executeWithoutResult(status -> {
			this.deliveries.sent(notification.id(), this.clock.instant());
			forgetSecrets(notification);
		});
		return true;
	}

	/**
	 * Where the mail goes now: the member's verified address, if they still want this
	 * kind; the email verification to the address it verifies.
	 */
	private Optional<String> addressFor(Account recipient, NotificationKind kind, Due due) {
		if (kind == NotificationKind.EMAIL_VERIFICATION) {
			return Optional.of(due.address());
		}
		if (recipient.email() == null || !recipient.emailVerified() || !this.preferences.mailOn(recipient.id(), kind)) {
			return Optional.empty();
		}
		return Optional.of(recipient.email());
	}

	private void failed(StoredNotification notification, Due due, String address, Exception failure) {
		MailFailures meaning = MailFailures.of(failure);
		String why = MailFailures.describe(failure);
		Instant now = this.clock.instant();
		log.warn("Mail {} to {} failed (attempt {}): {}", notification.id(), address, due.attempt(), why);
		switch (meaning) {
			case ADDRESS_REFUSED -> this.transactions.executeWithoutResult(status -> {
				this.refused.refuse(address, why, now);
				this.deliveries.end(notification.id(), Status.REFUSED, why);
				forgetSecrets(notification);
			});
			case MAIL_REFUSED -> end(notification, Status.FAILED, why);
			case TRY_AGAIN -> {
				if (due.attempt() >= this.properties.attempts()) {
					end(notification, Status.FAILED, why);
				}
				else {
					this.transactions.executeWithoutResult(status -> this.deliveries.retry(notification.id(),
							now.plus(this.properties.waitAfter(due.attempt())), why));
				}
			}
		}
	}

	private void end(StoredNotification notification, Status status, String why) {
		this.transactions.executeWithoutResult(transaction -> {
			this.deliveries.end(notification.id(), status, why);
			forgetSecrets(notification);
		});
	}

	/** A verification link is kept only until its mail is sent or given up. */
	private void forgetSecrets(StoredNotification notification) {
		if (notification.details().link() != null) {
			this.notifications.rewrite(notification.id(), notification.details().withoutSecrets());
		}
	}

	/** A mail being sent is given a few seconds to be recorded as sent. */
	@PreDestroy
	void stop() throws InterruptedException {
		this.soon.shutdown();
		this.soon.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
	}

}
