package id.ngupi.moderation;

import id.ngupi.identity.AccountId;

/**
 * Someone who is not an admin asked for an admin's page or action: nothing was read or
 * changed.
 */
public class NotAdminException extends RuntimeException {

	public NotAdminException(AccountId account) {
		super("Not an admin: " + account);
	}

}
