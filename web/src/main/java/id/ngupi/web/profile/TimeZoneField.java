package id.ngupi.web.profile;

import java.util.List;
import java.util.stream.Stream;

import id.ngupi.web.support.SelectOption;

/**
 * A form's timezone field: the choices of its select, which the search narrows, and what
 * the member typed into the search.
 *
 * @param options the choices, grouped: Indonesia's first
 * @param search what was typed into the search, shown again with an error; {@code null}
 * when nothing was
 */
public record TimeZoneField(List<SelectOption> options, String search) {

	/** The name of the search's form field, sent only while no script runs. */
	public static final String SEARCH = "timezoneSearch";

	public TimeZoneField {
		options = List.copyOf(options);
	}

	/** Every choice's label, for the search's suggestions. */
	public List<String> labels() {
		return this.options.stream()
			.flatMap(option -> (option.group() != null) ? option.members().stream() : Stream.of(option))
			.map(SelectOption::label)
			.toList();
	}

}
