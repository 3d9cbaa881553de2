package id.ngupi.web.discovery;

import java.util.List;

import id.ngupi.hosting.Topic;
import id.ngupi.web.support.Links;

/**
 * A topic linking to its page.
 *
 * @param name the topic's name in the viewer's language
 * @param href its page
 */
public record TopicLink(String name, String href) {

	static List<TopicLink> of(List<Topic> topics, String language) {
		return topics.stream()
			.map(topic -> new TopicLink(topic.name(language), Links.topic(topic.slug().value())))
			.toList();
	}

}
