package id.ngupi.web.profile;

import id.ngupi.identity.Accounts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The address a member enters to have it verified; the same constraints as
 * {@code Accounts.requestEmailVerification}.
 *
 * @param email the address, without surrounding blanks
 */
record EmailForm(@NotBlank(message = "{validation.email}") @Email(message = "{validation.email}") @Size(
		max = Accounts.EMAIL_MAX_LENGTH, message = "{validation.email}") String email) {

	EmailForm {
		email = (email == null) ? null : email.strip();
	}

}
