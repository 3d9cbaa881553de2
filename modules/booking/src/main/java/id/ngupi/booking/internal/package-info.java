/**
 * Implementation of the booking module: stores, views and listeners. Not visible to other
 * modules.
 */
package id.ngupi.booking.internal;
