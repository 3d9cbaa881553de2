package id.ngupi.web.rounds;

import java.util.List;

import id.ngupi.web.discovery.Slot;
import id.ngupi.web.hosting.Choice;
import id.ngupi.web.layout.PageMeta;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.SelectOption;

/**
 * A round's public page, as {@code pages/rounds/round.jte} shows it to anyone: the host,
 * the times in the viewer's zone, the window, how winners are picked, and for the viewer
 * what they may do: apply, see and change their application, see what became of it. Every
 * text is plain text the template escapes.
 *
 * @param host who opens the round
 * @param title the offering's title
 * @param durationMinutes how long each session lasts
 * @param times the round's times in the viewer's zone, the host's beside them
 * @param zone the zone times are shown in, as named on the page
 * @param window when applications open and close
 * @param picking how winners are picked
 * @param phaseKey the message naming where the round stands
 * @param applicants how many applied, once the window closed; else {@code null}
 * @param cancelReason why the host called the round off, or {@code null}
 * @param viewer what the viewer may do, and what became of their application
 * @param drawHref how the round was decided, once it was; else {@code null}
 * @param shareHref a post on X about the round, written in advance
 * @param meta what link previews show
 */
public record RoundPage(Host host, String title, long durationMinutes, List<Slot> times, String zone, Window window,
		Picking picking, String phaseKey, Integer applicants, String cancelReason, Viewer viewer, String drawHref,
		String shareHref, PageMeta meta) {

	/**
	 * The host, as the page introduces them.
	 *
	 * @param name their name
	 * @param handle their handle
	 * @param avatarUrl their picture, or {@code null}
	 * @param initial shown when there is no picture
	 * @param headline one line on what they offer
	 * @param href their page
	 */
	public record Host(String name, String handle, String avatarUrl, String initial, String headline, String href) {
	}

	/**
	 * The application window.
	 *
	 * @param opens when it opens, or {@code null} once it has
	 * @param opensDatetime the same, for {@code <time datetime>}
	 * @param closes when it closes
	 * @param closesDatetime the same, for {@code <time datetime>}
	 * @param open whether members may apply now
	 */
	public record Window(String opens, String opensDatetime, String closes, String closesDatetime, boolean open) {
	}

	/**
	 * How winners are picked, explained.
	 *
	 * @param draw whether a draw decides (else the host reads the applications)
	 * @param firstTimersOverall whether members who never had any Ngupi go first of all
	 * @param pickBy for a host who picks: until when, after which the draw decides
	 * @param seedHash the SHA-256 of the draw's seed, published from the start
	 */
	public record Picking(boolean draw, boolean firstTimersOverall, String pickBy, String seedHash) {
	}

	/**
	 * What the viewer sees of their own part.
	 *
	 * @param loggedIn whether anyone is logged in
	 * @param loginHref the login, coming back here
	 * @param own whether the viewer is the host
	 * @param hostingHref the host's own page of the round, for the host
	 * @param application the viewer's application, or {@code null}
	 * @param form the application form while the window is open, or {@code null}
	 * @param result what became of the viewer's application once the round is settled, or
	 * {@code null}
	 */
	public record Viewer(boolean loggedIn, String loginHref, boolean own, String hostingHref, Mine application,
			Form form, Result result) {
	}

	/**
	 * The viewer's application.
	 *
	 * @param ticket their number in the draw
	 * @param topics the topics they picked, named in the viewer's language
	 * @param answer their answer
	 * @param ranked the times they can make, best first; empty for any
	 * @param withdrawHref withdrawing it (POST), while the window is open; else
	 * {@code null}
	 */
	public record Mine(String ticket, List<String> topics, String answer, List<Slot> ranked, String withdrawHref) {

		public boolean anyTime() {
			return this.ranked.isEmpty();
		}

	}

	/**
	 * The application form.
	 *
	 * @param action where it is sent
	 * @param editing whether it changes an application already in
	 * @param topics the host's topics, those picked ticked
	 * @param question the offering's question
	 * @param answer what the member wrote
	 * @param ranks one choice of time per rank
	 * @param anyTime whether "any time" is ticked
	 * @param errors the fields' errors
	 */
	public record Form(String action, boolean editing, List<Choice> topics, String question, String answer,
			List<Rank> ranks, boolean anyTime, FormErrors errors) {
	}

	/**
	 * One rank of the times: a choice among the round's times.
	 *
	 * @param id the select's id
	 * @param position the rank, from 1
	 * @param value the time chosen, as sent, or the empty text
	 * @param options the round's times (and "none")
	 */
	public record Rank(String id, int position, String value, List<SelectOption> options) {
	}

	/**
	 * What became of the viewer's application.
	 *
	 * @param won whether they got a time
	 * @param time the time they got, or {@code null}
	 * @param sessionHref their session's page, or {@code null}
	 * @param waitlistHref joining the host's waitlist (POST), for those not chosen
	 */
	public record Result(boolean won, Slot time, String sessionHref, String waitlistHref) {
	}

}
