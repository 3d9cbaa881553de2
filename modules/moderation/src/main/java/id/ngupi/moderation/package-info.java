/**
 * Moderation: any member reports a profile, a host page, feedback or a session they can
 * see; admins, named by configuration, work through the open reports oldest first and act
 * (dismiss, hide the content, warn, suspend, and undo a hide or a suspension); every
 * action is written to an audit log the database refuses to change afterwards.
 * <p>
 * This package is the module's API: {@link id.ngupi.moderation.Reports} for members,
 * {@link id.ngupi.moderation.Moderation} for admins, their records and events. The
 * content itself is hidden by the module owning it (hosting, feedback), suspensions are
 * identity's; this module reads and writes only the {@code moderation} schema.
 */
@ApplicationModule(displayName = "Moderation",
		allowedDependencies = { "db", "identity", "hosting", "booking", "feedback" })
package id.ngupi.moderation;

import org.springframework.modulith.ApplicationModule;
