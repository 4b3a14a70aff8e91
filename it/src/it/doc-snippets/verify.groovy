// Every ```java and ```xml block of README.md and docs/*.md was checked, none was dropped, and
// what was compiled is really in the build's output.
File root = new File(basedir, '../../../..').canonicalFile
List<File> docs = [new File(root, 'README.md')] + new File(root, 'docs').listFiles().findAll { it.name.endsWith('.md') }
// Counted independently of prebuild.groovy, indented fences too (which it would not see).
int javaBlocks = docs.sum { it.readLines('UTF-8').count { it ==~ /^\s*```java\s*$/ } }
int xmlBlocks = docs.sum { it.readLines('UTF-8').count { it ==~ /^\s*```xml\s*$/ } }

List<String> manifest = new File(basedir, 'snippets.txt').readLines().findAll { it }
def kind = { String line -> line.split(' ')[1] }
assert manifest.count { kind(it) == 'java' } == javaBlocks : "java blocks in the docs: ${javaBlocks}; accounted for: ${manifest.count { kind(it) == 'java' }}"
assert manifest.count { kind(it) == 'xml' } == xmlBlocks : "xml blocks in the docs: ${xmlBlocks}; accounted for: ${manifest.count { kind(it) == 'xml' }}"
// So that an extractor that finds nothing cannot pass.
assert javaBlocks >= 30 : "only ${javaBlocks} java blocks found"
assert manifest.count { it.contains(' java unit ') || it.contains(' java fragment ') || it.contains(' java members ') } >= 20 : 'too few java snippets compiled'
assert manifest.count { it.contains(' xml pom') } >= 2 : 'the pom snippets were not assembled'

// Excerpts: each piece between elisions ("...") is in the named files, in order, with comments and
// whitespace ignored (so an excerpt may leave Javadoc out).
List<String> errors = []
def code = { String text -> text.replaceAll(/(?s)\/\*.*?\*\//, '').replaceAll(/\/\/[^\n]*/, '') }
def excerpt = { String where, String text, List<String> paths ->
  StringBuilder haystack = new StringBuilder()
  for (String path : paths) {
    File file = path.startsWith('generated/')
        ? new File(basedir, 'target/generated-sources/flowkit/com/example/orders/flow/' + path.substring(10))
        : new File(root, path)
    if (!file.isFile()) {
      errors << "${where}: excerpt of ${path}, which does not exist"
      return
    }
    haystack.append(code(file.text).replaceAll(/\s+/, ''))
  }
  String all = haystack.toString()
  int from = 0
  for (String piece : code(text).split(/\.\.\.|…/)) {
    String needle = piece.replaceAll(/\s+/, '')
    if (needle.isEmpty()) {
      continue
    }
    int at = all.indexOf(needle, from)
    if (at < 0) {
      String shown = piece.trim().readLines().take(3).join(' / ')
      // Only the first mismatch of an excerpt: the rest would follow from it.
      errors << "${where}: not found in ${paths.join(', ')} (in order, whitespace ignored): ${shown}"
      return
    }
    from = at + needle.length()
  }
}

manifest.findAll { it.contains(' excerpt ') }.each { line ->
  List<String> words = line.split(' ') as List
  excerpt(words[0], new File(basedir, words[3]).text, words.subList(4, words.size()))
}
assert !errors : errors.join('\n')

// Each compiled snippet has its class file.
manifest.findAll { it.contains(' java unit ') || it.contains(' java fragment ') || it.contains(' java members ') }.each { line ->
  String source = line.split(' ')[3]
  String relative = source.replaceFirst('^src/(main|test)/java/', '').replaceFirst(/\.java$/, '.class')
  String classes = source.startsWith('src/main/') ? 'target/classes' : 'target/test-classes'
  assert new File(basedir, "${classes}/${relative}").isFile() : "${line.split(' ')[0]}: ${source} was not compiled"
}

// The docs' test classes ran and passed.
def reports = new File(basedir, 'target/surefire-reports').listFiles()?.findAll { it.name.startsWith('TEST-') } ?: []
assert reports : 'no doc test ran'
reports.each { report ->
  def suite = new groovy.xml.XmlSlurper().parse(report)
  assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 : "${report.name} failed"
}

// The README's "package and run" recipe made an executable jar.
File jar = new File(basedir, 'target/orders-service-1.0-SNAPSHOT.jar')
assert jar.isFile() : 'no jar from the README recipe'
new java.util.jar.JarFile(jar).withCloseable { j ->
  String main = j.manifest.mainAttributes.getValue('Main-Class')
  assert main : 'the jar has no Main-Class'
  assert j.getEntry(main.replace('.', '/') + '.class') : "${main} is not in the jar"
  assert j.getEntry('io/flowkit/runtime/server/FlowServer.class') : 'the runtime is not in the jar'
}
println "doc snippets: ${javaBlocks} java and ${xmlBlocks} xml blocks checked"
return true
