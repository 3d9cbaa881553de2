/**
 * The moderation module's internals: its stores, its view of the reported content, its
 * listeners.
 */
package id.ngupi.moderation.internal;
