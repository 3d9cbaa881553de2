package id.ngupi.identity;

/**
 * Thrown when a suspended member tries to log in; carries the reason they are shown.
 */
public class SignInRefusedException extends RuntimeException {

	private final String reason;

	public SignInRefusedException(String reason) {
		super("Account suspended");
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
