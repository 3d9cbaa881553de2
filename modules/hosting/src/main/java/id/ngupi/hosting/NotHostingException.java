package id.ngupi.hosting;

import id.ngupi.identity.AccountId;

/**
 * Thrown for a change that needs a host profile when the member has none yet.
 */
public class NotHostingException extends RuntimeException {

	public NotHostingException(AccountId account) {
		super("Not hosting: " + account);
	}

}
