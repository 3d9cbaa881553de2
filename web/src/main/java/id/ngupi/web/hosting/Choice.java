package id.ngupi.web.hosting;

/**
 * One checkbox of a group.
 *
 * @param value the submitted value
 * @param label the visible text
 * @param checked whether it is ticked
 */
public record Choice(String value, String label, boolean checked) {
}
