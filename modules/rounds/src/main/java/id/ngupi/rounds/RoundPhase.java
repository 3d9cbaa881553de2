package id.ngupi.rounds;

/** Where a round stands at a moment. */
public enum RoundPhase {

	/** Announced; applications open later. */
	UPCOMING,

	/** Members apply, edit and withdraw. */
	APPLYING,

	/** The window closed; the host picks until the pick deadline. */
	PICKING,

	/** The window (or the host's time to pick) is over; the draw is about to run. */
	DRAWING,

	/** Winners are booked and everyone is told. */
	SETTLED,

	/** The host called the round off; nobody was picked. */
	CANCELLED;

	/** Whether the round is still waiting to be settled. */
	public boolean open() {
		return this == UPCOMING || this == APPLYING || this == PICKING || this == DRAWING;
	}

	/** Whether applications are closed, so how many came may be told. */
	public boolean closed() {
		return this != UPCOMING && this != APPLYING;
	}

}
