package id.ngupi.web.hosting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.NotHostingException;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.Account;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The host's offerings: the list, the form of a new one and of each existing one, and
 * retiring or taking one back. An offering that is not the logged-in member's own is not
 * found, whoever's it is and whether the id means anything at all.
 */
@Controller
class OfferingsController {

	private final Hosting hosting;

	private final HostDirectory directory;

	private final MessageSource messages;

	OfferingsController(Hosting hosting, HostDirectory directory, MessageSource messages) {
		this.hosting = hosting;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping(Links.SETTINGS_HOSTING_OFFERINGS)
	String list(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Model model) {
		requireHost(member);
		List<Offering> offerings = this.directory.offerings(member.id());
		Notice notice = Notice.flashed(model);
		model.addAttribute("offerings", new OfferingsPage(offerings, offerings.size() < Hosting.OFFERINGS_MAX, notice));
		return "pages/hosting/offerings";
	}

	/** The form of a new offering, filled with what suits most hosts. */
	@GetMapping(Links.SETTINGS_HOSTING_OFFERINGS_NEW)
	String create(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, Locale locale, Model model) {
		requireHost(member);
		OfferingChange suggested = OfferingChange.suggested(SupportedLanguage.resolve(locale).code());
		return render(new OfferingFormPage(null, suggested, FormErrors.NONE, Map.of()), model);
	}

	@PostMapping(Links.SETTINGS_HOSTING_OFFERINGS_NEW)
	String add(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@Valid @ModelAttribute("offeringChange") OfferingChange change, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		requireHost(member);
		if (!result.hasErrors()) {
			Optional<OfferingId> added = this.hosting.addOffering(member.id(), change);
			if (added.isPresent()) {
				redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("hosting.offering.added", change.title()));
				return "redirect:" + Links.SETTINGS_HOSTING_OFFERINGS;
			}
			result.reject("validation.offering.max", new Object[] { Hosting.OFFERINGS_MAX }, null);
		}
		return render(new OfferingFormPage(null, change, errors(result, locale), typed(result)), model);
	}

	@GetMapping(Links.SETTINGS_HOSTING_OFFERING)
	String edit(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id, Model model) {
		Offering offering = own(member, id);
		return render(new OfferingFormPage(offering, offering.asChange(), FormErrors.NONE, Map.of()), model);
	}

	@PostMapping(Links.SETTINGS_HOSTING_OFFERING)
	String update(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			@Valid @ModelAttribute("offeringChange") OfferingChange change, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		Offering offering = own(member, id);
		if (!result.hasErrors()) {
			if (!this.hosting.updateOffering(member.id(), offering.id(), change)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("hosting.offering.saved", change.title()));
			return "redirect:" + Links.SETTINGS_HOSTING_OFFERINGS;
		}
		return render(new OfferingFormPage(offering, change, errors(result, locale), typed(result)), model);
	}

	/** Retires the offering: it takes no new bookings, and nothing else is lost. */
	@PostMapping(Links.SETTINGS_HOSTING_OFFERING_RETIRE)
	String retire(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			RedirectAttributes redirect) {
		return setActive(member, id, false, "hosting.offering.retired", redirect);
	}

	@PostMapping(Links.SETTINGS_HOSTING_OFFERING_REACTIVATE)
	String reactivate(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, @PathVariable String id,
			RedirectAttributes redirect) {
		return setActive(member, id, true, "hosting.offering.reactivated", redirect);
	}

	private String setActive(Account member, String id, boolean active, String notice, RedirectAttributes redirect) {
		Offering offering = own(member, id);
		if (!this.hosting.setOfferingActive(member.id(), offering.id(), active)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success(notice, offering.title()));
		return "redirect:" + Links.SETTINGS_HOSTING_OFFERINGS;
	}

	private String render(OfferingFormPage form, Model model) {
		model.addAttribute("offering", form);
		return "pages/hosting/offering";
	}

	private void requireHost(Account member) {
		if (!this.directory.hosts(member.id())) {
			throw new NotHostingException(member.id());
		}
	}

	/**
	 * The member's own offering; not found when the id is malformed or someone else's.
	 */
	private Offering own(Account member, String id) {
		return OfferingId.parse(id)
			.flatMap(this.directory::offering)
			.filter(offering -> offering.host().equals(member.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private FormErrors errors(BindingResult result, Locale locale) {
		return FormErrors.from(result, new Localizer(this.messages, locale));
	}

	/** What was typed into the fields that could not be read as numbers. */
	private static Map<String, String> typed(BindingResult result) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			if (error.isBindingFailure()) {
				Object value = error.getRejectedValue();
				typed.put(error.getField(), (value instanceof String[] values) ? String.join(",", values)
						: (value != null) ? value.toString() : "");
			}
		}
		return typed;
	}

}
