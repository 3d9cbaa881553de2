/**
 * What keeps the modules' events delivered while the application runs: deliveries that
 * failed are tried again on a schedule, not only at the next restart.
 */
package id.ngupi.web.events;
