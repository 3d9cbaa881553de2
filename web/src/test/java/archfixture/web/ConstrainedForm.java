package archfixture.web;

import archfixture.hosting.ShortText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Breaks rule (e): a form re-declaring what the module's record already says, with a
 * standard constraint and with the module's own.
 */
public record ConstrainedForm(@Size(max = 300) String about, @ShortText String headline) {

	/** Allowed: asking a record to be judged by its own constraints. */
	static String judge(@Valid Object record) {
		return String.valueOf(record);
	}

}
