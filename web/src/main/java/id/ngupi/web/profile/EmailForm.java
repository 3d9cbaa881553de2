package id.ngupi.web.profile;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The address a member enters to have it verified; the same constraints as
 * {@code Accounts.requestEmailVerification}.
 *
 * @param email the address, without surrounding blanks
 */
record EmailForm(@NotBlank(message = "{validation.email}") @Email(message = "{validation.email}") @Size(max = 254,
		message = "{validation.email}") String email) {

	/** The longest address the form announces (RFC 5321's limit). */
	static final int MAX_LENGTH = 254;

	EmailForm {
		email = (email == null) ? null : email.strip();
	}

}
