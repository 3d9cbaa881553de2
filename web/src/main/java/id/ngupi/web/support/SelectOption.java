package id.ngupi.web.support;

import java.util.List;

/**
 * One choice of a {@code <select>}, or a group of choices ({@code <optgroup>}).
 *
 * @param value the submitted value (for a single choice)
 * @param label the visible text
 * @param group the group's label, or {@code null} for a single choice
 * @param members the group's choices
 */
public record SelectOption(String value, String label, String group, List<SelectOption> members) {

	public static SelectOption of(String value, String label) {
		return new SelectOption(value, label, null, List.of());
	}

	public static SelectOption group(String label, List<SelectOption> members) {
		return new SelectOption(null, null, label, members);
	}

}
