package io.flowkit.management;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The management page: a {@link StatusReport} as one self-contained HTML document (inline style, no
 * script; it reloads itself every {@value #REFRESH_SECONDS} seconds with a meta refresh). Every
 * piece of text is escaped, names included: service, listener and component names come from code
 * or descriptors, but an error message quotes what a caller sent.
 */
final class StatusPage {

  static final int REFRESH_SECONDS = 10;

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f6f8;color:#1d2733}
      header{background:#0b3d5c;color:#fff;padding:14px 28px}
      header h1{margin:0;font-size:20px;font-weight:600}
      header p{margin:6px 0 0;font-size:13px;opacity:.9}
      header a{color:#cfe8ff}
      header code{background:rgba(255,255,255,.16);color:#fff}
      main{padding:18px 28px}
      section{background:#fff;border:1px solid #dde3e9;border-radius:6px;margin-bottom:18px;padding:14px 18px}
      h2{font-size:16px;margin:0 0 8px}
      h3{font-size:13px;margin:12px 0 6px;color:#4a5a6a;text-transform:uppercase;letter-spacing:.04em}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eef1f4;vertical-align:top}
      th{background:#f7f9fb;font-weight:600;color:#4a5a6a}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      code{font-size:12px;background:#f1f4f7;padding:1px 4px;border-radius:3px}
      .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600}
      .up{background:#d8f3e0;color:#1b6b36}.down{background:#fbdcdc;color:#8a1c1c}
      .muted{color:#7a8896}.err{color:#8a1c1c}
      ul.cfg{margin:0;padding-left:18px;font-size:13px}
      """;

  private StatusPage() {}

  static String render(StatusReport report) {
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"refresh\" content=\"").append(REFRESH_SECONDS).append("\">\n")
        .append("<title>flowkit runtime management</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    header(html, report);
    html.append("<main>\n");
    callbacks(html, report.callbacks());
    for (StatusReport.Service service : report.services()) {
      service(html, service);
    }
    for (StatusReport.Component component : report.components()) {
      component(html, component);
    }
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, StatusReport report) {
    StatusReport.Server server = report.server();
    html.append("<header>\n<h1>Runtime management</h1>\n<p>Server <code>").append(escape(server.uri())).append("</code> ")
        .append(badge(server.ready(), "READY", server.running() ? "NOT READY" : "SHUTTING DOWN"))
        .append(" &middot; ").append(report.services().size()).append(" deployed service(s) &middot; <span id=\"actions\">")
        .append(server.actionsInProgress()).append(" of ").append(server.maxActionsInProgress())
        .append(" actions in progress</span> &middot; at ")
        .append(escape(shortTime(report.generatedAt())))
        .append(" &middot; <a href=\"status\">JSON</a> &middot; <a href=\"metrics\">Prometheus</a></p>\n</header>\n");
  }

  private static void callbacks(StringBuilder html, StatusReport.Callbacks callbacks) {
    html.append("<section id=\"callbacks\">\n<h2>Callbacks</h2>\n<table>\n<tr><th>Pending</th><th>Delivered</th>")
        .append("<th>Retried</th><th>Given up</th></tr>\n<tr>")
        .append(cell(callbacks.pending())).append(cell(callbacks.delivered())).append(cell(callbacks.retried()))
        .append(cell(callbacks.givenUp())).append("</tr>\n</table>\n</section>\n");
  }

  private static void service(StringBuilder html, StatusReport.Service service) {
    html.append("<section class=\"service\">\n<h2>Deployed service: ").append(escape(service.name()))
        .append(" <code>").append(escape(service.path())).append("</code></h2>\n");
    html.append("<h3>Configuration values</h3>\n");
    if (service.configurationValues().isEmpty()) {
      html.append("<p class=\"muted\">none</p>\n");
    } else {
      html.append("<ul class=\"cfg\">\n");
      for (StatusReport.ConfigurationValue value : service.configurationValues()) {
        html.append("<li><code>").append(escape(value.name())).append("</code> <span class=\"muted\">")
            .append(escape(value.contentType())).append(value.required() ? ", required" : "")
            .append(value.secret() ? ", secret: never shown" : "").append("</span></li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("<h3>Listeners</h3>\n<table class=\"listeners\">\n<tr><th>Kind</th><th>Listener</th><th>Operation</th>")
        .append("<th>URI</th><th>Calls</th><th>4xx</th><th>5xx</th><th>p50 ms</th><th>p99 ms</th><th>WAIT</th>")
        .append("<th>WAIT in flight</th><th>Last error</th></tr>\n");
    for (StatusReport.ListenerReport listener : service.listeners()) {
      Map<String, Long> errors = listener.errors();
      html.append("<tr><td>").append(escape(listener.kind())).append("</td><td><code>").append(escape(listener.name()))
          .append("</code></td><td>").append(escape(listener.operation())).append("</td><td><code>")
          .append(escape(listener.uri())).append("</code></td>")
          .append(cell(listener.calls())).append(cell(errors.get("4xx"))).append(cell(errors.get("5xx")))
          .append(millis(listener.latencyMillis().p50())).append(millis(listener.latencyMillis().p99()))
          .append(cell(listener.waits())).append(cell(listener.waitsInFlight())).append("<td>");
      StatusReport.LastError last = listener.lastError();
      if (last == null) {
        html.append("<span class=\"muted\">none</span>");
      } else {
        html.append("<span class=\"err\">").append(last.status()).append("</span> ").append(escape(shortTime(last.at())))
            .append("<br>").append(escape(last.message()));
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n</section>\n");
  }

  private static void component(StringBuilder html, StatusReport.Component component) {
    html.append("<section class=\"component\">\n<h2>Mounted: ").append(escape(component.name())).append(" <code>")
        .append(escape(component.path())).append("</code> ")
        .append(badge(component.healthy(), "UP", "DOWN")).append(" <span class=\"muted\">").append(escape(component.detail()))
        .append("</span></h2>\n");
    namedNumbers(html, "Count", "Total", component.counts());
    if (!component.levels().isEmpty()) {
      namedNumbers(html, "Level", "Now", component.levels());
    }
    html.append("</section>\n");
  }

  private static void namedNumbers(StringBuilder html, String nameHeading, String valueHeading, Map<String, Long> values) {
    html.append("<table>\n<tr><th>").append(nameHeading).append("</th><th>").append(valueHeading).append("</th></tr>\n");
    values.forEach(
        (name, value) -> html.append("<tr><td><code>").append(escape(name)).append("</code></td>").append(cell(value)).append("</tr>\n"));
    html.append("</table>\n");
  }

  private static String badge(boolean up, String upText, String downText) {
    return "<span class=\"badge " + (up ? "up\">" + upText : "down\">" + downText) + "</span>";
  }

  private static String cell(Number value) {
    return "<td class=\"n\">" + (value == null ? "" : value) + "</td>";
  }

  private static String millis(Double value) {
    return "<td class=\"n\">" + (value == null ? "<span class=\"muted\">&ndash;</span>" : String.format(Locale.ROOT, "%.1f", value)) + "</td>";
  }

  /** {@code 2026-12-04T07:42:38.633Z} as {@code 2026-12-04 07:42:38 UTC}: what a person reads. */
  private static String shortTime(String iso) {
    try {
      return SHOWN.format(Instant.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** Text as HTML: the five characters that could end an element or an attribute, escaped. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
