/**
 * Quartz set up once for the whole application: the clustered JDBC job store in the application's own
 * database, and the catalog of recurring jobs in {@code scheduler/jobs.yaml}. Jobs themselves live in the
 * modules whose work they do.
 */
package cn.yrd.academy.scheduling;
