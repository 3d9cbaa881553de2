package id.ngupi.web.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ngupi.web.i18n.Localizer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's validation errors, already in the viewer's language, for the shared form
 * templates to show next to each field.
 *
 * @param fields the messages per field name
 * @param global the messages about the form as a whole
 */
public record FormErrors(Map<String, List<String>> fields, List<String> global) {

	public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

	public static FormErrors from(BindingResult result, Localizer i18n) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			List<String> messages = fields.computeIfAbsent(error.getField(), field -> new ArrayList<>());
			String message = i18n.message(error);
			// two constraints may explain themselves with the same words; say it once
			if (!messages.contains(message)) {
				messages.add(message);
			}
		}
		List<String> global = result.getGlobalErrors().stream().map(i18n::message).distinct().toList();
		return new FormErrors(fields, global);
	}

	/**
	 * A module's refusal of one value, by a constraint on its method's parameter, as the
	 * error of the form's field that carried it: the constraint's message in the viewer's
	 * language.
	 */
	public static FormErrors refused(String field, ConstraintViolationException refused, Localizer i18n) {
		List<String> messages = refused.getConstraintViolations()
			.stream()
			.map(FormErrors::messageKey)
			.map(i18n::lookup)
			.distinct()
			.toList();
		return new FormErrors(Map.of(field, messages), List.of());
	}

	/**
	 * The message key of the first rule a value broke, as the module names it
	 * ({@code {validation.plainText}}): for a notice rather than a field's error.
	 */
	public static String messageKey(ConstraintViolationException refused) {
		return messageKey(refused.getConstraintViolations().iterator().next());
	}

	private static String messageKey(ConstraintViolation<?> violation) {
		String template = violation.getMessageTemplate();
		return template.substring(1, template.length() - 1);
	}

	/** The same errors but those of the given fields, which the form does not show. */
	public FormErrors without(String... hidden) {
		Map<String, List<String>> shown = new LinkedHashMap<>(this.fields);
		for (String field : hidden) {
			shown.remove(field);
		}
		return new FormErrors(shown, this.global);
	}

	public boolean any() {
		return !this.fields.isEmpty() || !this.global.isEmpty();
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	public List<String> of(String field) {
		return this.fields.getOrDefault(field, List.of());
	}

	/**
	 * The id of the element describing a field's errors, for {@code aria-describedby}.
	 */
	public static String errorId(String field) {
		return field + "-error";
	}

}
