package id.ngupi.web.hosting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.TopicNames;
import id.ngupi.identity.Account;
import id.ngupi.web.support.FormErrors;

/**
 * The host profile form as posted. Topics arrive in two ways: the ticked checkboxes
 * (slugs of existing topics) and a line of new topics the host proposes, comma separated;
 * both together are the {@link HostProfileChange#topics() topics} of the change.
 *
 * @param headline one line on what the host offers
 * @param about plain text, line breaks kept
 * @param topics the slugs of the ticked topics
 * @param newTopics the topics the host proposes, comma separated
 * @param languages the codes of the ticked languages
 * @param meetingUrl the default meeting link
 * @param timezone the zone the schedule is written in
 */
public record HostProfileForm(String headline, String about, List<String> topics, String newTopics,
		List<String> languages, String meetingUrl, String timezone) {

	public HostProfileForm {
		topics = (topics != null) ? topics.stream().filter(Objects::nonNull).toList() : List.of();
		languages = (languages != null) ? languages.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/** The form of a member who does not host yet: their language and timezone. */
	static HostProfileForm start(Account member) {
		return new HostProfileForm("", "", List.of(), "", List.of(member.language()), "", member.timezone().getId());
	}

	/** The form filled with the saved profile. */
	static HostProfileForm of(HostProfile host) {
		HostProfileChange saved = host.asChange();
		return new HostProfileForm(saved.headline(), saved.about(), saved.topics(), "", saved.languages(),
				(saved.meetingUrl() != null) ? saved.meetingUrl() : "", saved.timezone());
	}

	/** The proposed topics as written, blanks left out. */
	List<String> proposed() {
		return (this.newTopics == null) ? List.of()
				: Arrays.stream(this.newTopics.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
	}

	/**
	 * The change: ticked and proposed topics together, each spelling of a topic counted
	 * once ("Front-End" proposed next to a ticked "frontend" is one topic).
	 */
	HostProfileChange toChange() {
		Map<String, String> byKey = new LinkedHashMap<>();
		List<String> all = new ArrayList<>(this.topics);
		all.addAll(proposed());
		for (String topic : all) {
			byKey.putIfAbsent(TopicNames.keyOf(topic).orElse(topic), topic);
		}
		return new HostProfileChange(this.headline, this.about, List.copyOf(byKey.values()), this.languages,
				this.meetingUrl, this.timezone);
	}

	/**
	 * The change's errors placed on the form's fields: a refused topic is one the host
	 * wrote (ticked ones are known), and a refused language is one of the checkboxes.
	 */
	static FormErrors onFormFields(FormErrors errors) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		errors.fields().forEach((field, messages) -> {
			String name = field.startsWith("topics[") ? "newTopics"
					: field.startsWith("languages[") ? "languages" : field;
			List<String> shown = fields.computeIfAbsent(name, key -> new ArrayList<>());
			messages.stream().filter(message -> !shown.contains(message)).forEach(shown::add);
		});
		return new FormErrors(fields, errors.global());
	}

	public boolean ticks(String topic) {
		return this.topics.contains(topic);
	}

	public boolean speaks(String language) {
		return this.languages.contains(language);
	}

}
