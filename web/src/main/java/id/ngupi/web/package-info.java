/**
 * Web: the pages and endpoints people use, the site layout, i18n and error pages. Reaches
 * the other modules only through their API packages, never their internals or their
 * tables.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = { "identity", "hosting", "booking", "feedback", "rounds",
		"moderation", "notifications", "db :: embedded", "db :: statements" })
package id.ngupi.web;

import org.springframework.modulith.ApplicationModule;
