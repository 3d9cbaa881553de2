package id.ngupi.db.statements;

import java.util.ArrayList;
import java.util.List;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;

/**
 * Records the SQL of the statements jOOQ runs on the calling thread between
 * {@link #start()} and {@link #stop()}: what one request cost, without what scheduled
 * jobs or event listeners do meanwhile on their threads. Registered as a bean, Boot's
 * jOOQ configuration picks it up like any {@link ExecuteListenerProvider}.
 */
public class StatementRecorder implements ExecuteListenerProvider, ExecuteListener {

	private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

	@Override
	public ExecuteListener provide() {
		return this;
	}

	@Override
	public void executeStart(ExecuteContext context) {
		List<String> recorded = this.recording.get();
		if (recorded != null) {
			recorded.add(context.sql());
		}
	}

	/** Starts recording on this thread. */
	public void start() {
		this.recording.set(new ArrayList<>());
	}

	/** Stops recording on this thread; the answer is what ran since the start. */
	public List<String> stop() {
		List<String> recorded = this.recording.get();
		this.recording.remove();
		return (recorded != null) ? List.copyOf(recorded) : List.of();
	}

}
