package id.ngupi.web.booking;

/**
 * A round not settled yet on the member's sessions page: one they applied to, or, on the
 * host's side, one they opened.
 *
 * @param link where it is: the round's page, or the host's page of it
 * @param title whose round (the host's name) or which (the session type's title)
 * @param when the message saying where it stands ({@code booking.rounds.*}), given the
 * three moments below
 * @param opens when applications open, in the member's zone
 * @param closes when they close
 * @param pickBy until when the host picks
 */
public record RoundLine(String link, String title, String when, String opens, String closes, String pickBy) {
}
