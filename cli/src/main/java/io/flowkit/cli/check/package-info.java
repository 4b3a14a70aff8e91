/**
 * What {@code flowkit check} reports, whatever it checks: each case as a {@link
 * io.flowkit.cli.check.CheckResult} with its outcome, severity and the protocol rule it comes from,
 * gathered by a {@link io.flowkit.cli.check.CheckRun} into a {@link io.flowkit.cli.check.CheckReport},
 * and written as a table, JSON or JUnit XML. The checks themselves are in the {@code service} and
 * {@code store} packages.
 */
package io.flowkit.cli.check;
