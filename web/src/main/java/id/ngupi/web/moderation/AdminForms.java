package id.ngupi.web.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ngupi.moderation.ActionForm;
import id.ngupi.moderation.ModerationAction;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.support.FormErrors;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Validator;

/**
 * An admin's action form as sent: the action's code and the reason, judged by the
 * moderation module's own constraints on {@link ActionForm}. The errors are named after
 * the form's own fields, since several forms share a page.
 */
final class AdminForms {

	private AdminForms() {
	}

	/** The action a code names; empty for none or an unknown one. */
	static Optional<ModerationAction> action(String code) {
		if (code == null || code.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ModerationAction.ofCode(code));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

	/** The form's errors under its own field names; none when it may be sent on. */
	static FormErrors judge(ActionForm form, String prefix, Validator validator, Localizer i18n) {
		BindingResult judged = new DirectFieldBindingResult(form, "actionForm");
		validator.validate(form, judged);
		FormErrors errors = FormErrors.from(judged, i18n);
		Map<String, List<String>> fields = new LinkedHashMap<>();
		errors.fields().forEach((field, messages) -> fields.put(prefix + "-" + field, messages));
		return new FormErrors(fields, errors.global());
	}

	/** One message about the whole form. */
	static FormErrors message(Localizer i18n, String key) {
		return new FormErrors(Map.of(), List.of(i18n.text(key)));
	}

}
