package id.ngupi.web.rounds;

import id.ngupi.rounds.RoundId;
import id.ngupi.web.support.Links;

/**
 * The links of a round's public pages, built from the paths {@link Links} names, so that
 * templates never put a round's URL together by hand.
 */
public final class RoundLinks {

	private RoundLinks() {
	}

	/** The round's page. */
	public static String page(RoundId round) {
		return Links.round(round);
	}

	/** Applying, or changing one's application (POST). */
	public static String apply(RoundId round) {
		return Links.ROUND_APPLY.replace("{id}", round.toString());
	}

	/** Withdrawing one's application (POST). */
	public static String withdraw(RoundId round) {
		return Links.ROUND_WITHDRAW.replace("{id}", round.toString());
	}

	/** How the round was decided. */
	public static String draw(RoundId round) {
		return Links.ROUND_DRAW.replace("{id}", round.toString());
	}

	/** The image of the round's card. */
	public static String card(RoundId round) {
		return Links.ROUND_CARD.replace("{id}", round.toString());
	}

}
