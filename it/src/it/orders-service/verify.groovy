// The project's own tests ran against the generated code (main and test services), and passed.
String log = new File(basedir, 'build.log').text
assert log.contains('flowkit: generated 1 service into target/generated-sources/flowkit') : 'no main generation'
assert log.contains('flowkit: generated 1 service into target/generated-test-sources/flowkit') : 'no test generation'

['OrdersServiceTest': 8, 'FakeStockTest': 1, 'OverHttpTest': 1].each { name, atLeast ->
  def report = new File(basedir, "target/surefire-reports/TEST-com.example.orders.${name}.xml")
  assert report.isFile() : "${name} did not run"
  def suite = new groovy.xml.XmlSlurper().parse(report)
  assert suite.@tests.toInteger() >= atLeast : "${name}: too few tests"
  assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
}

// flowkit:generate-test wrote the test-only service into the test sources only, with its own state.
assert new File(basedir, 'target/generated-test-sources/flowkit/com/example/orders/fake/StockService.java').isFile()
assert !new File(basedir, 'target/generated-sources/flowkit/com/example/orders/fake').exists() : 'test service leaked into main'
assert !new File(basedir, 'target/classes/com/example/orders/fake').exists() : 'test service compiled into main'
assert new File(basedir, 'target/flowkit/default/generate.state').isFile()
assert new File(basedir, 'target/flowkit/default/generate-test.state').isFile()
// A service depending on flowkit-runtime alone carries nothing of the store, the test kit or the
// management view (no metrics library).
['runtime', 'compile'].each { scope ->
  def listing = new File(basedir, "target/${scope}-classpath.txt")
  assert listing.isFile() : "no ${scope} classpath listing"
  def text = listing.text
  assert text.contains('io.flowkit:flowkit-runtime:jar') : "flowkit-runtime missing from the ${scope} classpath"
  ['com.nimbusds:nimbus-jose-jwt', 'com.zaxxer:HikariCP', 'org.flywaydb:', 'com.h2database:h2',
   'org.postgresql:postgresql', 'info.picocli:picocli', 'io.flowkit:flowkit-test', 'io.flowkit:flowkit-store',
   'io.flowkit:flowkit-management', 'io.micrometer:', 'io.prometheus:'].each { banned ->
    assert !text.contains(banned) : "${banned} is on the ${scope} classpath of a flowkit-runtime service:\n${text}"
  }
}
return true
