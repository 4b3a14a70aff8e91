import groovy.io.FileType
import java.text.SimpleDateFormat

List<String> log = new File(basedir, 'build.log').readLines()
List<Integer> starts = log.findIndexValues { it.contains('Scanning for projects...') }.collect { it as int }
assert starts.size() == 3 : "expected three builds in build.log, found ${starts.size()}"
List<List<String>> builds = [
    log.subList(starts[0], starts[1]), log.subList(starts[1], starts[2]), log.subList(starts[2], log.size())]
builds.eachWithIndex { build, i -> assert build.any { it.contains('BUILD SUCCESS') } : "build ${i + 1} failed" }

// 1: generates.
assert builds[0].any { it.contains('flowkit: generated 1 service into target/generated-sources/flowkit') } : 'build 1 did not generate'

// 2: up to date; nothing generated, so nothing for the compiler to do either.
assert builds[1].any { it.contains('flowkit: 1 service up to date, nothing to generate') } : 'build 2 was not up to date'
assert !builds[1].any { it.contains('flowkit: generated') } : 'build 2 generated'
assert builds[1].any { it.contains('Nothing to compile - all classes are up to date') } : 'build 2 recompiled'

// 3: the configuration changed, so it regenerates, but the bytes are the same: nothing written.
String third = builds[2].find { it.contains('flowkit: generated 1 service') }
assert third != null : 'build 3 did not regenerate'
assert third =~ /\(0 written, \d+ unchanged, 0 deleted; the configuration, the descriptor list or the plugin changed\)/
assert builds[2].any { it.contains('Nothing to compile - all classes are up to date') } : 'build 3 recompiled'

// Direct check: no generated file was written after the second build began.
def timestamp = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
long secondStart = timestamp.parse(builds[1][0].substring(0, builds[1][0].indexOf(' '))).time
List<File> generated = []
new File(basedir, 'target/generated-sources/flowkit').eachFileRecurse(FileType.FILES) { generated << it }
assert generated.size() >= 5 : "expected the generated sources, found ${generated}"
generated.each { file ->
  assert file.lastModified() < secondStart : "${file} was written again after the first build"
}
assert new File(basedir, 'target/classes/com/example/greeter/flow/GreeterService.class').isFile()
assert new File(basedir, 'target/flowkit/default/generate.state').isFile()
return true
