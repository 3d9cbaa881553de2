package id.ngupi.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front page: what a Ngupi is and how a session goes; after a member deleted their
 * account ({@code /?account-deleted}) it confirms that the account is gone.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@RequestParam(name = "account-deleted", required = false) String accountDeleted, Model model) {
		model.addAttribute("accountDeleted", accountDeleted != null);
		return "pages/home";
	}

}
