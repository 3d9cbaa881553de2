/**
 * The embedded PostgreSQL (zonky binaries) that a local run and the tests start when no
 * database server is configured. The only part of {@code db} that {@code web} may use.
 */
@NamedInterface("embedded")
package id.ngupi.db.embedded;

import org.springframework.modulith.NamedInterface;
