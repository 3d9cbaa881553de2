/**
 * Implementation of the identity module: stores, views and listeners. Not visible to
 * other modules.
 */
package id.ngupi.identity.internal;
