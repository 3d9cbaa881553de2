package id.ngupi.web;

import id.ngupi.db.statements.StatementRecorder;

import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements jOOQ executes on the calling thread between {@link #start()}
 * and {@link #stop()}: a MockMvc request runs on the test's thread, so this is what the
 * request cost, without what scheduled jobs or event listeners do meanwhile on theirs.
 * Boot's jOOQ configuration picks up every {@code ExecuteListenerProvider} bean; as part
 * of {@link NgupiWebTest} it adds no Spring context of its own.
 */
@TestComponent
public class StatementCounter extends StatementRecorder {

}
