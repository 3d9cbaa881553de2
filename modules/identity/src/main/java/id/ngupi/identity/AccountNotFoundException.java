package id.ngupi.identity;

/**
 * Thrown when an operation names an account that does not exist (any more).
 */
public class AccountNotFoundException extends RuntimeException {

	public AccountNotFoundException(AccountId account) {
		super("No account " + account);
	}

}
