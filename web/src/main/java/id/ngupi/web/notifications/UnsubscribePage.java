package id.ngupi.web.notifications;

/**
 * What the unsubscribe page shows.
 *
 * @param kind the kind as the member reads it
 * @param action where its form posts
 * @param done whether the kind is turned off now
 */
public record UnsubscribePage(String kind, String action, boolean done) {
}
