package id.ngupi.rounds;

/** No such round, or not one the member may act on: answered as not found. */
public class RoundNotFoundException extends RuntimeException {

	public RoundNotFoundException(RoundId round) {
		super("No round " + round);
	}

}
