/**
 * Implementation of the feedback module: stores, views and listeners. Not visible to
 * other modules.
 */
package id.ngupi.feedback.internal;
