package id.ngupi.web.rounds;

/**
 * A host's round taking applications, as a discovery card and the host's page announce
 * it. Every text is plain text the template escapes.
 *
 * @param href the round's page
 * @param times how many times the round opens
 * @param closes when applications close, in the viewer's zone
 * @param closesDatetime the same instant, for {@code <time datetime>}
 */
public record RoundBadge(String href, int times, String closes, String closesDatetime) {
}
