package archfixture.db.jooq.hosting;

/** Stands in for a generated jOOQ table of the hosting schema. */
public class Offerings {

}
