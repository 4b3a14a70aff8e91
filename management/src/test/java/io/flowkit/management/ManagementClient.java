package io.flowkit.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Reads a management view over HTTP the way an operator's browser, a script and Prometheus do. */
final class ManagementClient {

  /** One sample line of Prometheus' text format: {@code name{a="x",b="y"} 1.0}. */
  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+)(\\s+\\d+)?$");

  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final URI base;

  ManagementClient(URI base) {
    this.base = base;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode status() throws Exception {
    HttpResponse<String> answer = get("/status");
    if (answer.statusCode() != 200) {
      throw new AssertionError("/status answered " + answer.statusCode() + ": " + answer.body());
    }
    return json.readTree(answer.body());
  }

  /** The page, parsed; fails when the HTML parser had to repair anything. */
  Document page() throws Exception {
    HttpResponse<String> answer = get("/");
    if (answer.statusCode() != 200) {
      throw new AssertionError("/ answered " + answer.statusCode());
    }
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document document = Jsoup.parse(answer.body(), base.toString(), parser);
    if (!parser.getErrors().isEmpty()) {
      throw new AssertionError("The page is not well-formed HTML: " + parser.getErrors());
    }
    return document;
  }

  /** A listener of a service in {@code /status}. */
  JsonNode listener(JsonNode status, String service, String name, String operation) {
    for (JsonNode s : status.get("services")) {
      if (s.get("name").asText().equals(service)) {
        for (JsonNode listener : s.get("listeners")) {
          if (listener.get("name").asText().equals(name) && listener.get("operation").asText().equals(operation)) {
            return listener;
          }
        }
      }
    }
    throw new AssertionError("No listener " + name + " / " + operation + " of " + service + " in " + status);
  }

  /** Scrapes {@code /metrics} and parses each sample line: {@code name{labels}} to value. */
  Map<String, Double> scrape() throws Exception {
    HttpResponse<String> answer = get("/metrics");
    if (answer.statusCode() != 200) {
      throw new AssertionError("/metrics answered " + answer.statusCode());
    }
    Map<String, Double> samples = new HashMap<>();
    for (String line : answer.body().split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        throw new AssertionError("Not a Prometheus sample line: " + line);
      }
      Map<String, String> labels = new java.util.TreeMap<>();
      if (sample.group(3) != null) {
        Matcher label = LABEL.matcher(sample.group(3));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.put(sample.group(1) + labels, Double.parseDouble(sample.group(4)));
    }
    return samples;
  }

  /** The key {@link #scrape()} files a sample under: the name and its labels in name order. */
  static String key(String name, String... labels) {
    Map<String, String> sorted = new java.util.TreeMap<>();
    for (int i = 0; i < labels.length; i += 2) {
      sorted.put(labels[i], labels[i + 1]);
    }
    return name + sorted;
  }
}
