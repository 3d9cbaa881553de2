package archfixture.db.jooq.identity;

/** Stands in for a generated jOOQ table of the identity schema. */
public class Accounts {

}
