// Turns every ```java and ```xml block of README.md and docs/*.md into something this build checks,
// so that a snippet that stops compiling (or names a goal, parameter or artifact that no longer
// exists) fails `mvn verify`. What happens to a block is decided by the HTML comment right before
// it, if any (invisible on GitHub):
//
//   <!-- snippet: skip: REASON -->            not checked (pseudo-code); the reason is listed
//   <!-- snippet: excerpt: PATH [PATH ...] -->  an excerpt of real files (paths from the repository
//                                              root; generated/X is this project's generated X):
//                                              verify.groovy finds each piece between "..." in
//                                              them, in order, ignoring comments and whitespace
//   <!-- snippet: given: TYPE NAME; ... -->    a Java fragment using variables declared elsewhere:
//                                              they become fields of the class wrapping it
//   <!-- snippet: in: implements X -->         the block is members (methods) of a class
//                                              `abstract class Snippet implements X`
//   Java hints combine with " | ", e.g. <!-- snippet: in: implements TicketData | given: Clock clock -->
//   <!-- snippet: pom -->                      (xml) a whole pom.xml: it becomes this project's pom
//   <!-- snippet: pom-plugin -->               (xml) a <plugin>, added to that pom's build plugins
//
// Java blocks without a hint: a block with a `package` line is a compilation unit compiled as it is
// (its own imports) into src/main/java; a block with a top-level class, record, interface or enum is
// a compilation unit in its own package under src/test/java; anything else is a fragment, the body
// of a method in its own package. Blocks without their own imports get the fixed imports below.
// Every generated file has its origin and all its preamble (package, imports, class header) on line
// 1 and the block from line 2 on: a compile error at line L of it is at line (block start + L - 2) of
// the doc. Every xml block must parse; flowkit plugins in it may only use goals and parameters the
// plugin descriptor has, flowkit dependencies only artifacts the BOM manages.
// snippets.txt lists what became of each block, for verify.groovy.

import groovy.xml.XmlSlurper
import java.util.zip.ZipFile

File root = new File(basedir, '../../../..').canonicalFile
// The placeholder pom.xml (filtered by the invoker) holds this build's version and the extra dependencies.
String placeholder = new File(basedir, 'pom.xml').text
String flowkitVersion = new XmlSlurper().parseText(placeholder).properties.'flowkit.version'.text()
String extraDependencies = placeholder.substring(
    placeholder.indexOf('<dependencies>') + '<dependencies>'.length(), placeholder.indexOf('</dependencies>'))

List<String> imports = '''
import com.example.orders.*;
import com.example.orders.flow.*;
import io.flowkit.runtime.codec.*;
import io.flowkit.runtime.query.*;
import io.flowkit.runtime.server.*;
import io.flowkit.runtime.service.*;
import io.flowkit.runtime.wire.*;
import io.flowkit.management.*;
import io.flowkit.store.*;
import io.flowkit.store.keys.*;
import io.flowkit.store.repository.*;
import io.flowkit.testkit.*;
import java.io.*;
import java.math.*;
import java.net.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.*;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.*;
'''.trim().readLines()

List<String> errors = []
List<String> manifest = []
File mainJava = new File(basedir, 'src/main/java')
File testJava = new File(basedir, 'src/test/java')
String pom = null
List<String> pomPlugins = []

// The plugin descriptor (goals and their parameters) and the artifacts the BOM manages.
File pluginJar = new File(localRepositoryPath,
    "io/flowkit/flowkit-maven-plugin/${flowkitVersion}/flowkit-maven-plugin-${flowkitVersion}.jar")
Map<String, Set<String>> goals = [:]
new ZipFile(pluginJar).withCloseable { zip ->
  def descriptor = new XmlSlurper().parse(zip.getInputStream(zip.getEntry('META-INF/maven/plugin.xml')))
  descriptor.mojos.mojo.each { mojo ->
    goals[mojo.goal.text()] = mojo.parameters.parameter.collect { it.name.text() } as Set
  }
}
Set<String> bomArtifacts = new XmlSlurper().parse(new File(root, 'bom/pom.xml'))
    .dependencyManagement.dependencies.dependency.collect { it.artifactId.text() } as Set
bomArtifacts.addAll(['flowkit-maven-plugin', 'flowkit-bom'])

def checkXml = { String where, String text ->
  def xml
  try {
    String body = text.replaceFirst(/^\s*<\?xml[^>]*\?>/, '')
    xml = new XmlSlurper().parseText("<snippet>${body}</snippet>")
  } catch (Exception e) {
    errors << "${where}: the xml does not parse: ${e.message}"
    return
  }
  xml.'**'.findAll { it.name() == 'dependency' || it.name() == 'plugin' }.each { node ->
    if (node.groupId.text() == 'io.flowkit' && !bomArtifacts.contains(node.artifactId.text())) {
      errors << "${where}: io.flowkit:${node.artifactId.text()} is not a flowkit artifact (not in the BOM)"
    }
    String version = node.version.text()
    if (node.groupId.text() == 'io.flowkit' && version && version != flowkitVersion) {
      errors << "${where}: io.flowkit:${node.artifactId.text()} has version ${version}, the build is ${flowkitVersion}"
    }
  }
  xml.'**'.findAll { it.name() == 'plugin' && it.artifactId.text() == 'flowkit-maven-plugin' }.each { plugin ->
    List<String> used = plugin.executions.execution.goals.goal.collect { it.text() }
    used.findAll { !goals.containsKey(it) }.each { errors << "${where}: flowkit-maven-plugin has no goal '${it}'" }
    Set<String> parameters = (used ?: ['generate']).collectMany { goals[it] ?: [] } as Set
    (plugin.configuration.children() + plugin.executions.execution.configuration.children()).each { p ->
      if (!parameters.contains(p.name())) {
        errors << "${where}: flowkit-maven-plugin has no parameter '${p.name()}' (goals ${used ?: ['generate']})"
      }
    }
  }
}

def topLevelType = ~/(?m)^(?:@\w+\s+)*(?:(?:public|final|abstract|sealed|non-sealed)\s+)*(class|record|interface|enum|@interface)\s+(\w+)/

List<File> docs = [new File(root, 'README.md')] + (new File(root, 'docs').listFiles()
    .findAll { it.name.endsWith('.md') }.sort { it.name })
docs.each { File doc ->
  String docName = root.toPath().relativize(doc.toPath()).toString()
  String idPrefix = doc.name.replaceAll(/\.md$/, '').toLowerCase().replaceAll(/[^a-z0-9]/, '_')
  List<String> lines = doc.readLines('UTF-8')
  int i = 0
  while (i < lines.size()) {
    def open = lines[i] =~ /^```(\w*)\s*$/
    if (!open.matches()) {
      i++
      continue
    }
    String language = open.group(1)
    int start = i + 1
    int end = start
    while (end < lines.size() && !(lines[end] ==~ /^```\s*$/)) {
      end++
    }
    String text = lines.subList(start, end).join('\n')
    i = end + 1
    if (language != 'java' && language != 'xml') {
      continue
    }
    int previous = start - 2
    while (previous >= 0 && lines[previous].trim().isEmpty()) {
      previous--
    }
    def hintMatch = previous >= 0 ? (lines[previous] =~ /^<!--\s*snippet:\s*(.*?)\s*-->$/) : null
    String hint = hintMatch?.matches() ? hintMatch.group(1) : ''
    String where = "${docName}:${start + 1}"
    String id = "${idPrefix}_l${start + 1}"

    if (hint.startsWith('skip:')) {
      String reason = hint.substring(5).trim()
      if (!reason) {
        errors << "${where}: 'skip' needs a reason"
      }
      manifest << "${where} ${language} skip ${reason}"
      continue
    }
    if (hint.startsWith('excerpt:')) {
      // Checked by verify.groovy, once the generated sources exist.
      File copy = new File(basedir, "excerpts/${id}.txt")
      copy.parentFile.mkdirs()
      copy.text = text
      manifest << "${where} ${language} excerpt excerpts/${id}.txt ${hint.substring(8).trim()}"
      continue
    }
    if (language == 'xml') {
      checkXml(where, text)
      if (hint == 'pom') {
        if (pom != null) {
          errors << "${where}: a second 'pom' snippet"
        }
        pom = text
      } else if (hint == 'pom-plugin') {
        pomPlugins << "<!-- ${where} -->\n${text}"
      } else if (hint) {
        errors << "${where}: unknown hint '${hint}' for xml"
      }
      manifest << "${where} xml ${hint ?: 'parsed'}"
      continue
    }

    // Java
    String header = "/* From ${docName}:${start + 1}: line 2 of this file is that line. Written by it/src/it/doc-snippets/prebuild.groovy. */"
    List<String> given = []
    String members = null
    boolean badHint = false
    hint.split(/\s*\|\s*/).findAll { it }.each { clause ->
      if (clause.startsWith('given:')) {
        given = clause.substring(6).split(';').collect { it.trim() }.findAll { it }
      } else if (clause.startsWith('in:')) {
        members = clause.substring(3).trim()
      } else {
        errors << "${where}: unknown hint '${clause}' for java"
        badHint = true
      }
    }
    if (badHint) {
      continue
    }
    boolean ownImports = text =~ /(?m)^import\s/
    def packageLine = text =~ /(?m)^package\s+([\w.]+)\s*;/
    def type = text =~ topLevelType
    if (packageLine.find()) {
      if (!type.find()) {
        errors << "${where}: a package line but no top-level type"
        continue
      }
      File file = new File(mainJava, packageLine.group(1).replace('.', '/') + "/${type.group(2)}.java")
      if (file.exists()) {
        errors << "${where}: ${file} exists already"
      }
      file.parentFile.mkdirs()
      file.text = header + '\n' + text + '\n'
      manifest << "${where} java unit ${basedir.toPath().relativize(file.toPath())}"
    } else if (type.find()) {
      File file = new File(testJava, "snippets/${id}/${type.group(2)}.java")
      file.parentFile.mkdirs()
      file.text = ([header, "package snippets.${id};"] + (ownImports ? [] : imports)).join(' ') + '\n' + text + '\n'
      manifest << "${where} java unit ${basedir.toPath().relativize(file.toPath())}"
    } else if (members != null) {
      File file = new File(testJava, "snippets/${id}/Snippet.java")
      file.parentFile.mkdirs()
      List<String> preamble = [header, "package snippets.${id};"] + imports + [
          '@SuppressWarnings("unused")', "abstract class Snippet ${members} {"] + given.collect { "${it};" }
      file.text = preamble.join(' ') + '\n' + text + '\n}\n'
      manifest << "${where} java members ${basedir.toPath().relativize(file.toPath())}"
    } else {
      File file = new File(testJava, "snippets/${id}/Snippet.java")
      file.parentFile.mkdirs()
      List<String> preamble = [header, "package snippets.${id};"] + imports + [
          '@SuppressWarnings("unused")', 'abstract class Snippet {'] + given.collect { "${it};" } +
          ['void run() throws Exception {']
      file.text = preamble.join(' ') + '\n' + text + '\n}}\n'
      manifest << "${where} java fragment ${basedir.toPath().relativize(file.toPath())}"
    }
  }
}

// The project itself: the README's pom, with the plugins of other snippets and what the doc snippets
// need beyond it (the store, for docs/store.md; JUnit and AssertJ for the test snippets).
if (pom == null) {
  errors << 'No xml block is marked <!-- snippet: pom -->'
} else {
  int build = pom.indexOf('<build>')
  int dependencies = build < 0 ? -1 : pom.lastIndexOf('</dependencies>', build)
  int plugins = pom.lastIndexOf('</plugins>')
  if (dependencies < 0 || plugins < build) {
    errors << "The 'pom' snippet needs <dependencies> before <build>, and <build><plugins>"
  } else {
    // Those the README's pom declares already are left out (Maven warns of duplicates).
    String extra = (extraDependencies =~ /(?s)<dependency>.*?<\/dependency>/).findAll()
        .findAll { String dependency -> !pom.contains((dependency =~ /<artifactId>[^<]+<\/artifactId>/)[0]) }
        .join('\n    ')
    pom = pom.substring(0, dependencies) + extra + '\n  ' + pom.substring(dependencies, plugins) +
        pomPlugins.join('\n') + '\n' + pom.substring(plugins)
    new File(basedir, 'pom.xml').text = pom
  }
}

// The orders example's descriptor and profiles, so snippets compile against real generated code.
java.nio.file.Path flowFrom = new File(root, 'it/orders-example/src/main/flow').toPath()
java.nio.file.Path flowTo = new File(basedir, 'src/main/flow').toPath()
java.nio.file.Files.walk(flowFrom).withCloseable { paths ->
  paths.filter { java.nio.file.Files.isRegularFile(it) }.forEach { from ->
    java.nio.file.Path to = flowTo.resolve(flowFrom.relativize(from).toString())
    java.nio.file.Files.createDirectories(to.parent)
    java.nio.file.Files.copy(from, to)
  }
}

new File(basedir, 'snippets.txt').text = manifest.join('\n') + '\n'
println "doc snippets: ${manifest.size()} blocks (${manifest.count { it.contains(' skip ') }} skipped)"
manifest.each { println "  ${it}" }
if (errors) {
  errors.each { println "ERROR ${it}" }
  throw new AssertionError("${errors.size()} doc snippet(s) are wrong:\n" + errors.join('\n'))
}
return true
