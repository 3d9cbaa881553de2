package id.ngupi.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page: what a Ngupi is and how a session goes.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "pages/home";
	}

}
