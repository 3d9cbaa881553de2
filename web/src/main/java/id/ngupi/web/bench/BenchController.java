package id.ngupi.web.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.web.security.MemberPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the load comparison asks of a running Ngupi: whether the hosts are seeded, a
 * constant page of a given size through the same filters and view rendering as every
 * page, a login for a made-up member, and what a page cost in statements.
 */
@Controller
@Conditional(BenchEnabled.class)
class BenchController {

	static final String PATH = "/bench";

	/** The most a constant page may weigh: a bench tool, not a way to fill memory. */
	private static final int MAX_BYTES = 1 << 20;

	private static final String LINE = "Ngupi itu ngobrol santai satu lawan satu soal karier dan belajar.\n";

	private final BenchHosts hosts;

	private final BenchStatements statements;

	private final Accounts accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final Map<Integer, String> bodies = new ConcurrentHashMap<>();

	BenchController(BenchHosts hosts, BenchStatements statements, Accounts accounts) {
		this.hosts = hosts;
		this.statements = statements;
		this.accounts = accounts;
	}

	@GetMapping(PATH + "/siap")
	ResponseEntity<String> ready() {
		return this.hosts.ready() ? ResponseEntity.ok("siap")
				: ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("belum");
	}

	/**
	 * A page of about {@code bytes} bytes that reads nothing: the stack's own ceiling.
	 */
	@GetMapping(PATH + "/konstan")
	String constant(@RequestParam(defaultValue = "18000") int bytes, Model model) {
		int size = Math.max(0, Math.min(bytes, MAX_BYTES));
		model.addAttribute("body", this.bodies.computeIfAbsent(size, BenchController::body));
		return "bench/constant";
	}

	/**
	 * The statements the last request to the path ran, one per line after their count.
	 */
	@GetMapping(path = PATH + "/biaya", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	ResponseEntity<String> cost(@RequestParam String path) {
		List<String> ran = this.statements.of(path);
		if (ran == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok(ran.size() + "\n" + String.join("\n", ran) + "\n");
	}

	/** The login form's CSRF token: the login is a POST like every state change. */
	@GetMapping(path = PATH + "/masuk", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String loginPage(CsrfToken csrf) {
		return "<form method=\"post\"><input type=\"hidden\" name=\"" + csrf.getParameterName() + "\" value=\""
				+ csrf.getToken() + "\"></form>";
	}

	/** Makes up a member and logs them in, as the real login would. */
	@PostMapping(PATH + "/masuk")
	ResponseEntity<Void> logIn(HttpServletRequest request, HttpServletResponse response) {
		String name = "bench" + UUID.randomUUID().toString().substring(0, 8);
		Account member = this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(), name, name, null));
		request.getSession();
		request.changeSessionId();
		MemberPrincipal principal = MemberPrincipal.of(member.id());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "bench"));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return ResponseEntity.noContent().build();
	}

	private static String body(int bytes) {
		StringBuilder body = new StringBuilder(bytes + LINE.length());
		while (body.length() < bytes) {
			body.append(LINE);
		}
		return body.toString();
	}

}
