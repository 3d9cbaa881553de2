/**
 * Counting the SQL statements a request runs, for the bench profile's measurements.
 */
package id.ngupi.db.statements;
