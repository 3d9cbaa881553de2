/**
 * The database: jOOQ classes generated at build time from the Flyway migrations, one
 * sub-package per module schema ({@code id.ngupi.db.jooq.identity}, {@code ...hosting},
 * {@code ...booking}, {@code ...feedback}, {@code ...notifications}).
 * <p>
 * Open to every module so Spring Modulith does not treat generated code as an API; which
 * module may use which schema's classes is enforced by the ArchUnit rules in {@code web}.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Database (generated jOOQ classes)")
package id.ngupi.db;

import org.springframework.modulith.ApplicationModule;
