/**
 * The {@code bench} profile: what {@code benchmarks/load/compare.sh} needs of a running
 * Ngupi to measure it (hosts to list, a constant page, a login for made-up members, the
 * statements a page cost), and nothing a member ever sees. Exists only when
 * {@link id.ngupi.web.bench.BenchEnabled} holds: the {@code bench} profile on Ngupi's own
 * embedded PostgreSQL with no OAuth provider configured.
 */
package id.ngupi.web.bench;
