package id.ngupi.web.profile;

/**
 * The address a member enters to have it verified;
 * {@code Accounts.requestEmailVerification} judges it.
 *
 * @param email the address, without surrounding blanks
 */
record EmailForm(String email) {

	EmailForm {
		email = (email == null) ? null : email.strip();
	}

}
