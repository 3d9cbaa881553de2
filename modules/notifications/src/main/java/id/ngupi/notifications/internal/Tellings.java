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
	 * The page a notification is about, as a path on the site: the session's, for the
	 * waitlist's open times the host's, for a round its page (the host's own for the
	 * host); a round whose host deleted their account is gone, so discovery.
	 */
	static String page(NotificationKind kind, Details details) {
		return switch (kind) {
			case WAITLIST_OPENED -> NotificationPaths.profile(details.otherHandle());
			case ROUND_PICK, ROUND_SETTLED -> NotificationPaths.hostingRound(details.round());
			case ROUND_NOT_CHOSEN, ROUND_OPENED -> NotificationPaths.round(details.round());
			case ROUND_CANCELLED -> (hostGone(details) || details.byNgupi()) ? NotificationPaths.DISCOVERY
					: NotificationPaths.round(details.round());
			case EMAIL_VERIFICATION -> NotificationPaths.EMAIL_SETTINGS;
			case CALENDAR_FAILING -> NotificationPaths.SCHEDULE_SETTINGS;
			case FEEDBACK_REQUESTED, FEEDBACK_REVEALED, NO_SHOW_REPORTED ->
				NotificationPaths.sessionFeedback(details.booking());
			case MODERATION_WARNING, CONTENT_HIDDEN, CONTENT_SHOWN -> moderated(details);
			case REPORT_RESOLVED -> NotificationPaths.REPORTS;
			case ACCOUNT_RESTORED -> NotificationPaths.DISCOVERY;
			default -> NotificationPaths.session(details.booking());
		};
	}

	/** Where the member sees what a moderator's action was about. */
	private static String moderated(Details details) {
		return switch (String.valueOf(details.moderated())) {
			case "host_page" -> NotificationPaths.HOSTING_SETTINGS;
			case "feedback" -> NotificationPaths.sessionFeedback(details.booking());
			case "session" -> NotificationPaths.session(details.booking());
			default -> NotificationPaths.PROFILE_SETTINGS;
		};
	}

	/** A round called off because its host deleted their account: no reason, no name. */
	private static boolean hostGone(Details details) {
		return details.message() == null && !details.byNgupi();
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
					if (this.details.byNgupi()) {
						this.paragraphs.add(sentence("booking_cancelled.ngupi.lead." + this.details.calledOff()));
						if ("host".equals(this.details.calledOff())) {
							findAnotherHost();
						}
						sessionAction();
						yield sentence("booking_cancelled.ngupi.title");
					}
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
				case ROUND_PICK -> {
					boolean none = count(this.details.applicants()) == 0;
					String key = none ? "round_pick.none" : "round_pick";
					this.paragraphs.add(this.words.text(key + ".lead", count(this.details.applicants()), offering(),
							time(this.details.respondBy())));
					this.actions.add(new Action(this.words.text("action." + key), hostingRound()));
					yield this.words.text(key + ".title", count(this.details.applicants()), offering());
				}
				case ROUND_SETTLED -> {
					int applicants = count(this.details.applicants());
					int chosen = count(this.details.chosen());
					String lead = (applicants == 0) ? this.words.text("round_settled.none.lead", offering())
							: this.words.text("round_settled.lead", offering(), chosen, applicants - chosen,
									applicants);
					this.paragraphs.add(lead);
					if ("host".equals(this.details.picking())) {
						this.paragraphs.add(this.words.text("round_settled.missedPick"));
					}
					this.actions.add(new Action(this.words.text("action.round_settled"), hostingRound()));
					yield this.words.text("round_settled.title", offering());
				}
				case ROUND_NOT_CHOSEN -> {
					this.paragraphs.add(this.words.text("round_not_chosen.lead", other(), offering()));
					this.paragraphs.add(this.words.text("round_not_chosen.next", other()));
					roundActions("action.round_not_chosen", "action.round_not_chosen.host");
					yield this.words.text("round_not_chosen.title", other());
				}
				case ROUND_CANCELLED -> {
					if (this.details.byNgupi()) {
						this.paragraphs.add(this.words.text("round_cancelled.ngupi.lead", offering()));
						findAnotherHost();
						yield this.words.text("round_cancelled.ngupi.title", offering());
					}
					if (hostGone(this.details)) {
						this.paragraphs.add(this.words.text("round_cancelled.gone.lead"));
						this.actions.add(new Action(this.words.text("action.discovery"),
								Tellings.this.links.absolute(NotificationPaths.DISCOVERY)));
						yield this.words.text("round_cancelled.gone.title");
					}
					this.paragraphs.add(this.words.text("round_cancelled.lead", other(), offering()));
					said("fact.reason");
					roundActions("action.round", "action.host");
					yield this.words.text("round_cancelled.title", other());
				}
				case ROUND_OPENED -> {
					int sessions = count(this.details.sessions());
					this.paragraphs.add((this.details.start() == null)
							? this.words.text("round_opened.now.lead", other(), offering(), sessions,
									time(this.details.respondBy()))
							: this.words.text("round_opened.lead", other(), offering(), sessions,
									time(this.details.start()), time(this.details.respondBy())));
					this.paragraphs.add(this.words.text("round_opened.fair", other()));
					this.actions.add(new Action(this.words.text("action.round_opened"),
							Tellings.this.links.absolute(NotificationPaths.round(this.details.round()))));
					yield this.words.text("round_opened.title", other(), sessions);
				}
				case MODERATION_WARNING -> {
					this.paragraphs.add(this.words.text("moderation_warning.lead." + moderatedKind()));
					said("fact.moderatorReason");
					this.paragraphs.add(this.words.text("moderation_warning.next"));
					moderatedAction();
					yield this.words.text("moderation_warning.title");
				}
				case CONTENT_HIDDEN, CONTENT_SHOWN -> {
					String key = this.kind.code() + "." + moderatedKind();
					this.paragraphs.add(this.words.text(key + ".lead"));
					said("fact.moderatorReason");
					moderatedAction();
					yield this.words.text(key + ".title");
				}
				case REPORT_RESOLVED -> {
					Boolean actioned = this.details.actioned();
					this.paragraphs.add(this.words.text((actioned == null) ? "report_resolved.closed"
							: actioned ? "report_resolved.actioned" : "report_resolved.dismissed"));
					this.paragraphs.add(this.words.text("report_resolved.thanks"));
					this.actions.add(new Action(this.words.text("action.reports"),
							Tellings.this.links.absolute(NotificationPaths.REPORTS)));
					yield this.words.text("report_resolved.title");
				}
				case ACCOUNT_RESTORED -> {
					this.paragraphs.add(this.words.text("account_restored.lead"));
					said("fact.moderatorReason");
					this.paragraphs.add(this.words.text("account_restored.before"));
					this.actions.add(new Action(this.words.text("action.discovery.back"),
							Tellings.this.links.absolute(NotificationPaths.DISCOVERY)));
					yield this.words.text("account_restored.title");
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

		/**
		 * What a moderator's action was about; anything unknown reads as the member's
		 * profile, and hidden content is a host page or feedback.
		 */
		private String moderatedKind() {
			String kind = String.valueOf(this.details.moderated());
			boolean known = switch (kind) {
				case "host_page", "feedback" -> true;
				case "profile", "session" -> this.kind == NotificationKind.MODERATION_WARNING;
				default -> false;
			};
			return known ? kind : ((this.kind == NotificationKind.MODERATION_WARNING) ? "profile" : "host_page");
		}

		private void moderatedAction() {
			this.actions.add(new Action(this.words.text("action.moderated." + moderatedKind()),
					Tellings.this.links.absolute(moderated(this.details))));
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

		/**
		 * What a round was of: the offering's title, or the plain word when it is gone.
		 */
		private String offering() {
			return (this.details.offeringTitle() != null) ? this.details.offeringTitle()
					: this.words.text("round.untitled");
		}

		private int count(Integer count) {
			return (count != null) ? count : 0;
		}

		private String hostingRound() {
			return Tellings.this.links.absolute(NotificationPaths.hostingRound(this.details.round()));
		}

		/**
		 * The round's page, and the host's: their open times, or the waitlist one click
		 * joins.
		 */
		private void roundActions(String roundLabel, String hostLabel) {
			this.actions.add(new Action(this.words.text(roundLabel),
					Tellings.this.links.absolute(NotificationPaths.round(this.details.round()))));
			if (this.details.otherHandle() != null) {
				this.actions.add(new Action(this.words.text(hostLabel, other()),
						Tellings.this.links.absolute(NotificationPaths.profile(this.details.otherHandle()))));
			}
		}

		/**
		 * Where to go when the host cannot continue: other hosts, or a waitlist. The
		 * host's own page is not offered: it is not shown while they cannot host.
		 */
		private void findAnotherHost() {
			this.paragraphs.add(this.words.text("ngupi.findHost"));
			this.actions.add(new Action(this.words.text("action.discovery"),
					Tellings.this.links.absolute(NotificationPaths.DISCOVERY)));
		}

		private String session() {
			return Tellings.this.links.absolute(NotificationPaths.session(this.details.booking()));
		}

	}

}
