package archfixture.web;

import archfixture.hosting.OfferingPhase;
import archfixture.hosting.OfferingStatus;

/**
 * Breaks rule (d): decides by a module's status constant instead of asking the module.
 */
public class StatusBranchingController {

	String show(OfferingStatus status) {
		return (status == OfferingStatus.RETIRED) ? "gone" : "page";
	}

	String list(OfferingPhase phase) {
		return (phase != OfferingPhase.LISTED) ? "hidden" : "list";
	}

	/** Allowed: the module answers. */
	boolean bookable(OfferingStatus status) {
		return status.bookable();
	}

}
