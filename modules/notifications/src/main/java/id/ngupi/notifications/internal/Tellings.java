package id.ngupi.notifications.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.notifications.NotificationPaths;
import id.ngupi.notifications.internal.Telling.Action;
import id.ngupi.notifications.internal.Telling.Fact;

import org.springframework.stereotype.Component;

/**
 * Writes notifications for their recipients: what each kind says, in the recipient's
 * language, with times in their timezone and links that start with the site's address.
 */
@Component
class Tellings {

	private final HostDirectory hosts;

	private final SiteLinks links;

	Tellings(HostDirectory hosts, SiteLinks links) {
		this.hosts = hosts;
		this.links = links;
	}

	/**
	 * The whole notification as its recipient reads it in a mail.
	 * @param meetingLink the session's meeting link, where the recipient may have it
	 * (mails of a confirmed session), else {@code null}
	 */
	Telling of(NotificationKind kind, Details details, Words words, String meetingLink) {
		return new Writer(kind, details, words, meetingLink, true).write();
	}

	/** The notification's title and paragraphs, without details, for the inbox. */
	Telling brief(NotificationKind kind, Details details, Words words) {
		return new Writer(kind, details, words, null, false).write();
	}

	/**
	 * The page a notification is about, as a path on the site: the session's, or for the
	 * waitlist the host's.
	 */
	static String page(NotificationKind kind, Details details) {
		return switch (kind) {
			case WAITLIST_OPENED -> NotificationPaths.profile(details.otherHandle());
			case EMAIL_VERIFICATION -> NotificationPaths.EMAIL_SETTINGS;
			case CALENDAR_FAILING -> NotificationPaths.SCHEDULE_SETTINGS;
			case FEEDBACK_REQUESTED, FEEDBACK_REVEALED, NO_SHOW_REPORTED ->
				NotificationPaths.sessionFeedback(details.booking());
			default -> NotificationPaths.session(details.booking());
		};
	}

	/** One notification being written. */
	private final class Writer {

		private final NotificationKind kind;

		private final Details details;

		private final Words words;

		private final String meetingLink;

		private final boolean withFacts;

		private final List<String> paragraphs = new ArrayList<>();

		private final List<Fact> facts = new ArrayList<>();

		private final List<Action> actions = new ArrayList<>();

		Writer(NotificationKind kind, Details details, Words words, String meetingLink, boolean withFacts) {
			this.kind = kind;
			this.details = details;
			this.words = words;
			this.meetingLink = meetingLink;
			this.withFacts = withFacts;
		}

		Telling write() {
			String title = switch (this.kind) {
				case BOOKING_REQUESTED -> {
					lead();
					this.paragraphs.add(this.words.text("booking_requested.respondBy", time(this.details.respondBy())));
					topicsAndAnswer();
					answerActions();
					yield title();
				}
				case BOOKING_CONFIRMED, BOOKING_EXPIRED -> {
					this.paragraphs.add(sentence(this.kind.code() + role() + ".lead"));
					if (this.kind == NotificationKind.BOOKING_CONFIRMED) {
						if (this.details.forHost()) {
							topicsAndAnswer();
						}
						meeting();
					}
					sessionAction();
					yield sentence(this.kind.code() + role() + ".title");
				}
				case BOOKING_APPROVED, BOOKING_DECLINED -> {
					lead();
					said("fact.hostMessage");
					if (this.kind == NotificationKind.BOOKING_APPROVED) {
						meeting();
					}
					sessionAction();
					yield title();
				}
				case BOOKING_CANCELLED -> {
					lead();
					if (this.details.late()) {
						this.paragraphs.add(this.words.text("booking_cancelled.late"));
					}
					said("fact.reason");
					sessionAction();
					yield title();
				}
				case BOOKING_RESCHEDULED -> {
					lead();
					if (this.details.waitingForApproval()) {
						this.paragraphs.add(this.details.forHost()
								? this.words.text("booking_rescheduled.waiting.host", time(this.details.respondBy()))
								: this.words.text("booking_rescheduled.waiting.attendee"));
					}
					if (this.details.forHost()) {
						topicsAndAnswer();
					}
					if (this.details.forHost() && this.details.waitingForApproval()) {
						answerActions();
					}
					else {
						sessionAction();
					}
					yield sentence(this.kind.code() + role() + ".title");
				}
				case WAITLIST_OPENED -> {
					lead();
					this.actions.add(new Action(this.words.text("action.host", other()),
							Tellings.this.links.absolute(NotificationPaths.profile(this.details.otherHandle()))));
					yield title();
				}
				case REMINDER_24H, REMINDER_1H -> {
					lead();
					meeting();
					sessionAction();
					yield title();
				}
				case FEEDBACK_REQUESTED, FEEDBACK_REVEALED, NO_SHOW_REPORTED -> {
					lead();
					this.actions.add(new Action(this.words.text("action." + this.kind.code()),
							Tellings.this.links.absolute(NotificationPaths.sessionFeedback(this.details.booking()))));
					yield title();
				}
				case CALENDAR_FAILING -> {
					this.paragraphs.add(this.words.text("calendar_failing.lead", this.details.message()));
					this.actions.add(new Action(this.words.text("action.calendar_failing"),
							Tellings.this.links.absolute(NotificationPaths.SCHEDULE_SETTINGS)));
					yield this.words.text("calendar_failing.title");
				}
				case EMAIL_VERIFICATION -> {
					this.paragraphs.add(this.words.text("email_verification.lead", time(this.details.linkExpiresAt())));
					if (this.details.link() != null) {
						this.actions.add(new Action(this.words.text("action.verify"), this.details.link()));
					}
					this.paragraphs.add(this.words.text("email_verification.ignore"));
					yield this.words.text("email_verification.title");
				}
			};
			return new Telling(title, this.paragraphs, this.facts, this.actions);
		}

		private String title() {
			return sentence(this.kind.code() + ".title");
		}

		private void lead() {
			this.paragraphs.add(sentence(this.kind.code() + ".lead"));
		}

		/** A text about the session: other person, offering, time, earlier time. */
		private String sentence(String key) {
			return this.words.text(key, other(), this.details.offeringTitle(), time(this.details.start()),
					time(this.details.previousStart()));
		}

		private String role() {
			return this.details.forHost() ? ".host" : ".attendee";
		}

		private String other() {
			return (this.details.otherName() != null) ? this.details.otherName() : this.words.text("someone");
		}

		private String time(Instant instant) {
			return (instant == null) ? "" : this.words.time(instant);
		}

		private void topicsAndAnswer() {
			if (!this.withFacts) {
				return;
			}
			if (!this.details.topics().isEmpty()) {
				String language = this.words.english() ? "en" : "id";
				Map<String, String> names = Tellings.this.hosts.topicNames(language, this.details.topics());
				this.facts.add(new Fact(this.words.text("fact.topics"),
						this.details.topics()
							.stream()
							.map(slug -> names.getOrDefault(slug, slug))
							.collect(Collectors.joining(", "))));
			}
			if (this.details.answer() != null) {
				this.facts.add(new Fact(this.words.text("fact.answer"), this.details.answer()));
			}
		}

		private void said(String label) {
			if (this.details.message() != null) {
				this.facts.add(new Fact(this.words.text(label), this.details.message()));
			}
		}

		private void meeting() {
			if (this.meetingLink != null) {
				this.facts.add(new Fact(this.words.text("fact.meeting"), this.meetingLink));
			}
		}

		private void sessionAction() {
			this.actions.add(new Action(this.words.text("action.session"), session()));
		}

		/**
		 * Approving is a button on the session's page; declining asks first on its own.
		 */
		private void answerActions() {
			this.actions.add(new Action(this.words.text("action.approve"), session()));
			this.actions.add(new Action(this.words.text("action.decline"),
					Tellings.this.links.absolute(NotificationPaths.sessionDecline(this.details.booking()))));
		}

		private String session() {
			return Tellings.this.links.absolute(NotificationPaths.session(this.details.booking()));
		}

	}

}
