/**
 * Identity: member accounts, the GitHub and Twitter/X identities linked to them, profiles
 * and login.
 * <p>
 * This package is the module's API: facades, request and response records, events.
 * Everything else lives in {@code internal} and is invisible to other modules. The module
 * reads and writes only the {@code identity} schema.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "db" })
package id.ngupi.identity;

import org.springframework.modulith.ApplicationModule;
