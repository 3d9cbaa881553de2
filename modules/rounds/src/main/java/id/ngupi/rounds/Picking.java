package id.ngupi.rounds;

/** Who decides a round's winners. */
public enum Picking {

	/**
	 * A draw at the window's close: seeded, reproducible, first-timers first.
	 */
	DRAW("draw"),

	/**
	 * The host, reading the applications; if they do not pick in time, the draw decides.
	 */
	HOST("host");

	private final String code;

	Picking(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Picking ofCode(String code) {
		return code.equals(DRAW.code) ? DRAW : HOST;
	}

}
