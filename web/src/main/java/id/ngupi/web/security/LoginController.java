package id.ngupi.web.security;

import java.util.List;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page: one button per configured provider, why an earlier attempt failed, and
 * in a demo run the demo members.
 */
@Controller
class LoginController {

	private final LoginProviders providers;

	private final Accounts accounts;

	private final ObjectProvider<DemoLoginController> demoLogin;

	LoginController(LoginProviders providers, Accounts accounts, ObjectProvider<DemoLoginController> demoLogin) {
		this.providers = providers;
		this.accounts = accounts;
		this.demoLogin = demoLogin;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "continue", required = false) String continueTo,
			@RequestParam(required = false) String error, HttpServletRequest request, Model model) {
		// The target travels with the provider links (and the demo forms) and is kept
		// only once a login starts: a visitor (or crawler) who merely opens this page
		// gets no session.
		String safeContinue = SafeRedirect.of(continueTo).orElse(null);
		String suspendedReason = "suspended".equals(error) ? LoginSession.suspensionReason(request).orElse(null) : null;
		List<Account> demoMembers = (this.demoLogin.getIfAvailable() != null) ? this.accounts.demoAccounts()
				: List.of();
		model.addAttribute("login",
				new LoginPage(this.providers.available(), demoMembers, errorKey(error), suspendedReason, safeContinue));
		return "pages/login";
	}

	private static String errorKey(String error) {
		if (error == null) {
			return null;
		}
		return switch (error) {
			case "suspended" -> "login.error.suspended";
			default -> "login.error.failed";
		};
	}

}
