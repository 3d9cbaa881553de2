package archfixture.web;

import archfixture.db.jooq.identity.Accounts;
import archfixture.hosting.HostDirectory;
import archfixture.identity.internal.AccountStore;
import org.jooq.DSLContext;

/**
 * Uses a module API (allowed), a module's internals, generated tables and jOOQ
 * (violations).
 */
public class ShortcutController {

	HostDirectory allowed;

	AccountStore internal;

	Accounts table;

	DSLContext sql;

}
