package id.ngupi.web;

import java.util.ArrayList;
import java.util.List;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;

import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements jOOQ executes on the calling thread between {@link #start()}
 * and {@link #stop()}: a MockMvc request runs on the test's thread, so this is what the
 * request cost, without what scheduled jobs or event listeners do meanwhile on theirs.
 * Boot's jOOQ configuration picks up every {@link ExecuteListenerProvider} bean; as part
 * of {@link NgupiWebTest} it adds no Spring context of its own.
 */
@TestComponent
public class StatementCounter implements ExecuteListenerProvider, ExecuteListener {

	private final ThreadLocal<List<String>> statements = new ThreadLocal<>();

	@Override
	public ExecuteListener provide() {
		return this;
	}

	@Override
	public void executeStart(ExecuteContext context) {
		List<String> counted = this.statements.get();
		if (counted != null) {
			counted.add(context.sql());
		}
	}

	/** Starts counting on this thread. */
	public void start() {
		this.statements.set(new ArrayList<>());
	}

	/**
	 * Stops counting on this thread; the answer is the statements executed since the
	 * start.
	 */
	public List<String> stop() {
		List<String> counted = this.statements.get();
		this.statements.remove();
		return (counted != null) ? List.copyOf(counted) : List.of();
	}

}
