package io.flowkit.cli.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as JUnit XML, the format CI servers show as test results: one {@code testsuite} for
 * the check, one {@code testcase} per case ({@code classname} = {@code flowkit.check.<kind>.<group>}),
 * a {@code failure} for each failed case (its rule as {@code type}), {@code skipped} for skipped ones,
 * and warnings in the case's {@code system-out}.
 */
public final class JUnitReport {

  private JUnitReport() {}

  /** Writes {@code report} to {@code file}, replacing it. */
  public static void write(CheckReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, out);
    }
  }

  /** Writes {@code report} to {@code out} (UTF-8). */
  public static void write(CheckReport report, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "flowkit check " + report.kind() + " " + report.target());
      xml.writeAttribute("tests", Integer.toString(report.results().size()));
      xml.writeAttribute("failures", Long.toString(report.count(Outcome.FAIL)));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(report.count(Outcome.SKIP)));
      xml.writeAttribute("time", seconds(report.elapsed().toMillis()));
      for (CheckResult result : report.results()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "flowkit.check." + report.kind() + "." + result.group());
        xml.writeAttribute("name", result.name());
        xml.writeAttribute("time", "0");
        switch (result.outcome()) {
          case FAIL -> {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", result.rule());
            xml.writeAttribute("message", result.detail());
            xml.writeCharacters(result.rule() + ": " + result.detail());
            xml.writeEndElement();
          }
          case SKIP -> {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", result.detail());
            xml.writeEndElement();
          }
          case WARN -> {
            xml.writeStartElement("system-out");
            xml.writeCharacters("warning (" + result.rule() + "): " + result.detail());
            xml.writeEndElement();
          }
          default -> {
            // a pass has nothing to add
          }
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
