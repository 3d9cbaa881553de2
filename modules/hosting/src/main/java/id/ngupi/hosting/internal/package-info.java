/**
 * Implementation of the hosting module: stores, views and listeners. Not visible to other
 * modules.
 */
package id.ngupi.hosting.internal;
