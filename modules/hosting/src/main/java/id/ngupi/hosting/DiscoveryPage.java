package id.ngupi.hosting;

import java.util.List;

/**
 * One page of the discovery listing.
 *
 * @param query what was asked
 * @param hosts the hosts on this page, hosts with time soonest first
 * @param total how many hosts match altogether
 * @param topics every topic with how many listed hosts match the query's other filters
 */
public record DiscoveryPage(DiscoveryQuery query, List<HostCard> hosts, int total, List<TopicCount> topics) {

	public DiscoveryPage {
		hosts = List.copyOf(hosts);
		topics = List.copyOf(topics);
	}

	public int pages() {
		return Math.max(1, (this.total + this.query.pageSize() - 1) / this.query.pageSize());
	}

	public boolean hasNext() {
		return this.query.page() < pages();
	}

	public boolean hasPrevious() {
		return this.query.page() > 1;
	}

	/**
	 * A topic with the number of hosts who have it.
	 *
	 * @param topic the topic
	 * @param hosts how many listed hosts have it
	 */
	public record TopicCount(Topic topic, int hosts) {
	}

}
