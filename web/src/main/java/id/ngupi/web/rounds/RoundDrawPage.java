package id.ngupi.web.rounds;

import java.util.List;

import id.ngupi.web.discovery.Slot;
import id.ngupi.web.layout.PageMeta;

/**
 * How a round was decided, as {@code pages/rounds/draw.jte} shows it to anyone: before it
 * is, the seed's hash published when the window opened; after a draw, the seed itself,
 * how to check it and every applicant's place; after the host's pick, the picks in order.
 *
 * @param host who opened the round
 * @param title the offering's title
 * @param roundHref the round's page
 * @param settled whether the round is decided
 * @param cancelled whether the host called it off
 * @param drawn whether a draw decided it (else the host picked)
 * @param draw whether the round was to be drawn from the start
 * @param firstTimersOverall whether members who never had any Ngupi went first of all
 * @param seedHash the SHA-256 of the seed, published from the start
 * @param seed the seed, once drawn; else {@code null}
 * @param settledAt when it was decided, or {@code null}
 * @param closes when the window closes (or closed)
 * @param entries every applicant's place
 * @param ticket the viewer's own ticket, or {@code null}
 * @param zone the zone times are shown in
 * @param meta what link previews show
 */
public record RoundDrawPage(RoundPage.Host host, String title, String roundHref, boolean settled, boolean cancelled,
		boolean drawn, boolean draw, boolean firstTimersOverall, String seedHash, String seed, String settledAt,
		String closes, List<Entry> entries, String ticket, String zone, PageMeta meta) {

	/** The command that prints the seed's hash. */
	public String seedCommand() {
		return "printf %s " + this.seed + " | sha256sum";
	}

	/** The command that prints a ticket's key, for the viewer's ticket or an example. */
	public String keyCommand() {
		String example = (this.ticket != null) ? this.ticket
				: this.entries.isEmpty() ? "TIKET" : this.entries.get(0).ticket();
		return "printf %s " + this.seed + ":" + example + " | sha256sum";
	}

	/**
	 * One applicant's place.
	 *
	 * @param position their place, from 1
	 * @param ticket their number
	 * @param priorityKey the message explaining their priority
	 * @param key the SHA-256 of {@code seed:ticket}
	 * @param shortKey its first characters
	 * @param outcomeKey the message naming what became of them
	 * @param time the time they got, or {@code null}
	 * @param mine whether it is the viewer's own ticket
	 */
	public record Entry(int position, String ticket, String priorityKey, String key, String shortKey, String outcomeKey,
			Slot time, boolean mine) {
	}

}
