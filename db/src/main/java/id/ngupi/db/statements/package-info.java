/**
 * Counting the SQL statements a request runs, for the bench profile's measurements and
 * the tests' statement counts.
 */
@NamedInterface("statements")
package id.ngupi.db.statements;

import org.springframework.modulith.NamedInterface;
