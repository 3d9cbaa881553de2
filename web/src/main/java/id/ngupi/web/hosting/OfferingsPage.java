package id.ngupi.web.hosting;

import java.util.List;

import id.ngupi.hosting.Offering;
import id.ngupi.web.support.Notice;

/**
 * The host's offerings, active ones first.
 *
 * @param offerings every offering of the host, retired ones included
 * @param canAdd whether the host may add another (retired ones count towards the limit)
 * @param notice what the last change did, if anything is to be said
 */
public record OfferingsPage(List<Offering> offerings, boolean canAdd, Notice notice) {
}
