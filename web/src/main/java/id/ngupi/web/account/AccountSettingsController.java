package id.ngupi.web.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountOutcomes.UnlinkOutcome;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.security.LoginProviders;
import id.ngupi.web.security.ProviderLinking;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The logged-in member's account: which providers they log in with (link another, unlink
 * one but never the last), their data as a file, and deleting the account for good.
 * Always the member's own account: no request names an account.
 */
@Controller
class AccountSettingsController {

	static final String VIEW = "pages/account/settings";

	private final Accounts accounts;

	private final LoginProviders providers;

	private final MessageSource messages;

	private final AccountExports exports;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	AccountSettingsController(Accounts accounts, LoginProviders providers, MessageSource messages,
			AccountExports exports) {
		this.accounts = accounts;
		this.providers = providers;
		this.messages = messages;
		this.exports = exports;
	}

	@GetMapping(Links.SETTINGS_ACCOUNT)
	String show(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(required = false) String linked,
			@RequestParam(name = "link-error", required = false) String linkError,
			@RequestParam(required = false) String unlinked,
			@RequestParam(name = "unlink-error", required = false) String unlinkError, Locale locale, Model model) {
		Notice notice = linkedNotice(member, linked).or(() -> linkErrorNotice(linkError))
			.or(() -> unlinkedNotice(member, unlinked))
			.or(() -> unlinkErrorNotice(unlinkError))
			.orElse(null);
		model.addAttribute("settings", page(member, notice, FormErrors.NONE, locale));
		return VIEW;
	}

	/** Sends the member to the provider; its callback links the identity. */
	@PostMapping(Links.SETTINGS_ACCOUNT + "/link/{provider}")
	String link(@PathVariable("provider") String providerId,
			@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member, HttpServletRequest request) {
		Provider provider = Provider.fromId(providerId)
			.filter(this.providers.available()::contains)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (member.hasLinked(provider)) {
			return "redirect:" + Links.SETTINGS_ACCOUNT;
		}
		return "redirect:" + ProviderLinking.start(request, member.id(), provider);
	}

	@PostMapping(Links.SETTINGS_ACCOUNT + "/unlink/{provider}")
	String unlink(@PathVariable("provider") String providerId,
			@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member) {
		Provider provider = Provider.fromId(providerId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		UnlinkOutcome outcome = this.accounts.unlink(member.id(), provider);
		String result = switch (outcome) {
			case UNLINKED -> "unlinked=" + provider.id();
			case LAST_IDENTITY -> "unlink-error=last_identity";
			case NOT_LINKED -> "unlink-error=not_linked";
		};
		return "redirect:" + Links.SETTINGS_ACCOUNT + "?" + result;
	}

	/**
	 * The member's own data as a JSON file; see {@link AccountExportDocument} for the
	 * format.
	 */
	@GetMapping(Links.SETTINGS_ACCOUNT_EXPORT)
	ResponseEntity<byte[]> export(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member) {
		AccountExportDocument document = this.exports.of(member.id());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					// a handle is plain ASCII: no encoding needed
					ContentDisposition.attachment()
						.filename("ngupi-" + member.handle().value() + ".json")
						.build()
						.toString())
			.cacheControl(CacheControl.noStore())
			.body(document.toJson());
	}

	/**
	 * Deletes the account once the member typed their handle (in any case), then logs
	 * them out; their other sessions end as well (see {@code MemberSessions}).
	 */
	@PostMapping(Links.SETTINGS_ACCOUNT_DELETE)
	String delete(@RequestAttribute(CurrentMemberFilter.ATTRIBUTE) Account member,
			@RequestParam(defaultValue = "") String confirmation, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!confirmation.strip().equalsIgnoreCase(member.handle().value())) {
			Localizer i18n = new Localizer(this.messages, locale);
			FormErrors errors = new FormErrors(Map.of("confirmation", List.of(i18n.text("account.delete.mismatch"))),
					List.of());
			model.addAttribute("settings", page(member, null, errors, locale));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return VIEW;
		}
		this.accounts.delete(member.id());
		this.logout.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:" + Links.HOME + "?account-deleted";
	}

	private AccountSettingsPage page(Account member, Notice notice, FormErrors deletionErrors, Locale locale) {
		return AccountSettingsPage.of(member, this.providers.available(), notice, deletionErrors, locale);
	}

	/** Only a provider that really is linked now is announced as linked. */
	private static Optional<Notice> linkedNotice(Account member, String linked) {
		return Provider.fromId(linked)
			.filter(member::hasLinked)
			.map(provider -> Notice.success("account.linked", provider.displayName()));
	}

	private static Optional<Notice> unlinkedNotice(Account member, String unlinked) {
		return Provider.fromId(unlinked)
			.filter(provider -> !member.hasLinked(provider))
			.map(provider -> Notice.success("account.unlinked", provider.displayName()));
	}

	private static Optional<Notice> linkErrorNotice(String error) {
		return Optional.ofNullable(error).map(code -> switch (code) {
			case "owned_by_another_account" -> "account.linkError.ownedByAnotherAccount";
			case "provider_taken" -> "account.linkError.providerTaken";
			default -> "account.linkError.failed";
		}).map(Notice::failure);
	}

	private static Optional<Notice> unlinkErrorNotice(String error) {
		return Optional.ofNullable(error).map(code -> switch (code) {
			case "last_identity" -> "account.unlinkError.lastIdentity";
			default -> "account.unlinkError.notLinked";
		}).map(Notice::failure);
	}

}
