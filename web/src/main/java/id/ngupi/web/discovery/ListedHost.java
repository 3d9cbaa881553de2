package id.ngupi.web.discovery;

import java.util.List;

import id.ngupi.hosting.HostCard;
import id.ngupi.hosting.NextOpenTime;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.rounds.RoundBadge;
import id.ngupi.web.support.Initials;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;

/**
 * A host as a card of the results shows them. Every text is plain text the template
 * escapes.
 *
 * @param handle the host's handle
 * @param displayName the host's name
 * @param avatarUrl the host's picture, or {@code null}
 * @param initial shown when there is no picture
 * @param headline one line on what they offer
 * @param href the host's page
 * @param topics their topics, each linking to its page
 * @param languages the languages they speak, named in the viewer's language
 * @param next their next open time as hosting lists it, in the viewer's zone, with the
 * host's own time beside it and a link to book it, or {@code null}
 * @param round their round taking applications now, announced on the card, or
 * {@code null}
 */
public record ListedHost(String handle, String displayName, String avatarUrl, String initial, String headline,
		String href, List<TopicLink> topics, String languages, Slot next, RoundBadge round) {

	static ListedHost of(HostCard card, TimeFormat times, Localizer i18n, RoundBadge round) {
		NextOpenTime next = card.nextOpen();
		return new ListedHost(card.handle(), card.displayName(), card.avatarUrl(), Initials.of(card.displayName()),
				card.headline(), Links.profile(card.handle()), TopicLink.of(card.topics(), i18n.language().code()),
				LanguageNames.list(card.languages(), i18n),
				(next != null) ? Slot.alone(next.start(), times, card.timezone(),
						Links.bookingForm(card.handle(), next.offering().toString(), next.start())) : null,
				round);
	}

}
