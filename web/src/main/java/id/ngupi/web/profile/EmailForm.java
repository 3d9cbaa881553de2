package id.ngupi.web.profile;

import id.ngupi.identity.EmailAddress;

/**
 * The address a member enters to have it verified, judged by identity's
 * {@link EmailAddress} as {@code Accounts.requestEmailVerification} is.
 *
 * @param email the address, without surrounding blanks
 */
record EmailForm(@EmailAddress String email) {

	EmailForm {
		email = (email == null) ? null : email.strip();
	}

}
