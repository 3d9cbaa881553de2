package archfixture.hosting;

/** A module's status enum: its meaning is the module's to decide. */
public enum OfferingStatus {

	ACTIVE, RETIRED;

	/** What the module answers about a status. */
	public boolean bookable() {
		return this == ACTIVE;
	}

}
