package archfixture.identity.internal;

import archfixture.db.jooq.hosting.Offerings;
import archfixture.db.jooq.identity.Accounts;

/** Uses its own schema (allowed) and another module's schema (a violation). */
public class AccountStore {

	Accounts own = new Accounts();

	Offerings foreign = new Offerings();

}
