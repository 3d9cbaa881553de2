/**
 * Hosting: host profiles, topics, offerings, weekly schedules, one-off slots and weekly
 * quotas.
 * <p>
 * This package is the module's API: facades, request and response records, events.
 * Everything else lives in {@code internal} and is invisible to other modules. The module
 * reads and writes only the {@code hosting} schema.
 */
@ApplicationModule(displayName = "Hosting", allowedDependencies = { "db", "db :: statements", "identity" })
package id.ngupi.hosting;

import org.springframework.modulith.ApplicationModule;
