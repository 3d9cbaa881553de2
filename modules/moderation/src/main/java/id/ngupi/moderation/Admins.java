package id.ngupi.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.internal.AdminHandles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The admins: accounts named by configuration ({@code ngupi.admins}, from
 * {@code NGUPI_ADMINS}), by account id or by handle. A handle names whoever holds it now,
 * so ids are the safer choice in production (a handle given up can be taken by someone
 * else). A suspended account is no admin.
 */
@Component
public class Admins {

	private final Set<UUID> ids;

	private final Set<String> handles;

	private final Accounts accounts;

	private final AdminHandles bindings;

	Admins(@Value("${ngupi.admins:}") List<String> names, Accounts accounts, AdminHandles bindings) {
		this.accounts = accounts;
		this.bindings = bindings;
		List<String> given = names.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
		this.ids = given.stream().filter(Admins::isUuid).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
		this.handles = given.stream()
			.filter(name -> !isUuid(name))
			.map(name -> name.startsWith("@") ? name.substring(1) : name)
			.map(name -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	public boolean isAdmin(Account account) {
		if (account.suspended()) {
			return false;
		}
		if (this.ids.contains(account.id().value())) {
			return true;
		}
		String handle = account.handle().value().toLowerCase(Locale.ROOT);
		return this.handles.contains(handle) && this.bindings.holder(handle, account.id()).equals(account.id());
	}

	public boolean isAdmin(AccountId account) {
		return this.accounts.find(account).map(this::isAdmin).orElse(false);
	}

	/** The admin's account; refuses anyone else before anything is read or changed. */
	Account require(AccountId account) {
		return this.accounts.find(account).filter(this::isAdmin).orElseThrow(() -> new NotAdminException(account));
	}

	private static boolean isUuid(String name) {
		try {
			return UUID.fromString(name).toString().equalsIgnoreCase(name);
		}
		catch (IllegalArgumentException notOne) {
			return false;
		}
	}

}
