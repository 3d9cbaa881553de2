package archfixture.hosting;

/** A module's phase enum: like a status, its meaning is the module's to decide. */
public enum OfferingPhase {

	DRAFT, LISTED;

	public boolean visible() {
		return this == LISTED;
	}

}
