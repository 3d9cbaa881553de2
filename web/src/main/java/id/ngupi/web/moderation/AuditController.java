package id.ngupi.web.moderation;

import java.util.List;
import java.util.Locale;

import id.ngupi.identity.Account;
import id.ngupi.moderation.AuditEntry;
import id.ngupi.moderation.Moderation;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;
import id.ngupi.web.time.ViewerZone;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit log ({@code /admin/audit}), newest first, {@link Moderation#AUDIT_PAGE} a
 * page: who did what to whom, why, and how many reports it answered. Read only: the
 * database refuses to change an entry, and no page offers to.
 */
@Controller
class AuditController {

	private final Moderation moderation;

	private final AdminViews views;

	AuditController(Moderation moderation, AdminViews views) {
		this.moderation = moderation;
		this.views = views;
	}

	@GetMapping(Links.ADMIN_AUDIT)
	String audit(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account admin,
			@RequestParam(name = Links.ADMIN_AUDIT_BEFORE, required = false) String before, ViewerZone zone,
			Locale locale, Model model) {
		List<AuditEntry> entries = this.moderation.audit(admin.id(), position(before));
		String older = (entries.size() == Moderation.AUDIT_PAGE)
				? Links.adminAudit(entries.get(entries.size() - 1).id()) : null;
		model.addAttribute("audit",
				new AdminPages.Audit(this.views.audit(entries, TimeFormat.of(zone, locale)), older));
		return "pages/moderation/audit";
	}

	/** The entry the page starts before; a position that is no number is no page. */
	private static Long position(String before) {
		if (before == null || before.isEmpty()) {
			return null;
		}
		if (!before.matches("[0-9]{1,18}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return Long.valueOf(before);
	}

}
