package id.ngupi.web.profile;

import java.time.Duration;
import java.util.function.Supplier;

import id.ngupi.db.statements.CommittedWrites;
import id.ngupi.db.statements.KeptReads;
import id.ngupi.identity.Account;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.time.TimeFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Track records kept a few seconds ({@code ngupi.host-pages.cache-for}, 5 s by default;
 * zero keeps none): a host's page shared on X is opened by many at once, and each would
 * read the member's sessions, ratings, testimonials and insights again. Forgotten once a
 * write to booking's, feedback's or identity's tables commits on this instance; another
 * instance's writes show within the few seconds.
 */
@Component
class TrackRecordCache {

	private final KeptReads<Key, TrackRecord> kept;

	TrackRecordCache(@Value("${ngupi.host-pages.cache-for:PT5S}") Duration keep) {
		this.kept = new KeptReads<>(keep, 2_000);
	}

	TrackRecord get(Key key, Supplier<TrackRecord> read) {
		return this.kept.get(key, asked -> read.get());
	}

	void forget() {
		this.kept.forget();
	}

	@Bean
	static CommittedWrites trackRecordsForgetFeedbackWrites(TrackRecordCache cache) {
		return new CommittedWrites("feedback", cache::forget);
	}

	@Bean
	static CommittedWrites trackRecordsForgetBookingWrites(TrackRecordCache cache) {
		return new CommittedWrites("booking", cache::forget);
	}

	@Bean
	static CommittedWrites trackRecordsForgetIdentityWrites(TrackRecordCache cache) {
		return new CommittedWrites("identity", cache::forget);
	}

	/**
	 * A track record as one viewer reads it: the member as they were read (a change of
	 * their account is a write to identity, which empties the cache), in one zone and
	 * language.
	 */
	record Key(Account member, boolean hosting, TimeFormat times, SupportedLanguage language) {
	}

}
