// Shared by the corpus-* invoker projects (evaluated from their verify.groovy): checks that a real
// third-party schema set generated and compiled, and counts flowkit's warnings per kind, so that a
// change in how the generator treats such schemas shows as a changed count.
import groovy.io.FileType

return { File basedir, String packagePath, Map<String, Integer> expectedKinds ->
  List<String> log = new File(basedir, 'build.log').readLines()
  assert log.any { it.startsWith('[INFO] flowkit: generated 1 service into target/generated-sources/flowkit (') } : 'no generation'
  assert log.any { it.contains('BUILD SUCCESS') } : 'the build failed'
  assert !log.any { it.contains(': error: ') } : 'errors reported'

  // flowkit's warnings, javac-style: file:line:col: warning: message (at /pointer)
  List<String> warnings = log.findAll { it.startsWith('[WARNING] src/main/flow/') && it.contains(': warning: ') }
  Map<String, Integer> kinds = new TreeMap<>()
  warnings.each { line ->
    assert line ==~ /\[WARNING\] src\/main\/flow\/\S+:\d+:\d+: warning: .*/ : "not javac-style: ${line}"
    String message = line.replaceFirst(/^.*?: warning: /, '').replaceFirst(/ \(at [^)]*\)$/, '')
    String kind = message.contains(' has no Flow type: carried as JSON text')
        ? 'json text: ' + message.substring(0, message.indexOf(' has no Flow type'))
        : message
    kind = kind.replaceAll(/"[^"]*"/, '"…"').replaceAll(/\d+/, 'N')
    kinds[kind] = (kinds[kind] ?: 0) + 1
  }
  assert kinds == new TreeMap<>(expectedKinds) : "warnings per kind changed:\n${kinds.collect { k, v -> "  '${k}': ${v}" }.join(',\n')}"

  // every generated source compiled (under -Xlint:all with failOnWarning), none with Object components
  File generated = new File(basedir, "target/generated-sources/flowkit/${packagePath}")
  List<File> sources = []
  generated.eachFileRecurse(FileType.FILES) { sources << it }
  assert sources.size() > 0
  sources.each { source ->
    assert new File(basedir, "target/classes/${packagePath}/${source.name - '.java'}.class").isFile() : "not compiled: ${source}"
    assert !(source.text =~ /\(\s*(@\w+\("[^"]*"\)\s*)?Object \w+[,)]/) : "an Object-typed component in ${source}"
  }
  return sources.size()
}
