/**
 * Feedback: two-way feedback after every call, blind reveal, ratings, no-show and abuse
 * reports.
 * <p>
 * This package is the module's API: facades, request and response records, events.
 * Everything else lives in {@code internal} and is invisible to other modules. The module
 * reads and writes only the {@code feedback} schema.
 */
@ApplicationModule(displayName = "Feedback", allowedDependencies = { "db", "identity", "hosting", "booking" })
package id.ngupi.feedback;

import org.springframework.modulith.ApplicationModule;
