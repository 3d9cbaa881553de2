/** The rounds module's internals: its store, the draw and the settling. */
package id.ngupi.rounds.internal;
