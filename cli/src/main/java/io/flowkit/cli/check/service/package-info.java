/**
 * {@code flowkit check service}: plays Flow against any Flow service over HTTP (whatever built it)
 * and says what Flow would reject. {@link io.flowkit.cli.check.service.ServiceChecker} runs the
 * calls; {@link io.flowkit.cli.check.service.DescribeValidator} judges a describe answer against the
 * protocol without any HTTP; {@link io.flowkit.cli.check.service.InputSynthesizer} makes inputs for
 * the action probes from what the service declares. Rules are cited as {@link
 * io.flowkit.cli.check.service.ServiceRules} sections of the Flow service protocol.
 */
package io.flowkit.cli.check.service;
