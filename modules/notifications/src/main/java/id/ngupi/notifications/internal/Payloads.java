package id.ngupi.notifications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.JSONB;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns a notification's {@link Details} into the JSON its row keeps and back, and
 * instants into the database's {@code timestamptz} values.
 */
@Component
class Payloads {

	private final JsonMapper json;

	Payloads(JsonMapper json) {
		this.json = json;
	}

	JSONB write(Details details) {
		return JSONB.valueOf(this.json.writeValueAsString(details));
	}

	Details read(JSONB payload) {
		return this.json.readValue(payload.data(), Details.class);
	}

	static OffsetDateTime at(Instant instant) {
		return (instant == null) ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(OffsetDateTime time) {
		return (time == null) ? null : time.toInstant();
	}

}
