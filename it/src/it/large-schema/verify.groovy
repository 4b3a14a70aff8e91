import groovy.io.FileType
import groovy.json.JsonSlurper

List<String> log = new File(basedir, 'build.log').readLines()
def schema = new JsonSlurper().parse(new File(basedir, 'src/main/flow/profiles/large.schema.json'))
assert schema.'$defs'.size() >= 300

assert log.any { it.startsWith('[INFO] flowkit: generated 1 service into target/generated-sources/flowkit (') } : 'no generation'
assert log.any { it.contains('BUILD SUCCESS') } : 'the build failed'
// Each union of objects (every 50th node) is merged into one type, with a warning at its pointer.
List<String> unions = log.findAll { it.startsWith('[WARNING] src/main/flow/profiles/large.schema.json:') }
assert unions.size() == 6 : "expected 6 union warnings: ${unions}"
String union = '\\[WARNING\\] src/main/flow/profiles/large\\.schema\\.json:\\d+:\\d+: warning: oneOf of 2 object schemas: .*' +
    '\\(at /\\$defs/Node\\d{3}/allOf/1/properties/contact/oneOf\\)'
assert unions.every { it ==~ union } : "unexpected union warnings: ${unions}"

File flow = new File(basedir, 'target/generated-sources/flowkit/com/example/large/flow')
List<File> sources = []
flow.eachFileRecurse(FileType.FILES) { sources << it }
assert sources.size() >= 600 : "expected a record and a codec per type, found ${sources.size()} files"
sources.each { source ->
  assert new File(basedir, "target/classes/com/example/large/flow/${source.name - '.java'}.class").isFile()
}
// Recursion: node 25 refers back to the root node's type.
assert new File(flow, 'SyncEverythingRequestNode025.java').text.contains('SyncEverythingRequestNode000 node000')
// Shared definitions from the second file are one type each, wherever they are used.
assert new File(flow, 'SyncEverythingRequestShipTo.java').isFile()
assert new File(flow, 'SyncEverythingRequestPrice.java').isFile()
// scalarArrays=wrap: a list of an item type with one Value property; a map: a list of Key/Value entries.
assert new File(flow, 'SyncEverythingRequestTags.java').text.contains('@JsonProperty("Value") String value')
assert new File(flow, 'SyncEverythingRequestAttributes.java').text.contains('@JsonProperty("Key") String key')
assert new File(flow, 'Status.java').text.contains('enum Status')
return true
