package id.ngupi.web.hosting;

import java.util.Map;

import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;

/**
 * The form of a new offering or of one the host has.
 *
 * @param offering the offering edited, or {@code null} for a new one
 * @param form the values in the form
 * @param errors the form's errors in the viewer's language
 * @param typed what was typed into number fields that are no number, shown as typed
 */
public record OfferingFormPage(Offering offering, OfferingChange form, FormErrors errors, Map<String, String> typed) {

	public OfferingFormPage {
		typed = Map.copyOf(typed);
	}

	public boolean isNew() {
		return this.offering == null;
	}

	/** Where the form is posted. */
	public String action() {
		return isNew() ? Links.SETTINGS_HOSTING_OFFERINGS_NEW : Links.hostingOffering(this.offering.id());
	}

	/** A number field's value: what was typed when it was no number, else the value. */
	public String number(String field, int value) {
		return this.typed.getOrDefault(field, String.valueOf(value));
	}

}
